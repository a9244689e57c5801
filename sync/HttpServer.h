#pragma once

#include "sync/HttpConnection.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <memory>

class QTcpServer;

// Answers one request, now or later (a long-poll); does nothing once the
// client has gone or the answer was given.
class HttpResponder {
public:
    HttpResponder() = default;
    HttpResponder(HttpConnection *connection, quint64 request);
    void respond(const HttpResponse &response) const;
    // A held-open answer (HttpConnection::startStream) and what follows it.
    void startStream(const HttpResponse &head) const;
    void send(const QByteArray &data) const;
    void close() const;
    bool isConnected() const;

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_request = 0;
};

// The hub's HTTP/1.1 server, on plain TCP or TLS. It keeps serving whatever
// clients do: the number of connections is bounded (below the process's file
// limit), the least recently active connection that owes no answer makes way
// for a new one, idle and half-sent requests are closed, and bodies are
// refused from their declared length before they are read.
class HttpServer : public QObject {
    Q_OBJECT

public:
    struct Limits : HttpConnection::Limits {
        int maxConnections = 1000; // lowered to fit RLIMIT_NOFILE
    };
    using Handler = std::function<void(const HttpRequest &, const HttpResponder &)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    void setLimits(const Limits &limits);
    // TLS for every connection from now on (before listen()).
    void setTls(const QSslConfiguration &configuration);
    [[nodiscard]] bool listen(const QHostAddress &address, quint16 port);
    quint16 serverPort() const;
    QString errorString() const;
    int connectionCount() const { return int(m_connections.size()); }
    int maxConnections() const;

private:
    class Listener;
    void accept(qintptr descriptor);
    bool makeRoom();

    Handler m_handler;
    Limits m_limits;
    std::unique_ptr<Listener> m_server;
    std::vector<HttpConnection *> m_connections;
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
};
