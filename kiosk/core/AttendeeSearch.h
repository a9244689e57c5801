#pragma once

#include "kiosk/core/Attendee.h"

#include <QSqlDatabase>
#include <QVector>

// Accent-, case- and ligature-insensitive search on names and organisation,
// every word of the query a prefix ("chat" finds "Château"). Results come in
// tiers — whole words in names, name prefixes, then organisations — each
// sorted by name.
class AttendeeSearch {
public:
    explicit AttendeeSearch(QSqlDatabase db);

    enum class Tier { WholeWordInNames, PrefixInNames, PrefixAnywhere };

    QVector<Attendee> find(const QString &text, int limit = 20) const;
    // The FTS5 query for a text; empty when the text has no word.
    static QString matchExpression(const QString &text);
    static QString matchExpression(const QString &text, Tier tier);

private:
    QSqlDatabase m_db;
};
