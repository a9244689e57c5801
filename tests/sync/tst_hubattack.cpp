#include "kiosk/core/EventStore.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

#include <sys/resource.h>

// A stranger on the venue network against a real hub started as a venue
// would (`ulimit -n 1024`): idle connections by the thousand, then huge
// bodies, while a device keeps syncing and the hub's memory is measured.
// Slow and heavy: labelled "attack" in CTest so sanitizer runs can leave it out.
class TestHubAttack : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_hubDb;
    QString m_device;
    std::unique_ptr<HubProcess> m_hub;

    // The hub's peak resident memory (VmHWM), in MiB.
    qint64 peakMemoryMiB() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_hub->pid()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        static const QRegularExpression line(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
        const auto m = line.match(QString::fromLatin1(status.readAll()));
        return m.hasMatch() ? m.captured(1).toLongLong() / 1024 : -1;
    }

    int sync() const
    {
        QString err;
        const int rc = HubProcess::accueil({ QStringLiteral("--db"), m_device, QStringLiteral("sync") }, nullptr, &err);
        if (rc != 0)
            qInfo("sync: %s", qPrintable(err.trimmed()));
        return rc;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The attacker's side needs more than the hub's 1024 files.
        rlimit limit {};
        ::getrlimit(RLIMIT_NOFILE, &limit);
        limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 8192);
        ::setrlimit(RLIMIT_NOFILE, &limit);
        if (limit.rlim_cur < 1200)
            QSKIP("this process cannot open 1 000 connections");
        m_hubDb = m_dir.filePath(QStringLiteral("hub.sqlite"));
        const QString csv = m_dir.filePath(QStringLiteral("list.csv"));
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), m_hubDb, QStringLiteral("init"),
                     QStringLiteral("--event"), QStringLiteral("RAICT 2026") }),
            0);
        QCOMPARE(HubProcess::accueil({ QStringLiteral("generate"), QStringLiteral("attendees"), csv,
                     QStringLiteral("--count"), QStringLiteral("200") }),
            0);
        QCOMPARE(HubProcess::accueil(
                     { QStringLiteral("--db"), m_hubDb, QStringLiteral("import"), QStringLiteral("attendees"), csv }),
            0);
        m_hub = std::make_unique<HubProcess>(m_hubDb);
        m_hub->setFileLimit(1024);
        QString error;
        QVERIFY2(m_hub->start(&error), qPrintable(error));
        m_device = m_dir.filePath(QStringLiteral("kiosk.sqlite"));
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), m_device, QStringLiteral("enroll"),
                     QStringLiteral("--hub"), m_hub->url(), QStringLiteral("--code"), m_hub->enrolmentCode(),
                     QStringLiteral("--device"), QStringLiteral("kiosk-1") }),
            0);
        QCOMPARE(sync(), 0);
    }

    void thousandIdleConnections()
    {
        const quint16 port = quint16(QUrl(m_hub->url()).port());
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 1000; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, port);
            idle.push_back(std::move(socket));
        }
        int connected = 0;
        for (auto &socket : idle)
            connected += socket->waitForConnected(2000) ? 1 : 0;
        QVERIFY2(connected > 900, qPrintable(QString::number(connected)));
        // Still serving a device, with every idle connection held open.
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), m_device, QStringLiteral("checkin"),
                     QStringLiteral("--device"), QStringLiteral("kiosk-1"),
                     [this] {
                         EventStore store;
                         store.open(m_device);
                         QSqlQuery q(store.database());
                         q.exec(QStringLiteral("SELECT code FROM attendee WHERE deleted = 0 LIMIT 1"));
                         q.next();
                         return q.value(0).toString();
                     }() }),
            0);
        QCOMPARE(sync(), 0);
        QCOMPARE(sync(), 0);
    }

    void hugeBodiesAreCutOff()
    {
        const quint16 port = quint16(QUrl(m_hub->url()).port());
        const qint64 bodyBytes = 250LL * 1024 * 1024;
        const QByteArray chunk(qsizetype(1024) * 1024, 'x');
        std::vector<std::unique_ptr<QTcpSocket>> senders;
        for (int i = 0; i < 4; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(socket->waitForConnected(5000));
            socket->write(QByteArrayLiteral("POST /v1/push HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
                                            "Content-Length: ")
                + QByteArray::number(bodyBytes) + "\r\n\r\n");
            senders.push_back(std::move(socket));
        }
        // Each sender pushes its 250 MB as fast as the hub lets it, until cut off.
        std::vector<qint64> sent(senders.size(), 0);
        bool anyOpen = true;
        for (int round = 0; anyOpen && round < 2000; ++round) {
            anyOpen = false;
            for (size_t i = 0; i < senders.size(); ++i) {
                QTcpSocket &s = *senders[i];
                if (s.state() != QAbstractSocket::ConnectedState || sent[i] >= bodyBytes)
                    continue;
                anyOpen = true;
                if (s.bytesToWrite() < 4 * chunk.size()) {
                    s.write(chunk);
                    sent[i] += chunk.size();
                }
                s.waitForBytesWritten(5);
            }
        }
        for (size_t i = 0; i < senders.size(); ++i) {
            QVERIFY2(sent[i] < bodyBytes, "the hub read a 250 MB body instead of refusing it");
            const QByteArray answer = senders[i]->readAll();
            QVERIFY2(answer.isEmpty() || answer.startsWith("HTTP/1.1 413"), answer.left(80).constData());
        }
        const qint64 peak = peakMemoryMiB();
        qInfo("hub peak resident memory: %lld MiB", peak);
        QVERIFY(peak > 0);
        QVERIFY2(peak < 200, qPrintable(QString::number(peak)));
        QCOMPARE(sync(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHubAttack)
#include "tst_hubattack.moc"
