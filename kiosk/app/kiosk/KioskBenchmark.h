#pragma once

#include "kiosk/app/kiosk/KioskApplication.h"

#include <QString>

// Frames carrying codes go through the whole kiosk, camera frame to greeting
// on screen, on a demo event; prints the latencies and the resident memory.
class KioskBenchmark {
public:
    explicit KioskBenchmark(KioskApplication::Options options);

    [[nodiscard]] bool run(int scans, QString *error);

private:
    KioskApplication::Options m_options;
};
