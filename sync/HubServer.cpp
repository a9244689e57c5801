#include "sync/HubServer.h"

#include "sync/HubService.h"
#include "sync/SyncProtocol.h"

#include <QJsonDocument>

namespace {

QJsonObject problem(const QString &message)
{
    return QJsonObject { { QStringLiteral("error"), message } };
}

QString bearer(const HttpRequest &request)
{
    const QByteArray header = request.header("authorization");
    return header.startsWith("Bearer ") ? QString::fromLatin1(header.mid(7).trimmed()) : QString();
}

HttpResponse jsonResponse(int status, const QJsonObject &json)
{
    return HttpResponse::json(status, QJsonDocument(json).toJson(QJsonDocument::Compact));
}

enum Status {
    Ok = 200,
    Created = 201,
    BadRequest = 400,
    Unauthorized = 401,
    Forbidden = 403,
    NotFound = 404,
    MethodNotAllowed = 405,
    PayloadTooLarge = 413,
    UnprocessableEntity = 422,
};

} // namespace

HubServer::HubServer(HubService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_http([this](const HttpRequest &request, const HttpResponder &responder) { handle(request, responder); })
{
    connect(&m_poll, &QTimer::timeout, this, &HubServer::notifyChanges);
    m_poll.start(200);
}

HubServer::~HubServer() = default;

quint16 HubServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http.listen(address, port) ? m_http.serverPort() : 0;
}

void HubServer::handle(const HttpRequest &request, const HttpResponder &responder)
{
    int status = Ok;
    bool deferred = false;
    const QJsonObject answer = route(request, responder, &status, &deferred);
    if (!deferred)
        responder.respond(jsonResponse(status, answer));
}

QJsonObject HubServer::route(const HttpRequest &request, const HttpResponder &responder, int *status, bool *deferred)
{
    const QString path = request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    auto fail = [status](int code, const QString &message) {
        *status = code;
        return problem(message);
    };
    auto body = [&](QJsonObject *out) -> std::optional<QJsonObject> {
        if (request.body.size() > SyncProtocol::maxBodyBytes)
            return fail(
                PayloadTooLarge, QStringLiteral("the body is larger than %1 bytes").arg(SyncProtocol::maxBodyBytes));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(BadRequest, QStringLiteral("malformed JSON: %1").arg(parseError.errorString()));
        if (!doc.isObject())
            return fail(BadRequest, QStringLiteral("the body must be a JSON object"));
        *out = doc.object();
        return std::nullopt;
    };

    if (path == QLatin1String("/v1/hello") && get) {
        return QJsonObject { { QStringLiteral("protocol"), SyncProtocol::version },
            { QStringLiteral("hub_id"), m_service.hubId() }, { QStringLiteral("event_id"), m_service.eventId() } };
    }
    if (path == QLatin1String("/v1/enrol") && post) {
        QJsonObject in;
        if (auto error = body(&in))
            return *error;
        const QJsonValue code = in.value(QStringLiteral("code"));
        const QJsonValue name = in.value(QStringLiteral("device_name"));
        if (!code.isString() || !name.isString() || name.toString().trimmed().isEmpty())
            return fail(BadRequest, QStringLiteral("\"code\" and \"device_name\" must be strings"));
        QString why;
        const QJsonObject enrolled = m_service.enrol(code.toString(), name.toString(), &why);
        if (enrolled.isEmpty())
            return fail(Forbidden, why);
        *status = Created;
        return enrolled;
    }
    if (!path.startsWith(QLatin1String("/v1/")))
        return fail(NotFound,
            QStringLiteral("no such endpoint: %1 (this hub speaks /v%2)").arg(path).arg(SyncProtocol::version));
    const QString device = m_service.authenticate(bearer(request));
    const bool known = path == QLatin1String("/v1/changes") || path == QLatin1String("/v1/push")
        || path == QLatin1String("/v1/wait");
    if (!known)
        return fail(NotFound, QStringLiteral("no such endpoint: %1").arg(path));
    if (device.isEmpty())
        return fail(Unauthorized, QStringLiteral("a valid device token is needed"));

    const QUrlQuery &query = request.query;
    if (path == QLatin1String("/v1/changes") && get) {
        bool okSince = true;
        bool okLimit = true;
        const qint64 since = query.hasQueryItem(QStringLiteral("since"))
            ? query.queryItemValue(QStringLiteral("since")).toLongLong(&okSince)
            : 0;
        const int limit = query.hasQueryItem(QStringLiteral("limit"))
            ? query.queryItemValue(QStringLiteral("limit")).toInt(&okLimit)
            : SyncProtocol::defaultPage;
        if (!okSince || !okLimit || since < 0 || limit <= 0 || limit > SyncProtocol::maxBatch)
            return fail(BadRequest,
                QStringLiteral("since must be a sequence number and limit 1 to %1").arg(SyncProtocol::maxBatch));
        return m_service.changes(since, limit);
    }
    if (path == QLatin1String("/v1/push") && post) {
        QJsonObject in;
        if (auto error = body(&in))
            return *error;
        QString why;
        const QJsonObject answer = m_service.push(device, in, &why);
        if (answer.isEmpty())
            return fail(why.startsWith(QLatin1String("a push holds")) ? PayloadTooLarge : UnprocessableEntity, why);
        notifyChanges();
        return answer;
    }
    if (path == QLatin1String("/v1/wait") && get) {
        bool ok = true;
        const qint64 since = query.queryItemValue(QStringLiteral("since")).toLongLong(&ok);
        const int timeout = std::clamp(query.queryItemValue(QStringLiteral("timeout")).toInt(), 1, 60);
        if (!ok || since < 0)
            return fail(BadRequest, QStringLiteral("since must be a sequence number"));
        const qint64 latest = m_service.latestSequence();
        if (latest > since)
            return QJsonObject { { QStringLiteral("latest"), latest } };
        m_waiters.push_back(Waiter { since, QDateTime::currentDateTimeUtc().addSecs(timeout), responder });
        *deferred = true;
        return QJsonObject();
    }
    return fail(MethodNotAllowed, QStringLiteral("%1 does not take this method").arg(path));
}

void HubServer::notifyChanges()
{
    if (m_waiters.empty())
        return;
    const qint64 latest = m_service.latestSequence();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (!it->responder.isConnected()) {
            it = m_waiters.erase(it); // the device hung up
        } else if (it->since < latest || it->deadline <= now) {
            it->responder.respond(jsonResponse(Ok, QJsonObject { { QStringLiteral("latest"), latest } }));
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
}
