#pragma once

#include "sync/HttpServer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QTimer>

#include <functional>
#include <vector>

class HubService;

// The hub's HTTP face (/v1, JSON, PROTOCOL.md): enrolment, pull of changes,
// push of check-ins and edits, and a long-poll that wakes devices as soon as
// anything changes. Every request but hello and enrol needs a device token.
// Bad requests get a 4xx with a message; the hub keeps serving (HttpServer
// bounds connections, sizes and times).
class HubServer : public QObject {
    Q_OBJECT

public:
    explicit HubServer(HubService &service, QObject *parent = nullptr);
    ~HubServer() override;

    void setTls(const QSslConfiguration &configuration) { m_http.setTls(configuration); }
    // The hub's CA certificate (PEM), served to anyone at /ca.pem.
    void setCaCertificate(const QByteArray &pem) { m_caPem = pem; }
    void setLimits(const HttpServer::Limits &limits) { m_http.setLimits(limits); }
    // The port listened on, or 0 when the address cannot be used.
    [[nodiscard]] quint16 listen(const QHostAddress &address, quint16 port);

    // Answers waiting long-polls when the change log has moved (also after
    // writes by other processes, such as an import on the hub's database),
    // and tells the extension when that or a device's state moved.
    void notifyChanges();

    // Another face served on the same port (the organisers' console): it
    // answers the paths it claims, and hears of every move of the change log
    // and of every new state a device reports while it has someone listening.
    // `revision` grows with each of them (the change log's sequence plus the
    // count of device state changes): only whether it moved says anything.
    struct Extension {
        std::function<bool(const QString &path)> claims;
        std::function<void(const HttpRequest &, const HttpResponder &)> handle;
        std::function<bool()> listening;
        std::function<void(qint64 revision)> changed;
    };
    void setExtension(Extension extension) { m_extension = std::move(extension); }

private:
    struct Waiter {
        qint64 since = 0;
        QDateTime deadline;
        HttpResponder responder;
    };
    struct Answer {
        int status = 200;
        int retryAfterSeconds = 0; // sent as Retry-After when above 0
        bool deferred = false; // a long-poll answers later
    };
    // Wrong enrolment codes from one address.
    struct Guesses {
        int failures = 0;
        QDateTime blockedUntil;
    };
    void handle(const HttpRequest &request, const HttpResponder &responder);
    QJsonObject route(const HttpRequest &request, const HttpResponder &responder, Answer *answer);
    QJsonObject enrol(const HttpRequest &request, const QJsonObject &in, Answer *answer);

    HubService &m_service;
    HttpServer m_http;
    QTimer m_poll;
    std::vector<Waiter> m_waiters;
    QHash<QString, Guesses> m_guesses;
    QByteArray m_caPem;
    Extension m_extension;
};
