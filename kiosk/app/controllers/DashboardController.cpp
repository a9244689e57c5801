#include "kiosk/app/controllers/DashboardController.h"

#include "kiosk/core/Attendance.h"
#include "kiosk/core/CheckInLog.h"
#include "kiosk/core/EventStore.h"
#include "printing/CupsClient.h"
#include "printing/PrintQueue.h"
#include "sync/SyncClient.h"

#include <QTimeZone>

DashboardController::DashboardController(EventStore &store, QString language, QObject *parent, Clock clock)
    : QObject(parent)
    , m_store(store)
    , m_language(std::move(language))
    , m_now(std::move(clock))
{
    if (!m_now)
        m_now = [] { return QDateTime::currentDateTimeUtc(); };
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &DashboardController::refresh);
}

namespace {

// A printer's state reasons in words; nothing of the print system's own.
QString reasonWords(const QStringList &reasons, const QString &printer)
{
    QString known = CupsClient::describe(reasons, printer);
    for (const QString &r : reasons) {
        if (known.contains(r))
            return DashboardController::tr("The printer \"%1\" needs attention. Check it, then try again.")
                .arg(printer);
    }
    return known;
}

// Whether a printer problem is one of the plain sentences staff may read.
bool isPlainProblem(const QString &message, const QString &printer)
{
    static const char *const known[]
        = { "media-empty", "media-jam", "offline", "paused", "cover-open", "marker-supply-empty" };
    for (const char *reason : known) {
        if (CupsClient::describe({ QLatin1String(reason) }, printer) == message)
            return true;
    }
    return false;
}

} // namespace

QString DashboardController::printerStatus() const
{
    if (m_printer.isEmpty())
        return tr("No badge printer is set up on this kiosk. Badges are not printed.");
    if (!m_server.reachable)
        return tr("The printing service does not answer. Badges wait and print when it is back.");
    if (!m_server.found)
        return tr("The badge printer \"%1\" does not exist on this kiosk. Choose another printer below.")
            .arg(m_printer);
    QString reasons = m_server.problem.isEmpty() ? reasonWords(m_server.reasons, m_printer) : m_server.problem;
    if (!reasons.isEmpty())
        return reasons;
    if (isPlainProblem(m_printerProblem, m_printer))
        return m_printerProblem;
    if (!m_printerProblem.isEmpty())
        return tr("Badges could not be sent to the printer. They wait and print when it works again.");
    return tr("The badge printer is ready.");
}

bool DashboardController::printerOk() const
{
    return !m_printer.isEmpty() && m_server.reachable && m_server.found && m_server.reasons.isEmpty()
        && m_server.problem.isEmpty() && m_printerProblem.isEmpty();
}

void DashboardController::setPrintServer(const PrintServer &server)
{
    m_server = server;
    Q_EMIT changed();
}

void DashboardController::setActive(bool active)
{
    if (active) {
        refresh();
        refreshPrinters();
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

void DashboardController::setPrinterProblem(const QString &, const QString &message)
{
    m_printerProblem = message;
    Q_EMIT changed();
}

void DashboardController::refreshPrinters()
{
    QString error;
    QVector<PrinterListModel::Printer> printers;
    PrintServer server;
    server.found = false;
    for (const CupsClient::Printer &p : CupsClient().printers(&error)) {
        const QStringList reasons = p.state == CupsClient::PrinterState::Stopped && p.reasons.isEmpty()
            ? QStringList { QStringLiteral("paused") }
            : p.reasons;
        const QString problem = CupsClient::describe(p);
        printers.append({ p.name, p.ready(), problem.isEmpty() ? tr("ready") : problem });
        if (p.name == m_printer) {
            server.found = true;
            server.reasons = problem.isEmpty() ? QStringList() : reasons; // informational reasons are not problems
            server.problem = problem;
        }
    }
    m_printers.setRows(std::move(printers));
    // The server's own words (host names, error numbers) are for the log, not for staff.
    server.reachable = error.isEmpty();
    if (!server.reachable)
        server.found = true;
    setPrintServer(server);
}

void DashboardController::choosePrinter(const QString &printer)
{
    if (printer.isEmpty() || printer == m_printer)
        return;
    m_printer = printer;
    m_printerProblem.clear();
    Q_EMIT printerChosen(printer);
    refreshPrinters();
}

void DashboardController::refresh()
{
    const Attendance::Figures figures = Attendance(m_store).figures(m_language);
    m_registered = figures.registered;
    m_checkedIn = figures.checkedIn;
    m_doubleEntries = figures.doubleEntries;
    QVector<SessionFigureListModel::Figure> sessions;
    for (const Attendance::SessionFigures &s : figures.sessions)
        sessions.append({ s.code, s.title, s.checkedIn, s.capacity });
    m_sessions.setRows(std::move(sessions));
    // First venue check-ins, by quarter of an hour in the event's time.
    const QVector<Attendance::Quarter> quarters = Attendance(m_store).arrivalsByQuarter();
    m_arrivalsPeak = 1;
    QVector<ArrivalListModel::Quarter> arrivals;
    for (const Attendance::Quarter &q : quarters) {
        m_arrivalsPeak = std::max(m_arrivalsPeak, q.count);
        arrivals.append({ q.start.toString(QStringLiteral("HH:mm")), q.count });
    }
    m_arrivals.setRows(std::move(arrivals));
    const CupsClient cups;
    m_badgesWaiting = PrintQueue(m_store, cups).waitingCount();
    const int unsent = CheckInLog(m_store.database()).unsentCount();
    const QTimeZone zone = m_store.timeZone();
    const QString hub = m_store.metaValue(QStringLiteral("sync_hub_url"));
    const QDateTime last = QDateTime::fromString(m_store.metaValue(QStringLiteral("sync_last_success")), Qt::ISODate);
    const QDateTime now = m_now();
    m_syncOk = true;
    if (hub.isEmpty()) {
        m_syncStatus = tr("This device works alone (no hub).");
    } else if (last.isValid() && last.secsTo(now) <= hubSilenceSeconds) {
        m_syncStatus = tr("In touch with the hub; %n check-in(s) waiting to be sent.", nullptr, unsent);
    } else {
        m_syncOk = false;
        m_syncStatus = last.isValid()
            ? tr("The hub is unreachable since %1; %n check-in(s) waiting.", nullptr, unsent)
                  .arg(last.toTimeZone(zone).toString(QStringLiteral("HH:mm")))
            : tr("The hub has not been reached yet; %n check-in(s) waiting.", nullptr, unsent);
    }
    // A wrong clock or changes the hub refused: staff must hear of it.
    if (const QString warning = hub.isEmpty() ? QString() : SyncClient::staffWarning(m_store); !warning.isEmpty()) {
        m_syncOk = false;
        m_syncStatus += QLatin1Char(' ') + warning;
    }
    Q_EMIT changed();
}
