// The one place where staff change a registration: edit, cancel, restore,
// delete, each checked and versioned so that it replicates; and the walk-in's
// checks, shared with it.
#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/FieldLimits.h"
#include "kiosk/core/Registrations.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

class TestRegistrations : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EventStore> m_store;
    QString m_marie;
    int m_run = 0;

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<EventStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_run))));
        m_marie = TestSupport::addAttendee(
            *m_store, QStringLiteral("CUF-2026-0417"), QStringLiteral("Marie"), QStringLiteral("Lefèvre"));
        QVERIFY(AttendeeTable(m_store->database()).markPushed(m_marie, QStringLiteral("000000000000001.000000.test")));
    }
    void cleanup() { m_store.reset(); }

    void edit_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("saved");
        QTest::newRow("full") << QStringLiteral(" Marie ") << QStringLiteral("Lefebvre")
                              << QStringLiteral("marie@example.fr") << true;
        QTest::newRow("last name only") << QString() << QStringLiteral("Lefebvre") << QString() << true;
        QTest::newRow("first name only") << QStringLiteral("Marie") << QStringLiteral("  ") << QString() << false;
        QTest::newRow("no name") << QString() << QString() << QString() << false;
        QTest::newRow("bad email") << QStringLiteral("Marie") << QStringLiteral("Lefebvre")
                                   << QStringLiteral("marie.example.fr") << false;
    }
    void edit()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, email);
        QFETCH(bool, saved);
        Registrations registrations(*m_store, QStringLiteral("desk-1"));
        Registrations::Edit e;
        e.firstName = first;
        e.lastName = last;
        e.email = email;
        const Registrations::Change change = registrations.edit(m_marie, e);
        QCOMPARE(change.ok, saved);
        QCOMPARE(change.message.isEmpty(), saved);
        const AttendeeTable table(m_store->database());
        const auto stored = table.byId(m_marie);
        QCOMPARE(stored->lastName, saved ? last.simplified() : QStringLiteral("Lefèvre"));
        // A saved change waits to be pushed, with a newer version from this device.
        QCOMPARE(table.pendingPush().size(), saved ? 1 : 0);
        if (saved) {
            QCOMPARE(stored->firstName, first.simplified());
            QCOMPARE(stored->device, QStringLiteral("desk-1"));
            QVERIFY(stored->version > QStringLiteral("000000000000001.000000.test"));
            QCOMPARE(stored->organisation, QString()); // fields not given keep their value
        }
    }

    void cancelRestoreDelete()
    {
        Registrations registrations(*m_store, QStringLiteral("desk-1"));
        QVERIFY(registrations.cancel(m_marie).ok);
        QCOMPARE(AttendeeTable(m_store->database()).byId(m_marie)->status, Attendee::Status::Cancelled);
        QVERIFY(registrations.restore(m_marie).ok);
        QCOMPARE(AttendeeTable(m_store->database()).byId(m_marie)->status, Attendee::Status::Registered);
        QVERIFY(registrations.remove(m_marie).ok);
        QVERIFY(!AttendeeTable(m_store->database()).byId(m_marie));
        const QVector<Attendee> pending = AttendeeTable(m_store->database()).pendingPush();
        QCOMPARE(pending.size(), 1);
        QVERIFY(pending.first().deleted); // a tombstone, to replicate
        const Registrations::Change gone = registrations.remove(m_marie);
        QVERIFY(!gone.ok);
        QVERIFY(!gone.message.isEmpty());
        QVERIFY(!registrations.edit(m_marie, {}).ok);
    }

    void findsByCodeInEitherCaseOrById()
    {
        const Registrations registrations(*m_store, QStringLiteral("desk-1"));
        QCOMPARE(registrations.find(QStringLiteral("CUF-2026-0417"))->id, m_marie);
        QCOMPARE(registrations.find(QStringLiteral("cuf-2026-0417"))->id, m_marie);
        QCOMPARE(registrations.find(m_marie)->id, m_marie);
        QVERIFY(!registrations.find(QStringLiteral("CUF-2026-9999")));
    }

    // The limits sync applies hold for the desk's edits and walk-ins too: a
    // 3 000-character organisation would never reach the other devices.
    void overLongFieldsAreRefused_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("3000") << 3000 << false;
        QTest::newRow("limit + 1") << FieldLimits::maxTextLength + 1 << false;
        QTest::newRow("at the limit") << FieldLimits::maxTextLength << true;
    }
    void overLongFieldsAreRefused()
    {
        QFETCH(int, length);
        QFETCH(bool, accepted);
        const QString organisation(length, QChar(0x00E9)); // é
        Registrations::Edit e;
        e.organisation = organisation;
        const Registrations::Change change = Registrations(*m_store, QStringLiteral("desk-1")).edit(m_marie, e);
        QCOMPARE(change.ok, accepted);
        if (!accepted) {
            QVERIFY2(change.message.contains(QLatin1String("organisation"))
                    && change.message.contains(QString::number(FieldLimits::maxTextLength)),
                qPrintable(change.message));
            QCOMPARE(AttendeeTable(m_store->database()).byId(m_marie)->organisation, QString());
        }

        CheckInService service(*m_store, QStringLiteral("desk-1"));
        Attendee person;
        person.lastName = QStringLiteral("Benali");
        person.organisation = organisation;
        const CheckInResult result = service.registerWalkIn(person);
        QCOMPARE(result.admitted(), accepted);
        QCOMPARE(AttendeeTable(m_store->database()).all().size(), accepted ? 2 : 1);
        if (!accepted)
            QVERIFY(result.detail.contains(QLatin1String("organisation")));
    }

    void walkInNeedsALastName_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("complete") << QStringLiteral("Inès") << QStringLiteral("Benali")
                                  << QStringLiteral("ines@example.fr") << true;
        QTest::newRow("one name") << QString() << QStringLiteral("Benali") << QString() << true;
        QTest::newRow("first name only") << QStringLiteral("Inès") << QString() << QString() << false;
        QTest::newRow("blank last name") << QStringLiteral("Inès") << QStringLiteral(" \t") << QString() << false;
        QTest::newRow("bad email") << QStringLiteral("Inès") << QStringLiteral("Benali") << QStringLiteral("ines@")
                                   << false;
    }
    void walkInNeedsALastName()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, email);
        QFETCH(bool, accepted);
        CheckInService service(*m_store, QStringLiteral("desk-1"));
        Attendee person;
        person.firstName = first;
        person.lastName = last;
        person.email = email;
        const CheckInResult result = service.registerWalkIn(person);
        QCOMPARE(result.admitted(), accepted);
        QCOMPARE(AttendeeTable(m_store->database()).all().size(), accepted ? 2 : 1);
        if (!accepted) {
            QCOMPARE(result.outcome, CheckInResult::Outcome::Error);
            QCOMPARE(result.detail, Registrations::problemWith(person));
            QVERIFY(!result.detail.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestRegistrations)
#include "tst_registrations.moc"
