#include "printing/PrintQueue.h"

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/EventStore.h"
#include "printing/BadgeComposer.h"
#include "printing/CategoryStyles.h"
#include "printing/PrintLog.h"
#include "printing/PrinterBadge.h"

#include <QSysInfo>
#include <QUuid>

#include <algorithm>

PrintQueue::PrintQueue(EventStore &store, const CupsClient &cups, Clock clock)
    : m_store(store)
    , m_cups(cups)
    , m_table(store.database())
    , m_now(std::move(clock))
    // Who holds a claim: this host and process (to see that it died), and this queue.
    , m_claimer(QStringLiteral("%1:%2:%3")
                    .arg(QSysInfo::machineHostName())
                    .arg(QCoreApplication::applicationPid())
                    .arg(QUuid::createUuid().toString(QUuid::Id128).left(8)))
{
    if (!m_now)
        m_now = [] { return QDateTime::currentDateTimeUtc(); };
}

int PrintQueue::backoffSeconds(int attempts)
{
    return attempts <= 0 ? 0 : std::min(300, 5 << std::min(attempts - 1, 6));
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
    j.unattended = m_unattended;
    j.createdAt = j.updatedAt = m_now();
    if (!m_table.insert(j)) { // written before anything is sent
        *error = tr("Cannot record the print job: %1").arg(m_table.lastError());
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

std::optional<PrintJob> PrintQueue::job(const QString &idOrPrefix) const
{
    return m_table.byIdOrPrefix(idOrPrefix);
}

QVector<PrintJob> PrintQueue::jobs(bool unfinishedOnly) const
{
    return m_table.all(unfinishedOnly);
}

QVector<PrintJob> PrintQueue::jobsFor(const QString &attendeeId) const
{
    return m_table.forAttendee(attendeeId);
}

int PrintQueue::waitingCount() const
{
    return m_table.unfinishedCount();
}

PrintQueue::Round PrintQueue::process()
{
    Round round = sendPending();
    const Round followed = followSent();
    round.changed << followed.changed;
    round.problems << followed.problems;
    return round;
}

std::optional<PrintJob> PrintQueue::claim(const QString &jobId)
{
    return m_table.claim(jobId, m_claimer, m_now());
}

PrintQueue::Round PrintQueue::sendPending()
{
    Round round;
    for (const PrintJob &due : m_table.due(m_now())) {
        if (auto j = claim(due.id))
            send(*j, round);
    }
    return round;
}

bool PrintQueue::change(PrintJob &j, PrintJob::State from, Round &round, const QString &claimedBy)
{
    if (!m_table.update(j, from, claimedBy)) {
        if (m_table.lastError().isEmpty()) // another sender or staff changed it first: theirs stands
            qCDebug(lcPrint) << "print job" << j.id << "was changed by someone else";
        else
            qCWarning(lcPrint) << "print job" << j.id << "not written:" << m_table.lastError();
        return false;
    }
    round.changed << j.id;
    if (!j.lastError.isEmpty() && j.state != PrintJob::State::Sent)
        round.problems << j.lastError;
    return true;
}

void PrintQueue::retryLater(PrintJob &j, const QString &why)
{
    ++j.attempts;
    j.lastError = why;
    j.cupsJobId = 0;
    j.updatedAt = m_now();
    // The attendee of an unattended kiosk is sent to the desk: staff decide.
    j.state = j.unattended ? PrintJob::State::Held : PrintJob::State::Pending;
    j.nextAttemptAt = j.unattended ? QDateTime() : j.updatedAt.addSecs(backoffSeconds(j.attempts));
}

PrinterMedia PrintQueue::media(const QString &queue, QString *error)
{
    const auto known = m_media.constFind(queue);
    if (known != m_media.constEnd() && !known->fresh.hasExpired())
        return known->media;
    PrinterMedia media = PrinterMedia::query(queue, error);
    if (error->isEmpty())
        m_media.insert(queue, KnownMedia { media, QDeadlineTimer(qint64(mediaSeconds) * 1000) });
    return media;
}

void PrintQueue::send(PrintJob &j, Round &round)
{
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
        change(j, PrintJob::State::Sending, round, m_claimer);
        return;
    }
    // The CUPS job id is written the moment CUPS gives it, before the badge
    // itself is sent: a sender that dies later leaves a job that can be found.
    int created = 0;
    m_cups.onJobCreated([&](int cupsJobId) {
        created = cupsJobId;
        if (!m_table.recordCupsJob(j.id, m_claimer, cupsJobId))
            qCWarning(lcPrint) << "cannot record CUPS job" << cupsJobId << "of" << j.id << m_table.lastError();
    });
    const PrinterMedia printer = media(j.printer, &error);
    const PrinterBadge badge = error.isEmpty()
        ? PrinterBadge::render(printer, *badgeTemplate, BadgeComposer::compose(*attendee, m_store))
        : PrinterBadge { {}, {}, {}, error };
    if (badge.pdf.isEmpty()) {
        m_cups.onJobCreated({});
        if (printer.unknownQueue) {
            j.state = PrintJob::State::Failed; // trying again cannot help
            j.lastError
                = tr("There is no printer \"%1\". Choose another printer and move the badge to it.").arg(j.printer);
            j.updatedAt = m_now();
        } else {
            retryLater(j, badge.error);
        }
        change(j, PrintJob::State::Sending, round, m_claimer);
        return;
    }
    const QString title = QStringLiteral("badge-%1-%2").arg(j.id.left(8), attendee->lastName.left(20));
    const CupsClient::Submission submission = m_cups.submit(j.printer, badge.pdf, title, badge.pageMm);
    m_cups.onJobCreated({});
    if (submission.jobId <= 0) {
        m_media.remove(j.printer); // the queue may have changed: read it again next time
        if (created > 0) {
            settleCreated(j, created); // CUPS has a job: it must not be sent twice
            if (j.state == PrintJob::State::Pending || j.state == PrintJob::State::Held)
                j.lastError = submission.error;
        } else if (submission.noSuchPrinter) {
            j.state = PrintJob::State::Failed; // trying again cannot help
            j.lastError = submission.error;
            j.updatedAt = m_now();
        } else {
            retryLater(j, submission.error);
        }
        change(j, PrintJob::State::Sending, round, m_claimer);
        return;
    }
    j.state = PrintJob::State::Sent;
    j.cupsJobId = submission.jobId;
    ++j.attempts;
    j.lastError.clear();
    j.updatedAt = m_now();
    j.nextAttemptAt = QDateTime();
    change(j, PrintJob::State::Sending, round, m_claimer);
}

bool PrintQueue::staffChange(PrintJob &j, const QString &printer, QString *error)
{
    if (j.state == PrintJob::State::Sending) {
        *error = tr("This badge is being sent to the printer right now; try again in a moment.");
        return false;
    }
    const PrintJob::State from = j.state;
    if (j.cupsJobId > 0 && (from == PrintJob::State::Sent || from == PrintJob::State::Uncertain)) {
        // Take it back from CUPS first: it must not print twice.
        QString cancelError;
        if (!m_cups.cancel(j.cupsJobId, &cancelError)) {
            QString ignored;
            const auto cupsJob = m_cups.job(j.cupsJobId, &ignored);
            if (cupsJob && cupsJob->state == CupsClient::JobState::Completed) {
                j.state = PrintJob::State::Completed;
                j.lastError.clear();
                j.updatedAt = m_now();
                if (!m_table.update(j, from))
                    qCWarning(lcPrint) << "print job" << j.id << "not updated:" << m_table.lastError();
                *error = tr("This badge has just been printed; print it again instead.");
                return false;
            }
            if (cupsJob && !cupsJob->finished()) {
                *error = cancelError;
                return false;
            }
        }
    }
    j.printer = printer;
    j.state = PrintJob::State::Pending;
    j.cupsJobId = 0;
    j.attempts = 0;
    j.lastError.clear();
    j.nextAttemptAt = QDateTime();
    j.updatedAt = m_now();
    j.claimedBy.clear();
    j.claimedAt = QDateTime();
    if (!m_table.update(j, from)) {
        *error = tr("This badge changed in the meantime; look at the print queue again.");
        return false;
    }
    return true;
}

bool PrintQueue::release(const QString &jobId, QString *error)
{
    auto j = job(jobId);
    if (!j) {
        *error = tr("There is no print job %1.").arg(jobId);
        return false;
    }
    if (!j->waitsForStaff()) {
        *error = tr("This badge is not waiting for staff: it is printing, printed or cancelled.");
        return false;
    }
    return staffChange(*j, j->printer, error);
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
    return staffChange(*j, printer, error);
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
    if (j->state == PrintJob::State::Sending) {
        *error = tr("This badge is being sent to the printer right now; try again in a moment.");
        return false;
    }
    const PrintJob::State from = j->state;
    if (j->cupsJobId > 0 && (from == PrintJob::State::Sent || from == PrintJob::State::Uncertain)
        && !m_cups.cancel(j->cupsJobId, error)) {
        QString ignored;
        const auto cupsJob = m_cups.job(j->cupsJobId, &ignored);
        if (cupsJob && !cupsJob->finished())
            return false;
        if (cupsJob && cupsJob->state == CupsClient::JobState::Completed) {
            *error = tr("This badge has just been printed.");
            j->state = PrintJob::State::Completed;
            j->lastError.clear();
            j->updatedAt = m_now();
            if (!m_table.update(*j, from))
                qCWarning(lcPrint) << "print job" << j->id << "not updated:" << m_table.lastError();
            return false;
        }
        error->clear(); // gone or over without printing: nothing left to stop
    }
    j->state = PrintJob::State::Cancelled;
    j->updatedAt = m_now();
    if (!m_table.update(*j, from)) {
        *error = tr("This badge changed in the meantime; look at the print queue again.");
        return false;
    }
    return true;
}
