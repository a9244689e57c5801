#include "kiosk/app/controllers/DoorController.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/SessionTable.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

class TestDoor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countsAgainstCapacityAndOverrides()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("door.sqlite"))));
        for (int i = 1; i <= 3; ++i)
            TestSupport::addAttendee(
                store, QStringLiteral("K-%1").arg(i), QStringLiteral("P%1").arg(i), QStringLiteral("Test"));
        Session s;
        s.id = QStringLiteral("s-a1");
        s.code = QStringLiteral("A1");
        s.titleFr = QStringLiteral("Atelier climat");
        s.titleEn = QStringLiteral("Climate workshop");
        s.capacity = 2;
        s.version = QStringLiteral("1");
        QVERIFY(SessionTable(store.database()).save(s));
        CheckInService service(store, QStringLiteral("door-A1"));
        service.setRepeatWindow(0);
        DoorController door(store, service, QStringLiteral("en"));
        QCOMPARE(door.sessions().size(), 1);
        QVERIFY(!door.chooseSession(QStringLiteral("Z9")));
        QVERIFY(door.chooseSession(QStringLiteral("A1")));
        QCOMPARE(door.sessionTitle(), QStringLiteral("Climate workshop"));
        QCOMPARE(door.capacity(), 2);
        door.scan(QStringLiteral("K-1"));
        door.scan(QStringLiteral("K-2"));
        QCOMPARE(door.count(), 2);
        door.scan(QStringLiteral("K-1")); // again: already in, not counted twice
        QCOMPARE(door.count(), 2);
        door.scan(QStringLiteral("K-3")); // full
        QCOMPARE(door.count(), 2);
        QCOMPARE(door.pendingOverride(), QStringLiteral("P3 Test"));
        QAbstractItemModelTester tester(door.lastScans(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(door.lastScans()->at(0).outcome, QStringLiteral("session_full"));
        door.letInAnyway();
        QCOMPARE(door.count(), 3);
        QVERIFY(door.pendingOverride().isEmpty());
        QVERIFY(door.lastScans()->at(0).admitted);
        const QModelIndex newest = door.lastScans()->index(0, 0);
        QVERIFY(door.lastScans()->data(newest, DoorScanListModel::AdmittedRole).toBool());
        QCOMPARE(door.lastScans()->data(newest, DoorScanListModel::NameRole).toString(), QStringLiteral("P3 Test"));
        door.scan(QStringLiteral("NOPE"));
        QCOMPARE(door.lastScans()->data(door.lastScans()->index(0, 0), DoorScanListModel::OutcomeRole).toString(),
            QStringLiteral("unknown_code"));
        QCOMPARE(door.lastScans()->count(), 6);
        for (int i = 0; i < 4; ++i)
            door.scan(QStringLiteral("NOPE"));
        QCOMPARE(door.lastScans()->count(), 8); // the last eight only
        door.leaveSession();
        QCOMPARE(door.lastScans()->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDoor)
#include "tst_door.moc"
