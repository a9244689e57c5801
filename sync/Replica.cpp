#include "sync/Replica.h"

#include "kiosk/codes/SigningKeys.h"
#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInLog.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/core/SessionTable.h"
#include "kiosk/core/SqlValues.h"
#include "sync/RefusedChanges.h"
#include "sync/SyncProtocol.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

Replica::Replica(QSqlDatabase db, HybridClock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString Replica::attendeeVersion(const QString &id, bool *exists, bool *deleted) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT version, deleted FROM attendee WHERE id = ?"));
    q.addBindValue(id);
    *exists = q.exec() && q.next();
    if (deleted)
        *deleted = *exists && q.value(1).toBool();
    return *exists ? q.value(0).toString() : QString();
}

// A version that is not a clock reading would sort after every real one and
// win every merge from then on.
static bool isClockReading(const QString &version, QString *error)
{
    qint64 ms = 0;
    int counter = 0;
    if (HybridClock::parse(version, &ms, &counter))
        return true;
    *error = QStringLiteral("\"version\" is not a hybrid logical clock reading");
    return false;
}

Replica::Applied Replica::applyAttendee(const Attendee &incoming, QString *error)
{
    if (!isClockReading(incoming.version, error))
        return Applied::Rejected;
    m_clock.observe(incoming.version);
    bool exists = false;
    bool tombstone = false;
    const QString current = attendeeVersion(incoming.id, &exists, &tombstone);
    if (exists && incoming.version <= current)
        return Applied::Unchanged; // ours is as new or newer: last writer wins
    // A provisional record comes from a check-in (a signed code): it never
    // brings a deleted attendee back, whatever its version.
    if (tombstone && !incoming.deleted && incoming.provisional)
        return Applied::Unchanged;
    AttendeeTable table(m_db);
    const auto origin = AttendeeTable::Origin::FromHub;
    bool ok = true;
    if (incoming.deleted)
        ok = (exists || table.save(incoming, origin))
            && table.remove(incoming.id, incoming.version, origin, incoming.device);
    else
        ok = table.save(incoming, origin);
    if (!ok) {
        *error = table.errorString();
        return Applied::Rejected;
    }
    return exists ? Applied::Updated : Applied::Inserted;
}

