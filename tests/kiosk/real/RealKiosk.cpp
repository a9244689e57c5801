#include "tests/kiosk/real/RealKiosk.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

// The priority given to the X server and to the input tool.
const QStringList realTimePrefix = { QStringLiteral("chrt"), QStringLiteral("-f"), QStringLiteral("10") };

// xdotool's key name for a character of a printed code.
QString keyName(QChar c)
{
    static const QHash<QChar, QString> names = {
        { QLatin1Char('-'), QStringLiteral("minus") },
        { QLatin1Char('.'), QStringLiteral("period") },
        { QLatin1Char('_'), QStringLiteral("underscore") },
        { QLatin1Char(':'), QStringLiteral("colon") },
        { QLatin1Char('/'), QStringLiteral("slash") },
        { QLatin1Char('+'), QStringLiteral("plus") },
        { QLatin1Char('='), QStringLiteral("equal") },
        { QLatin1Char('*'), QStringLiteral("asterisk") },
        { QLatin1Char('$'), QStringLiteral("dollar") },
        { QLatin1Char('%'), QStringLiteral("percent") },
        { QLatin1Char('#'), QStringLiteral("numbersign") },
    };
    return names.value(c, QString(c));
}

} // namespace

RealKiosk::RealKiosk() = default;

RealKiosk::~RealKiosk()
{
    stop();
}

bool RealKiosk::toolsInstalled(QString *missing)
{
    QStringList absent;
    for (const char *tool : { "Xvfb", "xdotool", "import", "xmodmap" }) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            absent << QLatin1String(tool);
    }
    *missing = absent.join(QStringLiteral(", "));
    return absent.isEmpty();
}

