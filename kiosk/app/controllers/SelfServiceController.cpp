#include "kiosk/app/controllers/SelfServiceController.h"

#include "kiosk/core/CheckInService.h"
#include "kiosk/core/Translations.h"

#include <QTimeZone>

SelfServiceController::SelfServiceController(
    CheckInService &service, QString eventName, QString eventDates, QString defaultLanguage, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_eventName(std::move(eventName))
    , m_eventDates(std::move(eventDates))
    , m_defaultLanguage(std::move(defaultLanguage))
    , m_language(m_defaultLanguage)
{
    m_return.setSingleShot(true);
    connect(&m_return, &QTimer::timeout, this, &SelfServiceController::backToWelcome);
}

SelfServiceController::Screen SelfServiceController::screen() const
{
    if (m_doorMode)
        return Screen::DoorScreen;
    switch (m_state) {
    case State::Welcome:
        return Screen::WelcomeScreen;
    case State::NoCode:
        return m_selfSearch ? Screen::SelfSearchScreen : Screen::AnswerScreen;
    case State::Greeting:
    case State::AlreadyCheckedIn:
    case State::Refused:
        break;
    }
    return Screen::AnswerScreen;
}

void SelfServiceController::setDoorMode(bool door)
{
    if (door == m_doorMode)
        return;
    m_doorMode = door;
    Q_EMIT changed();
}

void SelfServiceController::setViewfinder(QObject *sink)
{
    if (sink == m_viewfinder)
        return;
    m_viewfinder = sink;
    Q_EMIT viewfinderChanged();
}

QString SelfServiceController::keyboardLocale() const
{
    for (const Translations::Language &language : Translations::languages()) {
        if (language.code == m_language)
            return language.keyboardLocale;
    }
    return QStringLiteral("en_GB");
}

QString SelfServiceController::printMessage() const
{
    switch (m_printStatus) {
    case PrintStatus::Printing:
        return tr("Your badge is printing…");
    case PrintStatus::Ready:
        return tr("Please take your badge.");
    case PrintStatus::AtDesk:
        return tr("Your badge will be handed to you at the welcome desk.");
    case PrintStatus::None:
        break;
    }
    return QString();
}

void SelfServiceController::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageRequested(language);
    Q_EMIT languageChanged();
}

void SelfServiceController::chooseLanguage(const QString &language)
{
    setLanguage(language);
    if (m_state == State::Welcome || m_state == State::NoCode)
        show(m_state, m_title, m_message, m_state == State::NoCode ? m_timing.noCodeMs : 0);
}

void SelfServiceController::show(State state, const QString &title, const QString &message, int returnAfterMs)
{
    m_state = state;
    m_title = title;
    m_message = message;
    if (returnAfterMs > 0)
        m_return.start(returnAfterMs);
    else
        m_return.stop();
    Q_EMIT changed();
}

void SelfServiceController::backToWelcome()
{
    m_attendeeName.clear();
    m_organisation.clear();
    m_attendeeId.clear();
    m_printStatus = PrintStatus::None;
    setLanguage(m_defaultLanguage);
    show(State::Welcome, QString(), QString(), 0);
}

void SelfServiceController::showNoCode()
{
    m_selfSearchResults.setRows({});
    show(State::NoCode, tr("No code?"),
        m_selfSearch ? tr("Type the first letters of your last name, then touch your name.")
                     : tr("Please go to the welcome desk: we will find your registration."),
        m_timing.noCodeMs);
}

void SelfServiceController::searchSelf(const QString &text)
{
    if (!m_selfSearch || m_state != State::NoCode)
        return;
    m_return.start(m_timing.noCodeMs); // typing keeps the screen
    QVector<AttendeeListModel::Row> rows;
    if (text.trimmed().size() >= 3) {
        for (const Attendee &a : m_service.searchAttendees(text, 6)) {
            if (a.status == Attendee::Status::Registered)
                rows.append({ a, false });
        }
    }
    m_selfSearchResults.setRows(std::move(rows));
}

void SelfServiceController::chooseSelf(const QString &attendeeId)
{
    if (!m_selfSearch)
        return;
    const QString code = m_service.codeOf(attendeeId);
    if (code.isEmpty()) {
        showNoCode();
        return;
    }
    m_selfSearchResults.setRows({});
    scan(code, QStringLiteral("search"));
}

