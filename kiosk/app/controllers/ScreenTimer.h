#pragma once

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

// How long a screen stays when nobody touches it, asked before it goes: once
// its time is up the person is asked "more time?" for a while, and each
// extension (a touch on "more time", or "keep") gives them the time again,
// up to a number of extensions; only then does the screen go.
class ScreenTimer : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the application")
    Q_PROPERTY(bool asking READ asking NOTIFY changed)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY changed)
    Q_PROPERTY(int extensionsLeft READ extensionsLeft NOTIFY changed)
    Q_PROPERTY(bool running READ running NOTIFY changed)

public:
    struct Limits {
        int askMs = 20000; // how long "more time?" waits for an answer; 0: not asked
        int extensionMs = 20000; // the time each extension gives
        int extensions = 10; // extensions one screen may have
    };

    explicit ScreenTimer(QObject *parent = nullptr);

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }

    // A new screen, shown for `ms` (0: for as long as it takes) with every extension available.
    void start(int ms);
    void stop();
    // One more extension: false when none is left (the screen goes at its time).
    [[nodiscard]] bool extend();
    bool asking() const { return m_asking; }
    bool running() const { return m_running; }
    int secondsLeft() const;
    int extensionsLeft() const { return m_extensionsLeft; }

Q_SIGNALS:
    void changed();
    // "More time?" is now on screen (for sounds and speech).
    void askedForMoreTime();
    // Nobody answered: the screen goes.
    void expired();

private:
    void timeUp();

    Limits m_limits;
    QTimer m_timer;
    QTimer m_tick; // the countdown shown while asking
    bool m_asking = false;
    bool m_running = false;
    int m_extensionsLeft = 0;
};
