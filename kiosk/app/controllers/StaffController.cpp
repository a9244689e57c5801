#include "kiosk/app/controllers/StaffController.h"

#include "kiosk/codes/CodeVerifier.h"
#include "kiosk/codes/SignedCode.h"
#include "kiosk/core/AttendeeSearch.h"
#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInLog.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/Registrations.h"
#include "kiosk/core/SessionTable.h"
#include "kiosk/core/TextFolding.h"
#include "printing/CupsClient.h"
#include "printing/PrintQueue.h"

#include <QTimeZone>

StaffController::StaffController(
    EventStore &store, CheckInService &service, QString pinHash, QObject *parent, Clock clock)
    : QObject(parent)
    , m_store(store)
    , m_service(service)
    , m_now(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
    , m_pin(store, std::move(pinHash), [this] { return m_now(); })
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(120000);
    connect(&m_idle, &QTimer::timeout, this, &StaffController::lock);
}

QString StaffController::hashPin(const QString &pin)
{
    return StaffPin::hash(pin);
}

void StaffController::requestPin()
{
    if (m_pinRequested || m_unlocked)
        return;
    m_pinRequested = true;
    Q_EMIT pinRequestedChanged();
}

void StaffController::cancelPin()
{
    if (!m_pinRequested)
        return;
    m_pinRequested = false;
    Q_EMIT pinRequestedChanged();
}

void StaffController::setPage(Page page)
{
    touch();
    if (page == m_page)
        return;
    m_page = page;
    Q_EMIT pageChanged();
}

bool StaffController::unlock(const QString &pin)
{
    // Argon2id takes a good fraction of a second: that is what makes a copied
    // hash useless to guess from, and staff wait for it once.
    const StaffPin::Verdict verdict = m_pin.check(pin);
    m_pinMessage = verdict.message;
    Q_EMIT pinMessageChanged();
    if (verdict.result != StaffPin::Result::Accepted)
        return false;
    m_unlocked = true;
    m_idle.start();
    Q_EMIT unlockedChanged();
    cancelPin();
    return true;
}

void StaffController::lock()
{
    m_idle.stop();
    m_results.setRows({});
    closeSelection();
    if (!m_status.isEmpty())
        setStatus(QString()); // the next person at the desk starts afresh
    if (!m_duplicate.isEmpty()) {
        m_duplicate.clear();
        Q_EMIT duplicateChanged();
    }
    if (!m_unlocked)
        return;
    m_unlocked = false;
    Q_EMIT unlockedChanged();
}

void StaffController::touch()
{
    if (m_unlocked)
        m_idle.start();
}

void StaffController::setStatus(const QString &status)
{
    m_status = status;
    Q_EMIT statusChanged();
}

void StaffController::search(const QString &text)
{
    touch();
    m_lastQuery = text;
    QVector<AttendeeListModel::Row> rows;
    const CheckInLog log(m_store.database());
    for (const Attendee &a : AttendeeSearch(m_store.database()).find(text, 30))
        rows.append({ a, log.firstCheckIn(a.id, QString()).has_value() });
    m_results.setRows(std::move(rows));
}

bool StaffController::checkIn(const QString &attendeeId)
{
    touch();
    const auto attendee = AttendeeTable(m_store.database()).byId(attendeeId);
    if (!attendee || attendee->code.isEmpty()) {
        setStatus(tr("This person has no code to check in with."));
        return false;
    }
    CheckInService::Request request;
    request.scanned = attendee->code;
    request.method = QStringLiteral("search");
    const CheckInResult result = m_service.scan(request);
    setStatus(result.message());
    if (result.admitted())
        Q_EMIT badgeWanted(attendeeId);
    search(m_lastQuery);
    if (m_selected.id == attendeeId)
        select(attendeeId);
    return result.admitted();
}

bool StaffController::undoLastCheckIn(const QString &attendeeId)
{
    touch();
    const CheckInService::UndoResult undone = m_service.undoLatestCheckIn(attendeeId, QStringLiteral("desk"));
    setStatus(undone.ok ? tr("The arrival is undone.") : undone.message);
    search(m_lastQuery);
    if (m_selected.id == attendeeId)
        select(attendeeId);
    return undone.ok;
}

