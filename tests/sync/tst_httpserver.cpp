// The hub's HTTP server under the behaviour of real and hostile clients:
// pipelining, Connection: close, oversized and slow requests, idle and
// excess connections.
#include "sync/HttpServer.h"
#include "sync/TlsIdentity.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

namespace {

bool closedWithin(QTcpSocket &socket, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        socket.waitForReadyRead(20);
        socket.readAll();
        QCoreApplication::processEvents();
    }
    return socket.state() == QAbstractSocket::UnconnectedState;
}

} // namespace

class TestHttpServer : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<HttpServer> m_server;
    QList<HttpResponder> m_deferred;
    int m_handled = 0;

    void startServer(const HttpServer::Limits &limits = HttpServer::Limits())
    {
        m_server = std::make_unique<HttpServer>([this](const HttpRequest &request, const HttpResponder &responder) {
            ++m_handled;
            if (request.path == QLatin1String("/later")) {
                m_deferred.append(responder);
                QTimer::singleShot(200, this, [this] {
                    for (const HttpResponder &r : std::as_const(m_deferred))
                        r.respond(HttpResponse::json(200, "later"));
                    m_deferred.clear();
                });
                return;
            }
            responder.respond(
                HttpResponse::json(200, request.method + ' ' + request.path.toUtf8() + ' ' + request.body));
        });
        m_server->setLimits(limits);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    }

    void connectTo(QTcpSocket &socket)
    {
        socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QVERIFY(socket.waitForConnected(2000));
    }

    // The test's client and the server share one thread: let the server run.
    static QByteArray exchange(QTcpSocket &socket, const QByteArray &request, const QByteArray &until)
    {
        socket.write(request);
        QByteArray data;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000 && !data.contains(until) && socket.state() == QAbstractSocket::ConnectedState) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            data += socket.readAll();
        }
        return data + socket.readAll();
    }

