#include "kiosk/app/controllers/SelfServiceController.h"
#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInLog.h"
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
        Attendee marie = *AttendeeTable(m_store->database()).byCode(QStringLiteral("K-1"));
        marie.email = QStringLiteral("m.lefevre@grandlyon.example");
        marie.externalRef = QStringLiteral("ORD-2026-4471");
        QVERIFY(AttendeeTable(m_store->database()).save(marie));
        Attendee lucia = marie;
        lucia.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        lucia.code = QStringLiteral("K-3");
        lucia.firstName = QStringLiteral("Lucía");
        lucia.language = QStringLiteral("es");
        lucia.email.clear();
        lucia.externalRef.clear();
        QVERIFY(AttendeeTable(m_store->database()).save(lucia));
        m_service = std::make_unique<CheckInService>(*m_store, QStringLiteral("kiosk-1"));
        m_controller = std::make_unique<SelfServiceController>(
            *m_service, QStringLiteral("RAICT 2026"), QStringLiteral("8–9 juillet 2026"), QStringLiteral("fr"));
        SelfServiceController::Timing timing;
        timing.greetingMs = 150;
        timing.refusalMs = 150;
        timing.noCodeMs = 150;
        timing.moreTime.askMs = 100;
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

    void alreadyCheckedInSaysWhen()
    {
        SelfServiceController::Timing timing;
        timing.samePersonMs = 0;
        m_controller->setTiming(timing);
        m_service->setRepeatWindow(0);
        m_controller->scan(QStringLiteral("K-1"));
        m_controller->backToWelcome();
        m_controller->scan(QStringLiteral("K-1"));
        QCOMPARE(m_controller->state(), State::AlreadyCheckedIn);
        // The time of the first check-in, in the event's zone.
        const QDateTime first = m_controller->lastResult().firstCheckIn->occurredAt.toTimeZone(m_store->timeZone());
        QVERIFY2(m_controller->message().contains(first.toString(QStringLiteral("HH:mm"))),
            qPrintable(m_controller->message()));
    }

    // Showing the code again to make sure, on the same kiosk, within the
    // configured minutes: the greeting and the badge's state again.
    void samePersonAgainIsGreetedAgain_data()
    {
        QTest::addColumn<int>("secondsLater");
        QTest::addColumn<QString>("device"); // of the second scan
        QTest::addColumn<State>("state");
        QTest::newRow("4 s later") << 4 << QStringLiteral("kiosk-1") << State::Greeting;
        QTest::newRow("within the window") << 119 << QStringLiteral("kiosk-1") << State::Greeting;
        QTest::newRow("after the window") << 121 << QStringLiteral("kiosk-1") << State::AlreadyCheckedIn;
        QTest::newRow("at another kiosk") << 4 << QStringLiteral("kiosk-2") << State::AlreadyCheckedIn;
    }
    void samePersonAgainIsGreetedAgain()
    {
        QFETCH(int, secondsLater);
        QFETCH(QString, device);
        QFETCH(State, state);
        QDateTime now(QDate(2026, 7, 8), QTime(8, 0), Qt::UTC);
        const auto clock = [&now] { return now; };
        CheckInService first(*m_store, QStringLiteral("kiosk-1"), clock);
        CheckInService second(*m_store, device, clock);
        SelfServiceController::Timing timing; // 2 minutes by default
        SelfServiceController here(first, QStringLiteral("E"), QString(), QStringLiteral("fr"));
        SelfServiceController there(second, QStringLiteral("E"), QString(), QStringLiteral("fr"));
        for (SelfServiceController *c : { &here, &there }) {
            c->setTiming(timing);
            c->setClock(clock);
            c->setPrinting(true);
        }
        QSignalSpy wanted(&there, &SelfServiceController::badgeWanted);
        here.scan(QStringLiteral("K-1"));
        QCOMPARE(here.state(), State::Greeting);
        here.badgePrinted(here.lastResult().attendee->id);
        there.badgePrinted(here.lastResult().attendee->id);
        here.backToWelcome();
        now = now.addSecs(secondsLater);
        SelfServiceController &again = device == QLatin1String("kiosk-1") ? here : there;
        QSignalSpy wantedAgain(&again, &SelfServiceController::badgeWanted);
        again.scan(QStringLiteral("K-1"));
        QCOMPARE(again.state(), state);
        QCOMPARE(wantedAgain.size(), 0); // never a second badge
        if (state == State::Greeting) {
            QVERIFY(again.title().contains(QStringLiteral("Marie")));
            QCOMPARE(again.printStatus(), SelfServiceController::PrintStatus::Ready);
        }
    }

    // A read of the code still in view just after the answer went is the same greeting.
    void heldCodeAfterTheAnswerPrintsOnce()
    {
        m_controller->setPrinting(true);
        QSignalSpy wanted(m_controller.get(), &SelfServiceController::badgeWanted);
        m_controller->scan(QStringLiteral("K-1"));
        m_controller->backToWelcome();
        m_controller->scan(QStringLiteral("K-1"));
        QCOMPARE(m_controller->state(), State::Greeting);
        QCOMPARE(wanted.size(), 1);
    }

    void heldCodeDoesNotFlicker()
    {
        m_controller->scan(QStringLiteral("K-1"));
        QSignalSpy changes(m_controller.get(), &SelfServiceController::changed);
        m_controller->scan(QStringLiteral("K-1")); // still in view
        QCOMPARE(m_controller->state(), State::Greeting);
        QCOMPARE(changes.size(), 0);
    }

    // The attendee's own choice wins over the list's language, until the answer has gone.
    void chosenLanguageWinsThenResets()
    {
        m_controller->chooseLanguage(QStringLiteral("en"));
        m_controller->scan(QStringLiteral("K-3")); // Lucía's list language is Spanish
        QCOMPARE(m_controller->language(), QStringLiteral("en"));
        QTRY_COMPARE(m_controller->state(), State::Welcome);
        QCOMPARE(m_controller->language(), QStringLiteral("fr"));
    }

    void chosenLanguageResetsWhenNobodyIsThere()
    {
        SelfServiceController::Timing timing;
        timing.languageMs = 100;
        timing.moreTime.askMs = 100;
        m_controller->setTiming(timing);
        m_controller->chooseLanguage(QStringLiteral("es"));
        QCOMPARE(m_controller->language(), QStringLiteral("es"));
        QCOMPARE(m_controller->state(), State::Welcome);
        QTRY_COMPARE(m_controller->language(), QStringLiteral("fr"));
    }

    // Dates in the screen's language, from the event's days: never the French text in English.
    void eventDatesFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("dates");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("8–9 juillet 2026");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("8–9 July 2026");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("8–9 de julio de 2026");
    }
    void eventDatesFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, dates);
        m_controller->setEventDates(
            [](const QString &code) { return Translations::dateRange(QDate(2026, 7, 8), QDate(2026, 7, 9), code); });
        QSignalSpy languageChanged(m_controller.get(), &SelfServiceController::languageChanged);
        m_controller->chooseLanguage(language);
        QCOMPARE(m_controller->eventDates(), dates);
        QCOMPARE(
            Translations::dateRange(QDate(2026, 6, 30), QDate(2026, 6, 30), language).contains(QStringLiteral("30")),
            true);
    }

    void cameraProblemTellsPeopleWhatToDo()
    {
        m_controller->setCameraProblem(QStringLiteral("/dev/video0: Bad file descriptor (9)"));
        QVERIFY(!m_controller->cameraProblem().isEmpty());
        QVERIFY2(!m_controller->cameraProblem().contains(QStringLiteral("descriptor")),
            qPrintable(m_controller->cameraProblem()));
        m_controller->setCameraProblem(QString());
        QVERIFY(m_controller->cameraProblem().isEmpty());
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
            QVERIFY(value(results, row, AttendeeListModel::OrganisationRole).toString().isEmpty()); // no namesakes
        }
        names.sort();
        QCOMPARE(names, (QStringList { QStringLiteral("Lucía Lefèvre"), QStringLiteral("Marie Lefèvre") }));
        const int marie
            = value(results, 0, AttendeeListModel::NameRole).toString().startsWith(QLatin1String("Marie")) ? 0 : 1;
        m_controller->chooseSelf(value(results, marie, AttendeeListModel::IdRole).toString());
        QCOMPARE(m_controller->state(), State::Proof); // a name alone checks nobody in
        QCOMPARE(m_controller->screen(), Screen::SelfSearchScreen);
        QCOMPARE(results.rowCount(), 0);
        // m.lefevre@… comes from the name: the question is about the mail server's name.
        QVERIFY2(m_controller->message().contains(QStringLiteral("after the @")), qPrintable(m_controller->message()));
        m_controller->answerProof(QStringLiteral("G-R-A")); // as typed: case and signs do not matter
        QCOMPARE(m_controller->state(), State::Greeting);
        QCOMPARE(m_controller->lastResult().outcome, CheckInResult::Outcome::CheckedIn);
    }

    // Someone who knows only a stranger's name cannot check them in.
    void aStrangersNameIsNotEnough_data()
    {
        QTest::addColumn<QString>("proof");
        QTest::addColumn<QString>("right"); // what Marie knows
        QTest::newRow("e-mail") << QStringLiteral("email") << QStringLiteral("gra");
        QTest::newRow("reference") << QStringLiteral("reference") << QStringLiteral("4471");
        QTest::newRow("desk") << QStringLiteral("desk") << QString();
    }
    void aStrangersNameIsNotEnough()
    {
        QFETCH(QString, proof);
        QFETCH(QString, right);
        m_controller->setSelfSearch(true);
        m_controller->setSelfSearchProof(SelfServiceController::proofFromName(proof), 3);
        QSignalSpy accepted(m_controller.get(), &SelfServiceController::accepted);
        // What a name suggests: its letters, the address made of it.
        const QStringList guesses = { QStringLiteral("mle"), QStringLiteral("lef"), QStringLiteral("mar"),
            QStringLiteral("1234"), QStringLiteral("") };
        m_controller->showNoCode();
        m_controller->searchSelf(QStringLiteral("Marie Lefèvre"));
        const QString id = value(*m_controller->selfSearchResults(), 0, AttendeeListModel::IdRole).toString();
        m_controller->chooseSelf(id);
        int tries = 0;
        while (m_controller->state() == State::Proof && tries < guesses.size()) {
            QVERIFY(!m_controller->message().isEmpty());
            m_controller->answerProof(guesses.at(tries++));
        }
        QCOMPARE(m_controller->state(), State::ToDesk);
        QCOMPARE(tries, right.isEmpty() ? 0 : 3);
        QCOMPARE(accepted.size(), 0);
        QVERIFY(!CheckInLog(m_store->database()).firstCheckIn(id, QString()));
        // Answers after the desk are ignored; a new try starts over, and the person who knows gets in.
        m_controller->answerProof(right);
        QCOMPARE(m_controller->state(), State::ToDesk);
        if (right.isEmpty())
            return;
        m_controller->showNoCode();
        m_controller->searchSelf(QStringLiteral("lefevre"));
        m_controller->chooseSelf(id);
        m_controller->answerProof(right.toUpper());
        QCOMPARE(m_controller->state(), State::Greeting);
        QVERIFY(CheckInLog(m_store->database()).firstCheckIn(id, QString()));
    }

    // Without the field the question needs, the person is sent to the desk; a listed id only.
    void noProofOnRecordGoesToTheDesk()
    {
        m_controller->setSelfSearch(true);
        m_controller->showNoCode();
        m_controller->chooseSelf(QStringLiteral("not-listed"));
        QCOMPARE(m_controller->state(), State::NoCode);
        m_controller->searchSelf(QStringLiteral("Lucía"));
        QCOMPARE(m_controller->selfSearchResults()->count(), 1);
        m_controller->chooseSelf(value(*m_controller->selfSearchResults(), 0, AttendeeListModel::IdRole).toString());
        QCOMPARE(m_controller->state(), State::ToDesk); // Lucía has no e-mail on the list
        QCOMPARE(m_controller->screen(), Screen::AnswerScreen);
    }

    // An address made of the name proves nothing; a common mail service neither.
    void guessableAddresses_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("asked"); // or sent to the desk
        QTest::addColumn<QString>("answer");
        QTest::newRow("role address") << QStringLiteral("accueil@ville.example") << true << QStringLiteral("acc");
        QTest::newRow("name at the town")
            << QStringLiteral("marie.lefevre@lyon.example") << true << QStringLiteral("lyo");
        QTest::newRow("name at gmail") << QStringLiteral("marie.lefevre@gmail.com") << false << QString();
        QTest::newRow("initial and name at orange") << QStringLiteral("mlefevre@orange.fr") << false << QString();
        QTest::newRow("too short") << QStringLiteral("ml@x.fr") << false << QString();
    }
    void guessableAddresses()
    {
        QFETCH(QString, email);
        QFETCH(bool, asked);
        QFETCH(QString, answer);
        Attendee marie = *AttendeeTable(m_store->database()).byCode(QStringLiteral("K-1"));
        marie.email = email;
        QVERIFY(AttendeeTable(m_store->database()).save(marie));
        m_controller->setSelfSearch(true);
        m_controller->showNoCode();
        m_controller->searchSelf(QStringLiteral("Marie Lefèvre"));
        m_controller->chooseSelf(marie.id);
        QCOMPARE(m_controller->state(), asked ? State::Proof : State::ToDesk);
        if (!asked)
            return;
        m_controller->answerProof(answer);
        QCOMPARE(m_controller->state(), State::Greeting);
    }

    // Organisations show only to tell namesakes apart.
    void organisationsOnlyForNamesakes()
    {
        TestSupport::addAttendee(*m_store, QStringLiteral("K-4"), QStringLiteral("Marie"), QStringLiteral("Lefevre"),
            QStringLiteral("Ville de Brest"));
        m_controller->setSelfSearch(true);
        m_controller->showNoCode();
        m_controller->searchSelf(QStringLiteral("lefevre"));
        AttendeeListModel &results = *m_controller->selfSearchResults();
        QCOMPARE(results.count(), 3);
        QStringList shown;
        for (int row = 0; row < results.rowCount(); ++row)
            shown << value(results, row, AttendeeListModel::NameRole).toString() + QLatin1Char('|')
                    + value(results, row, AttendeeListModel::OrganisationRole).toString();
        shown.sort();
        QCOMPARE(shown,
            (QStringList { QStringLiteral("Lucía Lefèvre|"), QStringLiteral("Marie Lefevre|Ville de Brest"),
                QStringLiteral("Marie Lefèvre|Ville de Lyon") }));
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

    // Time's up: "more time?" first; each touch keeps the answer, ten times at least, then it goes.
    void answersAreKeptOnRequest()
    {
        SelfServiceController::Timing timing;
        timing.refusalMs = 20;
        timing.moreTime.askMs = 600000; // nobody's answer is awaited here: the test answers
        timing.moreTime.extensionMs = 20;
        timing.moreTime.extensions = 10;
        m_controller->setTiming(timing);
        QSignalSpy asked(m_controller.get(), &SelfServiceController::moreTimeAsked);
        m_controller->scan(QStringLiteral("NOPE"));
        for (int kept = 0; kept < 10; ++kept) {
            QTRY_VERIFY(m_controller->timer()->asking());
            QCOMPARE(m_controller->state(), State::Refused);
            QCOMPARE(asked.size(), kept + 1);
            m_controller->keepScreen();
            QVERIFY(!m_controller->timer()->asking());
            QCOMPARE(m_controller->timer()->extensionsLeft(), 9 - kept);
        }
        // No extension left: the answer goes at its time, without asking again.
        QTRY_COMPARE(m_controller->state(), State::Welcome);
        QCOMPARE(asked.size(), 10);
    }

    // A step can be kept too, before it is asked: "More time" on screen.
    void stepsAreKeptBeforeAsking()
    {
        SelfServiceController::Timing timing;
        timing.noCodeMs = 600000;
        timing.moreTime.extensions = 2;
        m_controller->setTiming(timing);
        m_controller->showNoCode();
        QCOMPARE(m_controller->timer()->extensionsLeft(), 2);
        m_controller->keepScreen();
        m_controller->keepScreen();
        m_controller->keepScreen(); // none left: nothing happens
        QCOMPARE(m_controller->timer()->extensionsLeft(), 0);
        QCOMPARE(m_controller->state(), State::NoCode);
    }

    void nobodyAnswersMoreTime()
    {
        SelfServiceController::Timing timing;
        timing.greetingMs = 20;
        timing.moreTime.askMs = 20;
        m_controller->setTiming(timing);
        m_controller->setReachMode(true);
        QSignalSpy asked(m_controller.get(), &SelfServiceController::moreTimeAsked);
        m_controller->scan(QStringLiteral("K-1"));
        QTRY_COMPARE(m_controller->state(), State::Welcome);
        QCOMPARE(asked.size(), 1); // asked before it went
        QVERIFY(!m_controller->timer()->asking());
        QVERIFY(!m_controller->reachMode()); // the next person starts as everyone does
    }

    void moreTimeCanBeSwitchedOff()
    {
        SelfServiceController::Timing timing;
        timing.refusalMs = 20;
        timing.moreTime.askMs = 0;
        m_controller->setTiming(timing);
        QSignalSpy asked(m_controller.get(), &SelfServiceController::moreTimeAsked);
        m_controller->scan(QStringLiteral("NOPE"));
        QTRY_COMPARE(m_controller->state(), State::Welcome);
        QCOMPARE(asked.size(), 0);
    }

    // Each kind of answer has its own sign (shape and icon), not only its colour.
    void signs_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<SelfServiceController::Sign>("sign");
        QTest::newRow("welcome") << QStringLiteral("K-1") << SelfServiceController::Sign::Check;
        QTest::newRow("unknown") << QStringLiteral("NOPE") << SelfServiceController::Sign::Stop;
        QTest::newRow("cancelled") << QStringLiteral("K-2") << SelfServiceController::Sign::Stop;
    }
    void signs()
    {
        QFETCH(QString, code);
        QFETCH(SelfServiceController::Sign, sign);
        QCOMPARE(m_controller->sign(), SelfServiceController::Sign::NoSign);
        m_controller->scan(code);
        QCOMPARE(m_controller->sign(), sign);
    }
    void signsAreDistinct()
    {
        SelfServiceController::Timing timing;
        timing.samePersonMs = -1; // not the same person making sure: "already checked in"
        m_controller->setTiming(timing);
        m_service->setRepeatWindow(0);
        QSet<int> seen;
        m_controller->scan(QStringLiteral("K-1"));
        seen << int(m_controller->sign());
        m_controller->backToWelcome();
        m_controller->scan(QStringLiteral("K-1"));
        QCOMPARE(m_controller->state(), State::AlreadyCheckedIn);
        seen << int(m_controller->sign());
        m_controller->scan(QStringLiteral("NOPE"));
        seen << int(m_controller->sign());
        m_controller->showNoCode();
        seen << int(m_controller->sign());
        QCOMPARE(seen.size(), 4);
    }

    // The rows of a screen above the floor, from its mounting.
    void reachGeometry()
    {
        ReachGeometry geometry;
        geometry.setMounting({ 750, 299, 531 });
        // Landscape 1920x1080: the bottom row at 750 mm, the top one at 1 049 mm.
        QCOMPARE(qRound(geometry.heightAt(1080, 1920, 1080)), 750);
        QCOMPARE(qRound(geometry.heightAt(0, 1920, 1080)), 1049);
        QCOMPARE(qRound(geometry.rowAt(800, 1920, 1080)), 899);
        QCOMPARE(geometry.bandTop(true, 1920, 1080), 0.0); // 1 100 mm is above the screen
        // Portrait 1080x1920: 531 mm high, from 750 to 1 281 mm.
        QCOMPARE(qRound(geometry.heightAt(0, 1080, 1920)), 1281);
        QCOMPARE(qRound(geometry.bandTop(true, 1080, 1920)), 654);
        QCOMPARE(qRound(geometry.bandTop(false, 1080, 1920)), 221);
        QCOMPARE(qRound(geometry.bandBottom(true, 1080, 1920)), 1739);
        QCOMPARE(geometry.bandBottom(false, 1080, 1920), 1920.0);
    }
};

QTEST_GUILESS_MAIN(TestSelfService)
#include "tst_selfservice.moc"
