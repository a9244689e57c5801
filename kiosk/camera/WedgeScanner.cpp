#include "kiosk/camera/WedgeScanner.h"

#include <QCoreApplication>
#include <QHash>
#include <QKeyEvent>
#include <QRegularExpression>

struct WedgeScanner::Held {
    QPointer<QObject> receiver;
    std::unique_ptr<QKeyEvent> event;
};

namespace {

// evdev key code → US character, unshifted and shifted.
struct KeyChars {
    char plain;
    char shifted;
};

const QHash<int, KeyChars> &usKeys()
{
    static const QHash<int, KeyChars> keys = [] {
        QHash<int, KeyChars> k;
        const char *digits = "1234567890-=";
        const char *digitsShifted = "!@#$%^&*()_+";
        for (int i = 0; i < 12; ++i)
            k.insert(2 + i, { digits[i], digitsShifted[i] });
        auto row = [&k](int first, const char *plain, const char *shifted) {
            for (int i = 0; plain[i]; ++i)
                k.insert(first + i, { plain[i], shifted[i] });
        };
        row(16, "qwertyuiop[]", "QWERTYUIOP{}");
        row(30, "asdfghjkl;'`", "ASDFGHJKL:\"~");
        k.insert(43, { '\\', '|' });
        row(44, "zxcvbnm,./", "ZXCVBNM<>?");
        k.insert(57, { ' ', ' ' });
        // Keypad digits (scanners sometimes send them).
        const int keypad[10] = { 82, 79, 80, 81, 75, 76, 77, 71, 72, 73 };
        for (int d = 0; d < 10; ++d)
            k.insert(keypad[d], { char('0' + d), char('0' + d) });
        k.insert(74, { '-', '-' });
        k.insert(78, { '+', '+' });
        k.insert(83, { '.', '.' });
        k.insert(98, { '/', '/' });
        k.insert(55, { '*', '*' });
        return k;
    }();
    return keys;
}

// What a French AZERTY layout types for each key a US layout types.
const QHash<QChar, QChar> &azertyToUs()
{
    static const QHash<QChar, QChar> map = [] {
        QHash<QChar, QChar> m;
        const QString azerty = QString::fromUtf8("&é\"'(-è_çà)=azqwAZQWm,;:!M?./§1234567890°+");
        const QString us = QString::fromUtf8("1234567890-=qwazQWAZ;m,./:M<>?!@#$%^&*()_+");
        for (int i = 0; i < azerty.size() && i < us.size(); ++i)
            m.insert(azerty.at(i), us.at(i));
        return m;
    }();
    return map;
}

bool isTerminator(const QKeyEvent &e)
{
    return e.key() == Qt::Key_Return || e.key() == Qt::Key_Enter || e.key() == Qt::Key_Tab;
}

} // namespace

WedgeScanner::WedgeScanner(QObject *parent)
    : WedgeScanner(Options(), {}, parent)
{
}

