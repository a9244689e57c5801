#include "kiosk/core/HybridClock.h"

#include <QTest>

#include <memory>

// The hybrid logical clock alone, on an injected wall clock: monotonic
// timestamps, remote timestamps ahead of and behind ours, the counter, and a
// text form whose order is the time order.
class TestHybridClock : public QObject {
    Q_OBJECT

private:
    // A wall clock the test sets by hand.
    struct ManualWall {
        std::shared_ptr<qint64> now = std::make_shared<qint64>(0);
        HybridClock::WallClock function() const
        {
            auto shared = now;
            return [shared] { return *shared; };
        }
    };

    static QString stamp(qint64 ms, int counter, const QString &device = QStringLiteral("dev"))
    {
        return HybridClock::format(ms, counter, device);
    }

private Q_SLOTS:
    void tickFollowsTheWallClock_data()
    {
        // Wall clock readings before each tick, and the (ms, counter) each tick gives.
        QTest::addColumn<QList<qint64>>("walls");
        QTest::addColumn<QList<qint64>>("expectedMs");
        QTest::addColumn<QList<int>>("expectedCounters");

        QTest::newRow("wall clock advancing")
            << QList<qint64> { 100, 200, 300 } << QList<qint64> { 100, 200, 300 } << QList<int> { 0, 0, 0 };
        QTest::newRow("same millisecond counts up")
            << QList<qint64> { 100, 100, 100 } << QList<qint64> { 100, 100, 100 } << QList<int> { 0, 1, 2 };
        QTest::newRow("wall clock stepping back") << QList<qint64> { 500, 400, 300, 600 }
                                                  << QList<qint64> { 500, 500, 500, 600 } << QList<int> { 0, 1, 2, 0 };
        QTest::newRow("wall clock at zero") << QList<qint64> { 0, 0 } << QList<qint64> { 0, 0 } << QList<int> { 1, 2 };
    }

    void tickFollowsTheWallClock()
    {
        QFETCH(QList<qint64>, walls);
        QFETCH(QList<qint64>, expectedMs);
        QFETCH(QList<int>, expectedCounters);
        ManualWall wall;
        HybridClock clock(QStringLiteral("dev"), wall.function());
        QString previous;
        for (int i = 0; i < walls.size(); ++i) {
            *wall.now = walls.at(i);
            const QString t = clock.tick();
            QCOMPARE(t, stamp(expectedMs.at(i), expectedCounters.at(i)));
            QVERIFY2(t > previous, qPrintable(t + QStringLiteral(" after ") + previous));
            previous = t;
        }
    }

    void observeRemoteTimestamps_data()
    {
        // Our clock ticks once at `wall`, observes `remote`, then ticks again at `wall2`.
        QTest::addColumn<qint64>("wall");
        QTest::addColumn<QString>("remote");
        QTest::addColumn<qint64>("wall2");
        QTest::addColumn<QString>("expected");

        QTest::newRow("remote ahead") << qint64(500) << stamp(1000, 5, QStringLiteral("far")) << qint64(500)
                                      << stamp(1000, 6);
        QTest::newRow("remote behind") << qint64(500) << stamp(100, 9, QStringLiteral("far")) << qint64(500)
                                       << stamp(500, 1);
        QTest::newRow("remote same ms, higher counter")
            << qint64(500) << stamp(500, 7, QStringLiteral("far")) << qint64(500) << stamp(500, 8);
        QTest::newRow("remote same ms, lower counter")
            << qint64(500) << stamp(500, 0, QStringLiteral("far")) << qint64(500) << stamp(500, 1);
        QTest::newRow("remote ahead, wall clock catches up")
            << qint64(500) << stamp(1000, 5, QStringLiteral("far")) << qint64(1001) << stamp(1001, 0);
        // A device whose clock is a year fast: ours never goes back below what it saw.
        QTest::newRow("remote skewed a year ahead")
            << qint64(1'700'000'000'000) << stamp(1'731'536'000'000, 0, QStringLiteral("far"))
            << qint64(1'700'000'000'100) << stamp(1'731'536'000'000, 1);
        QTest::newRow("malformed remote ignored")
            << qint64(500) << QStringLiteral("garbage") << qint64(500) << stamp(500, 1);
        QTest::newRow("empty remote ignored") << qint64(500) << QString() << qint64(600) << stamp(600, 0);
    }

    void observeRemoteTimestamps()
    {
        QFETCH(qint64, wall);
        QFETCH(QString, remote);
        QFETCH(qint64, wall2);
        QFETCH(QString, expected);
        ManualWall manual;
        HybridClock clock(QStringLiteral("dev"), manual.function());
        *manual.now = wall;
        const QString first = clock.tick();
        clock.observe(remote);
        *manual.now = wall2;
        const QString second = clock.tick();
        QCOMPARE(second, expected);
        QVERIFY(second > first);
        qint64 remoteMs = 0;
        int remoteCounter = 0;
        if (HybridClock::parse(remote, &remoteMs, &remoteCounter)) {
            qint64 ms = 0;
            int counter = 0;
            QVERIFY(HybridClock::parse(second, &ms, &counter));
            QVERIFY(ms > remoteMs || (ms == remoteMs && counter > remoteCounter));
        }
    }