void SelfServiceController::scan(const QString &text, const QString &method)
{
    CheckInService::Request request;
    request.scanned = text;
    request.method = method;
    const CheckInResult result = m_service.scan(request);
    if (result.repeated && m_state != State::Welcome)
        return; // the same code still in view: the answer is on screen already
    m_last = result;
    if (result.attendee) {
        m_attendeeName = result.attendee->displayName();
        m_organisation = result.attendee->organisation;
        m_attendeeId = result.attendee->id;
        // The greeting speaks the attendee's language when we know it.
        const QString preferred = result.attendee->language.left(2);
        if (Translations::offers(preferred))
            setLanguage(preferred);
    } else {
        m_attendeeName.clear();
        m_organisation.clear();
        m_attendeeId.clear();
    }
    m_printStatus = PrintStatus::None;
    using Outcome = CheckInResult::Outcome;
    switch (result.outcome) {
    case Outcome::CheckedIn: {
        if (m_printing) {
            m_printStatus = PrintStatus::Printing;
            Q_EMIT badgeWanted(m_attendeeId);
        }
        // Someone on the list without a name is welcomed all the same.
        const QString called = result.attendee->firstName.isEmpty() ? m_attendeeName : result.attendee->firstName;
        show(State::Greeting, called.isEmpty() ? tr("Welcome!") : tr("Welcome, %1!").arg(called),
            result.provisional ? tr("You are checked in. Please confirm your details at the welcome desk when you can.")
                               : tr("You are checked in."),
            m_timing.greetingMs);
        Q_EMIT accepted();
        return;
    }
    case Outcome::AlreadyCheckedIn: {
        const QDateTime at = result.firstCheckIn->occurredAt.toTimeZone(result.timeZone);
        show(State::AlreadyCheckedIn, tr("Already checked in"),
            tr("This code was used at %1 (%2). If you need a new badge, please go to the welcome desk.")
                .arg(at.toString(QStringLiteral("HH:mm")), result.firstCheckIn->device),
            m_timing.refusalMs);
        Q_EMIT refused();
        return;
    }
    case Outcome::UnknownCode:
        show(State::Refused, tr("Code not recognised"),
            tr("We cannot find this code. Please go to the welcome desk with your confirmation."), m_timing.refusalMs);
        break;
    case Outcome::InvalidCode:
        show(State::Refused, tr("Code not valid"),
            tr("This code is not valid for this event (%1). Please go to the welcome desk.").arg(result.detail),
            m_timing.refusalMs);
        break;
    case Outcome::Cancelled:
        show(State::Refused, tr("Registration cancelled"),
            tr("This registration was cancelled. Please go to the welcome desk."), m_timing.refusalMs);
        break;
    case Outcome::NotRegisteredForSession:
        show(State::Refused, tr("Not registered for this session"),
            tr("Please ask the staff at the door or go to the welcome desk."), m_timing.refusalMs);
        break;
    case Outcome::SessionFull:
        show(State::Refused, tr("This session is full"), tr("Please ask the staff at the door."), m_timing.refusalMs);
        break;
    case Outcome::Error:
        show(State::Refused, tr("Something went wrong"),
            tr("Your check-in could not be recorded. Please go to the welcome desk."), m_timing.refusalMs);
        break;
    }
    Q_EMIT refused();
}

void SelfServiceController::badgePrinted(const QString &attendeeId)
{
    if (attendeeId != m_attendeeId || m_printStatus == PrintStatus::None)
        return;
    m_printStatus = PrintStatus::Ready;
    Q_EMIT changed();
}

void SelfServiceController::badgeProblem(const QString &attendeeId)
{
    if (attendeeId != m_attendeeId || m_printStatus == PrintStatus::None)
        return;
    m_printStatus = PrintStatus::AtDesk;
    Q_EMIT changed();
}

void SelfServiceController::setCameraProblem(const QString &problem)
{
    m_cameraProblem = problem.isEmpty()
        ? QString()
        : tr("The camera is not working (%1). Use the scanner, or go to the welcome desk.").arg(problem);
    Q_EMIT changed();
}

void SelfServiceController::setPrinterAlert(const QString &, const QString &message)
{
    m_printerAlert = message;
    Q_EMIT changed();
}
