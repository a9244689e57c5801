#include "sync/SyncClient.h"

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/WriteTransaction.h"
#include "sync/RefusedChanges.h"
#include "sync/Replica.h"
#include "sync/SyncLog.h"
#include "sync/SyncProtocol.h"
#include "sync/TlsIdentity.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

namespace {
const QString hubKey = QStringLiteral("sync_hub_url");
const QString fingerprintKey = QStringLiteral("sync_hub_fingerprint");
const QString tokenKey = QStringLiteral("sync_token");
const QString hubIdKey = QStringLiteral("sync_hub_id");
const QString seqKey = QStringLiteral("sync_seq");
const QString clockOffsetKey = QStringLiteral("sync_clock_offset_ms");
// How often a busy hub (503) is asked again before the round gives up.
constexpr int busyRetries = 5;
} // namespace

SyncClient::SyncClient(EventStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(store.deviceName())
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_status.serverSequence = store.metaValue(seqKey).toLongLong();
    m_status.clockOffsetMs = store.metaValue(clockOffsetKey).toLongLong();
}

void SyncClient::setHub(const QUrl &hub)
{
    m_store.setMetaValue(hubKey, hub.toString());
}

QUrl SyncClient::hub() const
{
    return m_hubOnce.isEmpty() ? QUrl(m_store.metaValue(hubKey)) : m_hubOnce;
}

bool SyncClient::useHubOnce(const QUrl &hubUrl, QString *error)
{
    const QUrl enrolled(m_store.metaValue(hubKey));
    const bool enrolledHere = !m_store.metaValue(tokenKey).isEmpty();
    const bool pinned = !m_store.metaValue(fingerprintKey).isEmpty();
    if (enrolledHere && !pinned
        && hubUrl.adjusted(QUrl::StripTrailingSlash) != enrolled.adjusted(QUrl::StripTrailingSlash)) {
        *error = tr("This device is enrolled with %1 without pinning its certificate: its token is not sent to %2. "
                    "Enrol it again to change hubs.")
                     .arg(enrolled.toString(QUrl::RemoveUserInfo), hubUrl.toString(QUrl::RemoveUserInfo));
        return false;
    }
    m_hubOnce = hubUrl;
    return true;
}

SyncClient::Status SyncClient::status() const
{
    Status s = m_status;
    s.waitingEvents = waitingEvents();
    s.refusedByHub = RefusedChanges(m_store.database()).count();
    s.warning = staffWarning(m_store);
    return s;
}

QString SyncClient::staffWarning(EventStore &store)
{
    QStringList parts;
    const qint64 offset = store.metaValue(clockOffsetKey).toLongLong();
    if (std::abs(offset) > SyncProtocol::clockWarningMs) {
        const int minutes = int((std::abs(offset) + 30000) / 60000);
        parts << (offset > 0
                ? tr("This device's clock is %n minute(s) ahead of the hub's; ask staff to set it.", nullptr, minutes)
                : tr("This device's clock is %n minute(s) behind the hub's; ask staff to set it.", nullptr, minutes));
    }
    const RefusedChanges refused(store.database());
    if (const int count = refused.count(); count > 0)
        parts << tr("%n change(s) refused by the hub (%1).", nullptr, count).arg(refused.latestReason());
    return parts.join(QLatin1Char(' '));
}

int SyncClient::waitingEvents() const
{
    QSqlQuery q(m_store.database());
    RefusedChanges(m_store.database()).ensureTable();
    return q.exec(QStringLiteral("SELECT count(*) FROM checkin_event WHERE server_seq IS NULL AND NOT %1")
                      .arg(RefusedChanges::eventIsRefused()))
            && q.next()
        ? q.value(0).toInt()
        : 0;
}

int SyncClient::waitingChanges() const
{
    return waitingEvents() + int(AttendeeTable(m_store.database()).pendingPush().size());
}

DeviceState SyncClient::currentState() const
{
    DeviceState state = m_stateSource ? m_stateSource(m_store) : DeviceState();
    state.eventsWaiting = waitingChanges();
    return state;
}

bool SyncClient::stateDue() const
{
    return !m_stateSent || m_stateSentAt.elapsed() >= stateRepeatMs || *m_stateSent != currentState();
}

void SyncClient::noteStateSent(const QJsonObject &answer, const DeviceState &sent)
{
    // A hub that cannot read the state says why; one that does not know
    // states yet takes the records and says nothing: it is not asked again
    // before stateRepeatMs either way.
    const QString refused = answer.value(QStringLiteral("state_refused")).toString();
    if (!refused.isEmpty())
        qCWarning(lcSync).noquote() << "the hub left this device's state out:" << refused;
    m_stateSent = sent;
    m_stateSentAt.start();
}

