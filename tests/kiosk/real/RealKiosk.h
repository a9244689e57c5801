#pragma once

#include <QHash>
#include <QPoint>
#include <QProcess>
#include <QRect>
#include <QString>
#include <QStringList>

// The real accueil-kiosk in its own Xvfb, driven as people use it: taps and
// long presses with the pointer, typing and scanner bursts on the keyboard,
// all sent with xdotool; screenshots with ImageMagick's import. Where items
// are comes from the kiosk's own log (ItemLocator), never from pixels.
//
// The input tools and the X server run with real-time priority where the
// system allows it (root, as in CI): on a loaded machine a scanner's 16 keys
// sent by a normally scheduled xdotool, which waits for the server after each
// key, arrive spread over 20 to 300 ms, and a Return sent by a second process
// comes 100 to 600 ms late. A scanner is hardware and does neither.
class RealKiosk {
public:
    RealKiosk();
    ~RealKiosk();
    RealKiosk(const RealKiosk &) = delete;
    RealKiosk &operator=(const RealKiosk &) = delete;

    // Xvfb, xdotool and import are installed.
    static bool toolsInstalled(QString *missing);

    // Gives every character of `text` beyond ASCII a key of its own, as a
    // keyboard with those letters has: xdotool otherwise remaps a spare key
    // for each and maps it back at once, and a kiosk busy for a moment reads
    // the key after the change back and loses the letter.
    bool addKeysFor(const QString &text);

    // Starts the X server and the kiosk; false with a reason.
    bool start(const QSize &screen, const QStringList &kioskArguments, QString *error);
    void stop();

    // Everything the kiosk wrote so far.
    QString log();
    // How many lines of the log contain `text`.
    int countInLog(const QString &text);
    // Waits (with a generous bound) until `text` appears in the log `count` times.
    bool waitForLog(const QString &text, int count = 1, int timeoutMs = 60000);

    // Where a named item is now (empty when not on screen).
    QRect item(const QString &name);
    // How many items of that name are on screen (rows of a list share one).
    int itemCount(const QString &name);
    bool waitForItem(const QString &name, int timeoutMs = 60000);
    bool waitForNoItem(const QString &name, int timeoutMs = 60000);

    bool tap(const QPoint &at);
    bool tapItem(const QString &name);
    bool hold(const QPoint &at, int ms);
    bool holdItem(const QString &name, int ms);
    // A person typing: `delayMs` between keys (xdotool type).
    bool type(const QString &text, int delayMs);
    // xdotool key names (BackSpace, ctrl+a, Return...).
    bool keys(const QStringList &names);
    // A USB wedge scanner: the code's keys back to back, then Return, in one go.
    bool scan(const QString &code);
    bool screenshot(const QString &file);
    bool realTime() const { return m_realTime; }
    QSize screen() const { return m_screen; }

private:
    bool xdotool(const QStringList &arguments, bool urgent = false);
    void readLog();

    QProcess m_x;
    QProcess m_kiosk;
    QString m_display;
    QString m_log;
    QString m_items; // the latest "items:" line
    QSize m_screen;
    bool m_realTime = false;
    int m_spareKeycode = 255; // counting down: evdev keyboards leave the top codes free
    QString m_bound;
};
