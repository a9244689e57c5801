#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariant>

#include <functional>

class QKeyEvent;

// Reads USB keyboard-wedge scanners wherever the focus is. A scanner types a
// whole code in a burst (a few milliseconds between keys) and ends it with
// Enter, Tab or a configured suffix; a person types far slower, with at most a
// pair of keys close together. A burst is a code when every key came fast, it
// is long enough, every character is of the codes' alphabet and a terminator
// (or, for scanners without one, silence) ends it. Keys are never held back:
// they reach the focused field as typed, and when the burst turns out to be a
// code the field's text is put back as it was before the burst.
// Characters are taken from the physical key (the scan code) as on a US
// layout, so a scanner set to US layout typing into a French AZERTY session
// still gives the right code; without scan codes, AZERTY output is translated.
class WedgeScanner : public QObject {
    Q_OBJECT

public:
    enum class Layout { Auto, Us, Azerty };
    struct Options {
        int maxKeyIntervalMs = 18; // slower than this between key presses: a person
        int maxTerminatorDelayMs = 100; // Enter or Tab this soon after a fast burst ends it
        int minLength = 6; // shorter bursts are typing, not codes
        int silenceMs = 120; // ends a burst from a scanner with no terminator
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
    // Whether every character may appear in a printed code (letters, digits, - . _ : / + = * $ % #).
    static bool isCodeText(const QString &text);

    // Ends a burst whose silence has lasted long enough (called by a timer;
    // public so that tests with their own clock can drive it).
    void checkSilence();

Q_SIGNALS:
    void scanned(const QString &code);

private:
    void startBurst(QObject *watched);
    // The burst as a code, or empty when it is typing.
    QString codeOfBurst() const;
    void accept(const QString &code);
    QChar characterOf(const QKeyEvent &event) const;

    Options m_options;
    Clock m_now;
    QElapsedTimer m_elapsed;
    QString m_burst;
    QPointer<QObject> m_target; // where the burst's keys went
    QVariant m_textBefore; // its text before the burst
    bool m_sawScanCodes = false;
    bool m_eatRelease = false;
    qint64 m_lastPressMs = -1000000;
    const QEvent *m_lastEvent = nullptr;
    const QEvent *m_windowEvent = nullptr; // the key last seen at a window, then handed to items
    quint64 m_lastStamp = 0;
    QTimer m_silence;
};
