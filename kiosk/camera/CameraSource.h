#pragma once

#include "kiosk/camera/FrameSource.h"

#include <QCamera>
#include <QMediaCaptureSession>
#include <QSize>
#include <QVideoSink>

#include <memory>

// Frames from a camera through Qt Multimedia. The device is picked by id or
// by a part of its name (first camera when empty) and set to the format
// nearest the wanted resolution, so a 1080p-capable camera is not run at 1080p
// for nothing.
class CameraSource : public FrameSource {
    Q_OBJECT

public:
    explicit CameraSource(QString device = QString(), QSize resolution = QSize(1280, 720), QObject *parent = nullptr);

    void start() override;
    void stop() override;
    bool isActive() const override;
    // The sink the kiosk's viewfinder can also show.
    QVideoSink *videoSink() { return &m_sink; }

private:
    QString m_device;
    QSize m_resolution;
    std::unique_ptr<QCamera> m_camera;
    QMediaCaptureSession m_session;
    QVideoSink m_sink;
};