SyncClient::Reply SyncClient::send(
    const QByteArray &method, const QString &path, const QJsonObject &body, int timeoutMs)
{
    for (int attempt = 1;; ++attempt) {
        const qint64 sentAt = m_now();
        Reply reply = request(method, path, body, timeoutMs);
        if (reply.status >= 200 && reply.status < 300)
            noteHubTime(reply.json, sentAt);
        // A busy hub says when to come back; the batch is the same then.
        if (reply.status != 503 || attempt >= busyRetries || stopRequested())
            return reply;
        const int waitSeconds = std::clamp(reply.retryAfterSeconds, 1, 30);
        qCInfo(lcSync) << "the hub is busy; asking again in" << waitSeconds << "s";
        pause(waitSeconds * 1000);
    }
}

void SyncClient::noteHubTime(const QJsonObject &answer, qint64 sentAtMs)
{
    const QJsonValue time = answer.value(QStringLiteral("time"));
    if (!time.isDouble())
        return;
    // The hub read its clock somewhere between sending and receiving: the middle.
    const qint64 offset = (sentAtMs + m_now()) / 2 - time.toInteger();
    m_status.clockOffsetMs = offset;
    const qint64 stored = m_store.metaValue(clockOffsetKey).toLongLong();
    const bool wrong = std::abs(offset) > SyncProtocol::clockWarningMs;
    if (wrong != (std::abs(stored) > SyncProtocol::clockWarningMs) || (wrong && std::abs(offset - stored) > 30000)
        || (!wrong && stored != 0 && std::abs(offset - stored) > 1000)) {
        if (wrong)
            qCWarning(lcSync) << "this device's clock is" << offset / 1000 << "s off the hub's";
        m_store.setMetaValue(clockOffsetKey, QString::number(offset));
    }
}

SyncClient::Reply SyncClient::request(
    const QByteArray &method, const QString &path, const QJsonObject &body, int timeoutMs)
{
    Reply result;
    QUrl url = hub();
    const int query = path.indexOf(QLatin1Char('?'));
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QString token = m_store.metaValue(tokenKey);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setTransferTimeout(timeoutMs);
    // A hub with its own certificate: trust the one the organisers gave.
    const QString caFile = m_store.metaValue(QStringLiteral("sync_ca_file"));
    if (!caFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(caFile);
        request.setSslConfiguration(ssl);
    }
    // A device enrolled with a hub's certificate talks to that hub only: not
    // without TLS, and not to a server showing another certificate, which is
    // left before anything (the token above all) is sent.
    const QString pinned = m_store.metaValue(fingerprintKey);
    if (!pinned.isEmpty() && url.scheme() != QLatin1String("https")) {
        result.error = tr("This device was enrolled with a hub that speaks TLS; it does not talk to %1 without it.")
                           .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery));
        return result;
    }
    QNetworkReply *reply = m_network.sendCustomRequest(
        request, method, method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    bool wrongHub = false;
    if (!pinned.isEmpty()) {
        auto matches = [reply, pinned] {
            return TlsIdentity::chainMatchesPin(reply->sslConfiguration().peerCertificateChain(), pinned);
        };
        connect(reply, &QNetworkReply::sslErrors, reply, [reply, matches](const QList<QSslError> &errors) {
            if (matches())
                reply->ignoreSslErrors(errors); // the pinned certificate (or CA) is the trust
        });
        connect(reply, &QNetworkReply::encrypted, reply, [reply, matches, &wrongHub] {
            if (!matches()) {
                wrongHub = true;
                reply->abort();
            }
        });
    }
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // Every request ends soon after a stop; a follow loop also wakes for local
    // check-ins while it waits on the hub.
    const bool longPoll = path.startsWith(QLatin1String("/v1/wait"));
    QTimer check;
    int ticks = 0;
    connect(&check, &QTimer::timeout, &loop, [&] {
        ++ticks;
        const bool localChange = longPoll
            && ((ticks % 2 == 0 && (waitingEvents() > 0 || !AttendeeTable(m_store.database()).pendingPush().isEmpty()))
                || (ticks % (stateCheckMs / stopCheckMs) == 0 && stateDue()));
        if (stopRequested() || localChange) {
            result.aborted = true;
            reply->abort();
        }
    });
    check.start(stopCheckMs);
    if (stopRequested()) {
        result.aborted = true;
        reply->abort();
    }
    if (!reply->isFinished())
        loop.exec();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (wrongHub || (!pinned.isEmpty() && reply->error() == QNetworkReply::SslHandshakeFailedError)) {
        reply->deleteLater();
        result.status = 0;
        result.error = tr("The server at %1 does not show the certificate of the hub this device was enrolled with; "
                          "nothing was sent to it.")
                           .arg(url.host());
        return result;
    }
    if (!result.aborted)
        result.json = QJsonDocument::fromJson(reply->readAll()).object();
    result.retryAfterSeconds = reply->rawHeader("Retry-After").trimmed().toInt();
    if (reply->error() != QNetworkReply::NoError && !result.aborted) {
        result.error = result.json.value(QStringLiteral("error")).toString();
        if (result.error.isEmpty())
            result.error = reply->errorString();
    }
    reply->deleteLater();
    return result;
}

