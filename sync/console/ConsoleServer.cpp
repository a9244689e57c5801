#include "sync/console/ConsoleServer.h"

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/EventStore.h"
#include "sync/HubService.h"
#include "sync/SyncLog.h"
#include "sync/console/CertificateJob.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <sodium.h>

namespace {

const QByteArray cookieName = QByteArrayLiteral("accueil_console");

// Pages and scripts only from the hub itself; no framing, no sniffing.
const QList<QPair<QByteArray, QByteArray>> safetyHeaders {
    { QByteArrayLiteral("Content-Security-Policy"),
        QByteArrayLiteral("default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'") },
    { QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff") },
    { QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY") },
    { QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer") },
};

HttpResponse jsonAnswer(int status, const QJsonObject &json)
{
    HttpResponse response = HttpResponse::json(status, QJsonDocument(json).toJson(QJsonDocument::Compact));
    response.headers = safetyHeaders;
    response.headers.append({ QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store") });
    return response;
}

HttpResponse problem(int status, const QString &message)
{
    return jsonAnswer(status, QJsonObject { { QStringLiteral("error"), message } });
}

QString cookieToken(const HttpRequest &request)
{
    for (const auto &[name, value] : request.headers) {
        if (name != "cookie")
            continue;
        for (const QByteArray &part : value.split(';')) {
            const QByteArray pair = part.trimmed();
            if (pair.startsWith(cookieName + '='))
                return QString::fromLatin1(pair.mid(cookieName.size() + 1));
        }
    }
    return QString();
}

bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    return !a.isEmpty() && a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QByteArray contentTypeOf(const QString &path)
{
    if (path.endsWith(QLatin1String(".html")))
        return QByteArrayLiteral("text/html; charset=utf-8");
    if (path.endsWith(QLatin1String(".css")))
        return QByteArrayLiteral("text/css; charset=utf-8");
    if (path.endsWith(QLatin1String(".js")))
        return QByteArrayLiteral("text/javascript; charset=utf-8");
    if (path.endsWith(QLatin1String(".json")))
        return QByteArrayLiteral("application/json");
    if (path.endsWith(QLatin1String(".svg")))
        return QByteArrayLiteral("image/svg+xml");
    return QByteArrayLiteral("application/octet-stream");
}

} // namespace

ConsoleServer::ConsoleServer(EventStore &store, HubService &service, const ConsoleApi::Hub &hub, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_accounts(store)
    , m_api(store, service, hub)
    , m_accueil(
          hub.accueil.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/accueil") : hub.accueil)
{
    connect(&m_heartbeat, &QTimer::timeout, this, &ConsoleServer::heartbeat);
    m_heartbeat.start(heartbeatMs);
}

bool ConsoleServer::prepare(QString *error)
{
    return m_accounts.prepare(error);
}

bool ConsoleServer::isConsolePath(const QString &path)
{
    return path == QLatin1String("/console") || path.startsWith(QLatin1String("/console/"));
}

void ConsoleServer::handle(const HttpRequest &request, const HttpResponder &responder)
{
    const QString path = request.path;
    if (!path.startsWith(QLatin1String("/console/api/")))
        return serveFile(request, responder);
    if (path == QLatin1String("/console/api/login")) {
        if (request.method != "POST")
            return responder.respond(problem(405, QStringLiteral("log in with POST")));
        return logIn(request, responder);
    }
    const QString token = cookieToken(request);
    const std::optional<ConsoleAccounts::Session> session = m_accounts.session(token);
    if (!session)
        return responder.respond(problem(401, QStringLiteral("log in first")));
    // Every change carries the session's CSRF token, which another site cannot read.
    if (request.method != "GET" && !sameSecret(request.header("x-csrf-token"), session->csrf.toLatin1())) {
        qCWarning(lcSync).noquote() << "console: change without its CSRF token from" << request.peer.toString();
        return responder.respond(problem(403, QStringLiteral("the CSRF token is missing or wrong: reload the page")));
    }
    if (path == QLatin1String("/console/api/logout") && request.method == "POST") {
        m_accounts.logOut(token);
        HttpResponse response = jsonAnswer(200, QJsonObject { { QStringLiteral("ok"), true } });
        response.headers.append({ QByteArrayLiteral("Set-Cookie"),
            cookieName + "=; Secure; HttpOnly; SameSite=Strict; Path=/console/; Max-Age=0" });
        return responder.respond(response);
    }
    if (path == QLatin1String("/console/api/me") && request.method == "GET") {
        return responder.respond(jsonAnswer(200,
            QJsonObject { { QStringLiteral("user"), session->user },
                { QStringLiteral("role"), ConsoleAccounts::roleName(session->role) },
                { QStringLiteral("csrf"), session->csrf }, { QStringLiteral("event"), m_store.eventName() } }));
    }
    if (path == QLatin1String("/console/api/events") && request.method == "GET")
        return openStream(token, responder, m_latest);
    if (path.startsWith(QLatin1String("/console/api/certificates/")) && request.method == "GET")
        return makeCertificate(request, responder);
    HttpResponse response = m_api.answer(request, *session);
    response.headers += safetyHeaders;
    response.headers.append({ QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store") });
    responder.respond(response);
}

void ConsoleServer::serveFile(const HttpRequest &request, const HttpResponder &responder)
{
    if (request.method != "GET" && request.method != "HEAD")
        return responder.respond(problem(405, QStringLiteral("only GET here")));
    QString name = request.path.mid(int(qstrlen("/console/")));
    if (request.path == QLatin1String("/console") || name.isEmpty())
        name = QStringLiteral("index.html");
    if (name.contains(QLatin1String("..")) || name.startsWith(QLatin1Char('/')))
        return responder.respond(problem(404, QStringLiteral("no such page")));
    QFile file(QStringLiteral(":/console/static/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return responder.respond(problem(404, QStringLiteral("no such page")));
    HttpResponse response;
    response.contentType = contentTypeOf(name);
    response.body = request.method == "HEAD" ? QByteArray() : file.readAll();
    response.headers = safetyHeaders;
    response.headers.append({ QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache") });
    responder.respond(response);
}

void ConsoleServer::logIn(const HttpRequest &request, const HttpResponder &responder)
{
    // JSON only: a cross-site form cannot send it without a preflight.
    if (!request.header("content-type").startsWith("application/json"))
        return responder.respond(problem(415, QStringLiteral("send the log-in as JSON")));
    const QJsonObject in = QJsonDocument::fromJson(request.body).object();
    const QString name = in.value(QStringLiteral("name")).toString();
    const QString password = in.value(QStringLiteral("password")).toString();
    if (name.isEmpty() || password.isEmpty() || password.size() > 1024)
        return responder.respond(problem(400, QStringLiteral("a name and a password are needed")));
    const ConsoleAccounts::Login login = m_accounts.logIn(name, password);
    if (!login.ok) {
        HttpResponse response = problem(login.retryAfterSeconds > 0 ? 429 : 401,
            login.retryAfterSeconds > 0 ? QStringLiteral("locked") : QStringLiteral("wrong name or password"));
        if (login.retryAfterSeconds > 0) {
            response.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(login.retryAfterSeconds) });
            response.body = QJsonDocument(QJsonObject { { QStringLiteral("error"), QStringLiteral("locked") },
                                              { QStringLiteral("retry_after"), login.retryAfterSeconds } })
                                .toJson(QJsonDocument::Compact);
        }
        return responder.respond(response);
    }
    qCInfo(lcSync).noquote() << "console: log-in of" << name << "from" << request.peer.toString();
    HttpResponse response = jsonAnswer(200,
        QJsonObject { { QStringLiteral("user"), login.session.user },
            { QStringLiteral("role"), ConsoleAccounts::roleName(login.session.role) },
            { QStringLiteral("csrf"), login.session.csrf }, { QStringLiteral("event"), m_store.eventName() } });
    response.headers.append({ QByteArrayLiteral("Set-Cookie"),
        cookieName + '=' + login.token.toLatin1() + "; Secure; HttpOnly; SameSite=Strict; Path=/console/; Max-Age="
            + QByteArray::number(ConsoleAccounts::sessionHours * 3600) });
    responder.respond(response);
}

void ConsoleServer::makeCertificate(const HttpRequest &request, const HttpResponder &responder)
{
    const QString name = request.path.mid(int(qstrlen("/console/api/certificates/")));
    if (!name.endsWith(QLatin1String(".pdf")))
        return responder.respond(problem(404, QStringLiteral("no such certificate")));
    const QString language = request.query.queryItemValue(QStringLiteral("lang")) == QLatin1String("en")
        ? QStringLiteral("en")
        : QStringLiteral("fr");
    CertificateJob::Request job { m_accueil, m_store.path(), QString(), language, QString() };
    const bool english = language == QLatin1String("en");
    if (name == QLatin1String("all.pdf")) {
        job.fileName = english ? QStringLiteral("certificates.pdf") : QStringLiteral("attestations.pdf");
    } else {
        // Only a known attendee's id reaches the command line.
        const auto attendee = AttendeeTable(m_store.database()).byId(name.chopped(4));
        if (!attendee || attendee->deleted)
            return responder.respond(problem(404, QStringLiteral("nobody with this id")));
        job.reference = attendee->id;
        job.fileName = (english ? QStringLiteral("certificate-") : QStringLiteral("attestation-"))
            + ConsoleCodes::fileName(attendee->externalRef, attendee->id) + QStringLiteral(".pdf");
    }
    if (m_certificateJobs >= maxCertificateJobs) {
        HttpResponse busy = problem(503, tr("Certificates are being made for others; try again in a moment."));
        busy.headers.append({ QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5") });
        return responder.respond(busy);
    }
    ++m_certificateJobs;
    auto *certificate = new CertificateJob(job, responder, this);
    connect(certificate, &CertificateJob::finished, this, [this, certificate] {
        --m_certificateJobs;
        certificate->deleteLater();
    });
    certificate->start();
}

void ConsoleServer::openStream(const QString &token, const HttpResponder &responder, qint64 latest)
{
    // Bounded: the oldest stream makes way (its page reconnects by itself).
    if (int(m_streams.size()) >= maxStreams) {
        m_streams.front().responder.close();
        m_streams.erase(m_streams.begin());
    }
    HttpResponse head;
    head.contentType = QByteArrayLiteral("text/event-stream; charset=utf-8");
    head.headers = safetyHeaders;
    head.headers.append({ QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store") });
    responder.startStream(head);
    // The page asks again within a second when the hub went away.
    responder.send("retry: 1000\n\nevent: change\ndata: " + QByteArray::number(latest) + "\n\n");
    m_streams.push_back(Stream { responder, token });
}

void ConsoleServer::notifyChanges(qint64 latest)
{
    if (latest == m_latest)
        return;
    m_latest = latest;
    const QByteArray message = "event: change\ndata: " + QByteArray::number(latest) + "\n\n";
    for (auto it = m_streams.begin(); it != m_streams.end();) {
        if (!it->responder.isConnected()) {
            it = m_streams.erase(it);
            continue;
        }
        it->responder.send(message);
        ++it;
    }
}

void ConsoleServer::heartbeat()
{
    // A comment line keeps proxies from closing a quiet stream; a stream whose
    // session ended (log-out, expiry, user removed) is closed.
    for (auto it = m_streams.begin(); it != m_streams.end();) {
        if (!it->responder.isConnected() || !m_accounts.session(it->token)) {
            it->responder.close();
            it = m_streams.erase(it);
            continue;
        }
        it->responder.send(QByteArrayLiteral(": heartbeat\n\n"));
        ++it;
    }
}
