#include "sync/HttpServer.h"

#include <QSslSocket>
#include <QTcpServer>

#include <sys/resource.h>

// Hands over each accepted descriptor, so that every connection, TLS
// handshake included, is counted and bounded from its first moment.
class HttpServer::Listener : public QTcpServer {
public:
    explicit Listener(HttpServer &owner)
        : m_owner(owner)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override { m_owner.accept(descriptor); }

private:
    HttpServer &m_owner;
};

HttpResponder::HttpResponder(HttpConnection *connection, quint64 request)
    : m_connection(connection)
    , m_request(request)
{
}

void HttpResponder::respond(const HttpResponse &response) const
{
    if (isConnected())
        m_connection->respond(response);
}

void HttpResponder::startStream(const HttpResponse &head) const
{
    if (isConnected())
        m_connection->startStream(head);
}

void HttpResponder::send(const QByteArray &data) const
{
    if (isConnected())
        m_connection->sendStreamData(data);
}

void HttpResponder::close() const
{
    if (isConnected())
        m_connection->close();
}

bool HttpResponder::isConnected() const
{
    return m_connection && m_connection->isBusy() && m_connection->requestNumber() == m_request;
}

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
}

HttpServer::~HttpServer()
{
    for (HttpConnection *connection : m_connections) {
        disconnect(connection, nullptr, this, nullptr);
        delete connection;
    }
}

void HttpServer::setLimits(const Limits &limits)
{
    m_limits = limits;
}

void HttpServer::setTls(const QSslConfiguration &configuration)
{
    m_tls = true;
    m_tlsConfiguration = configuration;
}

int HttpServer::maxConnections() const
{
    // Keep descriptors for the database, logs and the listening socket.
    rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY)
        return std::max(8, std::min(m_limits.maxConnections, int(files.rlim_cur) - 64));
    return m_limits.maxConnections;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    m_server = std::make_unique<Listener>(*this);
    return m_server->listen(address, port);
}

quint16 HttpServer::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString HttpServer::errorString() const
{
    return m_server ? m_server->errorString() : QString();
}

bool HttpServer::makeRoom()
{
    if (int(m_connections.size()) < maxConnections())
        return true;
    // The connection that has waited longest without owing an answer goes.
    HttpConnection *stalest = nullptr;
    for (HttpConnection *connection : m_connections) {
        if (!connection->isBusy() && (!stalest || connection->msSinceActivity() > stalest->msSinceActivity()))
            stalest = connection;
    }
    if (!stalest)
        return false;
    stalest->close();
    return true;
}

void HttpServer::accept(qintptr descriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (!makeRoom()) {
        socket->abort();
        delete socket;
        return;
    }
    if (m_tls) {
        auto *tls = static_cast<QSslSocket *>(socket);
        tls->setSslConfiguration(m_tlsConfiguration);
        connect(tls, &QSslSocket::sslErrors, tls, [tls](const QList<QSslError> &) { tls->abort(); });
        tls->startServerEncryption();
    }
    auto *connection = new HttpConnection(socket, m_limits, this);
    m_connections.push_back(connection);
    connect(connection, &HttpConnection::requestReady, this, [this, connection](const HttpRequest &request) {
        m_handler(request, HttpResponder(connection, connection->requestNumber()));
    });
    connect(connection, &HttpConnection::closed, this, [this, connection] {
        m_connections.erase(std::remove(m_connections.begin(), m_connections.end(), connection), m_connections.end());
        connection->deleteLater();
    });
    connection->start();
}
