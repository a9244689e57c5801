#include "kiosk/app/controllers/DoorController.h"

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/SessionTable.h"
#include "kiosk/core/Translations.h"

#include <QTimeZone>

namespace {
// Reads of the same code closer together than this at an exit are one exit.
constexpr int exitRepeatMs = 3000;
} // namespace

DoorController::DoorController(
    EventStore &store, CheckInService &service, QString language, QObject *parent, Clock clock)
    : QObject(parent)
    , m_store(store)
    , m_service(service)
    , m_language(std::move(language))
    , m_now(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_presence(store, service.device(), m_now)
{
    m_answerTimer.setSingleShot(true);
    m_answerTimer.setInterval(3000);
    connect(&m_answerTimer, &QTimer::timeout, this, &DoorController::dismissAnswer);
    refreshSessions();
}

QString DoorController::localTime(const QDateTime &utc) const
{
    return Translations::locale(m_language).toString(utc.toTimeZone(m_store.timeZone()).time(), QLocale::ShortFormat);
}

void DoorController::refreshSessions()
{
    QVector<DoorSessionListModel::Choice> choices;
    const QTimeZone zone = m_store.timeZone();
    const QLocale locale = Translations::locale(m_language);
    for (const Session &s : SessionTable(m_store.database()).all()) {
        const QDateTime start = s.startsAt.toTimeZone(zone);
        const QString time = s.startsAt.isValid()
            ? QStringLiteral("%1 %2").arg(locale.toString(start.date(), QStringLiteral("ddd")),
                locale.toString(start.time(), QLocale::ShortFormat))
            : QString();
        choices.append({ s.id, s.code, s.title(m_language), s.room, time });
    }
    m_sessions.setRows(std::move(choices));
}

bool DoorController::chooseSession(const QString &sessionIdOrCode)
{
    const auto s = SessionTable(m_store.database()).byCodeOrId(sessionIdOrCode);
    if (!s)
        return false;
    m_session = *s;
    m_count = m_presence.inRoom(m_session.id);
    m_lastScans.clear();
    m_overrideCode.clear();
    m_overrideName.clear();
    m_overrideAttendee.clear();
    Q_EMIT changed();
    return true;
}

void DoorController::leaveSession()
{
    m_session = Session();
    m_count = 0;
    m_lastScans.clear();
    m_overrideCode.clear();
    m_overrideName.clear();
    m_overrideAttendee.clear();
    dismissAnswer();
    Q_EMIT changed();
}

void DoorController::setLeaving(bool leaving)
{
    if (leaving == m_leaving)
        return;
    m_leaving = leaving;
    Q_EMIT changed();
}

void DoorController::record(const QString &name, const QString &outcome, const QString &message, bool admitted)
{
    m_lastScans.prepend({ name, outcome, message, admitted, localTime(m_now()) }, 8);
    m_count = m_presence.inRoom(m_session.id);
    Q_EMIT changed();
}

void DoorController::tell(Answer answer, const QString &title, const QString &detail)
{
    m_answer = answer;
    m_answerTitle = title;
    m_answerDetail = detail;
    m_answerTimer.start();
    Q_EMIT answerChanged();
}

void DoorController::dismissAnswer()
{
    if (m_answer == Answer::None)
        return;
    m_answer = Answer::None;
    m_answerTitle.clear();
    m_answerDetail.clear();
    m_answerTimer.stop();
    Q_EMIT answerChanged();
}

void DoorController::scan(const QString &text, const QString &method)
{
    if (m_session.id.isEmpty())
        return;
    if (m_leaving)
        exit(text, method);
    else
        enter(text, method);
}

void DoorController::enter(const QString &text, const QString &method)
{
    const auto person = AttendeeTable(m_store.database()).byCodeAnyCase(CheckInService::normalizedCode(text));
    const int inside = m_presence.inRoom(m_session.id);
    const bool full = m_session.capacity > 0 && inside >= m_session.capacity;
    if (person && m_presence.where(person->id, m_session.id) == RoomPresence::Where::Left) {
        // Back after going out: no new entry, the exit is taken back.
        if (full) {
            m_overrideCode.clear();
            m_overrideAttendee = person->id;
            m_overrideName = person->displayName();
            const QString message = tr("The room is full (%1 of %2).").arg(inside).arg(m_session.capacity);
            record(m_overrideName, QStringLiteral("session_full"), message, false);
            tell(Answer::Refused, tr("Room full"), m_overrideName + QLatin1Char('\n') + message);
            return;
        }
        const RoomPresence::Passage back = m_presence.comeBack(person->id, m_session.id, method);
        m_overrideName.clear();
        m_overrideAttendee.clear();
        const QString message = back.ok ? tr("%1 is back in.").arg(person->displayName()) : back.error;
        record(
            person->displayName(), back.ok ? QStringLiteral("checked_in") : QStringLiteral("error"), message, back.ok);
        tell(back.ok ? Answer::WelcomeBack : Answer::Refused, back.ok ? tr("Welcome back") : tr("Not recorded"),
            person->displayName());
        return;
    }
    CheckInService::Request request;
    request.scanned = text;
    request.sessionId = m_session.id;
    request.method = method;
    // Capacity counts the room now, not everyone who ever came in.
    request.overrideCapacity = m_session.capacity > 0 && !full;
    const CheckInResult result = m_service.scan(request);
    if (result.repeated)
        return;
    const QString name = result.attendee ? result.attendee->displayName() : QString();
    m_overrideAttendee.clear();
    if (result.outcome == CheckInResult::Outcome::SessionFull) {
        m_overrideCode = text;
        m_overrideName = name;
    } else {
        m_overrideCode.clear();
        m_overrideName.clear();
    }
    record(name, CheckInResult::outcomeName(result.outcome), result.message(), result.admitted());
    using Outcome = CheckInResult::Outcome;
    switch (result.outcome) {
    case Outcome::CheckedIn:
        tell(Answer::Admitted, tr("Come in"), name);
        break;
    case Outcome::AlreadyCheckedIn:
        tell(Answer::Warning, tr("Already inside"),
            tr("%1 came in at %2 and did not go out through an exit scan.")
                .arg(name, localTime(result.firstCheckIn->occurredAt)));
        break;
    case Outcome::SessionFull:
        tell(Answer::Refused, tr("Room full"), name);
        break;
    case Outcome::NotRegisteredForSession:
        tell(Answer::Refused, tr("Not registered"), name);
        break;
    case Outcome::UnknownCode:
    case Outcome::InvalidCode:
    case Outcome::Cancelled:
    case Outcome::Error:
        tell(Answer::Refused, tr("Not admitted"), result.message());
        break;
    }
}

void DoorController::exit(const QString &text, const QString &method)
{
    const QString code = CheckInService::normalizedCode(text);
    const QDateTime now = m_now();
    const bool repeated = code == m_lastExitCode && m_lastExitAt.isValid() && m_lastExitAt.msecsTo(now) >= 0
        && m_lastExitAt.msecsTo(now) < exitRepeatMs;
    m_lastExitCode = code;
    m_lastExitAt = now;
    if (repeated)
        return; // the camera still sees the same code
    const auto person = AttendeeTable(m_store.database()).byCodeAnyCase(code);
    if (!person) {
        record(QString(), QStringLiteral("unknown_code"), tr("This code is not on the attendee list."), false);
        tell(Answer::Refused, tr("Code not recognised"), QString());
        return;
    }
    const QString name = person->displayName();
    const RoomPresence::Passage out = m_presence.leave(person->id, m_session.id, method);
    if (!out.ok) {
        record(name, QStringLiteral("not_inside"), tr("%1 was not counted in the room.").arg(name), false);
        tell(Answer::Warning, tr("Not counted inside"), name);
        return;
    }
    record(name, QStringLiteral("left"), tr("%1 went out.").arg(name), true);
    tell(Answer::Left, tr("Goodbye"), name);
}

void DoorController::requestSessionChange()
{
    m_pinFor = Action::ChangeSession;
    m_pinMessage.clear();
    Q_EMIT pinChanged();
}

void DoorController::requestLetIn()
{
    if (m_overrideCode.isEmpty() && m_overrideAttendee.isEmpty())
        return;
    m_pinFor = Action::LetIn;
    m_pinMessage.clear();
    Q_EMIT pinChanged();
}

void DoorController::cancelPin()
{
    m_pinFor = Action::NoAction;
    m_pinMessage.clear();
    Q_EMIT pinChanged();
}

bool DoorController::submitPin(const QString &pin)
{
    if (m_pinFor == Action::NoAction)
        return false;
    QString message;
    if (!m_pinCheck || !m_pinCheck(pin, &message)) {
        m_pinMessage = message.isEmpty() ? tr("Wrong PIN.") : message;
        Q_EMIT pinChanged();
        return false;
    }
    const Action action = m_pinFor;
    cancelPin();
    if (action == Action::ChangeSession)
        leaveSession();
    else
        letInAnyway();
    return true;
}

void DoorController::letInAnyway()
{
    const QString name = m_overrideName;
    if (!m_overrideAttendee.isEmpty()) {
        const RoomPresence::Passage back
            = m_presence.comeBack(m_overrideAttendee, m_session.id, QStringLiteral("override"));
        m_overrideAttendee.clear();
        m_overrideName.clear();
        record(name, back.ok ? QStringLiteral("checked_in") : QStringLiteral("error"),
            back.ok ? tr("%1 is back in.").arg(name) : back.error, back.ok);
        tell(back.ok ? Answer::WelcomeBack : Answer::Refused, back.ok ? tr("Welcome back") : tr("Not recorded"), name);
        return;
    }
    if (m_overrideCode.isEmpty())
        return;
    CheckInService::Request request;
    request.scanned = m_overrideCode;
    request.sessionId = m_session.id;
    request.method = QStringLiteral("search");
    request.overrideCapacity = true;
    request.staff = QStringLiteral("door");
    const CheckInResult result = m_service.scan(request);
    m_overrideCode.clear();
    m_overrideName.clear();
    record(name, CheckInResult::outcomeName(result.outcome), result.message(), result.admitted());
    tell(result.admitted() ? Answer::Admitted : Answer::Refused, result.admitted() ? tr("Come in") : tr("Not admitted"),
        name);
}
