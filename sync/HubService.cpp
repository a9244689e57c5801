#include "sync/HubService.h"

#include "kiosk/codes/Base32.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/WriteTransaction.h"
#include "sync/Replica.h"
#include "sync/SyncProtocol.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {
QString randomSecret(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return Base32::encode(raw);
}
} // namespace

HubService::HubService(EventStore &store)
    : m_store(store)
    , m_clock(QStringLiteral("hub"))
{
    m_hubId = store.metaValue(QStringLiteral("hub_id"));
    if (m_hubId.isEmpty()) {
        m_hubId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        store.setMetaValue(QStringLiteral("hub_id"), m_hubId);
    }
}

QString HubService::eventId() const
{
    return m_store.eventId();
}

QString HubService::hash(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString HubService::newEnrolmentCode(int hours)
{
    const QString code = randomSecret(8).left(12);
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO enrolment_code (code_hash, created_at, expires_at) VALUES (?, ?, ?)"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    q.addBindValue(hash(code));
    q.addBindValue(now.toString(Qt::ISODate));
    q.addBindValue(now.addSecs(hours * 3600).toString(Qt::ISODate));
    return q.exec() ? code : QString();
}

QString HubService::cleanDeviceName(const QString &name)
{
    QString clean;
    clean.reserve(name.size());
    for (const QChar c : name) {
        const QChar::Category category = c.category();
        const bool hidden = category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
        clean.append(hidden ? QLatin1Char(' ') : c);
    }
    return clean.simplified().left(100);
}

QJsonObject HubService::enrol(const QString &code, const QString &deviceName, QString *error)
{
    WriteTransaction transaction(m_store.database());
    if (!transaction.begin()) {
        *error = transaction.errorString();
        return QJsonObject();
    }
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT expires_at, used_by FROM enrolment_code WHERE code_hash = ?"));
    q.addBindValue(hash(code.trimmed().toUpper()));
    if (!q.exec() || !q.next() || !q.value(1).isNull()
        || QDateTime::fromString(q.value(0).toString(), Qt::ISODate) < QDateTime::currentDateTimeUtc()) {
        *error = tr("This enrolment code is not valid: it is wrong, used already or expired.");
        return QJsonObject();
    }
    const QString deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString token = randomSecret(32);
    QSqlQuery add(m_store.database());
    add.prepare(QStringLiteral("INSERT INTO device (id, name, token_hash, enrolled_at) VALUES (?, ?, ?, ?)"));
    add.addBindValue(deviceId);
    add.addBindValue(cleanDeviceName(deviceName));
    add.addBindValue(hash(token));
    add.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QSqlQuery use(m_store.database());
    use.prepare(QStringLiteral("UPDATE enrolment_code SET used_by = ? WHERE code_hash = ?"));
    use.addBindValue(deviceId);
    use.addBindValue(hash(code.trimmed().toUpper()));
    if (!add.exec() || !use.exec() || !transaction.commit()) {
        *error = add.lastError().text();
        return QJsonObject();
    }
    return QJsonObject { { QStringLiteral("device_id"), deviceId }, { QStringLiteral("token"), token },
        { QStringLiteral("hub_id"), m_hubId }, { QStringLiteral("event_id"), eventId() },
        { QStringLiteral("event_name"), m_store.eventName() } };
}

QString HubService::authenticate(const QString &token)
{
    if (token.isEmpty())
        return QString();
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id FROM device WHERE token_hash = ? AND revoked = 0"));
    q.addBindValue(hash(token));
    if (!q.exec() || !q.next())
        return QString();
    return q.value(0).toString();
}

QVector<HubService::Device> HubService::devices() const
{
    QVector<Device> list;
    QSqlQuery q(m_store.database());
    q.exec(QStringLiteral("SELECT id, name, enrolled_at, last_seen_at, revoked FROM device ORDER BY enrolled_at"));
    while (q.next()) {
        list << Device { q.value(0).toString(), q.value(1).toString(),
            QDateTime::fromString(q.value(2).toString(), Qt::ISODate),
            QDateTime::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toBool() };
    }
    return list;
}

bool HubService::revoke(const QString &deviceIdOrName, QString *error)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE device SET revoked = 1 WHERE id = ? OR name = ?"));
    q.addBindValue(deviceIdOrName);
    q.addBindValue(deviceIdOrName);
    if (!q.exec() || q.numRowsAffected() == 0) {
        *error = tr("There is no device \"%1\".").arg(deviceIdOrName);
        return false;
    }
    return true;
}

