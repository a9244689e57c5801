#pragma once

#include "kiosk/core/Attendee.h"

#include <QCoreApplication>
#include <QSet>
#include <QVector>

#include <functional>

class AttendeeBatchWriter;
class EventStore;

// Writes an import's checked rows in short transactions, so that no other
// writer (a kiosk's check-in, a hub's sync push) waits more than about
// 100 ms for the database: each takes as many rows as fitted that time in
// the previous one. While it writes, the event database holds a
// note of the import (meta key `import_unfinished`), removed with its last
// rows: an import that stopped half-way is told by the next one.
class ImportWriter {
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)

public:
    static constexpr int defaultLockBudgetMs = 100; // writing and committing one transaction
    // The first transaction's rows; the next ones take what fits the budget.
    static constexpr qsizetype firstChunkRows = 1000;
    static constexpr qsizetype minChunkRows = 64;

    // lockBudgetMs 0: everything in one transaction (a benchmark's comparison).
    explicit ImportWriter(EventStore &store, int lockBudgetMs = defaultLockBudgetMs);

    // `label` names the import in the note (the file). `mayRestore`: ids
    // whose tombstone this import means to lift; any other row whose
    // attendee was deleted meanwhile (a sync) is left out and reported.
    [[nodiscard]] bool write(const QVector<Attendee> &rows, const QString &label, const QSet<QString> &mayRestore,
        const std::function<void(qsizetype written)> &progress);

    qsizetype written() const { return m_written; }
    // Ids left out because they were deleted while the import ran.
    const QVector<QString> &deletedMeanwhile() const { return m_deletedMeanwhile; }
    // The attendee whose write failed, when one did.
    QString failedId() const { return m_failedId; }
    QString errorString() const { return m_error; }
    // The longest time one transaction held the write lock, for benchmarks.
    qint64 longestLockMs() const { return m_longestLockMs; }

    // An earlier import that did not finish, as a translated sentence; empty when none.
    static QString unfinishedNote(EventStore &store);

    // How many transactions the rows took.
    int transactions() const { return m_transactions; }

private:
    // SQLite: staged and written set by set. Other databases: row by row.
    bool writeBatch(AttendeeBatchWriter &batch, const QVector<Attendee> &rows, qsizetype from, qsizetype count,
        const QSet<QString> &mayRestore);
    bool writeRows(const QVector<Attendee> &rows, const QSet<QString> &mayRestore);
    void findFailure(const QVector<Attendee> &rows, const QSet<QString> &leftOut);

    EventStore &m_store;
    int m_lockBudgetMs;
    qsizetype m_written = 0;
    QVector<QString> m_deletedMeanwhile;
    QString m_failedId;
    QString m_error;
    qint64 m_longestLockMs = 0;
    int m_transactions = 0;
};
