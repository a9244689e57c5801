#include "kiosk/core/EventStore.h"
#include "sync/HubBackup.h"
#include "sync/HubService.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The hub's snapshots: consistent copies taken online, rotated, restored only
// when no hub serves the database; and a hub restored from one gets back from
// its devices everything they hold.
class TestHubBackup : public QObject {
    Q_OBJECT

    static int count(const QString &db, const char *table)
    {
        EventStore store;
        if (!store.open(db))
            return -1;
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        return q.next() ? q.value(0).toInt() : -1;
    }

    static QSet<QString> eventIds(const QString &db)
    {
        EventStore store;
        store.open(db);
        QSet<QString> ids;
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT id FROM checkin_event"));
        while (q.next())
            ids.insert(q.value(0).toString());
        return ids;
    }

    static int hub(const QStringList &arguments, QByteArray *out = nullptr)
    {
        QProcess p;
        p.start(TestSupport::binary(QStringLiteral("accueil-hub")), arguments);
        p.waitForFinished(60000);
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void snapshotIsAWholeCopy()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(TestSupport::openFreshStore(store, dir));
        HubService service(store); // gives the database its hub identity
        TestSupport::addAttendee(store, QStringLiteral("A1"), QStringLiteral("Léa"), QStringLiteral("Martin"));
        TestSupport::addAttendee(store, QStringLiteral("A2"), QStringLiteral("Jun"), QStringLiteral("山田"));
        HubBackup backup(store, { dir.filePath(QStringLiteral("backups")), 0, 3 });
        QString error;
        const QString file = backup.snapshot(&error);
        QVERIFY2(!file.isEmpty(), qPrintable(error));
        QCOMPARE(QFileInfo(file).dir().absolutePath(), QDir(dir.filePath(QStringLiteral("backups"))).absolutePath());
        QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(count(file, "attendee"), 2);
        EventStore copy;
        QVERIFY(copy.open(file));
        QCOMPARE(copy.metaValue(QStringLiteral("hub_id")), service.hubId());
    }

