#include "printing/PrinterProblem.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTextStream>

namespace {

// What CUPS's backends (usb, socket, ipp, lpd) say while the device is away.
const QStringList offlineEnglish = { QStringLiteral("Waiting for printer to become available."),
    QStringLiteral("The printer is not connected."), QStringLiteral("The printer is unreachable at this time."),
    QStringLiteral("The printer may not exist or is unavailable at this time."),
    QStringLiteral("The printer is not responding."), QStringLiteral("The printer did not respond."),
    QStringLiteral("Unable to locate printer."), QStringLiteral("Printer not connected; will retry in 30 seconds."),
    QStringLiteral("Unable to contact printer, queuing on next printer in class.") };

// What they say while the device refuses connections; normal for a moment only.
const QStringList busyEnglish = { QStringLiteral("The printer is in use.") };

QString unescape(QString s)
{
    s.replace(QLatin1String("\\\""), QLatin1String("\""));
    s.replace(QLatin1String("\\n"), QLatin1String("\n"));
    s.replace(QLatin1String("\\\\"), QLatin1String("\\"));
    return s;
}

// cupsd runs a job's backend in the language of whoever sent the job: its
// messages come in any language CUPS is translated into. Their translations
// are read from CUPS's own catalogues.
void addTranslations(const QString &poFile, const QStringList &english, QSet<QString> *set)
{
    QFile f(poFile);
    if (!f.open(QIODevice::ReadOnly))
        return;
    QTextStream in(&f);
    QString id;
    QString str;
    QString *target = nullptr;
    auto flush = [&] {
        if (!str.isEmpty() && english.contains(id))
            set->insert(str.trimmed());
        id.clear();
        str.clear();
        target = nullptr;
    };
    while (!in.atEnd()) {
        QString line = in.readLine().trimmed();
        if (line.startsWith(QLatin1String("msgid "))) {
            flush();
            target = &id;
            line = line.mid(6);
        } else if (line.startsWith(QLatin1String("msgstr "))) {
            target = &str;
            line = line.mid(7);
        }
        if (target && line.size() >= 2 && line.startsWith(QLatin1Char('"')) && line.endsWith(QLatin1Char('"')))
            target->append(unescape(line.mid(1, line.size() - 2)));
    }
    flush();
}

QSet<QString> withTranslations(const QStringList &english)
{
    QSet<QString> set(english.begin(), english.end());
    const QDir locales(QStringLiteral("/usr/share/cups/locale"));
    for (const QString &language : locales.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QFileInfo &po : QDir(locales.filePath(language)).entryInfoList({ QStringLiteral("cups_*.po") }))
            addTranslations(po.absoluteFilePath(), english, &set);
    }
    return set;
}

const QSet<QString> &offlineMessages()
{
    static const QSet<QString> all = withTranslations(offlineEnglish);
    return all;
}

const QSet<QString> &busyMessages()
{
    static const QSet<QString> all = withTranslations(busyEnglish);
    return all;
}

bool startsWithAny(const QString &reason, std::initializer_list<const char *> prefixes)
{
    for (const char *p : prefixes) {
        if (reason.startsWith(QLatin1String(p)))
            return true;
    }
    return false;
}

} // namespace

bool PrinterProblem::isOfflineMessage(const QString &message)
{
    return !message.trimmed().isEmpty() && offlineMessages().contains(message.trimmed());
}

QString PrinterProblem::fromReasons(const QStringList &reasons, const QString &printer)
{
    QString generic;
    for (const QString &reason : reasons) {
        // A printer is offline whatever the suffix; other "-report"s are news, not problems.
        if (reason.startsWith(QLatin1String("offline")) || reason.startsWith(QLatin1String("shutdown")))
            return tr("The printer \"%1\" cannot be reached. Check that it is switched on and plugged in.")
                .arg(printer);
        if (reason.endsWith(QLatin1String("-report")))
            continue;
        if (startsWithAny(reason, { "media-empty", "media-needed" }))
            return tr("The printer \"%1\" is out of labels. Load labels; waiting badges will print.").arg(printer);
        if (reason.startsWith(QLatin1String("media-jam")))
            return tr("Labels are jammed in the printer \"%1\". Clear the jam; waiting badges will print.")
                .arg(printer);
        if (startsWithAny(reason, { "cover-open", "door-open", "interlock-open" }))
            return tr("The printer \"%1\" is open. Close its cover.").arg(printer);
        if (startsWithAny(reason, { "paused", "moving-to-paused" }))
            return tr("The printer \"%1\" is paused. Resume it, or move the waiting badges to another printer.")
                .arg(printer);
        if (startsWithAny(reason, { "toner-empty", "marker-supply-empty", "marker-ink-almost-empty-error" }))
            return tr("The printer \"%1\" needs ink or toner.").arg(printer);
        if (startsWithAny(reason, { "cups-missing-filter", "cups-insecure-filter" }))
            return tr("The printer \"%1\" cannot print badges: its driver is missing or broken. Reinstall the "
                      "printer's driver, or choose another printer.")
                .arg(printer);
        // cups-waiting-for-job-completed, cups-remote-*, connecting-to-device,
        // low supplies and other warnings are normal states.
        if (reason.endsWith(QLatin1String("-error")) && generic.isEmpty())
            generic = tr("The printer \"%1\" reports a problem. Look at the printer: its screen or lights say what "
                         "is wrong.")
                          .arg(printer);
    }
    return generic;
}

QString PrinterProblem::of(const CupsClient::Printer &p, int waitedSeconds)
{
    if (p.state == CupsClient::PrinterState::Stopped) {
        QStringList others = p.reasons;
        others.removeIf(
            [](const QString &r) { return r == QLatin1String("paused") || r == QLatin1String("moving-to-paused"); });
        const QString why = fromReasons(others, p.name);
        if (!why.isEmpty())
            return why + QLatin1Char(' ') + tr("The print server stopped the printer: resume it once this is fixed.");
        if (p.message.startsWith(QLatin1String("Printer stopped due to backend errors")) || isOfflineMessage(p.message))
            return tr("The print server stopped the printer \"%1\" after it failed to print. Check that it is "
                      "switched on, connected and has labels, then resume it.")
                .arg(p.name);
        if (!p.message.isEmpty() && p.message != QLatin1String("Paused"))
            return tr("The printer \"%1\" is paused (%2). Resume it, or move the waiting badges to another printer.")
                .arg(p.name, p.message);
        return fromReasons({ QStringLiteral("paused") }, p.name);
    }
    if (!p.accepting)
        return tr("The printer \"%1\" does not take new badges at the moment: let it accept badges again, or "
                  "move the waiting badges to another printer.")
            .arg(p.name);
    QString why = fromReasons(p.reasons, p.name);
    if (!why.isEmpty())
        return why;
    // While a job is being printed, the backend's own words say when the device is away.
    const bool printing = p.state == CupsClient::PrinterState::Printing;
    if (printing
        && (isOfflineMessage(p.message)
            || (waitedSeconds >= connectGraceSeconds
                && (p.reasons.contains(QLatin1String("connecting-to-device"))
                    || busyMessages().contains(p.message.trimmed())))))
        return fromReasons({ QStringLiteral("offline") }, p.name);
    return QString();
}
