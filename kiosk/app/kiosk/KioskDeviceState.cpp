#include "kiosk/app/kiosk/KioskDeviceState.h"

#include "kiosk/core/EventStore.h"
#include "printing/CupsClient.h"
#include "printing/PrintJobTable.h"
#include "printing/PrinterProblem.h"

#include <QCoreApplication>

#include <utility>
#include <vector>

KioskDeviceState::KioskDeviceState(const QString &printer)
    : m_printer(printer)
{
}

void KioskDeviceState::setPrinterProblem(const QString &printer, const QString &message)
{
    const QString key = problemKey(printer, message);
    const QMutexLocker lock(&m_mutex);
    m_printer = printer;
    m_message = message.trimmed();
    m_problem = key;
}

void KioskDeviceState::setPrinter(const QString &printer)
{
    const QMutexLocker lock(&m_mutex);
    if (printer == m_printer)
        return;
    m_printer = printer;
    m_message.clear();
    m_problem.clear();
}

DeviceState KioskDeviceState::read(EventStore &store) const
{
    DeviceState state;
    const QMutexLocker lock(&m_mutex);
    if (m_printer.isEmpty())
        return state; // no printer, no badges
    // Pending, being sent, sent and not printed yet, or held for staff.
    state.badgesWaiting = PrintJobTable(store.database()).unfinishedCount();
    state.printer = DeviceState::Printer { m_printer, m_problem, m_message };
    return state;
}

QString KioskDeviceState::problemKey(const QString &printer, const QString &message)
{
    const QString text = message.trimmed();
    if (text.isEmpty())
        return QString();
    // The printing code's own sentences, made again for this printer in the
    // language of the moment; a sentence that goes on with a detail (the
    // print server's own words) is known by what comes before the detail.
    const QString detail = QStringLiteral("\u2063detail\u2063");
    auto reason
        = [&printer](const char *r) { return PrinterProblem::fromReasons({ QString::fromLatin1(r) }, printer); };
    auto stopped = [&printer](const QString &serverSays) {
        CupsClient::Printer p;
        p.name = printer;
        p.state = CupsClient::PrinterState::Stopped;
        p.accepting = true;
        p.message = serverSays;
        return PrinterProblem::of(p, 0);
    };
    CupsClient::Printer refusing;
    refusing.name = printer;
    refusing.state = CupsClient::PrinterState::Idle;
    refusing.accepting = false;
    const QString noSuchPrinter
        = QStringLiteral("There is no printer \"%1\". Choose another printer and move the badge to it.");
    // In this order: the reason a printer was stopped for says more than the stop.
    const std::vector<std::pair<QString, QStringList>> known {
        { QStringLiteral("media-empty"), { reason("media-empty") } },
        { QStringLiteral("media-jam"), { reason("media-jam") } },
        { QStringLiteral("door-open"), { reason("door-open") } },
        { QStringLiteral("offline"), { reason("offline") } },
        { QStringLiteral("stopped"),
            { reason("paused"), stopped(QStringLiteral("Printer stopped due to backend errors")), stopped(detail) } },
        { QStringLiteral("refusing"),
            { PrinterProblem::of(refusing, 0),
                QCoreApplication::translate("CupsClient",
                    "The printer \"%1\" does not take new badges at the moment: let it accept badges again, or "
                    "move the badge to another printer.")
                    .arg(printer) } },
        { QStringLiteral("unknown-queue"),
            { QCoreApplication::translate("PrinterMedia", "There is no printer \"%1\".").arg(printer),
                QCoreApplication::translate("CupsClient", qPrintable(noSuchPrinter)).arg(printer),
                QCoreApplication::translate(
                    "CupsClient", "There is no printer \"%1\". Choose another printer and move the badges to it.")
                    .arg(printer),
                QCoreApplication::translate("PrintQueue", qPrintable(noSuchPrinter)).arg(printer) } },
    };
    for (const auto &[key, sentences] : known) {
        for (const QString &sentence : sentences) {
            const QString start = sentence.left(sentence.indexOf(detail)); // all of it without a detail
            if (!start.isEmpty() && text.startsWith(start.trimmed()))
                return key;
        }
    }
    return QStringLiteral("other");
}