    void rotationKeepsTheNewest()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(TestSupport::openFreshStore(store, dir));
        HubService service(store);
        HubBackup backup(store, { dir.filePath(QStringLiteral("backups")), 0, 3 });
        QStringList written;
        for (int i = 0; i < 5; ++i) {
            TestSupport::addAttendee(
                store, QStringLiteral("C%1").arg(i), QStringLiteral("P"), QStringLiteral("N%1").arg(i));
            QString error;
            const QString file = backup.snapshot(&error);
            QVERIFY2(!file.isEmpty(), qPrintable(error));
            QVERIFY(!written.contains(file));
            written << file;
        }
        QCOMPARE(backup.snapshots(), written.mid(2));
        QCOMPARE(count(backup.snapshots().last(), "attendee"), 5);
        QCOMPARE(QDir(backup.folder()).entryList(QDir::Files | QDir::Hidden).size(), 3); // no .part left
    }

    void restoreRefusedWhileAHubServes()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("hub.sqlite"));
        QString snapshot;
        {
            EventStore store;
            QVERIFY(store.open(db));
            HubService service(store);
            TestSupport::addAttendee(store, QStringLiteral("B1"), QStringLiteral("Ana"), QStringLiteral("Silva"));
            HubBackup serving(store, { dir.filePath(QStringLiteral("backups")), 0, 3 });
            QString error;
            QVERIFY2(serving.start(&error), qPrintable(error));
            snapshot = serving.snapshot(&error);
            QVERIFY2(!snapshot.isEmpty(), qPrintable(error));
            TestSupport::addAttendee(store, QStringLiteral("B2"), QStringLiteral("Ole"), QStringLiteral("Berg"));
            // A second hub may serve the same database; a restore is refused.
            HubBackup second(store, { dir.filePath(QStringLiteral("backups")), 0, 3 });
            QVERIFY2(second.start(&error), qPrintable(error));
            QVERIFY(!HubBackup::restore(db, snapshot, &error));
            QVERIFY(!error.isEmpty());
            QCOMPARE(count(db, "attendee"), 2);
        }
        QString error;
        QVERIFY2(HubBackup::restore(db, snapshot, &error), qPrintable(error));
        QCOMPARE(count(db, "attendee"), 1);
        // The replaced database is kept, with what it had.
        const QStringList kept = QDir(dir.path()).entryList({ QStringLiteral("hub.sqlite.before-restore-*") });
        QCOMPARE(kept.size(), 1);
        QCOMPARE(count(dir.filePath(kept.first()), "attendee"), 2);
    }

    void restoreRefusesWhatIsNoHubBackup_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::newRow("text file") << QByteArrayLiteral("text");
        QTest::newRow("device database") << QByteArrayLiteral("device");
        QTest::newRow("missing") << QByteArrayLiteral("missing");
    }
    void restoreRefusesWhatIsNoHubBackup()
    {
        QFETCH(QByteArray, kind);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("hub.sqlite"));
        {
            EventStore store;
            QVERIFY(store.open(db));
            HubService service(store);
            TestSupport::addAttendee(store, QStringLiteral("D1"), QStringLiteral("Eva"), QStringLiteral("Roth"));
        }
        const QString candidate = dir.filePath(QStringLiteral("candidate.sqlite"));
        if (kind == "text") {
            QFile f(candidate);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a database\n");
        } else if (kind == "device") {
            EventStore device;
            QVERIFY(device.open(candidate)); // an event database without a hub identity
        }
        QString error;
        QVERIFY(!HubBackup::restore(db, candidate, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(count(db, "attendee"), 1);
    }

    // The hub's own commands, and the devices' "restored hub" path (sync/PROTOCOL.md).
    void restoredHubGetsBackWhatDevicesHold()
    {
        QTemporaryDir dir;
        const QString hubDb = dir.filePath(QStringLiteral("hub.sqlite"));
        const QString device = dir.filePath(QStringLiteral("kiosk.sqlite"));
        const QString list = dir.filePath(QStringLiteral("list.csv"));
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), hubDb, QStringLiteral("init"), QStringLiteral("--event"),
                     QStringLiteral("RAICT 2026") }),
            0);
        QCOMPARE(HubProcess::accueil({ QStringLiteral("generate"), QStringLiteral("attendees"), list,
                     QStringLiteral("--count"), QStringLiteral("30") }),
            0);
        QCOMPARE(HubProcess::accueil(
                     { QStringLiteral("--db"), hubDb, QStringLiteral("import"), QStringLiteral("attendees"), list }),
            0);
        QStringList codes;
        {
            QFile file(list);
            QVERIFY(file.open(QIODevice::ReadOnly));
            for (const QByteArray &line : file.readAll().split('\n').mid(1)) {
                if (!line.isEmpty())
                    codes << QString::fromUtf8(line.split(';').first());
            }
        }
        HubProcess server(hubDb);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), device, QStringLiteral("enroll"),
                     QStringLiteral("--hub"), server.url(), QStringLiteral("--code"), server.enrolmentCode(),
                     QStringLiteral("--device"), QStringLiteral("kiosk-1") }),
            0);
        auto checkIn = [&](const QString &code) {
            return HubProcess::accueil({ QStringLiteral("--db"), device, QStringLiteral("checkin"), code });
        };
        auto sync = [&] { return HubProcess::accueil({ QStringLiteral("--db"), device, QStringLiteral("sync") }); };
        QCOMPARE(sync(), 0);
        for (const QString &code : codes.mid(0, 5))
            QCOMPARE(checkIn(code), 0);
        QCOMPARE(sync(), 0);
        // A snapshot taken while the hub serves.
        QByteArray out;
        QCOMPARE(hub({ QStringLiteral("--db"), hubDb, QStringLiteral("--backup-dir"),
                         dir.filePath(QStringLiteral("backups")), QStringLiteral("backup") },
                     &out),
            0);
        const QString snapshot = QString::fromUtf8(out).trimmed();
        QVERIFY(QFileInfo::exists(snapshot));
        QCOMPARE(eventIds(snapshot).size(), 5);
        for (const QString &code : codes.mid(5, 7))
            QCOMPARE(checkIn(code), 0);
        QCOMPARE(sync(), 0);
        const QSet<QString> before = eventIds(hubDb);
        QCOMPARE(before.size(), 12);
        // Refused while the hub serves the database; done once it is stopped.
        QCOMPARE(hub({ QStringLiteral("--db"), hubDb, QStringLiteral("restore"), snapshot }), 1);
        QCOMPARE(eventIds(hubDb), before);
        server.stop();
        QCOMPARE(hub({ QStringLiteral("--db"), hubDb, QStringLiteral("restore"), snapshot }), 0);
        QCOMPARE(eventIds(hubDb).size(), 5);
        QVERIFY2(server.start(&error), qPrintable(error));
        QCOMPARE(sync(), 0);
        QCOMPARE(eventIds(hubDb), before);
    }
};

QTEST_GUILESS_MAIN(TestHubBackup)
#include "tst_hubbackup.moc"
