#include "sync/HubServer.h"

#include "sync/HubService.h"
#include "sync/SyncProtocol.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {

QJsonObject problem(const QString &message)
{
    return QJsonObject { { QStringLiteral("error"), message } };
}

QString bearer(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization");
    return header.startsWith("Bearer ") ? QString::fromLatin1(header.mid(7).trimmed()) : QString();
}

} // namespace

HubServer::HubServer(HubService &service, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_service(service)
{
    connect(&m_poll, &QTimer::timeout, this, &HubServer::notifyChanges);
    m_poll.start(200);
}

HubServer::~HubServer() = default;

bool HubServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Status status = Status::Ok;
    bool deferred = false;
    const QJsonObject answer = route(request, socket, &status, &deferred);
    if (!deferred)
        makeResponder(request, socket).write(QJsonDocument(answer), status);
    return true;
}

void HubServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QJsonDocument(problem(QStringLiteral("no such endpoint"))), Status::NotFound);
}

QJsonObject HubServer::route(const QHttpServerRequest &request, QTcpSocket *socket, Status *status, bool *deferred)
{
    using Method = QHttpServerRequest::Method;
    const QString path = request.url().path();
    const Method method = request.method();
    auto fail = [status](Status code, const QString &message) {
        *status = code;
        return problem(message);
    };
    auto body = [&](QJsonObject *out) -> std::optional<QJsonObject> {
        if (request.body().size() > SyncProtocol::maxBodyBytes)
            return fail(Status::PayloadTooLarge,
                QStringLiteral("the body is larger than %1 bytes").arg(SyncProtocol::maxBodyBytes));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(Status::BadRequest, QStringLiteral("malformed JSON: %1").arg(parseError.errorString()));
        if (!doc.isObject())
            return fail(Status::BadRequest, QStringLiteral("the body must be a JSON object"));
        *out = doc.object();
        return std::nullopt;
    };

    if (path == QLatin1String("/v1/hello") && method == Method::Get) {
        return QJsonObject { { QStringLiteral("protocol"), SyncProtocol::version },
            { QStringLiteral("hub_id"), m_service.hubId() }, { QStringLiteral("event_id"), m_service.eventId() } };
    }
    if (path == QLatin1String("/v1/enrol") && method == Method::Post) {
        QJsonObject in;
        if (auto error = body(&in))
            return *error;
        const QJsonValue code = in.value(QStringLiteral("code"));
        const QJsonValue name = in.value(QStringLiteral("device_name"));
        if (!code.isString() || !name.isString() || name.toString().trimmed().isEmpty())
            return fail(Status::BadRequest, QStringLiteral("\"code\" and \"device_name\" must be strings"));
        QString why;
        const QJsonObject enrolled = m_service.enrol(code.toString(), name.toString(), &why);
        if (enrolled.isEmpty())
            return fail(Status::Forbidden, why);
        *status = Status::Created;
        return enrolled;
    }
    if (!path.startsWith(QLatin1String("/v1/")))
        return fail(Status::NotFound,
            QStringLiteral("no such endpoint: %1 (this hub speaks /v%2)").arg(path).arg(SyncProtocol::version));
    const QString device = m_service.authenticate(bearer(request));
    const bool known = path == QLatin1String("/v1/changes") || path == QLatin1String("/v1/push")
        || path == QLatin1String("/v1/wait");
    if (!known)
        return fail(Status::NotFound, QStringLiteral("no such endpoint: %1").arg(path));
    if (device.isEmpty())
        return fail(Status::Unauthorized, QStringLiteral("a valid device token is needed"));

    const QUrlQuery query = request.query();
    if (path == QLatin1String("/v1/changes") && method == Method::Get) {
        bool okSince = true;
        bool okLimit = true;
        const qint64 since = query.hasQueryItem(QStringLiteral("since"))
            ? query.queryItemValue(QStringLiteral("since")).toLongLong(&okSince)
            : 0;
        const int limit = query.hasQueryItem(QStringLiteral("limit"))
            ? query.queryItemValue(QStringLiteral("limit")).toInt(&okLimit)
            : SyncProtocol::defaultPage;
        if (!okSince || !okLimit || since < 0 || limit <= 0 || limit > SyncProtocol::maxBatch)
            return fail(Status::BadRequest,
                QStringLiteral("since must be a sequence number and limit 1 to %1").arg(SyncProtocol::maxBatch));
        return m_service.changes(since, limit);
    }
    if (path == QLatin1String("/v1/push") && method == Method::Post) {
        QJsonObject in;
        if (auto error = body(&in))
            return *error;
        QString why;
        const QJsonObject answer = m_service.push(device, in, &why);
        if (answer.isEmpty())
            return fail(
                why.startsWith(QLatin1String("a push holds")) ? Status::PayloadTooLarge : Status::UnprocessableEntity,
                why);
        notifyChanges();
        return answer;
    }
    if (path == QLatin1String("/v1/wait") && method == Method::Get) {
        bool ok = true;
        const qint64 since = query.queryItemValue(QStringLiteral("since")).toLongLong(&ok);
        const int timeout = std::clamp(query.queryItemValue(QStringLiteral("timeout")).toInt(), 1, 60);
        if (!ok || since < 0)
            return fail(Status::BadRequest, QStringLiteral("since must be a sequence number"));
        const qint64 latest = m_service.latestSequence();
        if (latest > since)
            return QJsonObject { { QStringLiteral("latest"), latest } };
        m_waiters.push_back(
            Waiter { since, QDateTime::currentDateTimeUtc().addSecs(timeout), QPointer<QTcpSocket>(socket) });
        *deferred = true;
        return QJsonObject();
    }
    return fail(Status::MethodNotAllowed, QStringLiteral("%1 does not take this method").arg(path));
}

void HubServer::writeLater(QTcpSocket *socket, const QJsonObject &json)
{
    const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

void HubServer::notifyChanges()
{
    if (m_waiters.empty())
        return;
    const qint64 latest = m_service.latestSequence();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (!it->socket) {
            it = m_waiters.erase(it); // the device hung up
        } else if (it->since < latest || it->deadline <= now) {
            writeLater(it->socket, QJsonObject { { QStringLiteral("latest"), latest } });
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
}
