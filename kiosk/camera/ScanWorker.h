#pragma once

#include "kiosk/scan/FrameDecoder.h"

#include <QMutex>
#include <QObject>
#include <QVideoFrame>

// Decodes frames on its own thread, always the newest one: a frame offered
// while another is being decoded replaces any frame still waiting, so frames
// are dropped, never queued, and the camera is never slowed down.
class ScanWorker : public QObject {
    Q_OBJECT

public:
    explicit ScanWorker(const FrameDecoder::Options &options);

    // Any thread; returns at once.
    void offer(const QVideoFrame &frame, qint64 timestampMs);

    quint64 framesOffered() const;
    quint64 framesDecoded() const;

Q_SIGNALS:
    // Emitted on the worker thread for every decoded frame, code or not.
    void frameDecoded(const FrameDecoder::Result &result, qint64 timestampMs);

private:
    void processPending();

    FrameDecoder m_decoder;
    mutable QMutex m_mutex;
    QVideoFrame m_pending;
    qint64 m_pendingTimestamp = 0;
    bool m_scheduled = false;
    quint64 m_offered = 0;
    quint64 m_decoded = 0;
};
