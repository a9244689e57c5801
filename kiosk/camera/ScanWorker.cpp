#include "kiosk/camera/ScanWorker.h"

#include "kiosk/camera/VideoFrameLuma.h"

#include <QMetaObject>

ScanWorker::ScanWorker(const FrameDecoder::Options &options)
    : m_decoder(options)
{
    qRegisterMetaType<FrameDecoder::Result>();
}

void ScanWorker::offer(const QVideoFrame &frame, qint64 timestampMs)
{
    QMutexLocker lock(&m_mutex);
    ++m_offered;
    m_pending = frame; // a frame still waiting is simply replaced
    m_pendingTimestamp = timestampMs;
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &ScanWorker::processPending, Qt::QueuedConnection);
    }
}

quint64 ScanWorker::framesOffered() const
{
    QMutexLocker lock(&m_mutex);
    return m_offered;
}

quint64 ScanWorker::framesDecoded() const
{
    QMutexLocker lock(&m_mutex);
    return m_decoded;
}

void ScanWorker::processPending()
{
    for (;;) {
        QVideoFrame frame;
        qint64 timestamp = 0;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_pending.isValid()) {
                m_scheduled = false;
                return;
            }
            frame = m_pending;
            timestamp = m_pendingTimestamp;
            m_pending = QVideoFrame();
        }
        FrameDecoder::Result result;
        if (frame.map(QVideoFrame::ReadOnly)) {
            result = m_decoder.decode(VideoFrameLuma::extract(frame));
            frame.unmap();
        }
        {
            QMutexLocker lock(&m_mutex);
            ++m_decoded;
        }
        Q_EMIT frameDecoded(result, timestamp);
    }
}
