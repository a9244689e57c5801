#include "kiosk/app/controllers/DoorController.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/SessionTable.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestDoor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;

    // A door's event with `people` attendees (D-1…) and the session A1.
    void makeEvent(EventStore &store, int people, int capacity, const QString &zone = QString())
    {
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("door-%1.sqlite").arg(++m_run))));
        if (!zone.isEmpty())
            QVERIFY(store.setMetaValue(QStringLiteral("timezone"), zone));
        for (int i = 1; i <= people; ++i)
            TestSupport::addAttendee(
                store, QStringLiteral("D-%1").arg(i), QStringLiteral("P%1").arg(i), QStringLiteral("Test"));
        Session s;
        s.id = QStringLiteral("s-a1");
        s.code = QStringLiteral("A1");
        s.titleEn = QStringLiteral("Climate workshop");
        s.capacity = capacity;
        s.version = QStringLiteral("1");
        QVERIFY(SessionTable(store.database()).save(s));
    }

    static DoorController::PinCheck pin(const QString &right)
    {
        return [right](const QString &typed, QString *) { return typed == right; };
    }

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
        door.setPinCheck(pin(QStringLiteral("2468")));
        QCOMPARE(door.sessions()->count(), 1);
        QAbstractItemModelTester sessionsTester(
            door.sessions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(door.sessions()->rows().first().code, QStringLiteral("A1"));
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
        QCOMPARE(door.answer(), DoorController::Answer::Refused);
        door.requestLetIn();
        QCOMPARE(door.pinFor(), DoorController::Action::LetIn);
        QVERIFY(!door.submitPin(QStringLiteral("1111"))); // "let in anyway" is the staff's
        QCOMPARE(door.count(), 2);
        QVERIFY(!door.pinMessage().isEmpty());
        QVERIFY(door.submitPin(QStringLiteral("2468")));
        QCOMPARE(door.pinFor(), DoorController::Action::NoAction);
        QCOMPARE(door.count(), 3);
        QCOMPARE(door.answer(), DoorController::Answer::Admitted);
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

    // 50 in, 20 out, 10 of them back: 40 in the room.
    void countsPeopleInTheRoomNow()
    {
        EventStore store;
        makeEvent(store, 50, 0);
        CheckInService service(store, QStringLiteral("door-A1"));
        DoorController door(store, service, QStringLiteral("en"));
        QVERIFY(door.chooseSession(QStringLiteral("A1")));
        for (int i = 1; i <= 50; ++i)
            door.scan(QStringLiteral("D-%1").arg(i), QStringLiteral("camera"));
        QCOMPARE(door.count(), 50);
        QCOMPARE(door.answer(), DoorController::Answer::Admitted);
        door.setLeaving(true);
        for (int i = 1; i <= 20; ++i)
            door.scan(QStringLiteral("D-%1").arg(i), QStringLiteral("camera"));
        QCOMPARE(door.count(), 30);
        QCOMPARE(door.answer(), DoorController::Answer::Left);
        door.scan(QStringLiteral("D-20"), QStringLiteral("camera")); // still in view: one exit
        QCOMPARE(door.count(), 30);
        door.setLeaving(false);
        for (int i = 1; i <= 10; ++i)
            door.scan(QStringLiteral("D-%1").arg(i), QStringLiteral("camera"));
        QCOMPARE(door.count(), 40);
        QCOMPARE(door.answer(), DoorController::Answer::WelcomeBack);
        QCOMPARE(door.lastScans()->at(0).admitted, true);
        // Another door of the same room, and a restart, count the same.
        DoorController other(store, service, QStringLiteral("en"));
        QVERIFY(other.chooseSession(QStringLiteral("A1")));
        QCOMPARE(other.count(), 40);
        // Someone already out cannot go out again.
        other.setLeaving(true);
        other.scan(QStringLiteral("D-15"), QStringLiteral("scanner"));
        QCOMPARE(other.answer(), DoorController::Answer::Warning);
        QCOMPARE(other.count(), 40);
    }

    // Capacity is the room's: someone may come in once others have left.
    void capacityCountsTheRoom()
    {
        EventStore store;
        makeEvent(store, 4, 2);
        CheckInService service(store, QStringLiteral("door-A1"));
        service.setRepeatWindow(0);
        DoorController door(store, service, QStringLiteral("en"));
        door.setPinCheck(pin(QStringLiteral("2468")));
        QVERIFY(door.chooseSession(QStringLiteral("A1")));
        door.scan(QStringLiteral("D-1"));
        door.scan(QStringLiteral("D-2"));
        door.scan(QStringLiteral("D-3"));
        QCOMPARE(door.answer(), DoorController::Answer::Refused);
        QCOMPARE(door.count(), 2);
        door.setLeaving(true);
        door.scan(QStringLiteral("D-1"));
        door.setLeaving(false);
        door.scan(QStringLiteral("D-3")); // room for one again
        QCOMPARE(door.answer(), DoorController::Answer::Admitted);
        QCOMPARE(door.count(), 2);
        door.scan(QStringLiteral("D-1")); // back, but the room is full
        QCOMPARE(door.answer(), DoorController::Answer::Refused);
        QCOMPARE(door.pendingOverride(), QStringLiteral("P1 Test"));
        door.requestLetIn();
        QVERIFY(door.submitPin(QStringLiteral("2468")));
        QCOMPARE(door.answer(), DoorController::Answer::WelcomeBack);
        QCOMPARE(door.count(), 3);
    }

    void changingTheSessionTakesThePin()
    {
        EventStore store;
        makeEvent(store, 1, 0);
        CheckInService service(store, QStringLiteral("door-A1"));
        DoorController door(store, service, QStringLiteral("en"));
        QVERIFY(door.chooseSession(QStringLiteral("A1")));
        QSignalSpy pinChanged(&door, &DoorController::pinChanged);
        door.requestSessionChange();
        QCOMPARE(door.pinFor(), DoorController::Action::ChangeSession);
        QVERIFY(!door.submitPin(QStringLiteral("2468"))); // no PIN check: closed
        QCOMPARE(door.sessionId(), QStringLiteral("s-a1"));
        door.setPinCheck(pin(QStringLiteral("2468")));
        QVERIFY(!door.submitPin(QStringLiteral("0000")));
        QCOMPARE(door.sessionId(), QStringLiteral("s-a1"));
        door.cancelPin();
        QVERIFY(!door.submitPin(QStringLiteral("2468"))); // nothing asked for any more
        door.requestSessionChange();
        QVERIFY(door.submitPin(QStringLiteral("2468")));
        QVERIFY(door.sessionId().isEmpty());
        QVERIFY(pinChanged.size() >= 4);
    }

    // A row's time is the event's local time, as in its message.
    void rowTimesInTheEventsZone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("time");
        QTest::newRow("Paris") << QStringLiteral("Europe/Paris") << QStringLiteral("05:30");
        QTest::newRow("Tokyo") << QStringLiteral("Asia/Tokyo") << QStringLiteral("12:30");
        QTest::newRow("Montreal") << QStringLiteral("America/Montreal") << QStringLiteral("23:30");
    }
    void rowTimesInTheEventsZone()
    {
        QFETCH(QString, zone);
        QFETCH(QString, time);
        EventStore store;
        makeEvent(store, 1, 0, zone);
        QDateTime now(QDate(2026, 7, 8), QTime(3, 30), Qt::UTC);
        CheckInService service(store, QStringLiteral("door-A1"), [&now] { return now; });
        DoorController door(store, service, QStringLiteral("en"), nullptr, [&now] { return now; });
        QVERIFY(door.chooseSession(QStringLiteral("A1")));
        door.scan(QStringLiteral("D-1"));
        QCOMPARE(door.lastScans()->at(0).time, time);
        service.setRepeatWindow(0);
        door.scan(QStringLiteral("D-1")); // already inside: the message names the same time
        QCOMPARE(door.lastScans()->at(0).time, time);
        QVERIFY2(door.answerDetail().contains(time), qPrintable(door.answerDetail()));
    }

    void answerGoesAway()
    {
        EventStore store;
        makeEvent(store, 1, 0);
        CheckInService service(store, QStringLiteral("door-A1"));
        DoorController door(store, service, QStringLiteral("en"));
        door.setAnswerDuration(50);
        QVERIFY(door.chooseSession(QStringLiteral("A1")));
        door.scan(QStringLiteral("NOPE"));
        QCOMPARE(door.answer(), DoorController::Answer::Refused);
        QVERIFY(!door.answerTitle().isEmpty());
        QTRY_COMPARE(door.answer(), DoorController::Answer::None);
    }
};

QTEST_GUILESS_MAIN(TestDoor)
#include "tst_door.moc"
