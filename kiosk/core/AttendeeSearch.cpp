#include "AttendeeSearch.h"

#include "AttendeeTable.h"
#include "TextFolding.h"

#include <QSqlQuery>
#include <QStringList>

AttendeeSearch::AttendeeSearch(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString AttendeeSearch::matchExpression(const QString &text)
{
    QStringList terms;
    for (const QString &word : TextFolding::words(text))
        terms << QLatin1Char('"') + word + QLatin1String("\"*");
    return terms.join(QLatin1Char(' '));
}

QVector<Attendee> AttendeeSearch::find(const QString &text, int limit) const
{
    const AttendeeTable table(m_db);
    QVector<Attendee> result;
    // Staff also type or paste codes at the desk.
    const QString trimmed = text.trimmed();
    if (auto byCode = table.byCode(trimmed))
        result << *byCode;

    const QString match = matchExpression(text);
    if (match.isEmpty())
        return result;
    // Names weigh more than the organisation; the joined forms (ndiaye for
    // N'Diaye) count like names.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid FROM attendee_search WHERE attendee_search MATCH ?"
                             " ORDER BY bm25(attendee_search, 10.0, 10.0, 3.0, 8.0), rowid LIMIT ?"));
    q.addBindValue(match);
    q.addBindValue(limit);
    QVector<qint64> rowIds;
    if (q.exec()) {
        while (q.next())
            rowIds << q.value(0).toLongLong();
    }
    for (const Attendee &a : table.byRowIds(rowIds)) {
        if (result.isEmpty() || result.first().id != a.id)
            result << a;
    }
    if (result.size() > limit)
        result.resize(limit);
    return result;
}
