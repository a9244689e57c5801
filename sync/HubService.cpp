#include "sync/HubService.h"

#include "kiosk/codes/Base32.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/WriteTransaction.h"
#include "sync/DeviceStateTable.h"
#include "sync/Replica.h"
#include "sync/SyncLog.h"
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

void HubService::setLockWait(int ms)
{
    QSqlQuery q(m_store.database());
    if (m_store.database().driverName() == QLatin1String("QSQLITE"))
        q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(ms));
    else
        q.exec(QStringLiteral("SET lock_timeout = %1").arg(ms));
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
    q.addBindValue(now.addSecs(qint64(hours) * 3600).toString(Qt::ISODate));
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

QJsonObject HubService::enrol(const QString &code, const QString &deviceName, QString *error, Failure *failure)
{
    Failure ignored = Failure::None;
    if (!failure)
        failure = &ignored;
    *failure = Failure::Internal;
    WriteTransaction transaction(m_store.database());
    if (!transaction.begin()) {
        *error = transaction.errorString();
        endFailedBegin();
        if (isBusy(*error))
            *failure = Failure::Busy;
        return QJsonObject();
    }
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT expires_at, used_by FROM enrolment_code WHERE code_hash = ?"));
    q.addBindValue(hash(code.trimmed().toUpper()));
    if (!q.exec() || !q.next() || !q.value(1).isNull()
        || QDateTime::fromString(q.value(0).toString(), Qt::ISODate) < QDateTime::currentDateTimeUtc()) {
        *error = tr("This enrolment code is not valid: it is wrong, used already or expired.");
        *failure = Failure::WrongCode;
        return QJsonObject();
    }
    // Records are told apart by the name of the device that wrote them: two
    // devices in service never share one.
    const QString wanted = cleanDeviceName(deviceName);
    QString name = wanted;
    QSqlQuery taken(m_store.database());
    taken.prepare(QStringLiteral("SELECT count(*) FROM device WHERE name = ? AND revoked = 0"));
    for (int n = 2;; ++n) {
        taken.bindValue(0, name);
        if (!taken.exec() || !taken.next() || taken.value(0).toInt() == 0)
            break;
        name = QStringLiteral("%1-%2").arg(wanted.left(95)).arg(n);
    }
    const QString deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString token = randomSecret(32);
    QSqlQuery add(m_store.database());
    add.prepare(QStringLiteral("INSERT INTO device (id, name, token_hash, enrolled_at) VALUES (?, ?, ?, ?)"));
    add.addBindValue(deviceId);
    add.addBindValue(name);
    add.addBindValue(hash(token));
    add.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QSqlQuery use(m_store.database());
    use.prepare(QStringLiteral("UPDATE enrolment_code SET used_by = ? WHERE code_hash = ?"));
    use.addBindValue(deviceId);
    use.addBindValue(hash(code.trimmed().toUpper()));
    if (!add.exec() || !use.exec() || !transaction.commit()) {
        *error = add.lastError().text().isEmpty() ? transaction.errorString() : add.lastError().text();
        if (isBusy(*error))
            *failure = Failure::Busy;
        return QJsonObject();
    }
    *failure = Failure::None;
    return QJsonObject { { QStringLiteral("device_id"), deviceId }, { QStringLiteral("device_name"), name },
        { QStringLiteral("token"), token }, { QStringLiteral("hub_id"), m_hubId },
        { QStringLiteral("event_id"), eventId() }, { QStringLiteral("event_name"), m_store.eventName() } };
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
    q.exec(QStringLiteral("SELECT id, name, enrolled_at, last_seen_at, revoked, %1 FROM device ORDER BY enrolled_at")
               .arg(DeviceStateTable::columns()));
    while (q.next()) {
        list << Device { q.value(0).toString(), q.value(1).toString(),
            QDateTime::fromString(q.value(2).toString(), Qt::ISODate),
            QDateTime::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toBool(),
            QDateTime::fromString(q.value(5).toString(), Qt::ISODate), DeviceStateTable::fromRow(q, 5) };
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

QString HubService::nameOf(const QString &deviceId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT name FROM device WHERE id = ?"));
    q.addBindValue(deviceId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void HubService::endFailedBegin()
{
    // On PostgreSQL a lock wait that timed out leaves the transaction begun
    // and aborted: it must end, or every later statement of the hub fails.
    if (m_store.database().driverName() != QLatin1String("QSQLITE"))
        QSqlQuery(m_store.database()).exec(QStringLiteral("ROLLBACK"));
}

bool HubService::isBusy(const QString &databaseError)
{
    // SQLite: SQLITE_BUSY and SQLITE_LOCKED; PostgreSQL: lock_timeout,
    // lock_not_available (55P03), deadlocks and serialization failures.
    static const char *const signs[]
        = { "database is locked", "database table is locked", "database is busy", "lock timeout",
              "could not obtain lock", "deadlock detected", "could not serialize", "55P03", "40P01", "40001" };
    for (const char *sign : signs) {
        if (databaseError.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QJsonObject HubService::push(const QString &deviceId, const QJsonObject &body, QString *error, Failure *failure)
{
    *failure = Failure::Malformed;
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
        *failure = Failure::TooLarge;
        return QJsonObject();
    }
    // The token says which device writes: a record naming another one is
    // refused, as is a version that is not a clock reading or that runs
    // ahead of the hub's clock (it would win every later merge, the
    // organisers' corrections included). Each record is refused alone.
    const QString device = nameOf(deviceId);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray rejected;
    auto refuse = [&rejected](const QString &kind, const QString &id, const QString &reason, bool retry) {
        rejected.append(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("kind"), kind },
            { QStringLiteral("reason"), reason }, { QStringLiteral("retry"), retry } });
    };
    auto identityProblem = [&device](const QString &named, const QString &version) {
        const QString other = named != device ? named : SyncProtocol::versionDevice(version);
        if (other == device)
            return QString();
        return QStringLiteral("the record names the device \"%1\" but comes with the token of \"%2\"")
            .arg(other.left(100), device);
    };
    // Without an id a record cannot even be answered about: the batch is malformed.
    auto idOf = [error](const QJsonValue &v) {
        const QJsonValue id = v.toObject().value(QStringLiteral("id"));
        if (!id.isString() || id.toString().isEmpty() || id.toString().size() > 100) {
            *error = QStringLiteral("every record needs an \"id\" string of at most 100 characters");
            return QString();
        }
        return id.toString();
    };
    QVector<Attendee> parsedAttendees;
    QVector<CheckInEvent> parsedEvents;
    const QString attendeeKind = QStringLiteral("attendee");
    const QString eventKind = QStringLiteral("event");
    for (const QJsonValue &v : attendees) {
        const QString id = idOf(v);
        if (id.isEmpty())
            return QJsonObject();
        QString why;
        const auto a = SyncProtocol::attendeeFromJson(v, &why);
        if (a && why.isEmpty())
            why = identityProblem(a->device, a->version);
        if (a && why.isEmpty())
            why = SyncProtocol::versionProblem(a->version, now);
        if (why.isEmpty())
            parsedAttendees << *a;
        else
            refuse(attendeeKind, id, why, false);
    }
    for (const QJsonValue &v : events) {
        const QString id = idOf(v);
        if (id.isEmpty())
            return QJsonObject();
        QString why;
        const auto e = SyncProtocol::eventFromJson(v, &why);
        if (e && why.isEmpty())
            why = identityProblem(e->device, e->hlc);
        if (e && why.isEmpty())
            why = SyncProtocol::versionProblem(e->hlc, now);
        if (why.isEmpty())
            parsedEvents << *e;
        else
            refuse(eventKind, id, why, false);
    }
    // A state that cannot be read is left out; the records count more.
    std::optional<DeviceState> state;
    QString stateRefused;
    if (const QJsonValue stateValue = body.value(QStringLiteral("state")); !stateValue.isUndefined()) {
        state = DeviceState::fromJson(stateValue, &stateRefused);
        if (!state)
            qCInfo(lcSync).noquote() << "state of" << device << "left out:" << stateRefused;
    }
    WriteTransaction transaction(m_store.database());
    if (!transaction.begin()) {
        *error = transaction.errorString();
        endFailedBegin();
        *failure = isBusy(*error) ? Failure::Busy : Failure::Internal;
        return QJsonObject();
    }
    Replica replica(m_store.database(), m_clock);
    QJsonArray acceptedAttendees, acceptedEvents;
    for (const Attendee &a : std::as_const(parsedAttendees)) {
        QString why;
        if (replica.applyAttendee(a, &why) == Replica::Applied::Rejected) {
            if (isBusy(why)) {
                *error = why;
                *failure = Failure::Busy;
                return QJsonObject();
            }
            refuse(attendeeKind, a.id, why, false);
        } else {
            acceptedAttendees.append(
                QJsonObject { { QStringLiteral("id"), a.id }, { QStringLiteral("version"), a.version } });
        }
    }
    for (const CheckInEvent &e : std::as_const(parsedEvents)) {
        QString why;
        // A savepoint per event: one bad reference does not spoil the batch.
        QSqlQuery(m_store.database()).exec(QStringLiteral("SAVEPOINT event"));
        if (replica.applyEvent(e, 0, &why) == Replica::Applied::Rejected) {
            QSqlQuery(m_store.database()).exec(QStringLiteral("ROLLBACK TO event"));
            if (isBusy(why)) {
                *error = why;
                *failure = Failure::Busy;
                return QJsonObject();
            }
            // Most often an attendee the hub does not know yet: worth sending again.
            refuse(eventKind, e.id, why, true);
        } else {
            acceptedEvents.append(e.id);
        }
        QSqlQuery(m_store.database()).exec(QStringLiteral("RELEASE event"));
    }
    const QDateTime seenAt = QDateTime::currentDateTimeUtc();
    QSqlQuery seen(m_store.database());
    seen.prepare(QStringLiteral("UPDATE device SET last_seen_at = ? WHERE id = ?"));
    seen.addBindValue(seenAt.toString(Qt::ISODate));
    seen.addBindValue(deviceId);
    seen.exec();
    // Older devices send no state: what they reported last, if anything, stays.
    bool stateChanged = false;
    if (state && !DeviceStateTable(m_store.database()).keep(deviceId, *state, seenAt, &stateChanged, error)) {
        *failure = isBusy(*error) ? Failure::Busy : Failure::Internal;
        return QJsonObject();
    }
    if (!transaction.commit()) {
        *error = transaction.errorString();
        *failure = isBusy(*error) ? Failure::Busy : Failure::Internal;
        return QJsonObject();
    }
    if (stateChanged)
        ++m_stateRevision;
    *failure = Failure::None;
    QJsonObject answer { { QStringLiteral("hub_id"), m_hubId }, { QStringLiteral("attendees"), acceptedAttendees },
        { QStringLiteral("events"), acceptedEvents }, { QStringLiteral("rejected"), rejected },
        { QStringLiteral("seq"), latestSequence() }, { QStringLiteral("time"), QDateTime::currentMSecsSinceEpoch() } };
    if (!stateRefused.isEmpty())
        answer.insert(QStringLiteral("state_refused"), stateRefused);
    return answer;
}

QJsonObject HubService::changes(qint64 since, int limit) const
{
    HybridClock clock(QStringLiteral("hub"));
    QJsonObject page = Replica(m_store.database(), clock).changesSince(since, limit);
    page.insert(QStringLiteral("hub_id"), m_hubId);
    page.insert(QStringLiteral("event_id"), eventId());
    page.insert(QStringLiteral("time"), QDateTime::currentMSecsSinceEpoch());
    return page;
}

qint64 HubService::latestSequence() const
{
    HybridClock clock(QStringLiteral("hub"));
    return Replica(m_store.database(), clock).latestSequence();
}
