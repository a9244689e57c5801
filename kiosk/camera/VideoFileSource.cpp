#include "kiosk/camera/VideoFileSource.h"

#include <QUrl>

VideoFileSource::VideoFileSource(const QString &path, QObject *parent)
    : FrameSource(parent)
{
    m_player.setVideoSink(&m_sink);
    m_player.setSource(QUrl::fromLocalFile(path));
    m_player.setLoops(QMediaPlayer::Infinite);
    connect(&m_sink, &QVideoSink::videoFrameChanged, this, &FrameSource::frameAvailable);
    connect(&m_player, &QMediaPlayer::errorOccurred, this,
        [this, path](QMediaPlayer::Error, const QString &text) { fail(tr("Cannot play %1: %2").arg(path, text)); });
    connect(&m_player, &QMediaPlayer::playbackStateChanged, this, &FrameSource::activeChanged);
}

void VideoFileSource::start()
{
    m_player.play();
}

void VideoFileSource::stop()
{
    m_player.stop();
}

bool VideoFileSource::isActive() const
{
    return m_player.playbackState() == QMediaPlayer::PlayingState;
}
