#pragma once

#include "kiosk/app/kiosk/KioskApplication.h"

#include <QString>

// Renders every screen in French and English at three window sizes into a
// folder, after the self-test, driving the kiosk through its controllers.
class ScreenshotTour {
public:
    explicit ScreenshotTour(KioskApplication::Options options);

    [[nodiscard]] bool run(const QString &folder, QString *error);

private:
    KioskApplication::Options m_options;
};
