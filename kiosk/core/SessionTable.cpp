#include "kiosk/core/SessionTable.h"

#include "kiosk/core/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

using SqlValues::nullIfEmpty;
using SqlValues::text;

namespace {

const QString columns = QStringLiteral(
    "id, code, title_fr, title_en, kind, room, starts_at, ends_at, capacity, restricted, version, device");

Session fromQuery(const QSqlQuery &q)
{
    Session s;
    s.id = q.value(0).toString();
    s.code = q.value(1).toString();
    s.titleFr = q.value(2).toString();
    s.titleEn = q.value(3).toString();
    s.kind = q.value(4).toString();
    s.room = q.value(5).toString();
    s.startsAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    s.endsAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    s.capacity = q.value(8).toInt();
    s.restricted = q.value(9).toBool();
    s.version = q.value(10).toString();
    s.device = q.value(11).toString();
    return s;
}

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

SessionTable::SessionTable(QSqlDatabase db)
    : m_db(db)
{
}

std::optional<Session> SessionTable::byId(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM session WHERE id = ? AND deleted = 0").arg(columns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<Session> SessionTable::byCode(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM session WHERE code = ? AND deleted = 0").arg(columns));
    q.addBindValue(code);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<Session> SessionTable::byCodeOrId(const QString &key) const
{
    if (auto s = byCode(key))
        return s;
    return byId(key);
}

QVector<Session> SessionTable::all() const
{
    QVector<Session> result;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT %1 FROM session WHERE deleted = 0 ORDER BY starts_at, code").arg(columns))) {
        while (q.next())
            result << fromQuery(q);
    }
    return result;
}

bool SessionTable::save(const Session &s)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO session (id, code, title_fr, title_en, kind, room, starts_at, ends_at,"
                       " capacity, restricted, version, device, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"
                       " ON CONFLICT (id) DO UPDATE SET code = excluded.code, title_fr = excluded.title_fr,"
                       " title_en = excluded.title_en, kind = excluded.kind, room = excluded.room,"
                       " starts_at = excluded.starts_at, ends_at = excluded.ends_at, capacity = excluded.capacity,"
                       " restricted = excluded.restricted, version = excluded.version, device = excluded.device,"
                       " deleted = 0"));
    for (const QVariant &v : { text(s.id), text(s.code), text(s.titleFr), text(s.titleEn), text(s.kind), text(s.room),
             timeValue(s.startsAt), timeValue(s.endsAt), QVariant(s.capacity), QVariant(s.restricted ? 1 : 0),
             text(s.version), text(s.device) })
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool SessionTable::isRegistered(const QString &sessionId, const QString &attendeeId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM session_registration WHERE session_id = ? AND attendee_id = ?"));
    q.addBindValue(sessionId);
    q.addBindValue(attendeeId);
    return q.exec() && q.next();
}

bool SessionTable::addRegistration(const QString &sessionId, const QString &attendeeId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO session_registration (session_id, attendee_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(sessionId);
    q.addBindValue(attendeeId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}
