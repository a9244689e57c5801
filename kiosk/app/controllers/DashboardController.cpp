#include "kiosk/app/controllers/DashboardController.h"

#include "kiosk/core/Attendance.h"
#include "kiosk/core/CheckInLog.h"
#include "kiosk/core/EventStore.h"
#include "printing/CupsClient.h"
#include "printing/PrintQueue.h"
#include "sync/SyncClient.h"

#include <QTimeZone>

DashboardController::DashboardController(EventStore &store, QString language, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_language(std::move(language))
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &DashboardController::refresh);
}

QString DashboardController::printerStatus() const
{
    return m_printerProblem.isEmpty() ? tr("The printer is working.") : m_printerProblem;
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
    m_printers.clear();
    for (const CupsClient::Printer &p : CupsClient().printers(&error)) {
        QString problem = p.state == CupsClient::PrinterState::Stopped && p.reasons.isEmpty()
            ? CupsClient::describe({ QStringLiteral("paused") }, p.name)
            : CupsClient::describe(p.reasons, p.name);
        m_printers << QVariantMap { { QStringLiteral("name"), p.name }, { QStringLiteral("ready"), p.ready() },
            { QStringLiteral("message"), problem.isEmpty() ? tr("ready") : problem } };
    }
    if (!error.isEmpty())
        m_printers << QVariantMap { { QStringLiteral("name"), QString() }, { QStringLiteral("ready"), false },
            { QStringLiteral("message"), error } };
    Q_EMIT changed();
}

void DashboardController::choosePrinter(const QString &printer)
{
    if (printer.isEmpty() || printer == m_printer)
        return;
    m_printer = printer;
    m_printerProblem.clear();
    Q_EMIT printerChosen(printer);
    Q_EMIT changed();
}

void DashboardController::refresh()
{
    const Attendance::Figures figures = Attendance(m_store).figures(m_language);
    m_registered = figures.registered;
    m_checkedIn = figures.checkedIn;
    m_doubleEntries = figures.doubleEntries;
    m_sessions.clear();
    for (const Attendance::SessionFigures &s : figures.sessions) {
        m_sessions << QVariantMap { { QStringLiteral("code"), s.code }, { QStringLiteral("title"), s.title },
            { QStringLiteral("count"), s.checkedIn }, { QStringLiteral("capacity"), s.capacity } };
    }
    // First venue check-ins, by quarter of an hour in the event's time.
    const QVector<Attendance::Quarter> quarters = Attendance(m_store).arrivalsByQuarter();
    m_arrivals.clear();
    m_arrivalsPeak = 1;
    for (const Attendance::Quarter &q : quarters)
        m_arrivalsPeak = std::max(m_arrivalsPeak, q.count);
    for (const Attendance::Quarter &q : quarters)
        m_arrivals << QVariantMap { { QStringLiteral("time"), q.start.toString(QStringLiteral("HH:mm")) },
            { QStringLiteral("count"), q.count } };
    const CupsClient cups;
    m_badgesWaiting = PrintQueue(m_store, cups).waitingCount();
    const int unsent = CheckInLog(m_store.database()).unsentCount();
    const QTimeZone zone = m_store.timeZone();
    const QString hub = m_store.metaValue(QStringLiteral("sync_hub_url"));
    const QDateTime last = QDateTime::fromString(m_store.metaValue(QStringLiteral("sync_last_success")), Qt::ISODate);
    if (hub.isEmpty())
        m_syncStatus = tr("This device works alone (no hub).");
    else if (!last.isValid())
        m_syncStatus = tr("Not synced with the hub yet; %n check-in(s) waiting to be sent.", nullptr, unsent);
    else
        m_syncStatus = tr("Last sync with the hub at %1; %n check-in(s) waiting to be sent.", nullptr, unsent)
                           .arg(last.toTimeZone(zone).toString(QStringLiteral("HH:mm:ss")));
    // A wrong clock or changes the hub refused: staff must hear of it.
    if (const QString warning = hub.isEmpty() ? QString() : SyncClient::staffWarning(m_store); !warning.isEmpty())
        m_syncStatus += QLatin1Char(' ') + warning;
    Q_EMIT changed();
}
