#pragma once

#include "kiosk/camera/FrameSource.h"

#include <QStringList>
#include <QTimer>
#include <QVector>

// Frames from still images — one file, or every image in a folder — shown in
// turn like codes held up to a camera: each image for a while at a steady
// frame rate, then an empty frame for a moment before the next. Lets the
// pipeline run with no camera (tests, the demo).
class ImageSequenceSource : public FrameSource {
    Q_OBJECT

public:
    struct Timing {
        int framesPerSecond = 15;
        int holdMs = 1200; // how long each image stays "in view"
        int gapMs = 2500; // empty frames between two images
        bool loop = true;
    };

    // A file or a folder; images are taken in name order.
    explicit ImageSequenceSource(const QString &path, QObject *parent = nullptr);
    ImageSequenceSource(const QString &path, const Timing &timing, QObject *parent = nullptr);

    void start() override;
    void stop() override;
    bool isActive() const override { return m_timer.isActive(); }
    QStringList files() const { return m_files; }
    // While an answer is on screen nobody holds up a new code: empty frames
    // until resumed, then the gap, then the next image.
    void pause();
    void resume();

private:
    void tick();

    QStringList m_files;
    Timing m_timing;
    QTimer m_timer;
    QVector<QVideoFrame> m_frames;
    QVideoFrame m_blank;
    int m_index = 0;
    qint64 m_phaseMs = 0;
    bool m_paused = false;
};
