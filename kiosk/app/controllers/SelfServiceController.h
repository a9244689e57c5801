#pragma once

#include "kiosk/app/controllers/AttendeeListModel.h"
#include "kiosk/app/controllers/LanguageListModel.h"
#include "kiosk/app/controllers/ReachGeometry.h"
#include "kiosk/app/controllers/ScreenTimer.h"
#include "kiosk/core/CheckInResult.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>

class CheckInService;
class EventStore;

// The self-service kiosk as a state machine the QML only shows: welcome, then
// the answer to a scan (greeting, already checked in, refused, printer
// problem), then back to welcome on its own. Every sentence is made here,
// translated, so that the screens hold no decision. Finding oneself by name
// asks for something only that person knows before checking anyone in.
class SelfServiceController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the application")
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(Screen screen READ screen NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString attendeeName READ attendeeName NOTIFY changed)
    Q_PROPERTY(QString organisation READ organisation NOTIFY changed)
    Q_PROPERTY(PrintStatus printStatus READ printStatus NOTIFY changed)
    Q_PROPERTY(QString printMessage READ printMessage NOTIFY changed)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QString eventName READ eventName CONSTANT)
    Q_PROPERTY(QString eventDates READ eventDates NOTIFY languageChanged)
    Q_PROPERTY(QString cameraProblem READ cameraProblem NOTIFY changed)
    Q_PROPERTY(int proofTriesLeft READ proofTriesLeft NOTIFY changed)
    Q_PROPERTY(bool selfSearch READ selfSearch CONSTANT)
    Q_PROPERTY(QString printerAlert READ printerAlert NOTIFY changed)
    Q_PROPERTY(AttendeeListModel *selfSearchResults READ selfSearchResults CONSTANT)
    Q_PROPERTY(LanguageListModel *languages READ languages CONSTANT)
    Q_PROPERTY(QString keyboardLocale READ keyboardLocale NOTIFY languageChanged)
    Q_PROPERTY(QObject *viewfinder READ viewfinder WRITE setViewfinder NOTIFY viewfinderChanged)
    Q_PROPERTY(Sign sign READ sign NOTIFY changed)
    Q_PROPERTY(ScreenTimer *timer READ timer CONSTANT)
    Q_PROPERTY(ReachGeometry *reach READ reach CONSTANT)
    Q_PROPERTY(bool reachMode READ reachMode NOTIFY reachModeChanged)

public:
    // Proof: someone who chose their name answers a question; ToDesk: sent to the desk, not refused.
    enum class State { Welcome, Greeting, AlreadyCheckedIn, Refused, NoCode, Proof, ToDesk };
    Q_ENUM(State)
    enum class PrintStatus { None, Printing, Ready, AtDesk };
    Q_ENUM(PrintStatus)
    // The one screen the window shows.
    enum class Screen { WelcomeScreen, AnswerScreen, SelfSearchScreen, DoorScreen };
    Q_ENUM(Screen)

    // What someone who found their name must know from their registration.
    enum class Proof { EmailStart, ReferenceEnd, Desk };
    Q_ENUM(Proof)
    // The shape and icon of an answer, one for each kind, so that colour is never alone.
    enum class Sign { NoSign, Check, Again, Stop, Alert, Question, Signpost };
    Q_ENUM(Sign)

    struct Timing {
        int greetingMs = 6000;
        int refusalMs = 9000;
        int noCodeMs = 15000;
        int languageMs = 30000; // a language chosen on the welcome screen, then nobody
        int samePersonMs = 120000; // the same code again on this device: greeted again
        ScreenTimer::Limits moreTime; // "more time?" before each of these goes
    };
    using Clock = std::function<QDateTime()>; // UTC

    SelfServiceController(CheckInService &service, QString eventName, QString eventDates, QString defaultLanguage,
        QObject *parent = nullptr);

    void setTiming(const Timing &timing)
    {
        m_timing = timing;
        m_timer.setLimits(timing.moreTime);
    }
    const Timing &timing() const { return m_timing; }
    // Whether a first check-in asks for a badge (the app connects printing).
    void setPrinting(bool enabled) { m_printing = enabled; }
    // People without a code may find themselves by name (off by default).
    void setSelfSearch(bool enabled) { m_selfSearch = enabled; }
    bool selfSearch() const { return m_selfSearch; }
    // How people who found their name prove it is theirs, and how many wrong answers send them to the desk.
    void setSelfSearchProof(Proof proof, int tries);
    static Proof proofFromName(const QString &name); // "email", "reference", "desk"
    int proofTriesLeft() const { return m_proofTriesLeft; }
    // The event's dates written in a language; without it, the dates given at construction.
    void setEventDates(std::function<QString(const QString &)> datesIn) { m_datesIn = std::move(datesIn); }
    void setClock(Clock clock) { m_now = std::move(clock); }
    // Matches show only a name and an organisation.
    AttendeeListModel *selfSearchResults() { return &m_selfSearchResults; }
    // The languages people may choose, in the order offered.
    LanguageListModel *languages() { return &m_languages; }
    // The screen keyboard's layout for the current language ("fr_FR": AZERTY).
    QString keyboardLocale() const;
    // A session door shows the door screen whatever the self-service state.
    void setDoorMode(bool door);
    bool doorMode() const { return m_doorMode; }
    Screen screen() const;
    // The video sink of the camera's view the welcome screen shows; the
    // application sends it the frames the decoder reads.
    QObject *viewfinder() const { return m_viewfinder; }
    void setViewfinder(QObject *sink);

    State state() const { return m_state; }
    Sign sign() const;
    ScreenTimer *timer() { return &m_timer; }
    ReachGeometry *reach() { return &m_reach; }
    bool reachMode() const { return m_reachMode; }
    QString title() const { return m_title; }
    QString message() const { return m_message; }
    QString attendeeName() const { return m_attendeeName; }
    QString organisation() const { return m_organisation; }
    PrintStatus printStatus() const { return m_printStatus; }
    QString printMessage() const;
    QString language() const { return m_language; }
    QString eventName() const { return m_eventName; }
    QString eventDates() const { return m_datesIn ? m_datesIn(m_language) : m_eventDates; }
    const CheckInResult &lastResult() const { return m_last; }
    // Empty while the camera works; else what the welcome screen tells people.
    QString cameraProblem() const;
    // For staff passing by: what is wrong with the badge printer, or empty.
    QString printerAlert() const { return m_printerAlert; }

