#include "kiosk/core/AttendeeSearch.h"

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/FoldedNameIndex.h"
#include "kiosk/core/TextFolding.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

AttendeeSearch::AttendeeSearch(QSqlDatabase db)
    : m_db(db)
{
}

QString AttendeeSearch::matchExpression(const QString &text)
{
    return matchExpression(text, Tier::PrefixAnywhere);
}

QString AttendeeSearch::matchExpression(const QString &text, Tier tier)
{
    QStringList terms;
    for (const QString &word : TextFolding::words(text))
        terms << QLatin1Char('"') + word
                + (tier == Tier::WholeWordInNames ? QLatin1String("\"") : QLatin1String("\"*"));
    if (terms.isEmpty())
        return QString();
    const QString all = terms.join(QLatin1String(" AND "));
    return tier == Tier::PrefixAnywhere ? all : QStringLiteral("{first_name last_name joined} : (%1)").arg(all);
}

QVector<Attendee> AttendeeSearch::find(const QString &text, int limit) const
{
    const AttendeeTable table(m_db);
    QVector<Attendee> result;
    QSet<QString> seen;
    // Staff also type or paste codes at the desk.
    if (auto byCode = table.byCode(text.trimmed())) {
        result << *byCode;
        seen.insert(byCode->id);
    }
    // Relevance in tiers rather than by bm25, whose cost grows with every row
    // a short prefix matches: whole words in names, then name prefixes, then
    // prefixes in the organisation too. Each tier stops at the limit.
    // SQLite holds the folded words in FTS5; PostgreSQL in a plain table
    // matched with LIKE. Both fold with TextFolding, so both find the same.
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    const QStringList words = TextFolding::words(text);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (sqlite)
        q.prepare(QStringLiteral("SELECT rowid FROM attendee_search WHERE attendee_search MATCH ? LIMIT ?"));
    for (Tier tier : { Tier::WholeWordInNames, Tier::PrefixInNames, Tier::PrefixAnywhere }) {
        if (result.size() >= limit || words.isEmpty())
            break;
        QVector<Attendee> candidates;
        if (sqlite) {
            q.bindValue(0, matchExpression(text, tier));
            q.bindValue(1, limit); // rows found by an earlier tier come again
            QVector<qint64> rowIds;
            if (q.exec()) {
                while (q.next())
                    rowIds << q.value(0).toLongLong();
            }
            candidates = table.byRowIds(rowIds);
        } else {
            for (const QString &id : FoldedNameIndex(m_db).find(words, tier, limit)) {
                if (auto a = table.byId(id))
                    candidates << *a;
            }
        }
        QVector<Attendee> found;
        for (const Attendee &a : candidates) {
            if (!seen.contains(a.id)) {
                seen.insert(a.id);
                found << a;
            }
        }
        std::sort(found.begin(), found.end(), [](const Attendee &a, const Attendee &b) {
            const int byLast = QString::localeAwareCompare(a.lastName, b.lastName);
            return byLast != 0 ? byLast < 0 : QString::localeAwareCompare(a.firstName, b.firstName) < 0;
        });
        result += found;
    }
    if (result.size() > limit)
        result.resize(limit);
    return result;
}
