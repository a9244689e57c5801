#include "printing/PrintQueue.h"

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/SqlValues.h"
#include "printing/BadgeComposer.h"
#include "printing/PrinterBadge.h"
#include "printing/CategoryStyles.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

const QString columns = QStringLiteral("id, attendee_id, template, printer, state, cups_job_id, attempts, last_error, "
                                       "reprint, created_at, updated_at, next_attempt_at");

PrintJob fromQuery(const QSqlQuery &q)
{
    PrintJob j;
    j.id = q.value(0).toString();
    j.attendeeId = q.value(1).toString();
    j.templateName = q.value(2).toString();
    j.printer = q.value(3).toString();
    j.state = PrintJob::stateFromName(q.value(4).toString());
    j.cupsJobId = q.value(5).toInt();
    j.attempts = q.value(6).toInt();
    j.lastError = q.value(7).toString();
    j.reprint = q.value(8).toBool();
    j.createdAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    j.updatedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    j.nextAttemptAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    return j;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

PrintQueue::PrintQueue(EventStore &store, const CupsClient &cups, Clock clock)
    : m_store(store)
    , m_cups(cups)
    , m_now(std::move(clock))
{
    if (!m_now)
        m_now = [] { return QDateTime::currentDateTimeUtc(); };
}

int PrintQueue::backoffSeconds(int attempts)
{
    return attempts <= 0 ? 0 : std::min(300, 5 << std::min(attempts - 1, 6));
}

bool PrintQueue::save(const PrintJob &j)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO print_job (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (id) DO UPDATE SET printer = excluded.printer, state = excluded.state,"
                             " cups_job_id = excluded.cups_job_id, attempts = excluded.attempts,"
                             " last_error = excluded.last_error, updated_at = excluded.updated_at,"
                             " next_attempt_at = excluded.next_attempt_at")
                  .arg(columns));
    for (const QVariant &v : { QVariant(j.id), QVariant(j.attendeeId), SqlValues::text(j.templateName),
             SqlValues::text(j.printer), QVariant(PrintJob::stateName(j.state)),
             j.cupsJobId > 0 ? QVariant(j.cupsJobId) : QVariant(QMetaType(QMetaType::Int)), QVariant(j.attempts),
             SqlValues::text(j.lastError), QVariant(j.reprint ? 1 : 0), QVariant(iso(j.createdAt)),
             QVariant(iso(j.updatedAt)), SqlValues::nullIfEmpty(iso(j.nextAttemptAt)) })
        q.addBindValue(v);
    return q.exec();
}

QString PrintQueue::enqueue(
    const QString &attendeeId, const QString &templateName, const QString &printer, bool reprint, QString *error)
{
    if (!AttendeeTable(m_store.database()).byId(attendeeId)) {
        *error = tr("There is no attendee %1.").arg(attendeeId);
        return QString();
    }
    PrintJob j;
    j.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    j.attendeeId = attendeeId;
    j.templateName = templateName;
    j.printer = printer;
    j.reprint = reprint;
    j.createdAt = j.updatedAt = m_now();
    if (!save(j)) { // written before anything is sent
        *error = tr("Cannot record the print job: %1").arg(m_store.database().lastError().text());
        return QString();
    }
    return j.id;
}

QString PrintQueue::enqueueFirstBadge(
    const QString &attendeeId, const QString &templateName, const QString &printer, QString *error)
{
    for (const PrintJob &j : jobsFor(attendeeId)) {
        if (!j.reprint && j.state != PrintJob::State::Cancelled)
            return j.id;
    }
    return enqueue(attendeeId, templateName, printer, false, error);
}

std::optional<PrintJob> PrintQueue::job(const QString &id) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM print_job WHERE id = ?").arg(columns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QVector<PrintJob> PrintQueue::jobs(bool unfinishedOnly) const
{
    QVector<PrintJob> list;
    QSqlQuery q(m_store.database());
    q.exec(QStringLiteral("SELECT %1 FROM print_job %2 ORDER BY created_at")
               .arg(columns, unfinishedOnly ? QStringLiteral("WHERE state IN ('pending', 'sent')") : QString()));
    while (q.next())
        list << fromQuery(q);
    return list;
}

QVector<PrintJob> PrintQueue::jobsFor(const QString &attendeeId) const
{
    QVector<PrintJob> list;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM print_job WHERE attendee_id = ? ORDER BY created_at").arg(columns));
    q.addBindValue(attendeeId);
    q.exec();
    while (q.next())
        list << fromQuery(q);
    return list;
}

int PrintQueue::waitingCount() const
{
    QSqlQuery q(m_store.database());
    if (q.exec(QStringLiteral("SELECT count(*) FROM print_job WHERE state IN ('pending', 'sent')")) && q.next())
        return q.value(0).toInt();
    return 0;
}

PrintQueue::Round PrintQueue::process()
{
    Round round;
    const QDateTime now = m_now();
    for (PrintJob j : jobs(true)) {
        if (j.state == PrintJob::State::Pending && (!j.nextAttemptAt.isValid() || j.nextAttemptAt <= now))
            send(j, round);
        else if (j.state == PrintJob::State::Sent)
            follow(j, round);
    }
    return round;
}