bool SyncClient::enrol(const QUrl &hubUrl, const QString &code, const QString &deviceName, QString *error)
{
    setHub(hubUrl);
    const Reply reply = send("POST", QStringLiteral("/v1/enrol"),
        QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("device_name"), deviceName } });
    if (reply.status != 201) {
        *error = tr("The hub %1 refused the enrolment: %2").arg(hubUrl.toString(), reply.error);
        return false;
    }
    const QString eventId = reply.json.value(QStringLiteral("event_id")).toString();
    QSqlQuery q(m_store.database());
    const bool empty
        = q.exec(QStringLiteral("SELECT (SELECT count(*) FROM attendee) + (SELECT count(*) FROM checkin_event)"))
        && q.next() && q.value(0).toInt() == 0;
    if (m_store.eventId() != eventId && !empty) {
        *error = tr("This database belongs to another event than the hub's (%1); use a new database for this device.")
                     .arg(eventId);
        return false;
    }
    m_store.setMetaValue(QStringLiteral("event_id"), eventId);
    if (!reply.json.value(QStringLiteral("event_name")).toString().isEmpty())
        m_store.setMetaValue(QStringLiteral("event_name"), reply.json.value(QStringLiteral("event_name")).toString());
    m_store.setMetaValue(tokenKey, reply.json.value(QStringLiteral("token")).toString());
    m_store.setMetaValue(QStringLiteral("sync_device_id"), reply.json.value(QStringLiteral("device_id")).toString());
    // The hub's spelling of the name: it is the one records must carry.
    const QString given = reply.json.value(QStringLiteral("device_name")).toString();
    m_store.setMetaValue(QStringLiteral("device_name"), given.isEmpty() ? deviceName : given);
    m_store.setMetaValue(hubIdKey, reply.json.value(QStringLiteral("hub_id")).toString());
    return true;
}

