#pragma once

#include "kiosk/app/kiosk/DemoEvent.h"
#include "kiosk/app/kiosk/KioskApplication.h"

#include <QStringList>

#include <memory>

// Loads every screen in every language on a demo event, driving the kiosk
// through its controllers as people would: fails on any QML warning. The
// screenshot tour starts from the same kiosk.
class SelfTest {
public:
    explicit SelfTest(KioskApplication::Options options);

    // False with what went wrong in `problems`.
    [[nodiscard]] bool run(QStringList *problems);
    // Once run: the kiosk on the demo event, and its attendees.
    KioskApplication &kiosk() { return *m_kiosk; }
    const QVector<Attendee> &people() const { return m_event.people(); }

    static constexpr int demoPeople = 12;
    static constexpr auto staffPin = "0000";

private:
    void tour();

    KioskApplication::Options m_options;
    DemoEvent m_event;
    std::unique_ptr<KioskApplication> m_kiosk;
};