bool PrintQueue::send(PrintJob &j, Round &round)
{
    auto retryLater = [&](const QString &why) {
        ++j.attempts;
        j.lastError = why;
        j.updatedAt = m_now();
        j.nextAttemptAt = j.updatedAt.addSecs(backoffSeconds(j.attempts));
        save(j);
        round.problems << why;
        round.changed << j.id;
        return false;
    };
    const auto attendee = AttendeeTable(m_store.database()).byId(j.attendeeId);
    QString error;
    const auto badgeTemplate = BadgeTemplate::load(attendee
            ? BadgeTemplate::forCategory(j.templateName, CategoryStyles::instance().styleFor(attendee->category).key)
            : j.templateName,
        &error);
    if (!attendee || !badgeTemplate) {
        j.state = PrintJob::State::Failed; // nothing will make this job printable
        j.lastError = attendee ? error : tr("The attendee of this badge no longer exists.");
        j.updatedAt = m_now();
        save(j);
        round.problems << j.lastError;
        round.changed << j.id;
        return false;
    }
    const PrinterBadge badge
        = PrinterBadge::render(j.printer, *badgeTemplate, BadgeComposer::compose(*attendee, m_store));
    if (badge.pdf.isEmpty())
        return retryLater(badge.error);
    const QString title = QStringLiteral("badge-%1-%2").arg(j.id.left(8), attendee->lastName.left(20));
    const CupsClient::Submission submission = m_cups.submit(j.printer, badge.pdf, title, badge.pageMm);
    if (submission.jobId <= 0)
        return retryLater(submission.error);
    j.state = PrintJob::State::Sent;
    j.cupsJobId = submission.jobId;
    ++j.attempts;
    j.lastError.clear();
    j.updatedAt = m_now();
    j.nextAttemptAt = QDateTime();
    save(j);
    round.changed << j.id;
    follow(j, round); // a printer that is stopped says so at once
    return true;
}

void PrintQueue::follow(PrintJob &j, Round &round)
{
    QString error;
    const auto cupsJob = m_cups.job(j.cupsJobId, &error);
    const PrintJob before = j;
    if (!cupsJob) {
        // CUPS lost it (a new server, a purged spool): send it again.
        j.state = PrintJob::State::Pending;
        j.cupsJobId = 0;
        j.lastError = error;
    } else if (cupsJob->state == CupsClient::JobState::Completed) {
        j.state = PrintJob::State::Completed;
        j.lastError.clear();
    } else if (cupsJob->state == CupsClient::JobState::Aborted) {
        j.state = PrintJob::State::Failed;
        j.lastError = cupsJob->message.isEmpty() ? tr("The printer gave up on this badge.") : cupsJob->message;
    } else if (cupsJob->state == CupsClient::JobState::Cancelled) {
        j.state = PrintJob::State::Cancelled;
        j.lastError = tr("Cancelled on the print server.");
    } else {
        // Waiting: say why, in words staff can act on.
        QString printerError;
        const auto printer = m_cups.printer(j.printer, &printerError);
        QString why;
        if (printer && printer->state == CupsClient::PrinterState::Stopped && printer->reasons.isEmpty())
            why = CupsClient::describe({ QStringLiteral("paused") }, j.printer);
        else if (printer)
            why = CupsClient::describe(printer->reasons, j.printer);
        if (why.isEmpty())
            why = CupsClient::describe(cupsJob->printerReasons, j.printer);
        // A backend that cannot reach its device keeps the job "processing"
        // and says so only in the printer's message.
        if (why.isEmpty() && printer && !printer->message.isEmpty() && j.updatedAt.secsTo(m_now()) >= 5) {
            const QString message = printer->message.toLower();
            why = message.contains(QLatin1String("unavailable")) || message.contains(QLatin1String("connect"))
                    || message.contains(QLatin1String("not exist"))
                ? CupsClient::describe({ QStringLiteral("offline") }, j.printer)
                : tr("The printer \"%1\" has not printed this badge yet: %2").arg(j.printer, printer->message);
        }
        j.lastError = why;
        if (!why.isEmpty())
            round.problems << why;
    }
    if (j.state != before.state || j.lastError != before.lastError) {
        j.updatedAt = m_now();
        save(j);
        round.changed << j.id;
    }
}

bool PrintQueue::move(const QString &jobId, const QString &printer, QString *error)
{
    auto j = job(jobId);
    if (!j) {
        *error = tr("There is no print job %1.").arg(jobId);
        return false;
    }
    if (j->state == PrintJob::State::Completed) {
        *error = tr("This badge was printed already; print it again instead.");
        return false;
    }
    if (j->state == PrintJob::State::Sent && j->cupsJobId > 0) {
        QString ignored;
        m_cups.cancel(j->cupsJobId, &ignored); // it may be gone already
    }
    j->printer = printer;
    j->state = PrintJob::State::Pending;
    j->cupsJobId = 0;
    j->attempts = 0;
    j->lastError.clear();
    j->nextAttemptAt = QDateTime();
    j->updatedAt = m_now();
    return save(*j);
}

bool PrintQueue::cancel(const QString &jobId, QString *error)
{
    auto j = job(jobId);
    if (!j) {
        *error = tr("There is no print job %1.").arg(jobId);
        return false;
    }
    if (j->finished()) {
        *error = tr("This print job is already over.");
        return false;
    }
    if (j->state == PrintJob::State::Sent && j->cupsJobId > 0 && !m_cups.cancel(j->cupsJobId, error))
        return false;
    j->state = PrintJob::State::Cancelled;
    j->updatedAt = m_now();
    return save(*j);
}