bool SyncClient::push(QString *error)
{
    RefusedChanges refused(m_store.database());
    refused.ensureTable();
    for (;;) {
        Replica replica(m_store.database(), m_clock);
        const QVector<CheckInEvent> events = replica.unacknowledgedEvents(500);
        const QVector<Attendee> attendees = AttendeeTable(m_store.database()).pendingPush().mid(0, 500);
        if (events.isEmpty() && attendees.isEmpty())
            break;
        QJsonArray eventsJson;
        QJsonArray attendeesJson;
        QHash<QString, QString> sentEvents; // id → hlc
        QHash<QString, QString> sentAttendees; // id → version
        for (const CheckInEvent &e : events) {
            eventsJson.append(SyncProtocol::toJson(e));
            sentEvents.insert(e.id, e.hlc);
        }
        for (const Attendee &a : attendees) {
            attendeesJson.append(SyncProtocol::toJson(a));
            sentAttendees.insert(a.id, a.version);
        }
        // The state goes with the batch, counted as if the hub took it all;
        // when it does not, the state is sent again below.
        DeviceState state = currentState();
        state.eventsWaiting = std::max(0, state.eventsWaiting - int(events.size() + attendees.size()));
        const Reply reply = send("POST", QStringLiteral("/v1/push"),
            QJsonObject { { QStringLiteral("attendees"), attendeesJson }, { QStringLiteral("events"), eventsJson },
                { QStringLiteral("state"), state.toJson() } });
        if (reply.status != 200) {
            *error = reply.status == 503 ? tr("The hub is busy; the check-ins will be sent at the next sync.")
                                         : tr("The hub refused the check-ins sent: %1").arg(reply.error);
            return false;
        }
        noteStateSent(reply.json, state);
        WriteTransaction transaction(m_store.database());
        if (!transaction.begin()) {
            *error = transaction.errorString();
            return false;
        }
        QStringList accepted;
        for (const QJsonValue &id : reply.json.value(QStringLiteral("events")).toArray())
            accepted << id.toString();
        replica.acknowledgeEvents(accepted, reply.json.value(QStringLiteral("seq")).toInteger());
        AttendeeTable table(m_store.database());
        int settled = accepted.size();
        for (const QJsonValue &a : reply.json.value(QStringLiteral("attendees")).toArray()) {
            const QString id = a.toObject().value(QStringLiteral("id")).toString();
            table.markPushed(id, a.toObject().value(QStringLiteral("version")).toString());
            refused.forget(QStringLiteral("attendee"), id);
            ++settled;
        }
        // A record refused for good is set aside and counted for staff; the
        // rest of the batch went through. One the hub may take later (its
        // attendee not there yet) waits for the next round.
        for (const QJsonValue &v : reply.json.value(QStringLiteral("rejected")).toArray()) {
            const QJsonObject r = v.toObject();
            const QString id = r.value(QStringLiteral("id")).toString();
            const QString reason = r.value(QStringLiteral("reason")).toString();
            const bool isEvent = r.value(QStringLiteral("kind")).toString() == QLatin1String("event")
                || (!r.contains(QStringLiteral("kind")) && sentEvents.contains(id));
            if (r.value(QStringLiteral("retry")).toBool(true) || !(isEvent ? sentEvents : sentAttendees).contains(id))
                continue;
            const QString version = (isEvent ? sentEvents : sentAttendees).value(id);
            qCWarning(lcSync).noquote() << "the hub refused" << (isEvent ? "event" : "attendee") << id << ":" << reason;
            if (!refused.add(isEvent ? QStringLiteral("event") : QStringLiteral("attendee"), id, version, reason)
                || (!isEvent && !table.markPushed(id, version))) {
                *error = transaction.errorString();
                return false;
            }
            ++settled;
        }
        if (!transaction.commit()) {
            *error = transaction.errorString();
            return false;
        }
        if (settled == 0)
            break; // only records the hub may take later: they wait, nothing else is held back
    }
    // Nothing (more) to send, but the state changed (a printer out of labels,
    // a badge printed) or was not said for a while: it goes alone.
    if (!stateDue())
        return true;
    const DeviceState state = currentState();
    const Reply reply
        = send("POST", QStringLiteral("/v1/push"), QJsonObject { { QStringLiteral("state"), state.toJson() } });
    if (reply.status != 200) {
        *error = reply.status == 503 ? tr("The hub is busy; this device's state will be sent at the next sync.")
                                     : tr("The hub refused this device's state: %1").arg(reply.error);
        return false;
    }
    noteStateSent(reply.json, state);
    return true;
}

