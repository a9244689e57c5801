#include "sync/HttpConnection.h"

#include <QTcpSocket>

namespace {

constexpr qint64 chunk = qint64(64) * 1024;

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c <= 32 || c >= 127 || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
{
    m_socket->setParent(this);
    // Bounded buffering: what a client sends beyond this waits in the kernel.
    m_socket->setReadBufferSize(chunk);
    m_request.peer = m_socket->peerAddress();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::timedOut);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        if (m_state == State::Draining || m_state == State::Streaming)
            drain();
        else
            readSome();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::close);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError || m_socket->bytesToWrite() == 0)
            close();
    });
}

void HttpConnection::start()
{
    m_activity.start();
    startTimer(m_limits.idleMs);
    readSome();
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::startTimer(int ms)
{
    m_timer.start(ms);
}

void HttpConnection::timedOut()
{
    if (m_state == State::Answering || m_state == State::Draining || m_state == State::Streaming)
        return;
    if (m_state == State::Head && m_in.isEmpty())
        close(); // idle between requests: no answer owed
    else
        refuse(408, QByteArrayLiteral("the request took too long to arrive"));
}

void HttpConnection::readSome()
{
    while (m_state == State::Head || m_state == State::Body) {
        // Take in only what the current step may need.
        const qint64 want = m_state == State::Head ? qint64(m_limits.maxHeadBytes) + 4 - m_in.size()
                                                   : m_bodyLength - m_request.body.size();
        if (want > 0 && m_socket->bytesAvailable() > 0) {
            const QByteArray data = m_socket->read(std::min(want, chunk));
            if (!data.isEmpty()) {
                m_activity.restart();
                if (m_in.isEmpty() && m_state == State::Head && m_request.body.isEmpty())
                    m_requestStarted.start();
                if (m_state == State::Head)
                    m_in.append(data);
                else
                    m_request.body.append(data);
            }
        }
        if (m_state == State::Head) {
            const int end = m_in.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_in.size() > m_limits.maxHeadBytes)
                    return refuse(431, QByteArrayLiteral("the request head is too large"));
                if (m_in.isEmpty())
                    return;
                break;
            }
            if (!parseHead(end))
                return;
            m_in.remove(0, end + 4);
            m_state = State::Body;
            // Bytes that arrived with the head belong to the body, or to the next request.
            const qint64 fromBuffer = std::min<qint64>(m_bodyLength, m_in.size());
            m_request.body = m_in.left(fromBuffer);
            m_in.remove(0, fromBuffer);
        }
        if (m_state == State::Body) {
            if (m_request.body.size() < m_bodyLength) {
                if (m_socket->bytesAvailable() > 0)
                    continue;
                break;
            }
            m_state = State::Answering;
            m_timer.stop();
            ++m_requests;
            const HttpRequest request = m_request;
            Q_EMIT requestReady(request);
            return;
        }
    }
    if (m_state == State::Head || m_state == State::Body) {
        if (m_requestStarted.isValid() && m_requestStarted.elapsed() > m_limits.requestMs)
            return refuse(408, QByteArrayLiteral("the request took too long to arrive"));
        startTimer(m_limits.stallMs);
    }
}

