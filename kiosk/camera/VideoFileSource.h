#pragma once

#include "kiosk/camera/FrameSource.h"

#include <QMediaPlayer>
#include <QVideoSink>

// Frames from a video file, played in a loop (recorded scenes for tests and
// demos).
class VideoFileSource : public FrameSource {
    Q_OBJECT

public:
    explicit VideoFileSource(const QString &path, QObject *parent = nullptr);

    void start() override;
    void stop() override;
    bool isActive() const override;

private:
    QMediaPlayer m_player;
    QVideoSink m_sink;
};
