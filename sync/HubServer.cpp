#include "sync/HubServer.h"

#include "sync/HubService.h"
#include "sync/SyncLog.h"
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
    TooManyRequests = 429,
    InternalServerError = 500,
    ServiceUnavailable = 503,
};

// Wrong enrolment codes an address may try before it has to wait, and the
// longest wait (it doubles with every further failure).
constexpr int freeGuesses = 5;
constexpr int longestWaitSeconds = 300;
// A busy database is usually free again within a second.
constexpr int busyRetrySeconds = 1;

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
    if (request.path == QLatin1String("/ca.pem") && request.method == "GET" && !m_caPem.isEmpty()) {
        // The type phones open as a certificate to install.
        responder.respond(HttpResponse { Ok, QByteArrayLiteral("application/x-x509-ca-cert"), m_caPem,
            { { QByteArrayLiteral("Content-Disposition"),
                QByteArrayLiteral("attachment; filename=accueil-hub-ca.crt") } } });
        return;
    }
    if (m_extension.claims && m_extension.claims(request.path))
        return m_extension.handle(request, responder);
    Answer answer;
    const QJsonObject json = route(request, responder, &answer);
    if (answer.deferred)
        return;
    HttpResponse response = jsonResponse(answer.status, json);
    if (answer.retryAfterSeconds > 0)
        response.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(answer.retryAfterSeconds) });
    responder.respond(response);
}

QJsonObject HubServer::enrol(const HttpRequest &request, const QJsonObject &in, Answer *answer)
{
    const QString peer = request.peer.toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto guesses = m_guesses.find(peer);
    if (guesses != m_guesses.end() && guesses->blockedUntil > now) {
        answer->status = TooManyRequests;
        answer->retryAfterSeconds = int(std::max<qint64>(1, now.secsTo(guesses->blockedUntil)));
        return problem(QStringLiteral("too many wrong enrolment codes from this address: try again in %1 seconds")
                           .arg(answer->retryAfterSeconds));
    }
    const QJsonValue code = in.value(QStringLiteral("code"));
    const QJsonValue name = in.value(QStringLiteral("device_name"));
    if (!code.isString() || !name.isString() || name.toString().trimmed().isEmpty()) {
        answer->status = BadRequest;
        return problem(QStringLiteral("\"code\" and \"device_name\" must be strings"));
    }
    QString why;
    HubService::Failure failure = HubService::Failure::None;
    QJsonObject enrolled = m_service.enrol(code.toString(), name.toString(), &why, &failure);
    if (failure == HubService::Failure::WrongCode) {
        // Guessing codes gets slower and slower, and is logged.
        if (m_guesses.size() > 4096)
            m_guesses.removeIf([&now](const auto &entry) { return entry.value().blockedUntil < now; });
        Guesses &g = m_guesses[peer];
        ++g.failures;
        if (g.failures >= freeGuesses)
            g.blockedUntil = now.addSecs(std::min(longestWaitSeconds, 1 << std::min(g.failures - freeGuesses, 9)));
        qCWarning(lcSync).noquote() << "wrong enrolment code from" << peer << "(" << g.failures << "in a row)";
        answer->status = Forbidden;
        return problem(why);
    }
    if (failure == HubService::Failure::Busy) {
        answer->status = ServiceUnavailable;
        answer->retryAfterSeconds = busyRetrySeconds;
        return problem(QStringLiteral("the hub's database is busy: try again in a moment"));
    }
    if (enrolled.isEmpty()) {
        answer->status = InternalServerError;
        return problem(why);
    }
    m_guesses.remove(peer);
    qCInfo(lcSync).noquote() << "device enrolled from" << peer << "as"
                             << enrolled.value(QStringLiteral("device_name")).toString();
    answer->status = Created;
    return enrolled;
}

QJsonObject HubServer::route(const HttpRequest &request, const HttpResponder &responder, Answer *answer)
{
    int *status = &answer->status;
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
            { QStringLiteral("hub_id"), m_service.hubId() }, { QStringLiteral("event_id"), m_service.eventId() },
            { QStringLiteral("time"), QDateTime::currentMSecsSinceEpoch() } };
    }
    if (path == QLatin1String("/v1/enrol") && post) {
        QJsonObject in;
        if (auto error = body(&in))
            return *error;
        return enrol(request, in, answer);
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
        HubService::Failure failure = HubService::Failure::None;
        QJsonObject merged = m_service.push(device, in, &why, &failure);
        switch (failure) {
        case HubService::Failure::None:
            notifyChanges();
            return merged;
        case HubService::Failure::TooLarge:
            return fail(PayloadTooLarge, why);
        case HubService::Failure::Malformed:
        case HubService::Failure::WrongCode:
            return fail(UnprocessableEntity, why);
        case HubService::Failure::Busy:
            // Not the device's fault: the same batch will do in a moment.
            qCInfo(lcSync).noquote() << "push deferred, database busy:" << why;
            answer->retryAfterSeconds = busyRetrySeconds;
            return fail(ServiceUnavailable, QStringLiteral("the hub's database is busy: try again in a moment"));
        case HubService::Failure::Internal:
            break;
        }
        qCWarning(lcSync).noquote() << "push failed:" << why;
        return fail(InternalServerError, why);
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
        answer->deferred = true;
        return QJsonObject();
    }
    return fail(MethodNotAllowed, QStringLiteral("%1 does not take this method").arg(path));
}

void HubServer::notifyChanges()
{
    const bool extensionListens = m_extension.listening && m_extension.listening();
    if (m_waiters.empty() && !extensionListens)
        return;
    const qint64 latest = m_service.latestSequence();
    if (extensionListens)
        m_extension.changed(latest + m_service.deviceStateRevision());
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
