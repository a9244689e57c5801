#pragma once

#include "kiosk/app/controllers/DoorScanListModel.h"
#include "kiosk/app/controllers/DoorSessionListModel.h"
#include "kiosk/core/RoomPresence.h"
#include "kiosk/core/Session.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

class CheckInService;
class EventStore;

// A tablet at a session door: choose the session from the programme, then
// every scan is an entry to, or an exit from, its room; a large counter of the
// people inside against capacity, a full-screen answer readable from afar,
// and the last scans. Changing the session and letting someone into a full
// room take the staff PIN.
class DoorController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the application")
    Q_PROPERTY(DoorSessionListModel *sessions READ sessions CONSTANT)
    Q_PROPERTY(QString sessionId READ sessionId NOTIFY changed)
    Q_PROPERTY(QString sessionTitle READ sessionTitle NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int capacity READ capacity NOTIFY changed)
    Q_PROPERTY(bool leaving READ leaving WRITE setLeaving NOTIFY changed)
    Q_PROPERTY(DoorScanListModel *lastScans READ lastScans CONSTANT)
    Q_PROPERTY(QString pendingOverride READ pendingOverride NOTIFY changed)
    Q_PROPERTY(Answer answer READ answer NOTIFY answerChanged)
    Q_PROPERTY(QString answerTitle READ answerTitle NOTIFY answerChanged)
    Q_PROPERTY(QString answerDetail READ answerDetail NOTIFY answerChanged)
    Q_PROPERTY(Action pinFor READ pinFor NOTIFY pinChanged)
    Q_PROPERTY(QString pinMessage READ pinMessage NOTIFY pinChanged)

public:
    // The full-screen answer to the last scan; None once it has gone.
    enum class Answer { None, Admitted, WelcomeBack, Left, Warning, Refused };
    Q_ENUM(Answer)
    // What the staff PIN is being asked for.
    enum class Action { NoAction, ChangeSession, LetIn };
    Q_ENUM(Action)
    using Clock = std::function<QDateTime()>; // UTC
    using PinCheck = std::function<bool(const QString &pin, QString *message)>;

    DoorController(
        EventStore &store, CheckInService &service, QString language, QObject *parent = nullptr, Clock clock = {});

    // The programme to choose from (refreshSessions() reads it again).
    DoorSessionListModel *sessions() { return &m_sessions; }
    QString sessionId() const { return m_session.id; }
    QString sessionTitle() const { return m_session.title(m_language); }
    // People in the room now: entries less exits.
    int count() const { return m_count; }
    int capacity() const { return m_session.capacity; }
    // A door that counts people going out ("exit" in the configuration).
    bool leaving() const { return m_leaving; }
    void setLeaving(bool leaving);
    DoorScanListModel *lastScans() { return &m_lastScans; }
    // The name of someone refused because the room is full, whom staff may let in.
    QString pendingOverride() const { return m_overrideName; }
    Answer answer() const { return m_answer; }
    QString answerTitle() const { return m_answerTitle; }
    QString answerDetail() const { return m_answerDetail; }
    Action pinFor() const { return m_pinFor; }
    QString pinMessage() const { return m_pinMessage; }
    // How a PIN is checked (the staff's); without it staff actions stay closed.
    void setPinCheck(PinCheck check) { m_pinCheck = std::move(check); }
    void setAnswerDuration(int ms) { m_answerTimer.setInterval(ms); }

public Q_SLOTS:
    bool chooseSession(const QString &sessionIdOrCode);
    void refreshSessions();
    void scan(const QString &text, const QString &method = QStringLiteral("scanner"));
    // Staff actions: each asks for the PIN first, then happens on submitPin().
    void requestSessionChange();
    void requestLetIn();
    void cancelPin();
    bool submitPin(const QString &pin);
    void dismissAnswer();
    // Back to the choice of session, without asking (set-up, tests).
    void leaveSession();

Q_SIGNALS:
    void changed();
    void answerChanged();
    void pinChanged();

private:
    void enter(const QString &text, const QString &method);
    void exit(const QString &text, const QString &method);
    void letInAnyway();
    void record(const QString &name, const QString &outcome, const QString &message, bool admitted);
    void tell(Answer answer, const QString &title, const QString &detail);
    QString localTime(const QDateTime &utc) const;

    EventStore &m_store;
    CheckInService &m_service;
    QString m_language;
    Clock m_now;
    RoomPresence m_presence;
    Session m_session;
    int m_count = 0;
    bool m_leaving = false;
    DoorScanListModel m_lastScans;
    DoorSessionListModel m_sessions;
    QString m_overrideCode;
    QString m_overrideName;
    QString m_overrideAttendee; // someone coming back into a full room
    Answer m_answer = Answer::None;
    QString m_answerTitle;
    QString m_answerDetail;
    QTimer m_answerTimer;
    Action m_pinFor = Action::NoAction;
    QString m_pinMessage;
    PinCheck m_pinCheck;
    QString m_lastExitCode;
    QDateTime m_lastExitAt;
};