    void counterAtItsLimit_data()
    {
        QTest::addColumn<int>("remoteCounter");
        QTest::newRow("one below the six digits") << 999998;
        QTest::newRow("at the six digits") << 999999;
    }

    // The counter has six digits: past them, the timestamp must still sort
    // after everything seen and still parse.
    void counterAtItsLimit()
    {
        QFETCH(int, remoteCounter);
        ManualWall manual;
        *manual.now = 1000;
        HybridClock clock(QStringLiteral("dev"), manual.function());
        const QString remote = stamp(1000, remoteCounter, QStringLiteral("far"));
        clock.observe(remote);
        QString previous = remote;
        for (int i = 0; i < 3; ++i) {
            const QString t = clock.tick();
            qint64 ms = 0;
            int counter = 0;
            QVERIFY2(HybridClock::parse(t, &ms, &counter), qPrintable(t));
            QVERIFY2(t > previous, qPrintable(t + QStringLiteral(" after ") + previous));
            QVERIFY(counter <= 999999);
            previous = t;
        }
    }

    void textOrderIsTimeOrder_data()
    {
        QTest::addColumn<QString>("earlier");
        QTest::addColumn<QString>("later");
        QTest::newRow("milliseconds") << stamp(9, 0) << stamp(10, 0);
        QTest::newRow("milliseconds beat the counter") << stamp(9, 999999) << stamp(10, 0);
        QTest::newRow("counter") << stamp(10, 9) << stamp(10, 10);
        QTest::newRow("many digits") << stamp(999'999'999'999, 0) << stamp(1'000'000'000'000, 0);
        QTest::newRow("tie broken by device")
            << stamp(10, 1, QStringLiteral("kiosk-a")) << stamp(10, 1, QStringLiteral("kiosk-b"));
        QTest::newRow("device prefix") << stamp(10, 1, QStringLiteral("kiosk"))
                                       << stamp(10, 1, QStringLiteral("kiosk-2"));
        QTest::newRow("counter beats the device")
            << stamp(10, 1, QStringLiteral("z")) << stamp(10, 2, QStringLiteral("a"));
        QTest::newRow("epoch") << stamp(0, 0, QStringLiteral("z")) << stamp(0, 1, QStringLiteral("a"));
    }

    void textOrderIsTimeOrder()
    {
        QFETCH(QString, earlier);
        QFETCH(QString, later);
        QVERIFY(earlier < later);
        QVERIFY(QString::compare(earlier, later) < 0);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<int>("counter");

        QTest::newRow("formatted") << stamp(1'751'961'600'123, 42) << true << qint64(1'751'961'600'123) << 42;
        QTest::newRow("empty device") << stamp(5, 1, QString()) << true << qint64(5) << 1;
        QTest::newRow("device with dots") << stamp(5, 1, QStringLiteral("a.b.c")) << true << qint64(5) << 1;
        QTest::newRow("empty") << QString() << false << qint64(0) << 0;
        QTest::newRow("too short") << QStringLiteral("000000000000005.000001") << false << qint64(0) << 0;
        QTest::newRow("wrong separator") << QStringLiteral("000000000000005:000001.dev") << false << qint64(0) << 0;
        QTest::newRow("letters in ms") << QStringLiteral("00000000000000x.000001.dev") << false << qint64(0) << 0;
        QTest::newRow("letters in counter") << QStringLiteral("000000000000005.00000x.dev") << false << qint64(0) << 0;
        // Forms a number parser would take but that do not sort like the others.
        QTest::newRow("sign in ms") << QStringLiteral("+00000000000005.000001.dev") << false << qint64(0) << 0;
        QTest::newRow("minus in ms") << QStringLiteral("-00000000000005.000001.dev") << false << qint64(0) << 0;
        QTest::newRow("space in ms") << QStringLiteral(" 00000000000005.000001.dev") << false << qint64(0) << 0;
        QTest::newRow("space in counter") << QStringLiteral("000000000000005. 00001.dev") << false << qint64(0) << 0;
        QTest::newRow("sign in counter") << QStringLiteral("000000000000005.+00001.dev") << false << qint64(0) << 0;
        QTest::newRow("non-ASCII digits")
            << QStringLiteral("00000000000000\u0665.000001.dev") << false << qint64(0) << 0;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, ms);
        QFETCH(int, counter);
        qint64 parsedMs = -1;
        int parsedCounter = -1;
        QCOMPARE(HybridClock::parse(text, &parsedMs, &parsedCounter), valid);
        if (valid) {
            QCOMPARE(parsedMs, ms);
            QCOMPARE(parsedCounter, counter);
        }
    }
};

QTEST_GUILESS_MAIN(TestHybridClock)
#include "tst_hybridclock.moc"
