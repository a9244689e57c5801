#include "kiosk/camera/WedgeScanner.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QKeyEvent>
#include <QRegularExpression>

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

bool WedgeScanner::isCodeText(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9\\-._:/+=*$%#]+$"));
    return code.match(text).hasMatch();
}

bool WedgeScanner::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (event->type() == QEvent::KeyRelease) {
        if (m_eatRelease && isTerminator(*key)) {
            m_eatRelease = false;
            return true; // the release of a terminator that ended a code
        }
        return false;
    }
    const qint64 now = m_now();
    // The window, then the items it hands the key to, receive the same event:
    // count it at the window only. (Telling the second delivery by the clock
    // failed whenever a busy GUI thread crossed a millisecond in between: the
    // key counted twice and the code was misread.)
    if (watched && watched->isWindowType())
        m_windowEvent = event;
    else if (event == m_windowEvent)
        return false;
    // The gap between presses by the events' own times where the platform
    // gives them (a busy GUI thread reads keys late), else by the clock.
    const qint64 gap = key->timestamp() != 0 && m_lastStamp != 0 ? qint64(key->timestamp()) - qint64(m_lastStamp)
                                                                 : now - m_lastPressMs;
    m_lastEvent = event;
    m_lastStamp = key->timestamp();
    const bool fast = gap >= 0 && gap <= m_options.maxKeyIntervalMs;
    m_lastPressMs = now; // modifiers count: a scanner presses Shift as fast as the rest

    const bool terminator = isTerminator(*key) && m_options.suffix.isEmpty();
    const QChar c = characterOf(*key);
    if (c.isNull() && !terminator)
        return false; // Shift, arrows...: not part of any code
    if (terminator) {
        // Some scanners (and tools) send Enter a little after the code.
        const QString code = gap >= 0 && gap <= m_options.maxTerminatorDelayMs ? codeOfBurst() : QString();
        m_burst.clear();
        m_silence.stop();
        if (code.isEmpty())
            return false; // a person's Enter or Tab
        accept(code);
        m_eatRelease = true;
        return true;
    }
    if (!fast || m_burst.isEmpty())
        startBurst(watched);
    m_sawScanCodes = m_sawScanCodes || key->nativeScanCode() != 0;
    m_burst += c;
    if (!m_options.suffix.isEmpty() && m_burst.endsWith(m_options.suffix)) {
        m_burst.chop(m_options.suffix.size());
        const QString code = codeOfBurst();
        m_burst.clear();
        if (code.isEmpty())
            return false;
        accept(code);
        return true;
    }
    if (m_options.suffix.isEmpty())
        m_silence.start(m_options.silenceMs);
    return false; // the focused field gets the key as typed
}

void WedgeScanner::startBurst(QObject *watched)
{
    m_burst.clear();
    m_sawScanCodes = false;
    QObject *focus
        = qobject_cast<QGuiApplication *>(QCoreApplication::instance()) ? QGuiApplication::focusObject() : nullptr;
    m_target = focus ? focus : watched;
    m_textBefore = m_target ? m_target->property("text") : QVariant();
}

void WedgeScanner::checkSilence()
{
    if (m_burst.isEmpty())
        return;
    const qint64 quiet = m_now() - m_lastPressMs;
    if (quiet < m_options.silenceMs) {
        m_silence.start(int(std::max<qint64>(1, m_options.silenceMs - quiet)));
        return;
    }
    // A scanner with no terminator: the burst alone must look like a code.
    const QString code = codeOfBurst();
    m_burst.clear();
    if (!code.isEmpty())
        accept(code);
}

QString WedgeScanner::codeOfBurst() const
{
    if (m_burst.size() < m_options.minLength)
        return QString();
    QString code = m_burst;
    // Without scan codes, what an AZERTY session typed is translated back.
    const bool azerty = m_options.layout == Layout::Azerty
        || (m_options.layout == Layout::Auto && !m_sawScanCodes
            && (code.contains(QRegularExpression(QString::fromUtf8("[&é\"'(è_çà§°]")))
                || (!isCodeText(code) && isCodeText(fromAzerty(code)))));
    if (azerty)
        code = fromAzerty(code);
    return isCodeText(code) ? code : QString();
}

void WedgeScanner::accept(const QString &code)
{
    m_silence.stop();
    // The burst's characters went to the focused field: take them back out.
    if (m_target && m_textBefore.isValid() && m_target->property("text") != m_textBefore)
        m_target->setProperty("text", m_textBefore);
    m_target.clear();
    m_textBefore.clear();
    Q_EMIT scanned(code);
}