QJsonObject HubService::push(const QString &deviceId, const QJsonObject &body, QString *error)
{
    const QJsonValue attendeesValue = body.value(QStringLiteral("attendees"));
    const QJsonValue eventsValue = body.value(QStringLiteral("events"));
    if ((!attendeesValue.isUndefined() && !attendeesValue.isArray())
        || (!eventsValue.isUndefined() && !eventsValue.isArray())) {
        *error = QStringLiteral("\"attendees\" and \"events\" must be arrays");
        return QJsonObject();
    }
    const QJsonArray attendees = attendeesValue.toArray();
    const QJsonArray events = eventsValue.toArray();
    if (attendees.size() + events.size() > SyncProtocol::maxBatch) {
        *error = QStringLiteral("a push holds at most %1 records").arg(SyncProtocol::maxBatch);
        return QJsonObject();
    }
    // Read everything before writing anything: a malformed record refuses the batch.
    QVector<Attendee> parsedAttendees;
    QVector<CheckInEvent> parsedEvents;
    for (const QJsonValue &v : attendees) {
        const auto a = SyncProtocol::attendeeFromJson(v, error);
        if (!a)
            return QJsonObject();
        parsedAttendees << *a;
    }
    for (const QJsonValue &v : events) {
        const auto e = SyncProtocol::eventFromJson(v, error);
        if (!e)
            return QJsonObject();
        parsedEvents << *e;
    }
    WriteTransaction transaction(m_store.database());
    if (!transaction.begin()) {
        *error = transaction.errorString();
        return QJsonObject();
    }
    Replica replica(m_store.database(), m_clock);
    QJsonArray acceptedAttendees, acceptedEvents, rejected;
    // A version ahead of the hub's clock would win every later merge, the
    // organisers' corrections included: it is refused, and the device told.
    const qint64 latestAcceptable = QDateTime::currentMSecsSinceEpoch() + SyncProtocol::maxClockAheadMs;
    for (const Attendee &a : std::as_const(parsedAttendees)) {
        QString why;
        qint64 ms = 0;
        int counter = 0;
        if (HybridClock::parse(a.version, &ms, &counter) && ms > latestAcceptable) {
            rejected.append(QJsonObject { { QStringLiteral("id"), a.id },
                { QStringLiteral("reason"),
                    QStringLiteral("the version is %1 minutes ahead of the hub's clock: check this device's clock")
                        .arg((ms - latestAcceptable) / 60000 + SyncProtocol::maxClockAheadMs / 60000) } });
            continue;
        }
        if (replica.applyAttendee(a, &why) == Replica::Applied::Rejected)
            rejected.append(QJsonObject { { QStringLiteral("id"), a.id }, { QStringLiteral("reason"), why } });
        else
            acceptedAttendees.append(
                QJsonObject { { QStringLiteral("id"), a.id }, { QStringLiteral("version"), a.version } });
    }
    for (const CheckInEvent &e : std::as_const(parsedEvents)) {
        QString why;
        // A savepoint per event: one bad reference does not spoil the batch.
        QSqlQuery(m_store.database()).exec(QStringLiteral("SAVEPOINT event"));
        if (replica.applyEvent(e, 0, &why) == Replica::Applied::Rejected) {
            QSqlQuery(m_store.database()).exec(QStringLiteral("ROLLBACK TO event"));
            rejected.append(QJsonObject { { QStringLiteral("id"), e.id }, { QStringLiteral("reason"), why } });
        } else {
            acceptedEvents.append(e.id);
        }
        QSqlQuery(m_store.database()).exec(QStringLiteral("RELEASE event"));
    }
    QSqlQuery seen(m_store.database());
    seen.prepare(QStringLiteral("UPDATE device SET last_seen_at = ? WHERE id = ?"));
    seen.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    seen.addBindValue(deviceId);
    seen.exec();
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return QJsonObject();
    }
    return QJsonObject { { QStringLiteral("hub_id"), m_hubId }, { QStringLiteral("attendees"), acceptedAttendees },
        { QStringLiteral("events"), acceptedEvents }, { QStringLiteral("rejected"), rejected },
        { QStringLiteral("seq"), latestSequence() } };
}

QJsonObject HubService::changes(qint64 since, int limit) const
{
    HybridClock clock(QStringLiteral("hub"));
    QJsonObject page = Replica(m_store.database(), clock).changesSince(since, limit);
    page.insert(QStringLiteral("hub_id"), m_hubId);
    page.insert(QStringLiteral("event_id"), eventId());
    return page;
}

qint64 HubService::latestSequence() const
{
    HybridClock clock(QStringLiteral("hub"));
    return Replica(m_store.database(), clock).latestSequence();
}
