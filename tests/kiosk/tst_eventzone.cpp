// Every local time the event shows comes from the event's own time zone
// (`accueil init --timezone`): the check-in answer, the dashboard, the badge's
// dates and the staff's history of a person.
#include "kiosk/app/controllers/DashboardController.h"
#include "kiosk/app/controllers/StaffController.h"
#include "kiosk/core/Attendance.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/SessionTable.h"
#include "printing/BadgeComposer.h"
#include "tests/support/TestSupport.h"

#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

class TestEventZone : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;

    // 8 July 2026, 03:30 UTC: late on the 7th in Montreal, morning in Paris and Tokyo.
    static QDateTime firstScan() { return QDateTime(QDate(2026, 7, 8), QTime(3, 30), Qt::UTC); }

private Q_SLOTS:
    void localTimes_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("time"); // of the first check-in, local
        QTest::addColumn<QString>("quarter"); // the dashboard's arrival slot
        QTest::addColumn<QString>("history"); // the staff's history line
        QTest::addColumn<QString>("dates"); // on the badge
        QTest::newRow("Montreal") << QStringLiteral("America/Montreal") << QStringLiteral("23:30")
                                  << QStringLiteral("23:30") << QStringLiteral("07/07 23:30")
                                  << QStringLiteral("7–8 juillet 2026");
        QTest::newRow("Paris") << QStringLiteral("Europe/Paris") << QStringLiteral("05:30") << QStringLiteral("05:30")
                               << QStringLiteral("08/07 05:30") << QStringLiteral("8 juillet 2026");
        QTest::newRow("Tokyo") << QStringLiteral("Asia/Tokyo") << QStringLiteral("12:30") << QStringLiteral("12:30")
                               << QStringLiteral("08/07 12:30") << QStringLiteral("8–9 juillet 2026");
    }
    void localTimes()
    {
        QFETCH(QString, zone);
        QFETCH(QString, time);
        QFETCH(QString, quarter);
        QFETCH(QString, history);
        QFETCH(QString, dates);
        EventStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("zone-%1.sqlite").arg(++m_run))));
        QVERIFY(store.setMetaValue(QStringLiteral("timezone"), zone));
        QCOMPARE(store.timeZone().id(), zone.toUtf8());
        const QString marie
            = TestSupport::addAttendee(store, QStringLiteral("Z-1"), QStringLiteral("Marie"), QStringLiteral("Curie"));

        // The check-in answer.
        QDateTime now = firstScan();
        CheckInService service(store, QStringLiteral("kiosk-1"), [&now] { return now; });
        CheckInService::Request request;
        request.scanned = QStringLiteral("Z-1");
        request.method = QStringLiteral("search");
        QCOMPARE(service.scan(request).outcome, CheckInResult::Outcome::CheckedIn);
        now = now.addSecs(3600);
        const CheckInResult again = service.scan(request);
        QCOMPARE(again.outcome, CheckInResult::Outcome::AlreadyCheckedIn);
        QVERIFY2(again.message().contains(QStringLiteral(" at %1 ").arg(time)), qPrintable(again.message()));
        QCOMPARE(again.toJson().value(QStringLiteral("message")).toString(), again.message());

        // The dashboard's arrivals.
        DashboardController dashboard(store, QStringLiteral("fr"));
        dashboard.refresh();
        QCOMPARE(dashboard.arrivals()->count(), 1);
        QCOMPARE(dashboard.arrivals()->rows().first().time, quarter);
        QCOMPARE(Attendance(store).arrivalsByQuarter().first().start.timeZone().id(), zone.toUtf8());

        // The staff's history of the person.
        StaffController staff(store, service, QString());
        staff.select(marie);
        QVERIFY(staff.history()->count() > 0);
        QCOMPARE(staff.history()->lines().first().time, history);

        // The badge's dates, from the programme: a session from 03:30 to 15:00 UTC.
        Session s;
        s.id = QStringLiteral("s-1");
        s.code = QStringLiteral("OPEN");
        s.titleFr = QStringLiteral("Ouverture");
        s.startsAt = firstScan();
        s.endsAt = QDateTime(QDate(2026, 7, 8), QTime(15, 0), Qt::UTC);
        s.version = QStringLiteral("x");
        QVERIFY(SessionTable(store.database()).save(s));
        QCOMPARE(BadgeComposer::eventDates(store, QStringLiteral("fr")), dates);
    }

    void newEventsStartInParis()
    {
        EventStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("new.sqlite"))));
        QCOMPARE(store.metaValue(QStringLiteral("timezone")), QString::fromLatin1(EventStore::defaultTimeZone()));
        QCOMPARE(store.timeZone(), QTimeZone(EventStore::defaultTimeZone()));
        // A change is seen at once, not after a restart.
        QVERIFY(store.setMetaValue(QStringLiteral("timezone"), QStringLiteral("America/Montreal")));
        QCOMPARE(store.timeZone().id(), QByteArray("America/Montreal"));
        store.close();
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("new.sqlite"))));
        QCOMPARE(store.timeZone().id(), QByteArray("America/Montreal"));
    }

    void deviceName()
    {
        EventStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("device.sqlite"))));
        QCOMPARE(store.deviceName(), QSysInfo::machineHostName());
        QVERIFY(store.setMetaValue(QStringLiteral("device_name"), QStringLiteral("desk-3")));
        QCOMPARE(store.deviceName(), QStringLiteral("desk-3"));
    }
};

QTEST_GUILESS_MAIN(TestEventZone)
#include "tst_eventzone.moc"
