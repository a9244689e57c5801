#include "kiosk/core/FoldedNameIndex.h"

#include "kiosk/core/TextFolding.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// The same terms the SQLite index holds: the names' words and the joined
// forms of hyphenated or apostrophe names ("ndiaye") make the names; the
// organisation's words come on top for the widest tier. Spaces at both ends
// let " word" and " word " match at word starts and whole words.
struct Terms {
    QString names;
    QString everything;
};

Terms termsOf(const Attendee &a)
{
    const QStringList first = TextFolding::words(a.firstName);
    const QStringList last = TextFolding::words(a.lastName);
    const QStringList organisation = TextFolding::words(a.organisation);
    const QStringList joined = TextFolding::indexTerms(a.firstName).mid(first.size())
        + TextFolding::indexTerms(a.lastName).mid(last.size())
        + TextFolding::indexTerms(a.organisation).mid(organisation.size());
    const QString space = QStringLiteral(" ");
    const QString nameTerms = (first + last + joined).join(space);
    return { space + nameTerms + space, space + nameTerms + space + organisation.join(space) + space };
}

// Folded words hold letters, digits and marks only; escape LIKE's wildcards anyway.
QString likeEscaped(QString word)
{
    word.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    word.replace(QLatin1Char('%'), QLatin1String("\\%"));
    word.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return word;
}

} // namespace

FoldedNameIndex::FoldedNameIndex(QSqlDatabase db)
    : m_db(db)
{
}

bool FoldedNameIndex::ensure()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS attendee_folded (id TEXT PRIMARY KEY NOT NULL"
                               " REFERENCES attendee (id) ON DELETE CASCADE, version TEXT NOT NULL,"
                               " names TEXT NOT NULL, everything TEXT NOT NULL)"))
        || !q.exec(QStringLiteral("DELETE FROM attendee_folded f USING attendee a WHERE a.id = f.id AND a.deleted = 1"))
        || !q.exec(QStringLiteral("SELECT a.id, a.version, a.first_name, a.last_name, a.organisation FROM attendee a"
                                  " LEFT JOIN attendee_folded f ON f.id = a.id"
                                  " WHERE a.deleted = 0 AND (f.id IS NULL OR f.version <> a.version)"))) {
        m_error = q.lastError().text();
        return false;
    }
    QVector<Attendee> stale;
    while (q.next()) {
        Attendee a;
        a.id = q.value(0).toString();
        a.version = q.value(1).toString();
        a.firstName = q.value(2).toString();
        a.lastName = q.value(3).toString();
        a.organisation = q.value(4).toString();
        stale << a;
    }
    return update(stale);
}

bool FoldedNameIndex::update(const QVector<Attendee> &attendees)
{
    if (attendees.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO attendee_folded (id, version, names, everything) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (id) DO UPDATE SET version = excluded.version, names = excluded.names,"
                             " everything = excluded.everything"));
    for (const Attendee &a : attendees) {
        const Terms terms = termsOf(a);
        q.bindValue(0, a.id);
        q.bindValue(1, a.version);
        q.bindValue(2, terms.names);
        q.bindValue(3, terms.everything);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool FoldedNameIndex::remove(const QString &attendeeId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM attendee_folded WHERE id = ?"));
    q.addBindValue(attendeeId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

QStringList FoldedNameIndex::find(const QStringList &words, AttendeeSearch::Tier tier, int limit) const
{
    QStringList ids;
    if (words.isEmpty())
        return ids;
    const QString column
        = tier == AttendeeSearch::Tier::PrefixAnywhere ? QStringLiteral("f.everything") : QStringLiteral("f.names");
    QStringList conditions;
    for (qsizetype i = 0; i < words.size(); ++i)
        conditions << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id FROM attendee_folded f JOIN attendee a ON a.id = f.id"
                             " WHERE a.deleted = 0 AND %1 ORDER BY a.last_name, a.first_name, a.id LIMIT ?")
                  .arg(conditions.join(QLatin1String(" AND "))));
    int i = 0;
    for (const QString &word : words) {
        const QString end = tier == AttendeeSearch::Tier::WholeWordInNames ? QStringLiteral(" %") : QStringLiteral("%");
        q.bindValue(i++, QStringLiteral("% ") + likeEscaped(word) + end);
    }
    q.bindValue(i, limit);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return ids;
    }
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}
