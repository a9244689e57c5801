#pragma once

#include "printing/CupsClient.h"
#include "printing/PrintJob.h"

#include <QCoreApplication>
#include <QVector>

#include <functional>

class EventStore;

// The badge print queue, kept in the event database: a job is written before
// it is sent, survives a crash or restart, is retried with back-off while the
// printer cannot take it, and can be moved to another printer or cancelled.
// process() does one round; call it from a timer on a worker thread (libcups
// blocks) or in a loop from the command line.
class PrintQueue {
    Q_DECLARE_TR_FUNCTIONS(PrintQueue)

public:
    using Clock = std::function<QDateTime()>;

    struct Round {
        QStringList changed; // ids of jobs whose state changed
        QStringList problems; // translated, for staff: printer problems, refused jobs
    };

    PrintQueue(EventStore &store, const CupsClient &cups, Clock clock = {});

    // A new job; returns its id, or an empty id and `error`.
    [[nodiscard]] QString enqueue(
        const QString &attendeeId, const QString &templateName, const QString &printer, bool reprint, QString *error);
    // The badge of a first check-in: queued once, never twice.
    [[nodiscard]] QString enqueueFirstBadge(
        const QString &attendeeId, const QString &templateName, const QString &printer, QString *error);

    Round process();

    [[nodiscard]] bool move(const QString &jobId, const QString &printer, QString *error);
    [[nodiscard]] bool cancel(const QString &jobId, QString *error);

    std::optional<PrintJob> job(const QString &id) const;
    QVector<PrintJob> jobs(bool unfinishedOnly = false) const;
    QVector<PrintJob> jobsFor(const QString &attendeeId) const;
    // Jobs not printed yet (pending or sent to the printer).
    int waitingCount() const;

    // Seconds to wait after `attempts` failed sends: 5, 10, 20… up to 300.
    static int backoffSeconds(int attempts);

private:
    bool send(PrintJob &job, Round &round);
    void follow(PrintJob &job, Round &round);
    bool save(const PrintJob &job);

    EventStore &m_store;
    const CupsClient &m_cups;
    Clock m_now;
};