void StaffController::reprint(const QString &attendeeId)
{
    touch();
    if (!m_printing) {
        setStatus(tr("No badge printer is set up on this kiosk: nothing was printed."));
        return;
    }
    Q_EMIT reprintWanted(attendeeId);
    setStatus(tr("The badge is sent to the printer again."));
}

QString StaffController::registerWalkIn(const QString &firstName, const QString &lastName, const QString &organisation,
    const QString &email, const QString &category)
{
    touch();
    const QVariantMap same = sameName(firstName, lastName);
    const QString folded = TextFolding::fold(firstName.simplified() + QLatin1Char(' ') + lastName.simplified());
    if (!same.isEmpty() && folded != m_duplicateConfirmed) {
        m_duplicate = same;
        m_duplicate.insert(QStringLiteral("folded"), folded);
        Q_EMIT duplicateChanged();
        setStatus(tr("%1 is already registered. Open their page, or register the walk-in as another person.")
                      .arg(same.value(QStringLiteral("name")).toString()));
        return QString();
    }
    if (!m_duplicate.isEmpty()) {
        m_duplicate.clear();
        Q_EMIT duplicateChanged();
    }
    m_duplicateConfirmed.clear();
    Attendee a;
    a.firstName = firstName;
    a.lastName = lastName;
    a.organisation = organisation;
    a.email = email;
    a.category = category;
    const CheckInResult result = m_service.registerWalkIn(a, QStringLiteral("desk"));
    if (result.outcome == CheckInResult::Outcome::Error) {
        setStatus(tr("The walk-in could not be recorded: %1").arg(result.detail));
        return QString();
    }
    setStatus(result.message());
    Q_EMIT categoriesChanged();
    if (result.admitted())
        Q_EMIT badgeWanted(result.attendee->id);
    search(m_lastQuery);
    return result.attendee->id;
}

namespace {

// What became of a badge, in words staff use (never the print system's).
QString badgeWords(const PrintJob &job)
{
    switch (job.state) {
    case PrintJob::State::Pending:
        return job.reprint ? StaffController::tr("Badge reprint waiting for the printer")
                           : StaffController::tr("Badge waiting for the printer");
    case PrintJob::State::Sending:
    case PrintJob::State::Sent:
        return job.reprint ? StaffController::tr("Badge reprint being printed")
                           : StaffController::tr("Badge being printed");
    case PrintJob::State::Held:
        return StaffController::tr("Badge kept for the desk: hand it over or print it from the desk");
    case PrintJob::State::Uncertain:
        return StaffController::tr("Badge may have printed: check the printer, then reprint if needed");
    case PrintJob::State::Lost:
        return StaffController::tr("Badge lost by the printer: reprint it");
    case PrintJob::State::Completed:
        return job.reprint ? StaffController::tr("Badge reprinted") : StaffController::tr("Badge printed");
    case PrintJob::State::Failed:
        return job.reprint ? StaffController::tr("Badge reprint did not print")
                           : StaffController::tr("Badge did not print");
    case PrintJob::State::Cancelled:
        return StaffController::tr("Badge not printed (cancelled)");
    }
    return QString();
}

} // namespace

void StaffController::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
}

QStringList StaffController::categories() const
{
    return AttendeeTable(m_store.database()).categories();
}

QVariantMap StaffController::sameName(const QString &firstName, const QString &lastName) const
{
    const QString wanted = TextFolding::words(firstName + QLatin1Char(' ') + lastName).join(QLatin1Char(' '));
    if (TextFolding::words(lastName).isEmpty())
        return {};
    for (const Attendee &a : AttendeeSearch(m_store.database()).find(lastName, 50)) {
        if (TextFolding::words(a.firstName + QLatin1Char(' ') + a.lastName).join(QLatin1Char(' ')) == wanted)
            return { { QStringLiteral("id"), a.id }, { QStringLiteral("name"), a.displayName() },
                { QStringLiteral("organisation"), a.organisation } };
    }
    return {};
}