private Q_SLOTS:
    void init()
    {
        m_handled = 0;
        m_deferred.clear();
    }

    void keepAliveAndBody()
    {
        startServer();
        QTcpSocket socket;
        connectTo(socket);
        const QByteArray answer
            = exchange(socket, "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello", "hello");
        QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
        QVERIFY(answer.contains("Connection: keep-alive"));
        QVERIFY(answer.endsWith("POST /a hello"));
        const QByteArray second = exchange(socket, "GET /b HTTP/1.1\r\n\r\n", "GET /b");
        QVERIFY2(second.endsWith("GET /b "), second.constData());
    }

    void pipelinedAnswersKeepTheirOrder()
    {
        startServer();
        QTcpSocket socket;
        connectTo(socket);
        // The first answer comes later than the second could: it must still come first.
        const QByteArray answers = exchange(socket, "GET /later HTTP/1.1\r\n\r\nGET /now HTTP/1.1\r\n\r\n", "GET /now");
        const int later = answers.indexOf("later");
        const int now = answers.indexOf("GET /now");
        QVERIFY2(later > 0 && now > later, answers.constData());
    }

    void connectionCloseIsHonoured()
    {
        startServer();
        QTcpSocket socket;
        connectTo(socket);
        const QByteArray answer = exchange(socket, "GET /x HTTP/1.1\r\nConnection: close\r\n\r\n", "GET /x");
        QVERIFY(answer.contains("Connection: close"));
        QVERIFY(closedWithin(socket, 2000));
    }

    void http10ClosesByDefault()
    {
        startServer();
        QTcpSocket socket;
        connectTo(socket);
        exchange(socket, "GET /x HTTP/1.0\r\n\r\n", "GET /x");
        QVERIFY(closedWithin(socket, 2000));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("body too large, refused from its length")
            << QByteArray("POST /p HTTP/1.1\r\nContent-Length: 262144000\r\n\r\n") << QByteArray("413");
        QTest::newRow("chunked") << QByteArray(
            "POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
                                 << QByteArray("411");
        QTest::newRow("two lengths") << QByteArray(
            "POST /p HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
                                     << QByteArray("400");
        QTest::newRow("negative length") << QByteArray("POST /p HTTP/1.1\r\nContent-Length: -1\r\n\r\n")
                                         << QByteArray("400");
        QTest::newRow("not http") << QByteArray("HELLO\r\n\r\n") << QByteArray("400");
        QTest::newRow("http 2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << QByteArray("505");
        QTest::newRow("head too large") << "GET / HTTP/1.1\r\nX: " + QByteArray(40000, 'a') + "\r\n\r\n"
                                        << QByteArray("431");
    }
    void refusals()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        HttpServer::Limits limits;
        limits.lingerMs = 300;
        startServer(limits);
        QTcpSocket socket;
        connectTo(socket);
        const QByteArray answer = exchange(socket, request, "\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 " + status), answer.constData());
        QVERIFY(closedWithin(socket, 3000));
        QCOMPARE(m_handled, 0);
    }

    void idleConnectionsAreClosed()
    {
        HttpServer::Limits limits;
        limits.idleMs = 200;
        startServer(limits);
        QTcpSocket socket;
        connectTo(socket);
        QVERIFY(closedWithin(socket, 3000));
    }

    void halfSentRequestsTimeOut()
    {
        HttpServer::Limits limits;
        limits.stallMs = 200;
        startServer(limits);
        QTcpSocket socket;
        connectTo(socket);
        socket.write("POST /p HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc");
        const QByteArray answer = exchange(socket, "", "\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
        QVERIFY(closedWithin(socket, 3000));
        QCOMPARE(m_handled, 0);
    }

    void slowDripIsCutOff()
    {
        HttpServer::Limits limits;
        limits.requestMs = 500;
        startServer(limits);
        QTcpSocket socket;
        connectTo(socket);
        QElapsedTimer timer;
        timer.start();
        // One byte every 100 ms never completes the head.
        while (timer.elapsed() < 3000 && socket.state() == QAbstractSocket::ConnectedState) {
            socket.write("X");
            QTest::qWait(100);
        }
        QVERIFY(closedWithin(socket, 2000));
    }

    void excessConnectionsMakeWayForNewOnes()
    {
        HttpServer::Limits limits;
        limits.maxConnections = 20;
        startServer(limits);
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 40; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            connectTo(*idle.back());
            QCoreApplication::processEvents();
        }
        QCoreApplication::processEvents();
        QVERIFY(m_server->connectionCount() <= 20);
        QTcpSocket device;
        connectTo(device);
        const QByteArray answer = exchange(device, "GET /sync HTTP/1.1\r\n\r\n", "GET /sync");
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    }

    // An EC certificate made by the hub's CA serves TLS; a client that pins
    // the CA's fingerprint gets through.
    void tlsWithTheHubsOwnCertificate()
    {
        QTemporaryDir dir;
        QString error;
        const TlsIdentity identity = TlsIdentity::loadOrCreate(dir.path(), QStringLiteral("hub"), &error);
        QVERIFY2(identity.isValid(), qPrintable(error));
        m_server = std::make_unique<HttpServer>([](const HttpRequest &request, const HttpResponder &responder) {
            responder.respond(HttpResponse::json(200, request.path.toUtf8()));
        });
        m_server->setTls(identity.serverConfiguration());
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
        QSslSocket socket;
        connect(&socket, &QSslSocket::sslErrors, &socket, [&](const QList<QSslError> &) {
            if (TlsIdentity::chainMatchesPin(socket.peerCertificateChain(), identity.fingerprint()))
                socket.ignoreSslErrors();
        });
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->serverPort());
        QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), 5000);
        const QByteArray answer = exchange(socket, "GET /secret HTTP/1.1\r\n\r\n", "/secret");
        QVERIFY2(answer.startsWith("HTTP/1.1 200") && answer.endsWith("/secret"), answer.constData());
    }

    void pendingLongPollIsNeverEvicted()
    {
        HttpServer::Limits limits;
        limits.maxConnections = 10;
        startServer(limits);
        QTcpSocket poll;
        connectTo(poll);
        poll.write("GET /later HTTP/1.1\r\n\r\n");
        QTRY_COMPARE(m_handled, 1);
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 30; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            connectTo(*idle.back());
            QCoreApplication::processEvents();
        }
        const QByteArray answer = exchange(poll, "", "later");
        QVERIFY2(answer.endsWith("later"), answer.constData());
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
