#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVector>

#include <functional>
#include <memory>

class QKeyEvent;

// Reads USB keyboard-wedge scanners wherever the focus is. A scanner types a
// whole code in a burst (a few milliseconds between keys) and ends it with
// Enter, a configured suffix, or silence; a person types far slower. Keys of a
// burst are kept from the focused control; a lone key is handed on unchanged.
// Characters are taken from the physical key (the scan code) as on a US
// layout, so a scanner set to US layout typing into a French AZERTY session
// still gives the right code; without scan codes, AZERTY output is translated.
class WedgeScanner : public QObject {
    Q_OBJECT

public:
    enum class Layout { Auto, Us, Azerty };
    struct Options {
        int maxKeyIntervalMs = 35; // slower than this between keys: a person
        int minLength = 4; // shorter bursts are typing, not codes
        int silenceMs = 120; // ends a burst from a scanner with no suffix
        QString suffix; // empty: Enter or Tab ends a code
        Layout layout = Layout::Auto;
        int scanCodeOffset = 8; // X11/Wayland/libinput scan codes are evdev + 8
    };
    using Clock = std::function<qint64()>;

    explicit WedgeScanner(QObject *parent = nullptr);
    WedgeScanner(const Options &options, Clock clock, QObject *parent = nullptr);
    ~WedgeScanner() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    bool eventFilter(QObject *watched, QEvent *event) override;

    // The US-layout character of a physical key (evdev code), or a null QChar.
    static QChar usCharacter(int evdevCode, bool shift);
    // What a US-layout scanner meant, from what an AZERTY session typed.
    static QString fromAzerty(const QString &typed);

    // Ends a burst whose silence has lasted long enough (called by a timer;
    // public so that tests with their own clock can drive it).
    void checkSilence();

Q_SIGNALS:
    void scanned(const QString &code);

private:
    struct Held;
    void finishBurst(bool complete);
    void replayHeld();
    QChar characterOf(const QKeyEvent &event) const;

    Options m_options;
    Clock m_now;
    QElapsedTimer m_elapsed;
    QVector<std::shared_ptr<Held>> m_held; // keys not yet known to be typing or a scan
    QString m_burst;
    bool m_inBurst = false;
    bool m_sawScanCodes = false;
    bool m_replaying = false;
    qint64 m_lastKeyMs = 0;
    QTimer m_silence;
};