WedgeScanner::WedgeScanner(const Options &options, Clock clock, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_now(std::move(clock))
{
    m_elapsed.start();
    if (!m_now)
        m_now = [this] { return m_elapsed.elapsed(); };
    m_silence.setSingleShot(true);
    connect(&m_silence, &QTimer::timeout, this, &WedgeScanner::checkSilence);
}

WedgeScanner::~WedgeScanner() = default;

QChar WedgeScanner::usCharacter(int evdevCode, bool shift)
{
    const auto it = usKeys().constFind(evdevCode);
    if (it == usKeys().constEnd())
        return QChar();
    return QLatin1Char(shift ? it->shifted : it->plain);
}

QString WedgeScanner::fromAzerty(const QString &typed)
{
    QString out;
    for (QChar c : typed)
        out += azertyToUs().value(c, c);
    return out;
}

QChar WedgeScanner::characterOf(const QKeyEvent &e) const
{
    if (e.nativeScanCode() > quint32(m_options.scanCodeOffset) && m_options.layout != Layout::Azerty) {
        const QChar c
            = usCharacter(int(e.nativeScanCode()) - m_options.scanCodeOffset, e.modifiers() & Qt::ShiftModifier);
        if (!c.isNull())
            return c;
    }
    return e.text().size() == 1 ? e.text().front() : QChar();
}

bool WedgeScanner::eventFilter(QObject *watched, QEvent *event)
{
    if (m_replaying || (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease))
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const qint64 now = m_now();
    if (event->type() == QEvent::KeyRelease)
        return m_inBurst || !m_held.isEmpty(); // releases follow their presses

    const bool terminator = isTerminator(*key) && m_options.suffix.isEmpty();
    const QChar c = characterOf(*key);
    if (c.isNull() && !terminator)
        return false; // modifiers alone, arrows...: not part of any code
    if (c.isNull() && m_held.isEmpty() && !m_inBurst)
        return false;

    const bool fast = (m_inBurst || !m_held.isEmpty()) && now - m_lastKeyMs <= m_options.maxKeyIntervalMs;
    if (!fast && (m_inBurst || !m_held.isEmpty()))
        finishBurst(false); // the previous burst went quiet
    m_lastKeyMs = now;
    m_sawScanCodes = m_sawScanCodes || key->nativeScanCode() != 0;

    if (terminator) {
        if (m_inBurst || m_held.size() + 1 >= m_options.minLength) {
            finishBurst(true);
            return true;
        }
        finishBurst(false);
        return false;
    }
    m_burst += c;
    if (!m_options.suffix.isEmpty() && m_burst.endsWith(m_options.suffix) && m_burst.size() > m_options.suffix.size()) {
        m_burst.chop(m_options.suffix.size());
        m_inBurst = true;
        finishBurst(true);
        return true;
    }
    if (m_inBurst) {
        m_silence.start(m_options.silenceMs);
        return true;
    }
    // Not known yet: hold the key; enough fast keys make it a scan.
    auto held = std::make_shared<Held>();
    held->receiver = watched;
    held->event = std::make_unique<QKeyEvent>(QEvent::KeyPress, key->key(), key->modifiers(), key->nativeScanCode(),
        key->nativeVirtualKey(), key->nativeModifiers(), key->text(), key->isAutoRepeat(), key->count());
    m_held << held;
    if (m_held.size() >= m_options.minLength) {
        m_inBurst = true;
        m_held.clear();
    }
    m_silence.start(m_inBurst ? m_options.silenceMs : m_options.maxKeyIntervalMs + 1);
    return true;
}

void WedgeScanner::checkSilence()
{
    const qint64 quiet = m_now() - m_lastKeyMs;
    if (m_inBurst && quiet >= m_options.silenceMs)
        finishBurst(m_options.suffix.isEmpty()); // scanners without a suffix end in silence
    else if (!m_inBurst && !m_held.isEmpty() && quiet > m_options.maxKeyIntervalMs)
        finishBurst(false);
    else if (m_inBurst || !m_held.isEmpty())
        m_silence.start(
            int(std::max<qint64>(1, (m_inBurst ? m_options.silenceMs : m_options.maxKeyIntervalMs + 1) - quiet)));
}

void WedgeScanner::finishBurst(bool complete)
{
    m_silence.stop();
    if (m_inBurst && complete && m_burst.size() >= m_options.minLength) {
        QString code = m_burst;
        // Without scan codes, what an AZERTY session typed is translated back.
        const bool azerty = m_options.layout == Layout::Azerty
            || (m_options.layout == Layout::Auto && !m_sawScanCodes
                && code.contains(QRegularExpression(QString::fromUtf8("[&é\"'(è_çà§°]"))));
        if (azerty)
            code = fromAzerty(code);
        m_burst.clear();
        m_inBurst = false;
        m_sawScanCodes = false;
        Q_EMIT scanned(code);
        return;
    }
    if (!m_inBurst)
        replayHeld(); // a person typing: their keys go where they were going
    m_burst.clear();
    m_inBurst = false;
    m_sawScanCodes = false;
}

void WedgeScanner::replayHeld()
{
    const auto held = std::move(m_held);
    m_held.clear();
    m_replaying = true;
    for (const auto &h : held) {
        if (!h->receiver)
            continue;
        QCoreApplication::sendEvent(h->receiver, h->event.get());
        QKeyEvent release(QEvent::KeyRelease, h->event->key(), h->event->modifiers(), h->event->nativeScanCode(),
            h->event->nativeVirtualKey(), h->event->nativeModifiers(), h->event->text());
        QCoreApplication::sendEvent(h->receiver, &release);
    }
    m_replaying = false;
}
