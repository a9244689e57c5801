#include "HubServer.h"

#include "HubService.h"
#include "SyncProtocol.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

struct HubServer::Waiter
{
    qint64 since = 0;
    QDateTime deadline;
    QHttpServerResponder responder;
};

namespace {

QHttpServerResponse error(QHttpServerResponse::StatusCode status, const QString &message)
{
    return QHttpServerResponse(QJsonObject { { QStringLiteral("error"), message } }, status);
}

QString bearer(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization");
    return header.startsWith("Bearer ") ? QString::fromLatin1(header.mid(7).trimmed()) : QString();
}

// Reads a JSON object body within the size limit, or says what is wrong.
std::optional<QJsonObject> jsonBody(const QHttpServerRequest &request, QString *problem, QHttpServerResponse::StatusCode *status)
{
    if (request.body().size() > SyncProtocol::maxBodyBytes) {
        *problem = QStringLiteral("the body is larger than %1 bytes").arg(SyncProtocol::maxBodyBytes);
        *status = QHttpServerResponse::StatusCode::PayloadTooLarge;
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *problem = parseError.error != QJsonParseError::NoError ? QStringLiteral("malformed JSON: %1").arg(parseError.errorString())
                                                                : QStringLiteral("the body must be a JSON object");
        *status = QHttpServerResponse::StatusCode::BadRequest;
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

HubServer::HubServer(HubService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    route();
    connect(&m_poll, &QTimer::timeout, this, &HubServer::notifyChanges);
    m_poll.start(200);
}

HubServer::~HubServer() = default;

void HubServer::route()
{
    using Method = QHttpServerRequest::Method;
    using Status = QHttpServerResponse::StatusCode;

    m_http.route(QStringLiteral("/v1/hello"), Method::Get, [this] {
        return QHttpServerResponse(QJsonObject { { QStringLiteral("protocol"), SyncProtocol::version },
                                                 { QStringLiteral("hub_id"), m_service.hubId() },
                                                 { QStringLiteral("event_id"), m_service.eventId() } });
    });

    m_http.route(QStringLiteral("/v1/enrol"), Method::Post, [this](const QHttpServerRequest &request) {
        QString problem;
        Status status = Status::BadRequest;
        const auto body = jsonBody(request, &problem, &status);
        if (!body)
            return error(status, problem);
        const QJsonValue code = body->value(QStringLiteral("code"));
        const QJsonValue name = body->value(QStringLiteral("device_name"));
        if (!code.isString() || !name.isString() || name.toString().trimmed().isEmpty())
            return error(Status::BadRequest, QStringLiteral("\"code\" and \"device_name\" must be strings"));
        const QJsonObject enrolled = m_service.enrol(code.toString(), name.toString(), &problem);
        if (enrolled.isEmpty())
            return error(Status::Forbidden, problem);
        return QHttpServerResponse(enrolled, Status::Created);
    });

    m_http.route(QStringLiteral("/v1/changes"), Method::Get, [this](const QHttpServerRequest &request) {
        if (m_service.authenticate(bearer(request)).isEmpty())
            return error(Status::Unauthorized, QStringLiteral("a valid device token is needed"));
        bool okSince = true;
        bool okLimit = true;
        const QUrlQuery query = request.query();
        const qint64 since = query.hasQueryItem(QStringLiteral("since")) ? query.queryItemValue(QStringLiteral("since")).toLongLong(&okSince) : 0;
        const int limit = query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt(&okLimit)
                                                                      : SyncProtocol::defaultPage;
        if (!okSince || !okLimit || since < 0 || limit <= 0 || limit > SyncProtocol::maxBatch)
            return error(Status::BadRequest, QStringLiteral("since must be a sequence number and limit 1 to %1").arg(SyncProtocol::maxBatch));
        return QHttpServerResponse(m_service.changes(since, limit));
    });

    m_http.route(QStringLiteral("/v1/push"), Method::Post, [this](const QHttpServerRequest &request) {
        const QString device = m_service.authenticate(bearer(request));
        if (device.isEmpty())
            return error(Status::Unauthorized, QStringLiteral("a valid device token is needed"));
        QString problem;
        Status status = Status::BadRequest;
        const auto body = jsonBody(request, &problem, &status);
        if (!body)
            return error(status, problem);
        const QJsonObject answer = m_service.push(device, *body, &problem);
        if (answer.isEmpty())
            return error(problem.startsWith(QLatin1String("a push holds")) ? Status::PayloadTooLarge : Status::UnprocessableEntity, problem);
        notifyChanges();
        return QHttpServerResponse(answer);
    });

    m_http.route(QStringLiteral("/v1/wait"), Method::Get, [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        wait(request, std::move(responder));
    });

    // Anything else — an unknown version, a wrong path — is answered, not dropped.
    m_http.route(QStringLiteral("/<arg>"), [](const QUrl &, const QHttpServerRequest &request) {
        return error(QHttpServerResponse::StatusCode::NotFound,
                     QStringLiteral("no such endpoint: %1 (this hub speaks /v%2)").arg(request.url().path()).arg(SyncProtocol::version));
    });
}

void HubServer::wait(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    using Status = QHttpServerResponse::StatusCode;
    auto answer = [](QHttpServerResponder &r, const QJsonObject &json, Status status) {
        r.write(QJsonDocument(json), status);
    };
    if (m_service.authenticate(bearer(request)).isEmpty()) {
        answer(responder, QJsonObject { { QStringLiteral("error"), QStringLiteral("a valid device token is needed") } }, Status::Unauthorized);
        return;
    }
    bool ok = true;
    const qint64 since = request.query().queryItemValue(QStringLiteral("since")).toLongLong(&ok);
    const int timeout = std::clamp(request.query().queryItemValue(QStringLiteral("timeout")).toInt(), 1, 60);
    if (!ok || since < 0) {
        answer(responder, QJsonObject { { QStringLiteral("error"), QStringLiteral("since must be a sequence number") } }, Status::BadRequest);
        return;
    }
    const qint64 latest = m_service.latestSequence();
    if (latest > since) {
        answer(responder, QJsonObject { { QStringLiteral("latest"), latest } }, Status::Ok);
        return;
    }
    auto waiter = std::make_unique<Waiter>(Waiter { since, QDateTime::currentDateTimeUtc().addSecs(timeout), std::move(responder) });
    m_waiters.push_back(std::move(waiter));
}

void HubServer::notifyChanges()
{
    if (m_waiters.empty())
        return;
    const qint64 latest = m_service.latestSequence();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if ((*it)->since < latest || (*it)->deadline <= now) {
            (*it)->responder.write(QJsonDocument(QJsonObject { { QStringLiteral("latest"), latest } }));
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
}
