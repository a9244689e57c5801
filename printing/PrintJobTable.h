#pragma once

#include "printing/PrintJob.h"

#include <QSqlDatabase>
#include <QVariant>
#include <QVector>

#include <optional>

// The print_job table. Every change of state is a compare-and-set on the state
// (and claim) the change was decided from, so that processes sharing one event
// database never both act on a job.
class PrintJobTable {
public:
    explicit PrintJobTable(QSqlDatabase db);

    [[nodiscard]] bool insert(const PrintJob &job);
    // Writes `job` if it is still in `from` (and, for a claimed job, still
    // claimed by `claimedBy`); false when another process changed it first.
    [[nodiscard]] bool update(const PrintJob &job, PrintJob::State from, const QString &claimedBy = QString());
    // Takes a pending job for `claimer` in one short write transaction; the
    // claimed job, or nothing when someone else has it.
    std::optional<PrintJob> claim(const QString &id, const QString &claimer, const QDateTime &now);
    // The CUPS job of a claimed job, written the moment CUPS creates it.
    bool recordCupsJob(const QString &id, const QString &claimer, int cupsJobId);

    std::optional<PrintJob> byId(const QString &id) const;
    // A job by its id or by an unambiguous beginning of it.
    std::optional<PrintJob> byIdOrPrefix(const QString &idOrPrefix) const;
    QVector<PrintJob> due(const QDateTime &now) const;
    QVector<PrintJob> inState(PrintJob::State state) const;
    QVector<PrintJob> all(bool unfinishedOnly) const;
    QVector<PrintJob> forAttendee(const QString &attendeeId) const;
    int unfinishedCount() const;
    QString lastError() const { return m_error; }

private:
    QVector<PrintJob> select(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};
