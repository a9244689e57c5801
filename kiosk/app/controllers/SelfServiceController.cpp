#include "kiosk/app/controllers/SelfServiceController.h"

#include "kiosk/core/CheckInService.h"
#include "kiosk/core/TextFolding.h"
#include "kiosk/core/Translations.h"

#include <QTimeZone>

namespace {
// How much of the e-mail or the reference people are asked for.
constexpr int emailLetters = 3;
constexpr int referenceCharacters = 4;

// Letters and digits only, folded, as people type them on a screen keyboard.
QString comparable(const QString &text)
{
    QString kept;
    for (QChar c : TextFolding::fold(text)) {
        if (c.isLetterOrNumber())
            kept += c;
    }
    return kept;
}
// Whether the first letters of an address can be guessed from the person's name.
bool guessableFromName(const QString &start, const Attendee &a)
{
    const QString first = comparable(a.firstName);
    const QString last = comparable(a.lastName);
    for (const QString &guess : { first, last, first.left(1) + last, last.left(1) + first, first + last }) {
        if (!guess.isEmpty() && guess.startsWith(start.left(std::min(start.size(), guess.size()))))
            return true;
    }
    return false;
}

// Mail services so common that their name tells nothing.
const QStringList &commonMailDomains()
{
    static const QStringList list = { QStringLiteral("gmail"), QStringLiteral("googlemail"), QStringLiteral("yahoo"),
        QStringLiteral("hotmail"), QStringLiteral("outlook"), QStringLiteral("live"), QStringLiteral("msn"),
        QStringLiteral("icloud"), QStringLiteral("me"), QStringLiteral("orange"), QStringLiteral("wanadoo"),
        QStringLiteral("free"), QStringLiteral("laposte"), QStringLiteral("sfr"), QStringLiteral("gmx"),
        QStringLiteral("protonmail"), QStringLiteral("proton"), QStringLiteral("aol"), QStringLiteral("yandex"),
        QStringLiteral("mail"), QStringLiteral("web") };
    return list;
}
} // namespace

