#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/app/controllers/SelfServiceController.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The self-service state machine without any screen: every transition, the
// automatic return to welcome, the attendee's language, the badge states.
class TestSelfService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<CheckInService> m_service;
    std::unique_ptr<SelfServiceController> m_controller;
    int m_run = 0;

    using State = SelfServiceController::State;

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<EventStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("e%1.sqlite").arg(++m_run))));
        TestSupport::addAttendee(*m_store, QStringLiteral("K-1"), QStringLiteral("Marie"), QStringLiteral("Lefèvre"), QStringLiteral("Ville de Lyon"));
        TestSupport::addAttendee(*m_store, QStringLiteral("K-2"), QStringLiteral("Paul"), QStringLiteral("Annulé"), QString(), true);
        Attendee lucia = *AttendeeTable(m_store->database()).byCode(QStringLiteral("K-1"));
        lucia.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        lucia.code = QStringLiteral("K-3");
        lucia.firstName = QStringLiteral("Lucía");
        lucia.language = QStringLiteral("es");
        QVERIFY(AttendeeTable(m_store->database()).save(lucia));
        m_service = std::make_unique<CheckInService>(*m_store, QStringLiteral("kiosk-1"));
        m_controller = std::make_unique<SelfServiceController>(*m_service, QStringLiteral("RAICT 2026"), QStringLiteral("8–9 juillet 2026"),
                                                                QStringLiteral("fr"));
        SelfServiceController::Timing timing;
        timing.greetingMs = 150;
        timing.refusalMs = 150;
        timing.noCodeMs = 150;
        m_controller->setTiming(timing);
    }

    void greetingThenWelcome()
    {
        QSignalSpy accepted(m_controller.get(), &SelfServiceController::accepted);
        QCOMPARE(m_controller->state(), State::Welcome);
        m_controller->scan(QStringLiteral("K-1"));
        QCOMPARE(m_controller->state(), State::Greeting);
        QVERIFY(m_controller->title().contains(QStringLiteral("Marie")));
        QCOMPARE(m_controller->organisation(), QStringLiteral("Ville de Lyon"));
        QCOMPARE(accepted.size(), 1);
        QTRY_COMPARE(m_controller->state(), State::Welcome);
        QVERIFY(m_controller->attendeeName().isEmpty());
    }

    void someoneWithoutANameIsWelcomed()
    {
        TestSupport::addAttendee(*m_store, QStringLiteral("K-9"), QString(), QString());
        m_controller->scan(QStringLiteral("K-9"));
        QCOMPARE(m_controller->state(), State::Greeting);
        QVERIFY(!m_controller->title().isEmpty());
        QVERIFY2(!m_controller->title().contains(QStringLiteral(", !")), qPrintable(m_controller->title()));
        QVERIFY2(!m_controller->title().contains(QStringLiteral("  ")), qPrintable(m_controller->title()));
    }

    void outcomes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<State>("state");
        QTest::newRow("unknown") << QStringLiteral("NOPE") << State::Refused;
        QTest::newRow("cancelled") << QStringLiteral("K-2") << State::Refused;
        QTest::newRow("invalid") << QStringLiteral("  ") << State::Refused;
    }
    void outcomes()
    {
        QFETCH(QString, code);
        QFETCH(State, state);
        QSignalSpy refused(m_controller.get(), &SelfServiceController::refused);
        m_controller->scan(code);
        QCOMPARE(m_controller->state(), state);
        QVERIFY(!m_controller->title().isEmpty());
        QVERIFY(!m_controller->message().isEmpty());
        QCOMPARE(refused.size(), 1);
        QTRY_COMPARE(m_controller->state(), State::Welcome);
    }

    void alreadyCheckedInSaysWhenAndWhere()
    {
        m_service->setRepeatWindow(0);
        m_controller->scan(QStringLiteral("K-1"));
        m_controller->backToWelcome();
        m_controller->scan(QStringLiteral("K-1"));
        QCOMPARE(m_controller->state(), State::AlreadyCheckedIn);
        QVERIFY(m_controller->message().contains(QStringLiteral("kiosk-1")));
    }

    void heldCodeDoesNotFlicker()
    {
        m_controller->scan(QStringLiteral("K-1"));
        QSignalSpy changes(m_controller.get(), &SelfServiceController::changed);
        m_controller->scan(QStringLiteral("K-1")); // still in view
        QCOMPARE(m_controller->state(), State::Greeting);
        QCOMPARE(changes.size(), 0);
    }

    void greetingInTheAttendeesLanguage()
    {
        QSignalSpy requested(m_controller.get(), &SelfServiceController::languageRequested);
        m_controller->scan(QStringLiteral("K-3"));
        QCOMPARE(m_controller->language(), QStringLiteral("es"));
        QCOMPARE(requested.last().first().toString(), QStringLiteral("es"));
        QTRY_COMPARE(m_controller->state(), State::Welcome);
        QCOMPARE(m_controller->language(), QStringLiteral("fr")); // back to the kiosk's language
    }

    void badgeStates()
    {
        m_controller->setPrinting(true);
        QSignalSpy wanted(m_controller.get(), &SelfServiceController::badgeWanted);
        m_controller->scan(QStringLiteral("K-1"));
        QCOMPARE(wanted.size(), 1);
        const QString id = wanted.first().first().toString();
        QCOMPARE(m_controller->printStatus(), SelfServiceController::PrintStatus::Printing);
        m_controller->badgeProblem(QStringLiteral("someone-else"));
        QCOMPARE(m_controller->printStatus(), SelfServiceController::PrintStatus::Printing);
        m_controller->badgePrinted(id);
        QCOMPARE(m_controller->printStatus(), SelfServiceController::PrintStatus::Ready);
        QVERIFY(!m_controller->printMessage().isEmpty());
        m_controller->backToWelcome();
        m_service->setRepeatWindow(0);
        m_controller->scan(QStringLiteral("K-3"));
        m_controller->badgeProblem(m_controller->lastResult().attendee->id);
        QCOMPARE(m_controller->printStatus(), SelfServiceController::PrintStatus::AtDesk);
    }

    void findYourselfByName()
    {
        m_controller->showNoCode();
        m_controller->searchSelf(QStringLiteral("lefevre"));
        QVERIFY(m_controller->selfSearchResults().isEmpty()); // off unless the organisers allow it
        m_controller->setSelfSearch(true);
        m_controller->showNoCode();
        m_controller->searchSelf(QStringLiteral("le"));
        QVERIFY(m_controller->selfSearchResults().isEmpty()); // three letters at least
        m_controller->searchSelf(QStringLiteral("lefev"));
        QCOMPARE(m_controller->selfSearchResults().size(), 2); // Marie and Lucía; the cancelled Paul is not shown
        const QVariantMap first = m_controller->selfSearchResults().first().toMap();
        QCOMPARE(first.keys(), (QStringList { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("organisation") }));
        m_controller->chooseSelf(first.value(QStringLiteral("id")).toString());
        QCOMPARE(m_controller->state(), State::Greeting);
        QCOMPARE(m_controller->lastResult().outcome, CheckInResult::Outcome::CheckedIn);
        QVERIFY(m_controller->selfSearchResults().isEmpty());
    }

    void noCodePath()
    {
        m_controller->showNoCode();
        QCOMPARE(m_controller->state(), State::NoCode);
        QVERIFY(!m_controller->message().isEmpty());
        QTRY_COMPARE(m_controller->state(), State::Welcome);
    }
};

QTEST_GUILESS_MAIN(TestSelfService)
#include "tst_selfservice.moc"
