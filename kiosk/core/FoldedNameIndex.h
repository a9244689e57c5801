#pragma once

#include "kiosk/core/AttendeeSearch.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

// The search index of a PostgreSQL event database, which has no FTS5: one row
// per attendee holding the words of its names and organisation folded by
// TextFolding, as the SQLite index does, matched with LIKE on word starts.
// Callers own the transaction of update() and remove().
class FoldedNameIndex {
public:
    explicit FoldedNameIndex(QSqlDatabase db);

    // Creates the table if needed and folds every attendee missing from it or
    // changed since (an older hub, or rows written by other means).
    [[nodiscard]] bool ensure();
    [[nodiscard]] bool update(const QVector<Attendee> &attendees);
    [[nodiscard]] bool remove(const QString &attendeeId);
    // The ids of the attendees every word of `words` (already folded) matches
    // in that tier, by name, at most `limit`.
    QStringList find(const QStringList &words, AttendeeSearch::Tier tier, int limit) const;
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};
