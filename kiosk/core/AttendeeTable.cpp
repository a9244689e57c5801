#include "kiosk/core/AttendeeTable.h"

#include "kiosk/core/FoldedNameIndex.h"
#include "kiosk/core/TextFolding.h"

#include "kiosk/core/SqlValues.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>

using SqlValues::nullIfEmpty;
using SqlValues::text;

namespace {

const QString columns
    = QStringLiteral("0, id, code, external_ref, first_name, last_name, organisation, role, country, "
                     "category, language, email, status, badge_overrides, version, device, provisional");

Attendee fromQuery(const QSqlQuery &q)
{
    Attendee a;
    a.id = q.value(1).toString();
    a.code = q.value(2).toString();
    a.externalRef = q.value(3).toString();
    a.firstName = q.value(4).toString();
    a.lastName = q.value(5).toString();
    a.organisation = q.value(6).toString();
    a.role = q.value(7).toString();
    a.country = q.value(8).toString();
    a.category = q.value(9).toString();
    a.language = q.value(10).toString();
    a.email = q.value(11).toString();
    a.status = Attendee::statusFromName(q.value(12).toString());
    a.badgeOverrides = q.value(13).toString();
    a.version = q.value(14).toString();
    a.device = q.value(15).toString();
    a.provisional = q.value(16).toBool();
    return a;
}

} // namespace

AttendeeTable::AttendeeTable(QSqlDatabase db)
    : m_db(db)
{
}

QStringList AttendeeTable::categories() const
{
    QStringList list;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT DISTINCT category FROM attendee WHERE deleted = 0 AND category <> '' "
                              "ORDER BY category"))) {
        while (q.next())
            list << q.value(0).toString();
    }
    return list;
}