public Q_SLOTS:
    // A code from the camera or a scanner.
    void scan(const QString &text, const QString &method = QStringLiteral("camera"));
    void chooseLanguage(const QString &language);
    void showNoCode();
    void backToWelcome();
    // From the print queue: the badge of `attendeeId` is printed, or cannot be.
    void badgePrinted(const QString &attendeeId);
    void badgeProblem(const QString &attendeeId);
    void setCameraProblem(const QString &problem);
    void setPrinterAlert(const QString &printer, const QString &message);
    void searchSelf(const QString &text);
    void chooseSelf(const QString &attendeeId);
    // The answer to the proof question; wrong too often: off to the desk.
    void answerProof(const QString &answer);
    // Every control within 800–1 100 mm and larger text, until nobody is there.
    void setReachMode(bool on);
    // "More time": the screen stays, as long as extensions are left.
    void keepScreen();

Q_SIGNALS:
    void changed();
    void languageChanged();
    void viewfinderChanged();
    void reachModeChanged();
    // "More time?" is on screen: the sound or speech hook tells people.
    void moreTimeAsked();
    void badgeWanted(const QString &attendeeId);
    // A language switch the application carries out (translations, retranslate).
    void languageRequested(const QString &language);
    // Success and failure, for sounds and lights.
    void accepted();
    void refused();

private:
    void show(State state, const QString &title, const QString &message, int returnAfterMs);
    void setLanguage(const QString &language);
    // The words of the screen shown again in a newly chosen language.
    void retell();
    // The answer expected from someone, empty when their record cannot tell.
    QString expectedProof(const Attendee &attendee) const;
    void showProof();
    void sendToDesk(const QString &message);
    bool seenHereJustNow(const CheckInResult &result) const;
    void greet(const Attendee &attendee, bool again, bool provisional);
    // Nobody answered "more time?": reach mode off, back to the welcome.
    void timeUp();

    CheckInService &m_service;
    QString m_eventName;
    QString m_eventDates;
    QString m_defaultLanguage;
    QString m_language;
    Timing m_timing;
    bool m_printing = false;
    bool m_languageChosen = false; // by the attendee: wins over the list's language
    std::function<QString(const QString &)> m_datesIn;
    Clock m_now;
    Proof m_proof = Proof::EmailStart;
    int m_proofTries = 3;
    int m_proofTriesLeft = 0;
    QString m_proofAttendeeId;
    QHash<QString, Attendee> m_candidates; // the names last listed, with what only they know
    QHash<QString, PrintStatus> m_badges; // by attendee, for a greeting shown again
    State m_state = State::Welcome;
    QString m_title;
    QString m_message;
    QString m_attendeeName;
    QString m_organisation;
    QString m_attendeeId;
    PrintStatus m_printStatus = PrintStatus::None;
    CheckInResult m_last;
    ScreenTimer m_timer;
    ReachGeometry m_reach;
    bool m_reachMode = false;
    QString m_cameraProblem;
    QString m_printerAlert;
    bool m_selfSearch = false;
    bool m_doorMode = false;
    QPointer<QObject> m_viewfinder;
    AttendeeListModel m_selfSearchResults;
    LanguageListModel m_languages;
};
