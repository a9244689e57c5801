#include "sync/SyncClient.h"

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/WriteTransaction.h"
#include "sync/Replica.h"
#include "sync/SyncProtocol.h"
#include "sync/TlsIdentity.h"

#include <QElapsedTimer>
#include <QEventLoop>
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
} // namespace

SyncClient::SyncClient(EventStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(store.deviceName())
{
    m_status.serverSequence = store.metaValue(seqKey).toLongLong();
}

void SyncClient::setHub(const QUrl &hub)
{
    m_store.setMetaValue(hubKey, hub.toString());
}

QUrl SyncClient::hub() const
{
    return QUrl(m_store.metaValue(hubKey));
}

SyncClient::Status SyncClient::status() const
{
    Status s = m_status;
    s.waitingEvents = waitingEvents();
    return s;
}

int SyncClient::waitingEvents() const
{
    QSqlQuery q(m_store.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM checkin_event WHERE server_seq IS NULL")) && q.next()
        ? q.value(0).toInt()
        : 0;
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
            return TlsIdentity::fingerprintOf(reply->sslConfiguration().peerCertificate()) == pinned;
        };
        connect(reply, &QNetworkReply::sslErrors, reply, [reply, matches](const QList<QSslError> &errors) {
            if (matches())
                reply->ignoreSslErrors(errors); // the pinned certificate is the trust
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
        const bool localChange = longPoll && ++ticks % 2 == 0
            && (waitingEvents() > 0 || !AttendeeTable(m_store.database()).pendingPush().isEmpty());
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
    const Reply reply = request("POST", QStringLiteral("/v1/enrol"),
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
    m_store.setMetaValue(QStringLiteral("device_name"), deviceName);
    m_store.setMetaValue(hubIdKey, reply.json.value(QStringLiteral("hub_id")).toString());
    return true;
}

bool SyncClient::push(QString *error)
{
    for (;;) {
        Replica replica(m_store.database(), m_clock);
        const QVector<CheckInEvent> events = replica.unacknowledgedEvents(500);
        const QVector<Attendee> attendees = AttendeeTable(m_store.database()).pendingPush();
        if (events.isEmpty() && attendees.isEmpty())
            return true;
        QJsonArray eventsJson;
        QJsonArray attendeesJson;
        for (const CheckInEvent &e : events)
            eventsJson.append(SyncProtocol::toJson(e));
        for (const Attendee &a : attendees.mid(0, 500))
            attendeesJson.append(SyncProtocol::toJson(a));
        const Reply reply = request("POST", QStringLiteral("/v1/push"),
            QJsonObject { { QStringLiteral("attendees"), attendeesJson }, { QStringLiteral("events"), eventsJson } });
        if (reply.status != 200) {
            *error = tr("The hub refused the check-ins sent: %1").arg(reply.error);
            return false;
        }
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
        for (const QJsonValue &a : reply.json.value(QStringLiteral("attendees")).toArray())
            table.markPushed(a.toObject().value(QStringLiteral("id")).toString(),
                a.toObject().value(QStringLiteral("version")).toString());
        if (!transaction.commit()) {
            *error = transaction.errorString();
            return false;
        }
        if (!reply.json.value(QStringLiteral("rejected")).toArray().isEmpty()) {
            const QJsonObject first = reply.json.value(QStringLiteral("rejected")).toArray().first().toObject();
            *error = tr("The hub refused %1: %2")
                         .arg(first.value(QStringLiteral("id")).toString(),
                             first.value(QStringLiteral("reason")).toString());
            return false;
        }
        if (accepted.size() < events.size())
            return false;
    }
}

bool SyncClient::pull(QString *error)
{
    for (;;) {
        const qint64 since = m_store.metaValue(seqKey).toLongLong();
        const Reply reply
            = request("GET", QStringLiteral("/v1/changes?since=%1&limit=%2").arg(since).arg(SyncProtocol::defaultPage));
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
            Replica(m_store.database(), m_clock).forgetAcknowledgements();
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
        for (const QJsonValue &v : reply.json.value(QStringLiteral("sessions")).toArray()) {
            if (const auto s = SyncProtocol::sessionFromJson(v, &problem))
                replica.applySession(*s, &problem);
        }
        for (const QJsonValue &v : reply.json.value(QStringLiteral("attendees")).toArray()) {
            if (const auto a = SyncProtocol::attendeeFromJson(v, &problem))
                replica.applyAttendee(*a, &problem);
        }
        for (const QJsonValue &v : reply.json.value(QStringLiteral("events")).toArray()) {
            if (const auto e = SyncProtocol::eventFromJson(v, &problem))
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
    while (!stopRequested() && (seconds <= 0 || elapsed.elapsed() < seconds * 1000)) {
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
