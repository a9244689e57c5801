#pragma once

#include "sync/HttpMessage.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;

// One client connection of the hub's HTTP server: reads one request at a
// time within the limits (head size, body size checked from Content-Length
// before any of it is read, time to send a request, time idle), hands it on,
// and writes its answer; pipelined requests wait their turn, so answers keep
// their order. Connection: close and HTTP/1.0 are honoured.
class HttpConnection : public QObject {
    Q_OBJECT

public:
    struct Limits {
        int maxHeadBytes = 16 * 1024;
        qint64 maxBodyBytes = qint64(8) * 1024 * 1024;
        int idleMs = 15000; // nothing received between requests
        int stallMs = 10000; // nothing received in the middle of a request
        int requestMs = 60000; // from a request's first byte to its last
        int lingerMs = 2000; // reading what follows a refused request
        qint64 maxDrainBytes = qint64(32) * 1024 * 1024; // ... but no more than this of it
        qint64 maxStreamBacklog = qint64(256) * 1024; // unsent bytes of a stream before it is dropped
    };

    HttpConnection(QTcpSocket *socket, const Limits &limits, QObject *parent = nullptr);
    ~HttpConnection() override;

    // Starts reading, once the owner listens to the signals.
    void start();

    // Answers the request handed over by requestReady (once).
    void respond(const HttpResponse &response);
    // Answers with a head and no length, then keeps the connection for
    // sendStreamData() until either side closes it (server-sent events).
    void startStream(const HttpResponse &head);
    // Writes to a started stream; a client that does not read what it is sent
    // (more than maxStreamBacklog bytes waiting) is closed.
    void sendStreamData(const QByteArray &data);
    bool isStreaming() const { return m_state == State::Streaming; }
    // True while a request is being answered (a long-poll, a stream).
    bool isBusy() const { return m_state == State::Answering || m_state == State::Streaming; }
    qint64 msSinceActivity() const { return m_activity.elapsed(); }
    quint64 requestNumber() const { return m_requests; }
    // Ends the connection now, answering `status` first when it can.
    void refuse(int status, const QByteArray &message);
    void close();

Q_SIGNALS:
    void requestReady(const HttpRequest &request);
    void closed();

private:
    enum class State { Head, Body, Answering, Streaming, Draining, Closing };
    void readSome();
    void drain();
    qint64 m_drained = 0; // bytes dropped after a refusal
    void write(const HttpResponse &response);
    bool parseHead(int end);
    void startTimer(int ms);
    void timedOut();

    QTcpSocket *m_socket;
    Limits m_limits;
    State m_state = State::Head;
    QByteArray m_in;
    HttpRequest m_request;
    qint64 m_bodyLength = 0;
    bool m_keepAlive = true;
    bool m_closed = false;
    quint64 m_requests = 0;
    QTimer m_timer;
    QElapsedTimer m_activity;
    QElapsedTimer m_requestStarted;
};