SelfServiceController::SelfServiceController(
    CheckInService &service, QString eventName, QString eventDates, QString defaultLanguage, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_eventName(std::move(eventName))
    , m_eventDates(std::move(eventDates))
    , m_defaultLanguage(std::move(defaultLanguage))
    , m_language(m_defaultLanguage)
{
    m_now = [] { return QDateTime::currentDateTimeUtc(); };
    m_timer.setLimits(m_timing.moreTime);
    connect(&m_timer, &ScreenTimer::expired, this, &SelfServiceController::timeUp);
    connect(&m_timer, &ScreenTimer::askedForMoreTime, this, &SelfServiceController::moreTimeAsked);
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
    case State::Proof:
        return Screen::SelfSearchScreen;
    case State::ToDesk:
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
    Q_EMIT changed(); // texts made at reading time (the camera's problem) follow
}

void SelfServiceController::chooseLanguage(const QString &language)
{
    if (!Translations::offers(language))
        return;
    setLanguage(language);
    m_languageChosen = true;
    retell();
}

void SelfServiceController::retell()
{
    switch (m_state) {
    case State::Welcome:
        // Nobody there after choosing: back to the kiosk's language.
        show(State::Welcome, QString(), QString(), m_language == m_defaultLanguage ? 0 : m_timing.languageMs);
        break;
    case State::NoCode:
        show(State::NoCode, tr("No code?"),
            m_selfSearch ? tr("Type the first letters of your last name, then touch your name.")
                         : tr("Please go to the welcome desk: we will find your registration."),
            m_timing.noCodeMs);
        break;
    case State::Proof:
        showProof();
        break;
    case State::Greeting:
    case State::AlreadyCheckedIn:
    case State::Refused:
    case State::ToDesk:
        break;
    }
}

void SelfServiceController::show(State state, const QString &title, const QString &message, int returnAfterMs)
{
    m_state = state;
    m_title = title;
    m_message = message;
    m_timer.start(returnAfterMs);
    Q_EMIT changed();
}

void SelfServiceController::backToWelcome()
{
    m_attendeeName.clear();
    m_organisation.clear();
    m_attendeeId.clear();
    m_printStatus = PrintStatus::None;
    m_proofAttendeeId.clear();
    m_candidates.clear();
    m_proofTriesLeft = 0;
    m_languageChosen = false;
    m_state = State::Welcome;
    setLanguage(m_defaultLanguage);
    show(State::Welcome, QString(), QString(), 0);
}

void SelfServiceController::showNoCode()
{
    m_selfSearchResults.setRows({});
    m_proofAttendeeId.clear();
    m_state = State::NoCode;
    retell();
}

void SelfServiceController::searchSelf(const QString &text)
{
    if (!m_selfSearch || m_state != State::NoCode)
        return;
    m_timer.start(m_timing.noCodeMs); // typing keeps the screen
    QVector<AttendeeListModel::Row> rows;
    if (text.trimmed().size() >= 3) {
        QHash<QString, int> names;
        m_candidates.clear();
        for (const Attendee &a : m_service.searchAttendees(text, 8)) {
            if (a.status == Attendee::Status::Registered) {
                m_candidates.insert(a.id, a);
                rows.append({ a, false });
                ++names[TextFolding::fold(a.displayName())];
            }
        }
        // An organisation says where someone works: shown only to tell namesakes apart.
        for (AttendeeListModel::Row &row : rows) {
            if (names.value(TextFolding::fold(row.attendee.displayName())) < 2)
                row.attendee.organisation.clear();
        }
    }
    m_selfSearchResults.setRows(std::move(rows));
}

void SelfServiceController::chooseSelf(const QString &attendeeId)
{
    if (!m_selfSearch || m_state != State::NoCode || !m_candidates.contains(attendeeId))
        return;
    m_selfSearchResults.setRows({});
    m_proofAttendeeId = attendeeId;
    m_proofTriesLeft = m_proofTries;
    showProof();
}

QString SelfServiceController::expectedProof(const Attendee &attendee) const
{
    switch (m_proof) {
    case Proof::EmailStart: {
        const QString local = comparable(attendee.email.section(QLatin1Char('@'), 0, 0));
        if (local.size() < emailLetters)
            return QString();
        if (!guessableFromName(local.left(emailLetters), attendee))
            return local.left(emailLetters);
        // marie.dupont@…: the name gives it away; the mail server's name does not, unless everyone has it.
        const QString domain = comparable(attendee.email.section(QLatin1Char('@'), 1).section(QLatin1Char('.'), 0, 0));
        if (domain.size() < emailLetters || commonMailDomains().contains(domain))
            return QString();
        return QLatin1Char('@') + domain.left(emailLetters);
    }
    case Proof::ReferenceEnd: {
        const QString reference = comparable(attendee.externalRef);
        return reference.size() >= referenceCharacters ? reference.right(referenceCharacters) : QString();
    }
    case Proof::Desk:
        break;
    }
    return QString();
}

void SelfServiceController::showProof()
{
    const auto attendee = m_candidates.constFind(m_proofAttendeeId);
    if (attendee == m_candidates.cend() || expectedProof(*attendee).isEmpty()) {
        sendToDesk(tr("The staff at the welcome desk will check you in: please show them an identity document."));
        return;
    }
    const bool domain = expectedProof(*attendee).startsWith(QLatin1Char('@'));
    const QString question = m_proof == Proof::ReferenceEnd
        ? tr("To check that it is you, type the last %n character(s) of your registration number.", nullptr,
            referenceCharacters)
        : domain ? tr("To check that it is you, type the first %n letter(s) after the @ of the e-mail address you "
                      "registered with.",
              nullptr, emailLetters)
                 : tr("To check that it is you, type the first %n letter(s) of the e-mail address you registered "
                      "with.",
                     nullptr, emailLetters);
    const QString tries = m_proofTriesLeft < m_proofTries
        ? QLatin1Char(' ') + tr("That is not it: %n try(s) left.", nullptr, m_proofTriesLeft)
        : QString();
    show(State::Proof, tr("Is this you?"), question + tries, m_timing.noCodeMs);
}

void SelfServiceController::answerProof(const QString &answer)
{
    if (m_state != State::Proof || m_proofAttendeeId.isEmpty())
        return;
    const auto attendee = m_candidates.constFind(m_proofAttendeeId);
    const QString expected = attendee != m_candidates.cend() ? expectedProof(*attendee) : QString();
    QString given = comparable(answer);
    if (expected.startsWith(QLatin1Char('@')))
        given.prepend(QLatin1Char('@'));
    if (expected.isEmpty() || given != expected) {
        if (--m_proofTriesLeft <= 0) {
            sendToDesk(tr("We could not check that it is you. The staff at the welcome desk will check you in."));
            return;
        }
        showProof();
        return;
    }
    const QString code = attendee->code;
    m_proofAttendeeId.clear();
    m_candidates.clear();
    scan(code, QStringLiteral("search"));
}

void SelfServiceController::sendToDesk(const QString &message)
{
    m_proofAttendeeId.clear();
    m_candidates.clear();
    m_proofTriesLeft = 0;
    show(State::ToDesk, tr("Please go to the welcome desk"), message, m_timing.refusalMs);
    Q_EMIT refused();
}

void SelfServiceController::setSelfSearchProof(Proof proof, int tries)
{
    m_proof = proof;
    m_proofTries = std::max(1, tries);
}

SelfServiceController::Proof SelfServiceController::proofFromName(const QString &name)
{
    if (name == QLatin1String("reference"))
        return Proof::ReferenceEnd;
    if (name == QLatin1String("desk"))
        return Proof::Desk;
    return Proof::EmailStart;
}

bool SelfServiceController::seenHereJustNow(const CheckInResult &result) const
{
    // Someone making sure after their greeting is greeted again, not sent to the desk.
    if (result.outcome != CheckInResult::Outcome::AlreadyCheckedIn || !result.firstCheckIn || result.session)
        return false;
    const qint64 ago = result.firstCheckIn->occurredAt.msecsTo(m_now());
    return result.firstCheckIn->device == m_service.device() && ago >= 0 && ago < m_timing.samePersonMs;
}

void SelfServiceController::greet(const Attendee &attendee, bool again, bool provisional)
{
    if (again) {
        m_printStatus = m_badges.value(attendee.id, PrintStatus::None);
    } else if (m_printing) {
        m_printStatus = PrintStatus::Printing;
        if (m_badges.size() > 500)
            m_badges.clear();
        m_badges.insert(attendee.id, m_printStatus);
        Q_EMIT badgeWanted(m_attendeeId);
    }
    // Someone on the list without a name is welcomed all the same.
    const QString called = attendee.firstName.isEmpty() ? m_attendeeName : attendee.firstName;
    QString message = provisional
        ? tr("You are checked in. Please confirm your details at the welcome desk when you can.")
        : tr("You are checked in.");
    show(State::Greeting, called.isEmpty() ? tr("Welcome!") : tr("Welcome, %1!").arg(called), message,
        m_timing.greetingMs);
    Q_EMIT accepted();
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
    m_proofAttendeeId.clear();
    if (result.attendee) {
        m_attendeeName = result.attendee->displayName();
        m_organisation = result.attendee->organisation;
        m_attendeeId = result.attendee->id;
        // The greeting speaks the attendee's language when we know it, unless they chose one.
        const QString preferred = result.attendee->language.left(2);
        if (!m_languageChosen && Translations::offers(preferred))
            setLanguage(preferred);
    } else {
        m_attendeeName.clear();
        m_organisation.clear();
        m_attendeeId.clear();
    }
    m_printStatus = PrintStatus::None;
    using Outcome = CheckInResult::Outcome;
    switch (result.outcome) {
    case Outcome::CheckedIn:
        // A read of the code still in view after the answer went: the same greeting, no second badge.
        greet(*result.attendee, result.repeated, result.provisional);
        return;
    case Outcome::AlreadyCheckedIn: {
        if (seenHereJustNow(result)) {
            greet(*result.attendee, true, result.attendee->provisional);
            return;
        }
        const QDateTime at = result.firstCheckIn->occurredAt.toTimeZone(result.timeZone);
        const QLocale locale = Translations::locale(m_language);
        show(State::AlreadyCheckedIn, tr("Already checked in"),
            tr("This code was used at %1 on %2. If you need a new badge, please go to the welcome desk.")
                .arg(locale.toString(at.time(), QLocale::ShortFormat),
                    locale.toString(at.date(), QStringLiteral("d MMMM"))),
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
    if (m_badges.contains(attendeeId))
        m_badges.insert(attendeeId, PrintStatus::Ready);
    if (attendeeId != m_attendeeId || m_printStatus == PrintStatus::None)
        return;
    m_printStatus = PrintStatus::Ready;
    Q_EMIT changed();
}

void SelfServiceController::badgeProblem(const QString &attendeeId)
{
    if (m_badges.contains(attendeeId))
        m_badges.insert(attendeeId, PrintStatus::AtDesk);
    if (attendeeId != m_attendeeId || m_printStatus == PrintStatus::None)
        return;
    m_printStatus = PrintStatus::AtDesk;
    Q_EMIT changed();
}

void SelfServiceController::setCameraProblem(const QString &problem)
{
    m_cameraProblem = problem;
    Q_EMIT changed();
}

QString SelfServiceController::cameraProblem() const
{
    // Made when read, so that it speaks the language on the screen.
    return m_cameraProblem.isEmpty() ? QString()
                                     : tr("The camera is not working. Use the scanner, or go to the welcome desk.");
}

void SelfServiceController::setPrinterAlert(const QString &, const QString &message)
{
    m_printerAlert = message;
    Q_EMIT changed();
}

SelfServiceController::Sign SelfServiceController::sign() const
{
    switch (m_state) {
    case State::Welcome:
        return Sign::NoSign;
    case State::Greeting:
        return Sign::Check;
    case State::AlreadyCheckedIn:
        return Sign::Again;
    case State::Refused:
        return m_last.outcome == CheckInResult::Outcome::Error ? Sign::Alert : Sign::Stop;
    case State::NoCode:
    case State::Proof:
        return Sign::Question;
    case State::ToDesk:
        break;
    }
    return Sign::Signpost;
}

void SelfServiceController::setReachMode(bool on)
{
    if (on == m_reachMode)
        return;
    m_reachMode = on;
    Q_EMIT reachModeChanged();
    // Chosen on the welcome screen, then nobody: it goes like a chosen language.
    if (m_state == State::Welcome)
        m_timer.start(m_timing.languageMs);
}

void SelfServiceController::keepScreen()
{
    (void)m_timer.extend();
}

void SelfServiceController::timeUp()
{
    setReachMode(false);
    backToWelcome();
}
