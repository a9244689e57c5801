#include "kiosk/core/CheckInLog.h"

#include "kiosk/core/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

using SqlValues::nullIfEmpty;
using SqlValues::text;

namespace {

const QString columns = QStringLiteral(
    "e.id, e.attendee_id, e.session_id, e.kind, e.revokes, e.method, e.device, e.staff, e.occurred_at, e.hlc");

const QString notRevoked
    = QStringLiteral("NOT EXISTS (SELECT 1 FROM checkin_event r WHERE r.kind = 'revoke' AND r.revokes = e.id)");

CheckInEvent fromQuery(const QSqlQuery &q)
{
    CheckInEvent e;
    e.id = q.value(0).toString();
    e.attendeeId = q.value(1).toString();
    e.sessionId = q.value(2).toString();
    e.kind = CheckInEvent::kindFromName(q.value(3).toString());
    e.revokes = q.value(4).toString();
    e.method = q.value(5).toString();
    e.device = q.value(6).toString();
    e.staff = q.value(7).toString();
    e.occurredAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    e.hlc = q.value(9).toString();
    return e;
}

} // namespace

CheckInLog::CheckInLog(QSqlDatabase db)
    : m_db(db)
{
}

bool CheckInLog::append(const CheckInEvent &e)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO checkin_event (id, attendee_id, session_id, kind, revokes, method, device, staff,"
                       " occurred_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : { text(e.id), text(e.attendeeId), nullIfEmpty(e.sessionId),
             QVariant(CheckInEvent::kindName(e.kind)), nullIfEmpty(e.revokes), text(e.method), text(e.device),
             text(e.staff), QVariant(e.occurredAt.toUTC().toString(Qt::ISODateWithMs)), text(e.hlc) })
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<CheckInEvent> CheckInLog::byId(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM checkin_event e WHERE e.id = ?").arg(columns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

bool CheckInLog::isRevoked(const QString &eventId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM checkin_event WHERE kind = 'revoke' AND revokes = ?"));
    q.addBindValue(eventId);
    return q.exec() && q.next();
}

std::optional<CheckInEvent> CheckInLog::firstCheckIn(const QString &attendeeId, const QString &sessionId) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM checkin_event e WHERE e.attendee_id = ? AND e.session_id IS NOT DISTINCT FROM ?"
                       " AND e.kind = 'in' AND %2 ORDER BY e.occurred_at, e.hlc LIMIT 1")
            .arg(columns, notRevoked));
    q.addBindValue(attendeeId);
    q.addBindValue(nullIfEmpty(sessionId));
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

int CheckInLog::countIn(const QString &expression, const QString &sessionId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT %1 FROM checkin_event e WHERE e.session_id IS NOT DISTINCT FROM ? AND e.kind = 'in' AND %2")
                  .arg(expression, notRevoked));
    q.addBindValue(nullIfEmpty(sessionId));
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

int CheckInLog::attendeeCount(const QString &sessionId) const
{
    return countIn(QStringLiteral("count(DISTINCT e.attendee_id)"), sessionId);
}

QHash<QString, int> CheckInLog::attendeeCountsBySession() const
{
    QHash<QString, int> counts;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT e.session_id, count(DISTINCT e.attendee_id) FROM checkin_event e"
                              " WHERE e.session_id IS NOT NULL AND e.kind = 'in' AND %1"
                              " GROUP BY e.session_id")
                   .arg(notRevoked))) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return counts;
}

QVector<CheckInEvent> CheckInLog::forAttendee(const QString &attendeeId) const
{
    QVector<CheckInEvent> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM checkin_event e WHERE e.attendee_id = ? ORDER BY e.occurred_at, e.hlc")
                  .arg(columns));
    q.addBindValue(attendeeId);
    if (q.exec()) {
        while (q.next())
            result << fromQuery(q);
    }
    return result;
}

std::optional<CheckInEvent> CheckInLog::latestCheckIn(const QString &attendeeId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM checkin_event e WHERE e.attendee_id = ? AND e.kind = 'in' AND %2"
                             " ORDER BY e.occurred_at DESC, e.hlc DESC LIMIT 1")
                  .arg(columns, notRevoked));
    q.addBindValue(attendeeId);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QVector<QDateTime> CheckInLog::firstVenueArrivals() const
{
    QVector<QDateTime> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(
            QStringLiteral("SELECT min(e.occurred_at) FROM checkin_event e WHERE e.kind = 'in' AND e.session_id IS NULL"
                           " AND %1 GROUP BY e.attendee_id")
                .arg(notRevoked))) {
        while (q.next())
            result << QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    }
    return result;
}

int CheckInLog::unsentCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM checkin_event WHERE server_seq IS NULL")) && q.next())
        return q.value(0).toInt();
    return 0;
}

int CheckInLog::doubleEntries(const QString &sessionId) const
{
    return countIn(QStringLiteral("count(*) - count(DISTINCT e.attendee_id)"), sessionId);
}
