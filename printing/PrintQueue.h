#pragma once

#include "printing/CupsClient.h"
#include "printing/PrintJob.h"
#include "printing/PrintJobTable.h"
#include "printing/PrinterMedia.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QVector>

#include <functional>

class EventStore;

// The badge print queue, kept in the event database: a job is written before
// it is sent, claimed by exactly one sender (any number of processes and
// threads may share the database), survives a crash or restart, and is never
// sent twice by itself: when a sender died while handing it to CUPS, or CUPS
// lost it, it waits for staff. Jobs of an unattended kiosk that the printer
// cannot take are held for staff rather than printed later.
// sendPending() never waits on older jobs; followSent() asks CUPS about every
// sent job at once. Call them from a timer on a worker thread (libcups blocks).
class PrintQueue {
    Q_DECLARE_TR_FUNCTIONS(PrintQueue)

public:
    using Clock = std::function<QDateTime()>;

    struct Round {
        QStringList changed; // ids of jobs whose state changed
        QStringList problems; // translated, for staff: printer problems, refused jobs
    };

    PrintQueue(EventStore &store, const CupsClient &cups, Clock clock = {});

    // Jobs queued from now on belong to an unattended kiosk.
    void setUnattended(bool unattended) { m_unattended = unattended; }

    // A new job; returns its id, or an empty id and `error`.
    [[nodiscard]] QString enqueue(
        const QString &attendeeId, const QString &templateName, const QString &printer, bool reprint, QString *error);
    // The badge of a first check-in: queued once, never twice.
    [[nodiscard]] QString enqueueFirstBadge(
        const QString &attendeeId, const QString &templateName, const QString &printer, QString *error);

    // sendPending(), then followSent().
    Round process();
    // Claims each job that is due and sends it.
    Round sendPending();
    // Settles the claims of senders that died, then reads the state of every
    // sent job in one request and says what keeps a printer from printing.
    Round followSent();
    // Takes a pending job for this queue; nothing when another sender has it.
    std::optional<PrintJob> claim(const QString &jobId);

    // Staff: send a held, uncertain, lost or failed job (again).
    [[nodiscard]] bool release(const QString &jobId, QString *error);
    [[nodiscard]] bool move(const QString &jobId, const QString &printer, QString *error);
    [[nodiscard]] bool cancel(const QString &jobId, QString *error);

    std::optional<PrintJob> job(const QString &idOrPrefix) const;
    QVector<PrintJob> jobs(bool unfinishedOnly = false) const;
    QVector<PrintJob> jobsFor(const QString &attendeeId) const;
    // Jobs not over yet: waiting to print, or waiting for staff.
    int waitingCount() const;
    QString claimer() const { return m_claimer; }

    // Seconds to wait after `attempts` failed sends: 5, 10, 20… up to 300.
    static int backoffSeconds(int attempts);
    // A claim this old is left by a sender that died (a live one takes seconds).
    static constexpr int staleClaimSeconds = 120;
    static constexpr int mediaSeconds = 30;

private:
    void send(PrintJob &job, Round &round);
    // The queue's media, read from CUPS at most every `mediaSeconds` (a new
    // roll is a new queue setting); read again after a failed send.
    PrinterMedia media(const QString &queue, QString *error);
    void recoverStaleClaims(Round &round);
    bool claimIsStale(const PrintJob &job) const;
    // A claimed job's CUPS job is in `cupsJob` (or gone): what the print job becomes.
    void settleCreated(PrintJob &job, int cupsJobId);
    void retryLater(PrintJob &job, const QString &why);
    bool change(PrintJob &job, PrintJob::State from, Round &round, const QString &claimedBy = QString());
    bool staffChange(PrintJob &job, const QString &printer, QString *error);

    EventStore &m_store;
    const CupsClient &m_cups;
    PrintJobTable m_table;
    Clock m_now;
    QString m_claimer;
    bool m_unattended = false;
    struct KnownMedia {
        PrinterMedia media;
        QDeadlineTimer fresh;
    };
    QHash<QString, KnownMedia> m_media;
};
