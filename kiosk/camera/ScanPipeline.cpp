#include "kiosk/camera/ScanPipeline.h"

#include "kiosk/camera/FrameSource.h"
#include "kiosk/camera/ScanWorker.h"

ScanPipeline::ScanPipeline(const FrameDecoder::Options &options, QObject *parent)
    : QObject(parent)
    , m_worker(new ScanWorker(options))
{
    m_clock.start();
    m_thread.setObjectName(QStringLiteral("scan-decoder"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ScanWorker::frameDecoded, this, &ScanPipeline::onDecoded, Qt::QueuedConnection);
    m_thread.start();
}

ScanPipeline::~ScanPipeline()
{
    m_thread.quit();
    m_thread.wait();
}

void ScanPipeline::setSource(FrameSource *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (source) {
        connect(source, &FrameSource::frameAvailable, this, &ScanPipeline::offerFrame);
        connect(source, &FrameSource::failed, this, &ScanPipeline::sourceFailed);
    }
}

void ScanPipeline::offerFrame(const QVideoFrame &frame)
{
    m_worker->offer(frame, m_clock.elapsed());
}

quint64 ScanPipeline::framesOffered() const
{
    return m_worker->framesOffered();
}

quint64 ScanPipeline::framesDecoded() const
{
    return m_worker->framesDecoded();
}

void ScanPipeline::onDecoded(const FrameDecoder::Result &result, qint64 timestampMs)
{
    Q_EMIT frameDecoded(result);
    if (result.found && m_repeats.read(result.text, timestampMs))
        Q_EMIT codeScanned(result.text, result.format, timestampMs);
}
