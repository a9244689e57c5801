// PrintQueue: following sent jobs, and settling the claims of senders that died.
#include "printing/PrintQueue.h"

#include "printing/PrintLog.h"

#include <QHash>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

namespace {

QString mayHavePrinted()
{
    return QCoreApplication::translate("PrintQueue",
        "This badge may have printed: the program sending it stopped half-way. Check the printer, then release the "
        "badge to print it, or cancel it.");
}

} // namespace

bool PrintQueue::claimIsStale(const PrintJob &j) const
{
    if (!j.claimedAt.isValid())
        return true;
    // host:pid:queue — a sender on this host whose process is gone died for sure.
    const int last = j.claimedBy.lastIndexOf(QLatin1Char(':'));
    const int middle = last > 0 ? j.claimedBy.lastIndexOf(QLatin1Char(':'), last - 1) : -1;
    if (middle > 0 && j.claimedBy.left(middle) == QSysInfo::machineHostName()) {
        const qint64 pid = j.claimedBy.mid(middle + 1, last - middle - 1).toLongLong();
        if (pid > 0 && pid != QCoreApplication::applicationPid() && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            return true;
    }
    return j.claimedAt.secsTo(m_now()) > staleClaimSeconds;
}

void PrintQueue::settleCreated(PrintJob &j, int cupsJobId)
{
    QString error;
    const auto cupsJob = m_cups.job(cupsJobId, &error);
    j.cupsJobId = cupsJobId;
    j.updatedAt = m_now();
    if (!cupsJob) {
        j.state = PrintJob::State::Uncertain;
        j.lastError = mayHavePrinted();
    } else if (cupsJob->state == CupsClient::JobState::Completed) {
        j.state = PrintJob::State::Completed;
        j.lastError.clear();
    } else if (cupsJob->documents == 0) {
        // CUPS never received the badge itself: nothing can have printed.
        if (!cupsJob->finished() && !m_cups.cancel(cupsJobId, &error))
            qCWarning(lcPrint) << "cannot cancel the empty CUPS job" << cupsJobId << error;
        retryLater(j, tr("The badge did not reach the printer: the program sending it stopped."));
    } else if (!cupsJob->finished()) {
        j.state = PrintJob::State::Sent; // it is in CUPS's hands: follow it
        j.lastError.clear();
    } else {
        j.state = PrintJob::State::Uncertain;
        j.lastError = mayHavePrinted();
    }
}

void PrintQueue::recoverStaleClaims(Round &round)
{
    std::optional<QVector<CupsClient::Job>> history;
    for (PrintJob j : m_table.inState(PrintJob::State::Sending)) {
        if (!claimIsStale(j))
            continue;
        const QString claimedBy = j.claimedBy;
        qCInfo(lcPrint) << "print job" << j.id << "was left half-sent by" << claimedBy;
        int cupsJobId = j.cupsJobId;
        if (cupsJobId <= 0) {
            // CUPS may have created the job without the sender hearing of it:
            // look for it by its title.
            QString error;
            if (!history)
                history = m_cups.history(&error);
            if (!history) {
                round.problems << error;
                return;
            }
            const QString title = QStringLiteral("badge-%1-").arg(j.id.left(8));
            bool historyCoversClaim = false;
            for (const CupsClient::Job &c : *history) {
                if (c.name.startsWith(title))
                    cupsJobId = c.id;
                historyCoversClaim = historyCoversClaim || (c.createdAt.isValid() && c.createdAt < j.claimedAt);
            }
            if (cupsJobId <= 0) {
                // Not there, and CUPS remembers jobs from before the claim: it never got it.
                if (historyCoversClaim) {
                    retryLater(j, tr("The badge did not reach the printer: the program sending it stopped."));
                } else {
                    j.state = PrintJob::State::Uncertain;
                    j.lastError = mayHavePrinted();
                    j.updatedAt = m_now();
                }
                change(j, PrintJob::State::Sending, round, claimedBy);
                continue;
            }
        }
        settleCreated(j, cupsJobId);
        change(j, PrintJob::State::Sending, round, claimedBy);
    }
}

PrintQueue::Round PrintQueue::followSent()
{
    Round round;
    recoverStaleClaims(round);
    const QVector<PrintJob> sent = m_table.inState(PrintJob::State::Sent);
    if (sent.isEmpty())
        return round;
    QVector<int> ids;
    for (const PrintJob &j : sent)
        ids << j.cupsJobId;
    QString error;
    const auto cupsJobs = m_cups.jobs(ids, &error); // one request for every job still in CUPS's queue
    if (!cupsJobs) {
        round.problems << error;
        return round;
    }
    std::optional<QHash<QString, CupsClient::Printer>> printers;
    const QDateTime now = m_now();
    for (PrintJob j : sent) {
        const PrintJob before = j;
        const auto found = cupsJobs->constFind(j.cupsJobId);
        if (found == cupsJobs->constEnd()) {
            // Purged, or another print server: it may have printed. Staff decide.
            j.state = PrintJob::State::Lost;
            j.lastError = tr("The print server no longer knows this badge: it may or may not have printed. Check "
                             "the printer, then release the badge to print it, or cancel it.");
        } else if (found->state == CupsClient::JobState::Completed) {
            j.state = PrintJob::State::Completed;
            j.lastError.clear();
        } else if (found->state == CupsClient::JobState::Aborted) {
            j.state = PrintJob::State::Failed;
            j.lastError = tr("The printer \"%1\" gave up on this badge. Check the printer, then print the badge "
                             "again.")
                              .arg(j.printer);
        } else if (found->state == CupsClient::JobState::Cancelled) {
            j.state = PrintJob::State::Cancelled;
            j.lastError = tr("Cancelled on the print server.");
        } else {
            // Waiting: say why, in words staff can act on.
            if (!printers) {
                printers.emplace();
                QString printerError;
                for (const CupsClient::Printer &p : m_cups.printers(&printerError))
                    printers->insert(p.name, p);
            }
            const int waited = int((j.claimedAt.isValid() ? j.claimedAt : j.updatedAt).secsTo(now));
            QString why
                = printers->contains(j.printer) ? CupsClient::describe(printers->value(j.printer), waited) : QString();
            // A queue that retries failed jobs holds them a while ("retry-job" policy).
            if (why.isEmpty() && found->state == CupsClient::JobState::Held
                && found->message.startsWith(QLatin1String("Job held for")))
                why = CupsClient::describe({ QStringLiteral("offline") }, j.printer);
            else if (why.isEmpty() && found->state == CupsClient::JobState::Held)
                why = tr("This badge is held on the print server. Release it there, or cancel it.");
            QString cancelError;
            if (!why.isEmpty() && j.unattended && m_cups.cancel(j.cupsJobId, &cancelError)) {
                // The kiosk sends the attendee to the desk: the badge must not print there later.
                j.state = PrintJob::State::Held;
            }
            j.lastError = why;
            if (!why.isEmpty() && j.state == PrintJob::State::Sent)
                round.problems << why;
        }
        if (j.state != before.state || j.lastError != before.lastError) {
            j.updatedAt = now;
            change(j, PrintJob::State::Sent, round);
        }
    }
    return round;
}
