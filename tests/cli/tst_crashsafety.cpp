#include "kiosk/core/EventStore.h"
#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// Kills a process with SIGKILL in the middle of a stream of check-ins: every
// check-in it reported as accepted must be in the database afterwards, and the
// database must pass its integrity check.
class TestCrashSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedMidStream_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("early") << 5;
        QTest::newRow("middle") << 250;
        QTest::newRow("late") << 900;
    }
    void killedMidStream()
    {
        QFETCH(int, killAfter);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("event.sqlite"));
        const int total = 1000;
        QByteArray codes;
        {
            EventStore store;
            QVERIFY(store.open(db));
            QSqlQuery begin(store.database());
            begin.exec(QStringLiteral("BEGIN"));
            for (int i = 0; i < total; ++i) {
                const QString code = QStringLiteral("K-%1").arg(i, 5, 10, QLatin1Char('0'));
                TestSupport::addAttendee(store, code, QStringLiteral("P%1").arg(i), QStringLiteral("Test"));
                codes += code.toUtf8() + '\n';
            }
            begin.exec(QStringLiteral("COMMIT"));
        }

        QProcess stream;
        stream.start(TestSupport::binary(QStringLiteral("checkin-stream")), { db });
        QVERIFY(stream.waitForStarted());
        stream.write(codes);
        QStringList reported;
        QByteArray pending;
        while (reported.size() < killAfter) {
            QVERIFY2(stream.waitForReadyRead(30000), "the stream stopped reporting check-ins");
            pending += stream.readAllStandardOutput();
            int nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                reported << QString::fromUtf8(pending.left(nl)).section(QLatin1Char(' '), 1);
                pending.remove(0, nl + 1);
            }
        }
        QVERIFY(stream.processId() > 0); // kill(0) would hit our own process group
        ::kill(pid_t(stream.processId()), SIGKILL);
        QVERIFY(stream.waitForFinished(10000));
        QCOMPARE(stream.exitStatus(), QProcess::CrashExit);
        // Lines written just before the kill count too.
        pending += stream.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n')) {
            if (line.contains(' '))
                reported << QString::fromUtf8(line).section(QLatin1Char(' '), 1);
        }
        QVERIFY(reported.size() < total); // it really was interrupted

        EventStore store;
        QVERIFY(store.open(db));
        QSqlQuery check(store.database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        QSqlQuery find(store.database());
        find.prepare(QStringLiteral("SELECT 1 FROM checkin_event WHERE id = ? AND kind = 'in'"));
        for (const QString &id : std::as_const(reported)) {
            find.bindValue(0, id);
            QVERIFY(find.exec());
            QVERIFY2(find.next(), qPrintable(QStringLiteral("reported check-in %1 is missing").arg(id)));
        }
        QSqlQuery total2(store.database());
        QVERIFY(total2.exec(QStringLiteral("SELECT count(*) FROM checkin_event")) && total2.next());
        QVERIFY(total2.value(0).toInt() >= reported.size());
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