void StaffController::confirmDuplicate()
{
    touch();
    if (m_duplicate.isEmpty())
        return;
    m_duplicateConfirmed = m_duplicate.value(QStringLiteral("folded")).toString();
    m_duplicate.clear();
    Q_EMIT duplicateChanged();
}

bool StaffController::scan(const QString &code)
{
    if (!m_unlocked)
        return false;
    touch();
    const QString text = CheckInService::normalizedCode(code);
    std::optional<Attendee> attendee;
    if (SignedCode::looksSigned(text)) {
        const CodeVerifier::Verdict verdict
            = CodeVerifier::verify(text, m_store.database(), m_store.eventId(), m_now());
        if (!verdict.valid) {
            setStatus(tr("This code is not valid for this event."));
            return false;
        }
        attendee = AttendeeTable(m_store.database()).byId(verdict.code->attendeeId.toString(QUuid::WithoutBraces));
    } else {
        attendee = AttendeeTable(m_store.database()).byCodeAnyCase(text);
    }
    if (!attendee) {
        setStatus(tr("This code is not on the attendee list."));
        return false;
    }
    setPage(Page::SearchPage);
    select(attendee->id);
    setStatus(m_selected.checkedIn ? tr("%1 has already arrived.").arg(attendee->displayName())
                                   : tr("%1: not arrived yet.").arg(attendee->displayName()));
    return true;
}

void StaffController::select(const QString &attendeeId)
{
    touch();
    const auto a = AttendeeTable(m_store.database()).byId(attendeeId);
    m_selected = AttendeeDetails();
    QVector<AttendeeHistoryModel::Line> lines;
    if (a) {
        m_selected.id = a->id;
        m_selected.code = a->code;
        m_selected.firstName = a->firstName;
        m_selected.lastName = a->lastName;
        m_selected.organisation = a->organisation;
        m_selected.role = a->role;
        m_selected.category = a->category;
        m_selected.country = a->country;
        m_selected.cancelled = a->status == Attendee::Status::Cancelled;
        m_selected.checkedIn = CheckInLog(m_store.database()).firstCheckIn(a->id, QString()).has_value();
        const QTimeZone zone = m_store.timeZone();
        const SessionTable sessions(m_store.database());
        for (const CheckInEvent &e : CheckInLog(m_store.database()).forAttendee(attendeeId)) {
            QString what;
            if (e.kind == CheckInEvent::Kind::Revoke)
                what = tr("Check-in undone");
            else if (!e.sessionId.isEmpty())
                what
                    = tr("Entered %1").arg(sessions.byId(e.sessionId) ? sessions.byId(e.sessionId)->code : e.sessionId);
            else
                what = tr("Checked in");
            lines.append({ e.occurredAt.toTimeZone(zone).toString(QStringLiteral("dd/MM HH:mm")), what, e.device });
        }
        const CupsClient cups;
        for (const PrintJob &job : PrintQueue(m_store, cups).jobsFor(attendeeId))
            lines.append(
                { job.createdAt.toTimeZone(zone).toString(QStringLiteral("dd/MM HH:mm")), badgeWords(job), QString() });
    }
    m_history.setLines(std::move(lines));
    Q_EMIT selectionChanged();
}

void StaffController::closeSelection()
{
    m_selected = AttendeeDetails();
    m_history.setLines({});
    Q_EMIT selectionChanged();
}

bool StaffController::saveEdit(const QString &attendeeId, const QString &firstName, const QString &lastName,
    const QString &organisation, const QString &role, const QString &category)
{
    touch();
    Registrations::Edit edit;
    edit.firstName = firstName;
    edit.lastName = lastName;
    edit.organisation = organisation;
    edit.role = role;
    edit.category = category;
    const Registrations::Change change = Registrations(m_store, m_service.device()).edit(attendeeId, edit);
    if (!change.ok) {
        setStatus(change.message);
        return false;
    }
    setStatus(tr("%1 is updated.").arg(change.attendee->displayName()));
    select(attendeeId);
    search(m_lastQuery);
    return true;
}
