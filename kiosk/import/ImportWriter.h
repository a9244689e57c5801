#pragma once

#include "kiosk/core/Attendee.h"

#include <QCoreApplication>
#include <QSet>
#include <QVector>

#include <functional>

class EventStore;

// Writes an import's checked rows in short transactions, so that no other
// writer (a kiosk's check-in, a hub's sync push) waits more than about
// 50 ms for the database. While it writes, the event database holds a
// note of the import (meta key `import_unfinished`), removed with its last
// rows: an import that stopped half-way is told by the next one.
class ImportWriter {
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)

public:
    static constexpr int defaultLockBudgetMs = 50; // writing; the commit comes on top
    static constexpr int rowsBetweenChecks = 256;

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

private:
    bool writeSlice(const QVector<Attendee> &slice, const QSet<QString> &mayRestore);

    EventStore &m_store;
    int m_lockBudgetMs;
    qsizetype m_written = 0;
    QVector<QString> m_deletedMeanwhile;
    QString m_failedId;
    QString m_error;
    qint64 m_longestLockMs = 0;
};
