#include "kiosk/app/controllers/SelfServiceController.h"
#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/Translations.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The self-service state machine without any screen: every transition, the
// automatic return to welcome, the attendee's language, the badge states.
class TestSelfService : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<CheckInService> m_service;
    std::unique_ptr<SelfServiceController> m_controller;
    int m_run = 0;

    using State = SelfServiceController::State;
    using Screen = SelfServiceController::Screen;

    static QVariant value(QAbstractItemModel &model, int row, int role)
    {
        return model.data(model.index(row, 0), role);
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<EventStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("e%1.sqlite").arg(++m_run))));
        TestSupport::addAttendee(*m_store, QStringLiteral("K-1"), QStringLiteral("Marie"), QStringLiteral("Lefèvre"),
            QStringLiteral("Ville de Lyon"));
        TestSupport::addAttendee(
            *m_store, QStringLiteral("K-2"), QStringLiteral("Paul"), QStringLiteral("Annulé"), QString(), true);
        Attendee lucia = *AttendeeTable(m_store->database()).byCode(QStringLiteral("K-1"));
        lucia.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        lucia.code = QStringLiteral("K-3");
        lucia.firstName = QStringLiteral("Lucía");
        lucia.language = QStringLiteral("es");
        QVERIFY(AttendeeTable(m_store->database()).save(lucia));
        m_service = std::make_unique<CheckInService>(*m_store, QStringLiteral("kiosk-1"));
        m_controller = std::make_unique<SelfServiceController>(
            *m_service, QStringLiteral("RAICT 2026"), QStringLiteral("8–9 juillet 2026"), QStringLiteral("fr"));
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
        AttendeeListModel &results = *m_controller->selfSearchResults();
        QAbstractItemModelTester tester(&results, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_controller->showNoCode();
        m_controller->searchSelf(QStringLiteral("lefevre"));
        QCOMPARE(results.rowCount(), 0); // off unless the organisers allow it
        m_controller->setSelfSearch(true);
        m_controller->showNoCode();
        m_controller->searchSelf(QStringLiteral("le"));
        QCOMPARE(results.rowCount(), 0); // three letters at least
        m_controller->searchSelf(QStringLiteral("lefev"));
        QCOMPARE(results.count(), 2); // Marie and Lucía; the cancelled Paul is not shown
        QStringList names;
        for (int row = 0; row < results.rowCount(); ++row) {
            names << value(results, row, AttendeeListModel::NameRole).toString();
            QCOMPARE(
                value(results, row, AttendeeListModel::OrganisationRole).toString(), QStringLiteral("Ville de Lyon"));
        }
        names.sort();
        QCOMPARE(names, (QStringList { QStringLiteral("Lucía Lefèvre"), QStringLiteral("Marie Lefèvre") }));
        m_controller->chooseSelf(value(results, 0, AttendeeListModel::IdRole).toString());
        QCOMPARE(m_controller->state(), State::Greeting);
        QCOMPARE(m_controller->lastResult().outcome, CheckInResult::Outcome::CheckedIn);
        QCOMPARE(results.rowCount(), 0);
    }

    void screenFollowsTheState_data()
    {
        QTest::addColumn<QString>("scanned"); // empty: the no-code path
        QTest::addColumn<bool>("selfSearch");
        QTest::addColumn<bool>("door");
        QTest::addColumn<Screen>("screen");
        QTest::newRow("nothing yet") << QStringLiteral("-") << false << false << Screen::WelcomeScreen;
        QTest::newRow("greeting") << QStringLiteral("K-1") << false << false << Screen::AnswerScreen;
        QTest::newRow("refused") << QStringLiteral("NOPE") << false << false << Screen::AnswerScreen;
        QTest::newRow("cancelled") << QStringLiteral("K-2") << false << false << Screen::AnswerScreen;
        QTest::newRow("no code, go to the desk") << QString() << false << false << Screen::AnswerScreen;
        QTest::newRow("no code, find yourself") << QString() << true << false << Screen::SelfSearchScreen;
        QTest::newRow("door, nothing yet") << QStringLiteral("-") << false << true << Screen::DoorScreen;
        QTest::newRow("door, whatever the state") << QStringLiteral("K-1") << true << true << Screen::DoorScreen;
    }

    // Which screen shows is the controller's decision, not the window's.
    void screenFollowsTheState()
    {
        QFETCH(QString, scanned);
        QFETCH(bool, selfSearch);
        QFETCH(bool, door);
        QFETCH(Screen, screen);
        m_controller->setSelfSearch(selfSearch);
        QSignalSpy changed(m_controller.get(), &SelfServiceController::changed);
        m_controller->setDoorMode(door);
        QCOMPARE(changed.size(), door ? 1 : 0);
        if (scanned.isEmpty())
            m_controller->showNoCode();
        else if (scanned != QLatin1String("-"))
            m_controller->scan(scanned);
        QCOMPARE(m_controller->screen(), screen);
        m_controller->setDoorMode(false);
        m_controller->backToWelcome();
        QCOMPARE(m_controller->screen(), Screen::WelcomeScreen);
    }

    void languagesFromOneList()
    {
        LanguageListModel &languages = *m_controller->languages();
        QAbstractItemModelTester tester(&languages, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(languages.rowCount(), Translations::languages().size());
        QStringList codes;
        for (int row = 0; row < languages.rowCount(); ++row) {
            codes << value(languages, row, LanguageListModel::CodeRole).toString();
            QVERIFY(!value(languages, row, LanguageListModel::NativeNameRole).toString().isEmpty());
        }
        QCOMPARE(codes, (QStringList { QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("es") }));
        QCOMPARE(value(languages, 2, LanguageListModel::NativeNameRole).toString(), QStringLiteral("Español"));
        QVERIFY(!languages.roleNames().value(LanguageListModel::CodeRole).isEmpty());
        QCOMPARE(m_controller->keyboardLocale(), QStringLiteral("fr_FR"));
        m_controller->chooseLanguage(QStringLiteral("es"));
        QCOMPARE(m_controller->keyboardLocale(), QStringLiteral("es_ES"));
        QVERIFY(Translations::offers(QStringLiteral("en")));
        QVERIFY(!Translations::offers(QStringLiteral("de")));
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