bool SyncClient::pull(QString *error)
{
    for (;;) {
        const qint64 since = m_store.metaValue(seqKey).toLongLong();
        const Reply reply
            = send("GET", QStringLiteral("/v1/changes?since=%1&limit=%2").arg(since).arg(SyncProtocol::defaultPage));
        if (reply.status != 200) {
            *error = tr("Cannot get the changes from the hub: %1").arg(reply.error);
            return false;
        }
        const QString hubId = reply.json.value(QStringLiteral("hub_id")).toString();
        const bool restored = since > reply.json.value(QStringLiteral("latest")).toInteger();
        if (hubId != m_store.metaValue(hubIdKey) || restored) {
            // A new hub database, or one restored from a backup that knows less
            // than we saw: start over, and send it everything we have.
            WriteTransaction transaction(m_store.database());
            if (!transaction.begin()) {
                *error = transaction.errorString();
                return false;
            }
            Replica(m_store.database(), m_clock).forgetAcknowledgements(m_store.deviceName());
            m_store.setMetaValue(hubIdKey, hubId);
            m_store.setMetaValue(seqKey, QStringLiteral("0"));
            if (!transaction.commit()) {
                *error = transaction.errorString();
                return false;
            }
            if (!push(error))
                return false;
            continue;
        }
        WriteTransaction transaction(m_store.database());
        if (!transaction.begin()) {
            *error = transaction.errorString();
            return false;
        }
        Replica replica(m_store.database(), m_clock);
        QString problem;
        // The hub's checks again, on what comes down: a record that is not
        // well formed or whose version runs ahead is counted and left out.
        // Ahead of this device's clock, or of the hub's when this one is slow.
        const qint64 reference = std::max(m_now(), reply.json.value(QStringLiteral("time")).toInteger());
        auto believable = [&](const char *kind, const QJsonValue &v, bool parsed, const QString &version) {
            const QString why = parsed ? SyncProtocol::versionProblem(version, reference) : problem;
            if (why.isEmpty())
                return true;
            ++m_status.refusedFromHub;
            qCWarning(lcSync).noquote() << "not stored from the hub:" << kind
                                        << v.toObject().value(QStringLiteral("id")).toString().left(100) << ":" << why;
            return false;
        };
        for (const QJsonValue &v : reply.json.value(QStringLiteral("sessions")).toArray()) {
            const auto s = SyncProtocol::sessionFromJson(v, &problem);
            if (believable("session", v, s.has_value(), s ? s->version : QString()))
                replica.applySession(*s, &problem);
        }
        for (const QJsonValue &v : reply.json.value(QStringLiteral("attendees")).toArray()) {
            const auto a = SyncProtocol::attendeeFromJson(v, &problem);
            if (believable("attendee", v, a.has_value(), a ? a->version : QString()))
                replica.applyAttendee(*a, &problem);
        }
        for (const QJsonValue &v : reply.json.value(QStringLiteral("events")).toArray()) {
            const auto e = SyncProtocol::eventFromJson(v, &problem);
            if (believable("event", v, e.has_value(), e ? e->hlc : QString()))
                replica.applyEvent(*e, v.toObject().value(QStringLiteral("server_seq")).toInteger(), &problem);
        }
        for (const QJsonValue &v : reply.json.value(QStringLiteral("keys")).toArray()) {
            const QJsonObject k = v.toObject();
            replica.applyKey(k.value(QStringLiteral("key_id")).toInt(),
                k.value(QStringLiteral("public_key")).toString(), k.value(QStringLiteral("retired")).toBool(),
                &problem);
        }
        for (const QJsonValue &v : reply.json.value(QStringLiteral("revoked")).toArray()) {
            const QJsonObject r = v.toObject();
            replica.applyRevoked(r.value(QStringLiteral("code_hash")).toString(),
                r.value(QStringLiteral("attendee_id")).toString(), r.value(QStringLiteral("revoked_at")).toString(),
                &problem);
        }
        const qint64 next = reply.json.value(QStringLiteral("next")).toInteger();
        m_store.setMetaValue(seqKey, QString::number(next));
        if (!transaction.commit()) {
            *error = transaction.errorString();
            return false;
        }
        m_status.serverSequence = next;
        if (!reply.json.value(QStringLiteral("more")).toBool())
            return true;
    }
}

bool SyncClient::syncOnce(QString *error)
{
    if (hub().isEmpty() || m_store.metaValue(tokenKey).isEmpty()) {
        *error = tr("This device is not enrolled with a hub: run \"accueil enroll --hub URL --code CODE\".");
        setFailure(*error);
        return false;
    }
    if (!push(error) || !pull(error) || !push(error)) {
        if (!stopRequested()) // a request cut short by a stop is no failure of the hub
            setFailure(*error);
        return false;
    }
    m_status.connected = true;
    m_status.lastSuccess = QDateTime::currentDateTimeUtc();
    m_store.setMetaValue(
        QStringLiteral("sync_last_success"), m_status.lastSuccess.toString(Qt::ISODate)); // for the dashboard
    m_status.error.clear();
    Q_EMIT statusChanged(status());
    return true;
}

void SyncClient::setFailure(const QString &error)
{
    m_status.connected = false;
    m_status.error = error;
    Q_EMIT statusChanged(status());
}

bool SyncClient::stopRequested() const
{
    return m_stopRequested || QThread::currentThread()->isInterruptionRequested();
}

void SyncClient::pause(int ms)
{
    QElapsedTimer waited;
    waited.start();
    while (!stopRequested() && waited.elapsed() < ms) {
        QEventLoop loop;
        QTimer::singleShot(std::min<qint64>(stopCheckMs, ms - waited.elapsed()), &loop, &QEventLoop::quit);
        loop.exec();
    }
}

void SyncClient::follow(int seconds)
{
    // A stop asked for before this point is honoured: nothing here clears it.
    QElapsedTimer elapsed;
    elapsed.start();
    int backoffMs = 500;
    while (!stopRequested() && (seconds <= 0 || elapsed.elapsed() < qint64(seconds) * 1000)) {
        QString error;
        if (!syncOnce(&error)) {
            // The hub is away: keep going on local data, try again later.
            pause(backoffMs);
            backoffMs = std::min(backoffMs * 2, 15000);
            continue;
        }
        backoffMs = 500;
        const Reply reply
            = request("GET", QStringLiteral("/v1/wait?since=%1&timeout=20").arg(m_status.serverSequence), {}, 30000);
        if (!reply.aborted && reply.status != 200) {
            setFailure(reply.error);
            pause(backoffMs);
        }
    }
}
