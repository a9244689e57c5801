#include "kiosk/camera/CameraSource.h"

#include <QCameraDevice>
#include <QMediaDevices>

#include <cmath>

CameraSource::CameraSource(QString device, QSize resolution, QObject *parent)
    : FrameSource(parent)
    , m_device(std::move(device))
    , m_resolution(resolution)
{
    m_session.setVideoSink(&m_sink);
    connect(&m_sink, &QVideoSink::videoFrameChanged, this, &FrameSource::frameAvailable);
}

void CameraSource::start()
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    QCameraDevice chosen;
    for (const QCameraDevice &c : cameras) {
        if (m_device.isEmpty() || QString::fromUtf8(c.id()) == m_device
            || c.description().contains(m_device, Qt::CaseInsensitive)) {
            chosen = c;
            break;
        }
    }
    if (chosen.isNull()) {
        fail(cameras.isEmpty() ? tr("No camera is connected.")
                               : tr("The camera \"%1\" is not connected.").arg(m_device));
        return;
    }
    m_camera = std::make_unique<QCamera>(chosen);
    // The format closest to the wanted size, at a frame rate that keeps up with people.
    QCameraFormat best;
    double bestScore = 1e18;
    for (const QCameraFormat &f : chosen.videoFormats()) {
        const double sizeGap
            = std::abs(f.resolution().width() * f.resolution().height() - m_resolution.width() * m_resolution.height());
        const double score = sizeGap + (f.maxFrameRate() < 14.5f ? 1e12 : 0)
            + (f.pixelFormat() == QVideoFrameFormat::Format_Jpeg ? 1e5 : 0);
        if (score < bestScore) {
            bestScore = score;
            best = f;
        }
    }
    if (!best.isNull())
        m_camera->setCameraFormat(best);
    connect(m_camera.get(), &QCamera::errorOccurred, this,
        [this](QCamera::Error, const QString &text) { fail(tr("The camera stopped: %1").arg(text)); });
    connect(m_camera.get(), &QCamera::activeChanged, this, &FrameSource::activeChanged);
    m_session.setCamera(m_camera.get());
    m_camera->start();
}

void CameraSource::stop()
{
    if (m_camera)
        m_camera->stop();
}

bool CameraSource::isActive() const
{
    return m_camera && m_camera->isActive();
}
