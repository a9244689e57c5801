// The sync thread ends when asked, whatever it is doing: before it begins,
// while it waits on the hub's long-poll, and while it backs off from a hub
// that does not answer. Against a real accueil-hub and against nothing.
#include "kiosk/app/kiosk/SyncThread.h"
#include "kiosk/core/EventStore.h"
#include "sync/SyncClient.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

namespace {
// Generous: a stop is honoured within SyncClient::stopCheckMs plus one request.
constexpr int stopBoundMs = 5000;

enum class Moment { BeforeFollow, LongPoll, BackOff };
enum class Asker { Client, Thread };
} // namespace
Q_DECLARE_METATYPE(Moment)
Q_DECLARE_METATYPE(Asker)

class TestSyncStop : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_hubDb;
    std::unique_ptr<HubProcess> m_hub;
    int m_devices = 0;
    qint64 m_slowestStopMs = 0;

    // A device enrolled with the running hub.
    QString enrolled()
    {
        const QString name = QStringLiteral("device-%1").arg(++m_devices);
        const QString db = m_dir.filePath(name + QStringLiteral(".sqlite"));
        const int rc
            = HubProcess::accueil({ QStringLiteral("--db"), db, QStringLiteral("enroll"), QStringLiteral("--hub"),
                m_hub->url(), QStringLiteral("--code"), m_hub->enrolmentCode(), QStringLiteral("--device"), name });
        return rc == 0 ? db : QString();
    }

    // A device whose hub is a port nothing listens on.
    QString orphan()
    {
        const QString name = QStringLiteral("device-%1").arg(++m_devices);
        QString db = m_dir.filePath(name + QStringLiteral(".sqlite"));
        EventStore store;
        if (!store.open(db))
            return QString();
        quint16 port = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        store.setMetaValue(QStringLiteral("sync_hub_url"), QStringLiteral("http://127.0.0.1:%1").arg(port));
        store.setMetaValue(QStringLiteral("sync_token"), QStringLiteral("no-such-token"));
        return db;
    }

    QString deviceFor(Moment moment) { return moment == Moment::BackOff ? orphan() : enrolled(); }

    static QString metaValue(const QString &db, const QString &key)
    {
        EventStore store;
        return store.open(db) ? store.metaValue(key) : QString();
    }

    void noteStop(qint64 ms)
    {
        m_slowestStopMs = std::max(m_slowestStopMs, ms);
        qInfo("stopped in %lld ms", ms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hubDb = m_dir.filePath(QStringLiteral("hub.sqlite"));
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), m_hubDb, QStringLiteral("init"),
                     QStringLiteral("--event"), QStringLiteral("RAICT 2026") }),
            0);
        m_hub = std::make_unique<HubProcess>(m_hubDb);
        QString error;
        QVERIFY2(m_hub->start(&error), qPrintable(error));
    }

    void cleanupTestCase() { qInfo("slowest stop: %lld ms", m_slowestStopMs); }

    void clientStops_data()
    {
        QTest::addColumn<Moment>("moment");
        QTest::addColumn<Asker>("asker");
        QTest::newRow("before follow, stop()") << Moment::BeforeFollow << Asker::Client;
        QTest::newRow("before follow, thread interruption") << Moment::BeforeFollow << Asker::Thread;
        QTest::newRow("long-poll, stop()") << Moment::LongPoll << Asker::Client;
        QTest::newRow("long-poll, thread interruption") << Moment::LongPoll << Asker::Thread;
        QTest::newRow("back-off, stop()") << Moment::BackOff << Asker::Client;
        QTest::newRow("back-off, thread interruption") << Moment::BackOff << Asker::Thread;
    }

    // SyncClient::follow on its own thread, stopped at a chosen moment.
    void clientStops()
    {
        QFETCH(Moment, moment);
        QFETCH(Asker, asker);
        const QString db = deviceFor(moment);
        QVERIFY(!db.isEmpty());
        std::atomic<SyncClient *> running { nullptr };
        std::atomic<int> successes { 0 };
        std::atomic<int> failures { 0 };
        std::atomic<bool> stopFirst { moment == Moment::BeforeFollow && asker == Asker::Client };
        std::atomic<bool> go { false };
        std::unique_ptr<QThread> thread(QThread::create([&] {
            EventStore store;
            if (!store.open(db))
                return;
            SyncClient client(store);
            connect(
                &client, &SyncClient::statusChanged, &client,
                [&](const SyncClient::Status &status) { ++(status.connected ? successes : failures); },
                Qt::DirectConnection);
            if (stopFirst)
                client.stop();
            running = &client;
            while (!go)
                QThread::msleep(1);
            client.follow();
            running = nullptr;
        }));
        thread->start();
        QTRY_VERIFY(running.load() != nullptr);
        if (moment == Moment::BeforeFollow && asker == Asker::Thread)
            thread->requestInterruption();
        go = true;
        if (moment == Moment::LongPoll) {
            // Connected: the next request is the long-poll, which the hub holds for 20 s.
            QTRY_VERIFY_WITH_TIMEOUT(successes > 0, 10000);
            QTest::qWait(300);
            QVERIFY(thread->isRunning());
        } else if (moment == Moment::BackOff) {
            // After five failures the client waits 8 s before trying again.
            QTRY_VERIFY_WITH_TIMEOUT(failures >= 5, 20000);
            QTest::qWait(100);
            QVERIFY(thread->isRunning());
        }
        QElapsedTimer stopping;
        stopping.start();
        if (moment != Moment::BeforeFollow) {
            if (asker == Asker::Client)
                running.load()->stop();
            else
                thread->requestInterruption();
        }
        QVERIFY2(thread->wait(stopBoundMs), "the sync thread did not end");
        noteStop(stopping.elapsed());
        if (moment == Moment::BeforeFollow)
            QCOMPARE(successes + failures, 0); // not one round was tried
    }

    void syncThreadStops_data()
    {
        QTest::addColumn<Moment>("moment");
        QTest::newRow("at once") << Moment::BeforeFollow;
        QTest::newRow("long-poll") << Moment::LongPoll;
        QTest::newRow("back-off") << Moment::BackOff;
    }

    // The kiosk's own sync thread: stop() returns with the thread finished.
    void syncThreadStops()
    {
        QFETCH(Moment, moment);
        const QString db = deviceFor(moment);
        QVERIFY(!db.isEmpty());
        SyncThread sync(db);
        sync.start();
        if (moment == Moment::LongPoll)
            QTRY_VERIFY_WITH_TIMEOUT(!metaValue(db, QStringLiteral("sync_last_success")).isEmpty(), 10000);
        else if (moment == Moment::BackOff)
            QTest::qWait(2000); // failed rounds at 0, 0.5 and 1.5 s, then a wait of 2 s
        if (moment != Moment::BeforeFollow) {
            QTest::qWait(300);
            QVERIFY(sync.isRunning());
        }
        QElapsedTimer stopping;
        stopping.start();
        sync.stop();
        QVERIFY(!sync.isRunning());
        QVERIFY2(stopping.elapsed() < stopBoundMs, "the sync thread did not end");
        noteStop(stopping.elapsed());
    }

    void stoppedAgainAndDestroyedWhileRunning()
    {
        const QString db = enrolled();
        QVERIFY(!db.isEmpty());
        QElapsedTimer stopping;
        {
            SyncThread sync(db);
            sync.stop(); // never started: nothing to do
            sync.start();
            QTRY_VERIFY_WITH_TIMEOUT(!metaValue(db, QStringLiteral("sync_last_success")).isEmpty(), 10000);
            QVERIFY(sync.isRunning());
            stopping.start();
        } // the destructor stops and joins
        QVERIFY2(stopping.elapsed() < stopBoundMs, "the sync thread did not end");
        noteStop(stopping.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestSyncStop)

#include "tst_syncstop.moc"