bool RealKiosk::start(const QSize &screen, const QStringList &kioskArguments, QString *error)
{
    m_screen = screen;
    m_realTime
        = QProcess::execute(realTimePrefix.first(), realTimePrefix.mid(1) + QStringList { QStringLiteral("true") })
        == 0;
    // Xvfb picks a free display itself and says which on standard output.
    QStringList x
        = { QStringLiteral("Xvfb"), QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
              QStringLiteral("0"), QStringLiteral("%1x%2x24").arg(screen.width()).arg(screen.height()),
              QStringLiteral("-nolisten"), QStringLiteral("tcp") };
    if (m_realTime)
        x = realTimePrefix + x;
    m_x.setProcessChannelMode(QProcess::SeparateChannels);
    m_x.start(x.first(), x.mid(1));
    if (!QTest::qWaitFor([this] { return m_x.canReadLine() || m_x.state() == QProcess::NotRunning; }, 60000)
        || !m_x.canReadLine()) {
        *error = QStringLiteral("Xvfb did not start: ") + QString::fromLocal8Bit(m_x.readAllStandardError());
        return false;
    }
    m_display = QLatin1Char(':') + QString::fromLatin1(m_x.readLine()).trimmed();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software")); // no GL on a virtual screen
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("accueil.kiosk.items.debug=true"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_IM_MODULE")); // the kiosk's own keyboard, a physical one beside it
    m_kiosk.setProcessEnvironment(env);
    m_kiosk.setProcessChannelMode(QProcess::MergedChannels);
    m_kiosk.start(QStringLiteral(ACCUEIL_BIN_DIR "/accueil-kiosk"),
        QStringList { QStringLiteral("--fullscreen"), QStringLiteral("--log") } + kioskArguments);
    if (!waitForLog(QStringLiteral("ready"), 1, 120000)) {
        *error = QStringLiteral("the kiosk did not start: ") + log();
        return false;
    }
    return waitForLog(QStringLiteral("items:"), 1, 60000);
}

void RealKiosk::stop()
{
    for (QProcess *p : { &m_kiosk, &m_x }) {
        if (p->state() == QProcess::NotRunning)
            continue;
        p->terminate();
        if (!p->waitForFinished(30000)) {
            p->kill();
            p->waitForFinished(5000);
        }
    }
}

void RealKiosk::readLog()
{
    const QString more = QString::fromUtf8(m_kiosk.readAll());
    if (more.isEmpty())
        return;
    m_log += more;
    const qsizetype at = m_log.lastIndexOf(QLatin1String("items: "));
    if (at >= 0) {
        const qsizetype end = m_log.indexOf(QLatin1Char('\n'), at);
        if (end > at)
            m_items = m_log.mid(at + 7, end - at - 7);
    }
}

QString RealKiosk::log()
{
    readLog();
    return m_log;
}

int RealKiosk::countInLog(const QString &text)
{
    return int(log().count(text));
}

bool RealKiosk::waitForLog(const QString &text, int count, int timeoutMs)
{
    return QTest::qWaitFor(
               [&] { return countInLog(text) >= count || m_kiosk.state() == QProcess::NotRunning; }, timeoutMs)
        && countInLog(text) >= count;
}

QRect RealKiosk::item(const QString &name)
{
    readLog();
    for (const QString &entry : m_items.split(QStringLiteral("; "))) {
        const QStringList f = entry.split(QLatin1Char(' '));
        if (f.size() == 5 && f.at(0) == name)
            return QRect(f.at(1).toInt(), f.at(2).toInt(), f.at(3).toInt(), f.at(4).toInt());
    }
    return QRect();
}

int RealKiosk::itemCount(const QString &name)
{
    readLog();
    int n = 0;
    for (const QString &entry : m_items.split(QStringLiteral("; ")))
        n += entry.section(QLatin1Char(' '), 0, 0) == name ? 1 : 0;
    return n;
}

bool RealKiosk::waitForItem(const QString &name, int timeoutMs)
{
    return QTest::qWaitFor([&] { return item(name).isValid(); }, timeoutMs);
}

bool RealKiosk::waitForNoItem(const QString &name, int timeoutMs)
{
    return QTest::qWaitFor([&] { return !item(name).isValid(); }, timeoutMs);
}

bool RealKiosk::xdotool(const QStringList &arguments, bool urgent)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    p.setProcessEnvironment(env);
    QStringList command = QStringList { QStringLiteral("xdotool") } + arguments;
    if (urgent && m_realTime)
        command = realTimePrefix + command;
    p.start(command.first(), command.mid(1));
    // xdotool ends once its keys are sent; keep reading the kiosk meanwhile.
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000))
        return false;
    readLog();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool RealKiosk::addKeysFor(const QString &text)
{
    QStringList expressions;
    for (const uint c : text.toUcs4()) {
        if (c < 0x80 || m_bound.contains(QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1)))
            continue;
        m_bound += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        // Latin-1 keysyms are the code point; others are 0x1000000 + the code point.
        const uint keysym = c < 0x100 ? c : 0x1000000 + c;
        expressions << QStringLiteral("-e")
                    << QStringLiteral("keycode %1 = 0x%2").arg(m_spareKeycode--).arg(keysym, 0, 16);
    }
    if (expressions.isEmpty())
        return true;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("xmodmap"), expressions);
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000))
        return false;
    readLog();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool RealKiosk::tap(const QPoint &at)
{
    return xdotool({ QStringLiteral("mousemove"), QString::number(at.x()), QString::number(at.y()),
        QStringLiteral("click"), QStringLiteral("1") });
}

bool RealKiosk::tapItem(const QString &name)
{
    return waitForItem(name) && tap(item(name).center());
}

bool RealKiosk::hold(const QPoint &at, int ms)
{
    if (!xdotool({ QStringLiteral("mousemove"), QString::number(at.x()), QString::number(at.y()),
            QStringLiteral("mousedown"), QStringLiteral("1") }))
        return false;
    QTest::qWait(ms);
    return xdotool({ QStringLiteral("mouseup"), QStringLiteral("1") });
}

bool RealKiosk::holdItem(const QString &name, int ms)
{
    return waitForItem(name) && hold(item(name).center(), ms);
}

bool RealKiosk::type(const QString &text, int delayMs)
{
    return xdotool(
        { QStringLiteral("type"), QStringLiteral("--delay"), QString::number(delayMs), QStringLiteral("--"), text });
}

bool RealKiosk::keys(const QStringList &names)
{
    return xdotool(QStringList { QStringLiteral("key") } + names);
}

bool RealKiosk::scan(const QString &code)
{
    QStringList arguments = { QStringLiteral("key"), QStringLiteral("--delay"), QStringLiteral("0") };
    for (QChar c : code)
        arguments << keyName(c);
    arguments << QStringLiteral("Return");
    return xdotool(arguments, true);
}

bool RealKiosk::screenshot(const QString &file)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    return QProcess::execute(QStringLiteral("import"),
               { QStringLiteral("-display"), m_display, QStringLiteral("-window"), QStringLiteral("root"), file })
        == 0;
}