Replica::Applied Replica::applySession(const Session &incoming, QString *error)
{
    if (!isClockReading(incoming.version, error))
        return Applied::Rejected;
    m_clock.observe(incoming.version);
    SessionTable table(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT version FROM session WHERE id = ?"));
    q.addBindValue(incoming.id);
    const bool exists = q.exec() && q.next();
    if (exists && incoming.version <= q.value(0).toString())
        return Applied::Unchanged;
    if (!table.save(incoming)) {
        *error = table.errorString();
        return Applied::Rejected;
    }
    return exists ? Applied::Updated : Applied::Inserted;
}

Replica::Applied Replica::applyEvent(const CheckInEvent &incoming, qint64 serverSeq, QString *error)
{
    m_clock.observe(incoming.hlc);
    CheckInLog log(m_db);
    if (log.byId(incoming.id)) {
        if (serverSeq > 0)
            acknowledgeEvents({ incoming.id }, serverSeq);
        return Applied::Unchanged; // the same event again: once is enough
    }
    if (!log.append(incoming)) {
        *error = log.errorString();
        return Applied::Rejected;
    }
    if (serverSeq > 0)
        acknowledgeEvents({ incoming.id }, serverSeq);
    return Applied::Inserted;
}

bool Replica::applyKey(int keyId, const QString &publicKeyHex, bool retired, QString *error)
{
    SigningKeys keys(m_db);
    const auto existing = keys.byId(keyId);
    if (!existing || existing->publicKey.toHex() != publicKeyHex.toLatin1()) {
        if (!keys.add(keyId, QByteArray::fromHex(publicKeyHex.toLatin1()))) {
            *error = keys.errorString();
            return false;
        }
    }
    if (retired && !(existing && existing->retired))
        keys.retire(keyId);
    return true;
}

bool Replica::applyRevoked(const QString &codeHash, const QString &attendeeId, const QString &revokedAt, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO revoked_code (code_hash, attendee_id, revoked_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(codeHash);
    q.addBindValue(attendeeId);
    q.addBindValue(revokedAt);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QVector<CheckInEvent> Replica::unacknowledgedEvents(int limit) const
{
    QVector<CheckInEvent> events;
    QSqlQuery q(m_db);
    RefusedChanges(m_db).ensureTable();
    q.prepare(QStringLiteral("SELECT id FROM checkin_event WHERE server_seq IS NULL AND NOT %1 ORDER BY hlc LIMIT ?")
                  .arg(RefusedChanges::eventIsRefused()));
    q.addBindValue(limit);
    const CheckInLog log(m_db);
    if (q.exec()) {
        while (q.next()) {
            if (auto e = log.byId(q.value(0).toString()))
                events << *e;
        }
    }
    return events;
}

void Replica::acknowledgeEvents(const QStringList &ids, qint64 serverSeq)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE checkin_event SET server_seq = ? WHERE id = ? AND server_seq IS NULL"));
    for (const QString &id : ids) {
        q.bindValue(0, serverSeq);
        q.bindValue(1, id);
        q.exec();
    }
}

void Replica::forgetAcknowledgements(const QString &device)
{
    QSqlQuery events(m_db);
    events.prepare(
        QStringLiteral("UPDATE checkin_event SET server_seq = NULL WHERE coalesce(?, '') = '' OR device = ?"));
    events.addBindValue(device);
    events.addBindValue(device);
    events.exec();
    QSqlQuery attendees(m_db);
    attendees.prepare(
        QStringLiteral("UPDATE attendee SET pending_push = 1 WHERE device != ''"
                       " AND version NOT LIKE '000000000000000.%' AND (coalesce(?, '') = '' OR device = ?)"));
    attendees.addBindValue(device);
    attendees.addBindValue(device);
    attendees.exec();
    RefusedChanges(m_db).ensureTable();
    RefusedChanges(m_db).clear();
}

qint64 Replica::latestSequence() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")) && q.next() ? q.value(0).toLongLong()
                                                                                              : 0;
}

QJsonObject Replica::changesSince(qint64 since, int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT seq, kind, entity_id FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(since);
    q.addBindValue(limit + 1);
    q.exec();
    QJsonArray attendees, sessions, events, keys, revoked;
    QSet<QString> attendeeIds;
    qint64 last = since;
    int count = 0;
    bool more = false;
    const CheckInLog log(m_db);
    const SessionTable sessionTable(m_db);
    const SigningKeys signingKeys(m_db);
    auto addAttendee = [&](const QString &id) {
        if (attendeeIds.contains(id))
            return;
        QSqlQuery a(m_db);
        a.prepare(QStringLiteral("SELECT id, deleted FROM attendee WHERE id = ?"));
        a.addBindValue(id);
        if (!a.exec() || !a.next())
            return;
        attendeeIds.insert(id);
        // Tombstones travel too.
        Attendee record;
        AttendeeTable table(m_db);
        if (a.value(1).toBool()) {
            QSqlQuery t(m_db);
            t.prepare(QStringLiteral("SELECT version, device FROM attendee WHERE id = ?"));
            t.addBindValue(id);
            t.exec();
            t.next();
            record.id = id;
            record.version = t.value(0).toString();
            record.device = t.value(1).toString();
            record.deleted = true;
        } else {
            record = *table.byId(id);
        }
        attendees.append(SyncProtocol::toJson(record));
    };
    while (q.next()) {
        if (++count > limit) {
            more = true;
            break;
        }
        last = q.value(0).toLongLong();
        const QString kind = q.value(1).toString();
        const QString id = q.value(2).toString();
        if (kind == QLatin1String("attendee")) {
            addAttendee(id);
        } else if (kind == QLatin1String("session")) {
            if (auto s = sessionTable.byId(id))
                sessions.append(SyncProtocol::toJson(*s));
        } else if (kind == QLatin1String("event")) {
            if (auto e = log.byId(id)) {
                addAttendee(e->attendeeId); // an event never arrives before its attendee
                QJsonObject json = SyncProtocol::toJson(*e);
                json.insert(QStringLiteral("server_seq"), last);
                events.append(json);
            }
        } else if (kind == QLatin1String("key")) {
            if (auto k = signingKeys.byId(id.toInt())) {
                keys.append(QJsonObject { { QStringLiteral("key_id"), k->id },
                    { QStringLiteral("public_key"), QString::fromLatin1(k->publicKey.toHex()) },
                    { QStringLiteral("retired"), k->retired } });
            }
        } else if (kind == QLatin1String("revoked")) {
            QSqlQuery r(m_db);
            r.prepare(
                QStringLiteral("SELECT code_hash, attendee_id, revoked_at FROM revoked_code WHERE code_hash = ?"));
            r.addBindValue(id);
            if (r.exec() && r.next()) {
                revoked.append(QJsonObject { { QStringLiteral("code_hash"), r.value(0).toString() },
                    { QStringLiteral("attendee_id"), r.value(1).toString() },
                    { QStringLiteral("revoked_at"), r.value(2).toString() } });
            }
        }
    }
    return QJsonObject { { QStringLiteral("attendees"), attendees }, { QStringLiteral("sessions"), sessions },
        { QStringLiteral("events"), events }, { QStringLiteral("keys"), keys }, { QStringLiteral("revoked"), revoked },
        { QStringLiteral("next"), last }, { QStringLiteral("more"), more },
        { QStringLiteral("latest"), latestSequence() } };
}