std::optional<Attendee> AttendeeTable::byId(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM attendee WHERE id = ? AND deleted = 0").arg(columns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<Attendee> AttendeeTable::byCode(const QString &code) const
{
    if (code.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM attendee WHERE code = ? AND deleted = 0").arg(columns));
    q.addBindValue(code);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<Attendee> AttendeeTable::byCodeAnyCase(const QString &code) const
{
    if (auto exact = byCode(code))
        return exact;
    if (code.isEmpty())
        return std::nullopt;
    // lower(code) is indexed; two rows back are enough to see an ambiguity.
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM attendee WHERE lower(code) = lower(?) AND deleted = 0 LIMIT 2").arg(columns));
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const Attendee found = fromQuery(q);
    if (q.next())
        return std::nullopt;
    return found;
}

QVector<Attendee> AttendeeTable::byExternalRef(const QString &externalRef) const
{
    QVector<Attendee> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM attendee WHERE external_ref = ? AND deleted = 0").arg(columns));
    q.addBindValue(externalRef);
    if (q.exec()) {
        while (q.next())
            result << fromQuery(q);
    }
    return result;
}

std::optional<Attendee> AttendeeTable::tombstone(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM attendee WHERE id = ? AND deleted = 1").arg(columns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Attendee a = fromQuery(q);
    a.deleted = true;
    return a;
}

std::optional<Attendee> AttendeeTable::tombstoneByCode(const QString &code) const
{
    if (code.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db);
    // The exact code first; lower(code) is indexed.
    q.prepare(QStringLiteral("SELECT %1 FROM attendee WHERE lower(code) = lower(?) AND deleted = 1"
                             " ORDER BY code = ? DESC LIMIT 1")
                  .arg(columns));
    q.addBindValue(code);
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Attendee a = fromQuery(q);
    a.deleted = true;
    return a;
}

QVector<Attendee> AttendeeTable::allTombstones() const
{
    QVector<Attendee> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM attendee WHERE deleted = 1").arg(columns))) {
        while (q.next()) {
            result << fromQuery(q);
            result.last().deleted = true;
        }
    }
    return result;
}

QVector<Attendee> AttendeeTable::all() const
{
    QVector<Attendee> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(
            QStringLiteral("SELECT %1 FROM attendee WHERE deleted = 0 ORDER BY last_name, first_name").arg(columns))) {
        while (q.next())
            result << fromQuery(q);
    }
    return result;
}

QVector<Attendee> AttendeeTable::byRowIds(const QVector<qint64> &rowIds) const
{
    QVector<Attendee> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM attendee WHERE rowid = ? AND deleted = 0").arg(columns));
    for (qint64 rowId : rowIds) {
        q.bindValue(0, rowId);
        if (q.exec() && q.next())
            result << fromQuery(q);
    }
    return result;
}

int AttendeeTable::countRegistered() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM attendee WHERE deleted = 0 AND status = 'registered'")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool AttendeeTable::save(const Attendee &a, Origin origin)
{
    return saveAll({ a }, origin);
}

bool AttendeeTable::saveAll(const QVector<Attendee> &attendees, Origin origin)
{
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    // Several rows a statement on SQLite: the cost of a statement (binding,
    // stepping, its journal) is shared. One on PostgreSQL, which refuses an
    // upsert that meets the same id twice in one statement.
    const int batch = sqlite ? 32 : 1;
    auto rows = [](const char *head, const char *row, const char *tail, qsizetype count) {
        return QString::fromLatin1(head) + QStringList(count, QString::fromLatin1(row)).join(QLatin1String(", "))
            + QString::fromLatin1(tail);
    };
    auto upsert = [&rows](qsizetype count) {
        return rows("INSERT INTO attendee (id, code, external_ref, first_name, last_name, organisation, role,"
                    " country, category, language, email, status, badge_overrides, version, device, provisional, "
                    "pending_push, deleted)"
                    " VALUES ",
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            " ON CONFLICT (id) DO UPDATE SET code = excluded.code, external_ref = excluded.external_ref,"
            " first_name = excluded.first_name, last_name = excluded.last_name,"
            " organisation = excluded.organisation, role = excluded.role, country = excluded.country,"
            " category = excluded.category, language = excluded.language, email = excluded.email,"
            " status = excluded.status, badge_overrides = excluded.badge_overrides,"
            " version = excluded.version, device = excluded.device, provisional = excluded.provisional,"
            " pending_push = excluded.pending_push, deleted = 0",
            count);
    };
    // The search index is SQLite's FTS5 (PostgreSQL: FoldedNameIndex).
    // Its rows are gathered in a temporary table and written with one
    // statement: FTS5 flushes its pending terms at every statement that
    // writes to it, so one statement per attendee would cost a segment each.
    auto pending = [&rows](qsizetype count) {
        return rows("INSERT OR REPLACE INTO temp.attendee_search_pending (id, first_name, last_name, organisation, "
                    "joined) VALUES ",
            "(?, ?, ?, ?, ?)", "", count);
    };
    QSqlQuery index(m_db);
    if (sqlite) {
        if (!index.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS attendee_search_pending (id TEXT PRIMARY KEY,"
                                       " first_name TEXT, last_name TEXT, organisation TEXT, joined TEXT)"))
            || !index.exec(QStringLiteral("DELETE FROM temp.attendee_search_pending"))) {
            m_error = index.lastError().text();
            return false;
        }
    }
    // The index holds folded words, so that the query side and the stored side
    // are folded by the same code (SQLite's own folding misses œ, ß, ø, ł...).
    // Names and organisations repeat: each distinct text is folded once.
    using Folded = IndexText;
    QHash<QString, Folded> folded;
    // By value: a later insert may rehash the table under a reference.
    auto fold = [&folded](const QString &text) -> Folded {
        auto it = folded.find(text);
        if (it == folded.end())
            it = folded.insert(text, indexText(text));
        return *it;
    };
    QSqlQuery fullUpsert(m_db);
    QSqlQuery fullPending(m_db);
    if (attendees.size() >= batch) {
        fullUpsert.prepare(upsert(batch));
        if (sqlite)
            fullPending.prepare(pending(batch));
    }
    for (qsizetype from = 0; from < attendees.size(); from += batch) {
        const qsizetype count = std::min<qsizetype>(batch, attendees.size() - from);
        QSqlQuery restUpsert(m_db);
        QSqlQuery restPending(m_db);
        if (count != batch) {
            restUpsert.prepare(upsert(count));
            if (sqlite)
                restPending.prepare(pending(count));
        }
        QSqlQuery &q = count == batch ? fullUpsert : restUpsert;
        QSqlQuery &p = count == batch ? fullPending : restPending;
        int i = 0;
        int k = 0;
        for (qsizetype r = from; r < from + count; ++r) {
            const Attendee &a = attendees.at(r);
            for (const QVariant &v :
                { text(a.id), nullIfEmpty(a.code), nullIfEmpty(a.externalRef), text(a.firstName), text(a.lastName),
                    text(a.organisation), text(a.role), text(a.country), text(a.category), text(a.language),
                    text(a.email), text(Attendee::statusName(a.status)), text(a.badgeOverrides), text(a.version),
                    text(a.device), QVariant(a.provisional ? 1 : 0), QVariant(origin == Origin::Local ? 1 : 0) })
                q.bindValue(i++, v);
            if (!sqlite)
                continue;
            const Folded first = fold(a.firstName);
            const Folded last = fold(a.lastName);
            const Folded organisation = fold(a.organisation);
            p.bindValue(k++, a.id);
            p.bindValue(k++, first.words);
            p.bindValue(k++, last.words);
            p.bindValue(k++, organisation.words);
            p.bindValue(k++, (first.joined + last.joined + organisation.joined).join(QLatin1Char(' ')));
        }
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        if (sqlite && !p.exec()) {
            m_error = p.lastError().text();
            return false;
        }
    }
    if (!sqlite) {
        FoldedNameIndex folded(m_db);
        if (!folded.update(attendees)) {
            m_error = folded.errorString();
            return false;
        }
        return true;
    }
    // An updated attendee keeps its row id: its old index row is replaced.
    for (const char *sql :
        { "DELETE FROM attendee_search WHERE rowid IN (SELECT a.rowid FROM temp.attendee_search_pending p"
          " JOIN attendee a ON a.id = p.id)",
            "INSERT INTO attendee_search (rowid, first_name, last_name, organisation, joined)"
            " SELECT a.rowid, p.first_name, p.last_name, p.organisation, p.joined"
            " FROM temp.attendee_search_pending p JOIN attendee a ON a.id = p.id",
            "DELETE FROM temp.attendee_search_pending" }) {
        if (!index.exec(QString::fromLatin1(sql))) {
            m_error = index.lastError().text();
            return false;
        }
    }
    return true;
}

