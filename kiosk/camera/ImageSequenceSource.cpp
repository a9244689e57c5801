#include "kiosk/camera/ImageSequenceSource.h"

#include "kiosk/camera/VideoFrameLuma.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>

ImageSequenceSource::ImageSequenceSource(const QString &path, QObject *parent)
    : ImageSequenceSource(path, Timing(), parent)
{
}

ImageSequenceSource::ImageSequenceSource(const QString &path, const Timing &timing, QObject *parent)
    : FrameSource(parent)
    , m_timing(timing)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        QStringList filters;
        for (const QByteArray &format : QImageReader::supportedImageFormats())
            filters << QStringLiteral("*.") + QString::fromLatin1(format);
        for (const QString &name : QDir(path).entryList(filters, QDir::Files, QDir::Name))
            m_files << QDir(path).filePath(name);
    } else if (info.exists()) {
        m_files << path;
    }
    connect(&m_timer, &QTimer::timeout, this, &ImageSequenceSource::tick);
}

void ImageSequenceSource::start()
{
    if (m_files.isEmpty()) {
        fail(tr("No image to show."));
        return;
    }
    if (m_frames.isEmpty()) {
        // Frames are made once: a camera hands over ready frames too.
        for (const QString &file : std::as_const(m_files)) {
            QImageReader reader(file);
            reader.setAutoTransform(true);
            m_frames << VideoFrameLuma::frameFromImage(reader.read(), QVideoFrameFormat::Format_BGRA8888);
        }
        QImage blank(
            m_frames.first().size().isValid() ? m_frames.first().size() : QSize(640, 480), QImage::Format_RGB32);
        blank.fill(Qt::darkGray);
        m_blank = VideoFrameLuma::frameFromImage(blank, QVideoFrameFormat::Format_BGRA8888);
    }
    m_index = 0;
    m_phaseMs = 0;
    m_timer.start(1000 / std::max(1, m_timing.framesPerSecond));
    Q_EMIT activeChanged();
}

void ImageSequenceSource::stop()
{
    m_timer.stop();
    Q_EMIT activeChanged();
}

void ImageSequenceSource::pause()
{
    m_paused = true;
    m_phaseMs = std::max<qint64>(m_phaseMs, m_timing.holdMs); // this image was seen: on to its gap
}

void ImageSequenceSource::resume()
{
    m_paused = false;
}

void ImageSequenceSource::tick()
{
    if (m_paused) {
        Q_EMIT frameAvailable(m_blank);
        return;
    }
    Q_EMIT frameAvailable(m_phaseMs < m_timing.holdMs ? m_frames.at(m_index) : m_blank);
    m_phaseMs += m_timer.interval();
    if (m_phaseMs >= m_timing.holdMs + m_timing.gapMs) {
        m_phaseMs = 0;
        if (++m_index >= m_frames.size()) {
            m_index = 0;
            if (!m_timing.loop)
                stop();
        }
    }
}