bool HttpConnection::parseHead(int end)
{
    const QList<QByteArray> lines = m_in.left(end).split('\n');
    const QList<QByteArray> start = lines.first().trimmed().split(' ');
    if (start.size() != 3 || !isToken(start[0]) || !start[1].startsWith('/') || !start[2].startsWith("HTTP/1.")) {
        refuse(
            start.size() == 3 && start[2].startsWith("HTTP/") ? 505 : 400, QByteArrayLiteral("malformed request line"));
        return false;
    }
    const bool http10 = start[2] == "HTTP/1.0";
    HttpRequest request;
    request.peer = m_request.peer;
    request.method = start[0];
    const int question = start[1].indexOf('?');
    request.path
        = QString::fromUtf8(QByteArray::fromPercentEncoding(question < 0 ? start[1] : start[1].left(question)));
    if (question >= 0)
        request.query = QUrlQuery(QString::fromUtf8(start[1].mid(question + 1)));
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        const int colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon))) {
            refuse(400, QByteArrayLiteral("malformed header"));
            return false;
        }
        request.headers.append({ line.left(colon).toLower(), line.mid(colon + 1).trimmed() });
    }
    if (!request.header("transfer-encoding").isEmpty()) {
        refuse(411, QByteArrayLiteral("send the body with a Content-Length"));
        return false;
    }
    qint64 length = 0;
    bool lengthSeen = false;
    for (const auto &[name, value] : request.headers) {
        if (name != "content-length")
            continue;
        bool ok = false;
        const qint64 parsed = value.toLongLong(&ok);
        if (!ok || parsed < 0 || (lengthSeen && parsed != length) || value.startsWith('+')) {
            refuse(400, QByteArrayLiteral("malformed Content-Length"));
            return false;
        }
        length = parsed;
        lengthSeen = true;
    }
    if (length > m_limits.maxBodyBytes) {
        refuse(413, "the body is larger than " + QByteArray::number(m_limits.maxBodyBytes) + " bytes");
        return false;
    }
    const QByteArray connection = request.header("connection").toLower();
    m_keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
    m_bodyLength = length;
    m_request = request;
    return true;
}

void HttpConnection::write(const HttpResponse &response)
{
    QByteArray out
        = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + HttpResponse::reason(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += m_keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n\r\n")
                       : QByteArrayLiteral("Connection: close\r\n\r\n");
    out += response.body;
    m_socket->write(out);
    m_activity.restart();
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (m_state != State::Answering)
        return;
    write(response);
    if (!m_keepAlive) {
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            close();
        return;
    }
    m_state = State::Head;
    m_request = HttpRequest { {}, {}, {}, {}, {}, m_socket->peerAddress() };
    m_bodyLength = 0;
    m_requestStarted.invalidate();
    if (!m_in.isEmpty())
        m_requestStarted.start();
    startTimer(m_in.isEmpty() ? m_limits.idleMs : m_limits.stallMs);
    // A pipelined request may already be waiting.
    QMetaObject::invokeMethod(this, &HttpConnection::readSome, Qt::QueuedConnection);
}

void HttpConnection::startStream(const HttpResponse &head)
{
    if (m_state != State::Answering)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(head.status) + ' ' + HttpResponse::reason(head.status) + "\r\n";
    out += "Content-Type: " + head.contentType + "\r\n";
    for (const auto &[name, value] : head.headers)
        out += name + ": " + value + "\r\n";
    // No length: the stream ends when the connection does.
    out += "Connection: close\r\n\r\n";
    m_keepAlive = false;
    m_state = State::Streaming;
    m_timer.stop();
    m_in.clear();
    m_socket->write(out);
    m_activity.restart();
}

void HttpConnection::sendStreamData(const QByteArray &data)
{
    if (m_state != State::Streaming)
        return;
    if (m_socket->bytesToWrite() > m_limits.maxStreamBacklog)
        return close();
    m_socket->write(data);
    m_activity.restart();
}

void HttpConnection::refuse(int status, const QByteArray &message)
{
    if (m_state == State::Closing || m_state == State::Draining)
        return;
    m_keepAlive = false;
    write(HttpResponse::json(status, "{\"error\":\"" + message + "\"}"));
    // What the client still sends is read and dropped for a moment, so that it
    // reads the answer instead of a reset; then the connection ends.
    m_state = State::Draining;
    m_in.clear();
    m_timer.stop();
    QTimer::singleShot(m_limits.lingerMs, this, &HttpConnection::close);
    drain();
}

void HttpConnection::drain()
{
    // A stream's client has nothing more to say: what it sends is dropped too.
    while (m_socket->bytesAvailable() > 0)
        m_drained += m_socket->skip(m_socket->bytesAvailable());
    // A client that goes on sending a refused body is not read for ever.
    if (m_drained > m_limits.maxDrainBytes)
        close();
}

void HttpConnection::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_state = State::Closing;
    m_timer.stop();
    m_socket->abort();
    Q_EMIT closed();
}