AttendeeTable::IndexText AttendeeTable::indexText(const QString &text)
{
    const QStringList words = TextFolding::words(text);
    // The hyphenated and apostrophe forms come after the words, each one term.
    return { words.join(QLatin1Char(' ')), TextFolding::indexTerms(text).mid(words.size()) };
}

bool AttendeeTable::remove(const QString &id, const QString &version, Origin origin, const QString &device)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE attendee SET deleted = 1, version = ?, pending_push = ?,"
                             " device = coalesce(?, device) WHERE id = ?"));
    q.addBindValue(version);
    q.addBindValue(origin == Origin::Local ? 1 : 0);
    q.addBindValue(device.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(device));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    if (m_db.driverName() != QLatin1String("QSQLITE")) {
        FoldedNameIndex folded(m_db);
        if (!folded.remove(id)) {
            m_error = folded.errorString();
            return false;
        }
        return true;
    }
    QSqlQuery index(m_db);
    index.prepare(
        QStringLiteral("DELETE FROM attendee_search WHERE rowid = (SELECT rowid FROM attendee WHERE id = ?)"));
    index.addBindValue(id);
    return index.exec();
}

QVector<Attendee> AttendeeTable::pendingPush() const
{
    QVector<Attendee> result;
    QSqlQuery q(m_db);
    if (q.exec(
            QStringLiteral("SELECT %1, deleted FROM attendee WHERE pending_push = 1 ORDER BY version").arg(columns))) {
        while (q.next()) {
            Attendee a = fromQuery(q);
            a.deleted = q.value(17).toBool();
            result << a;
        }
    }
    return result;
}

bool AttendeeTable::markPushed(const QString &id, const QString &version)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE attendee SET pending_push = 0 WHERE id = ? AND version = ?"));
    q.addBindValue(id);
    q.addBindValue(version);
    return q.exec();
}
