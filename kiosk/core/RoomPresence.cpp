#include "kiosk/core/RoomPresence.h"

#include "kiosk/core/CheckInLog.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/WriteTransaction.h"

#include <QSqlQuery>
#include <QUuid>

namespace {

// The latest non-revoked entry or exit of each person at a session's door.
const QString latestPassages
    = QStringLiteral("SELECT e.id, e.attendee_id, e.kind, e.hlc, row_number() OVER (PARTITION BY e.attendee_id"
                     " ORDER BY e.occurred_at DESC, e.hlc DESC) AS n FROM checkin_event e"
                     " WHERE e.session_id = :session AND e.kind IN ('in', 'out')"
                     " AND NOT EXISTS (SELECT 1 FROM checkin_event r WHERE r.kind = 'revoke' AND r.revokes = e.id)");

struct Latest {
    QString id;
    QString kind;
    QString hlc;
};

std::optional<Latest> latestOf(const QSqlDatabase &db, const QString &attendeeId, const QString &sessionId)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id, kind, hlc FROM (%1) WHERE n = 1 AND attendee_id = :attendee").arg(latestPassages));
    q.bindValue(QStringLiteral(":session"), sessionId);
    q.bindValue(QStringLiteral(":attendee"), attendeeId);
    if (q.exec() && q.next())
        return Latest { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() };
    return std::nullopt;
}

} // namespace

RoomPresence::RoomPresence(EventStore &store, QString device, Clock clock)
    : m_store(store)
    , m_clock(std::move(device))
    , m_now(std::move(clock))
{
    if (!m_now)
        m_now = [] { return QDateTime::currentDateTimeUtc(); };
}

int RoomPresence::inRoom(const QString &sessionId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM (%1) WHERE n = 1 AND kind = 'in'").arg(latestPassages));
    q.bindValue(QStringLiteral(":session"), sessionId);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

RoomPresence::Where RoomPresence::where(const QString &attendeeId, const QString &sessionId) const
{
    const auto latest = latestOf(m_store.database(), attendeeId, sessionId);
    if (!latest)
        return Where::NeverEntered;
    return latest->kind == QLatin1String("out") ? Where::Left : Where::Inside;
}

RoomPresence::Passage RoomPresence::leave(const QString &attendeeId, const QString &sessionId, const QString &method)
{
    return write(attendeeId, sessionId, method, true);
}

RoomPresence::Passage RoomPresence::comeBack(const QString &attendeeId, const QString &sessionId, const QString &method)
{
    return write(attendeeId, sessionId, method, false);
}

RoomPresence::Passage RoomPresence::write(
    const QString &attendeeId, const QString &sessionId, const QString &method, bool leaving)
{
    Passage passage;
    QSqlDatabase db = m_store.database();
    WriteTransaction transaction(db);
    if (!transaction.begin()) {
        passage.error = transaction.errorString();
        return passage;
    }
    // Decided inside the transaction: two doors of one room cannot both record the same exit.
    const auto latest = latestOf(db, attendeeId, sessionId);
    const QLatin1String expected = leaving ? QLatin1String("in") : QLatin1String("out");
    if (!latest || latest->kind != expected) {
        passage.error = leaving ? QStringLiteral("not inside") : QStringLiteral("not outside");
        return passage;
    }
    m_clock.observe(latest->hlc); // after the passage it follows, even within one millisecond
    CheckInEvent event;
    event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    event.attendeeId = attendeeId;
    event.sessionId = sessionId;
    event.kind = leaving ? CheckInEvent::Kind::Out : CheckInEvent::Kind::Revoke;
    event.revokes = leaving ? QString() : latest->id;
    event.method = method;
    event.device = m_clock.device();
    event.occurredAt = m_now();
    event.hlc = m_clock.tick();
    CheckInLog log(db);
    if (!log.append(event) || !transaction.commit()) {
        passage.error = log.errorString().isEmpty() ? transaction.errorString() : log.errorString();
        return passage;
    }
    passage.ok = true;
    passage.eventId = event.id;
    return passage;
}
