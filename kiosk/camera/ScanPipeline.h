#pragma once

#include "kiosk/camera/RepeatFilter.h"
#include "kiosk/scan/FrameDecoder.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>

class FrameSource;
class ScanWorker;
class QVideoFrame;

// Source → decoder thread → repeated-read filter → one signal per scan. The
// GUI thread only hands frames over; it never waits for the decoder.
class ScanPipeline : public QObject {
    Q_OBJECT

public:
    explicit ScanPipeline(const FrameDecoder::Options &options = {}, QObject *parent = nullptr);
    ~ScanPipeline() override;

    void setSource(FrameSource *source);
    FrameSource *source() const { return m_source; }
    void setGoneAfter(int ms) { m_repeats.setGoneAfter(ms); }

    // Hands a frame to the decoder (any source, or a test).
    void offerFrame(const QVideoFrame &frame);

    quint64 framesOffered() const;
    quint64 framesDecoded() const;

Q_SIGNALS:
    // A code came into view: one per presentation, not one per frame.
    void codeScanned(const QString &text, const QString &format, qint64 frameTimestampMs);
    // Every decoded frame, for diagnostics and the viewfinder's feedback.
    void frameDecoded(const FrameDecoder::Result &result);
    void sourceFailed(const QString &message);

private:
    void onDecoded(const FrameDecoder::Result &result, qint64 timestampMs);

    QThread m_thread;
    ScanWorker *m_worker = nullptr;
    QPointer<FrameSource> m_source;
    RepeatFilter m_repeats;
    QElapsedTimer m_clock;
};
