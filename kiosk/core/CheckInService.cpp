#include "kiosk/core/CheckInService.h"

#include "kiosk/codes/CodeVerifier.h"
#include "kiosk/core/AttendeeSearch.h"
#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInLog.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/Registrations.h"
#include "kiosk/core/SessionTable.h"
#include "kiosk/core/WriteTransaction.h"

#include <QCoreApplication>
#include <QUuid>

namespace {
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

CheckInService::CheckInService(EventStore &store, QString device, Clock clock)
    : m_store(store)
    , m_clock(std::move(device))
    , m_now(std::move(clock))
{
    if (!m_now)
        m_now = [] { return QDateTime::currentDateTimeUtc(); };
}

QString CheckInService::normalizedCode(const QString &scanned)
{
    QString code = scanned;
    // Keyboard-wedge scanners and copy-paste add line ends and stray spaces.
    while (!code.isEmpty() && (code.back().isSpace() || code.back().category() == QChar::Other_Control))
        code.chop(1);
    while (!code.isEmpty() && (code.front().isSpace() || code.front().category() == QChar::Other_Control))
        code.remove(0, 1);
    return code;
}

CheckInResult CheckInService::scan(const Request &request)
{
    const QString code = normalizedCode(request.scanned);
    const QDateTime now = m_now();
    const QString key = code + QLatin1Char('\n') + request.sessionId;
    // Only reads repeat themselves; a person pressing "check in" means it each time.
    const bool read = request.method == QLatin1String("camera") || request.method == QLatin1String("scanner");
    if (read && key == m_lastKey && m_lastAt.isValid() && m_lastAt.msecsTo(now) >= 0
        && m_lastAt.msecsTo(now) < m_repeatWindowMs) {
        // The camera still sees the same code: one scan, one answer.
        m_lastAt = now;
        CheckInResult repeated = m_lastResult;
        repeated.repeated = true;
        return repeated;
    }
    CheckInResult result = decide(request, code);
    if (result.outcome != CheckInResult::Outcome::Error) {
        m_lastKey = key;
        m_lastAt = now;
        m_lastResult = result;
    }
    return result;
}

CheckInResult CheckInService::decide(const Request &request, const QString &code)
{
    CheckInResult result;
    result.timeZone = m_store.timeZone();
    if (code.isEmpty()) {
        result.outcome = CheckInResult::Outcome::InvalidCode;
        result.detail = tr("empty code");
        return result;
    }
    if (code.size() > maxCodeLength) {
        result.outcome = CheckInResult::Outcome::InvalidCode;
        result.detail = tr("code too long");
        return result;
    }
    for (QChar c : code) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_NotAssigned) {
            result.outcome = CheckInResult::Outcome::InvalidCode;
            result.detail = tr("unreadable characters in the code");
            return result;
        }
    }

    QSqlDatabase db = m_store.database();
    // Decide and record inside one write transaction, so that two kiosks on the
    // same database cannot both admit the same first check-in.
    WriteTransaction transaction(db);
    if (!transaction.begin()) {
        result.detail = transaction.errorString();
        return result;
    }
    const AttendeeTable attendees(db);
    const SessionTable sessions(db);
    CheckInLog log(db);

    if (!request.sessionId.isEmpty()) {
        result.session = sessions.byCodeOrId(request.sessionId);
        if (!result.session) {
            result.detail = tr("unknown session %1").arg(request.sessionId);
            return result;
        }
    }
    if (SignedCode::looksSigned(code)) {
        const CodeVerifier::Verdict verdict = CodeVerifier::verify(code, db, m_store.eventId(), m_now());
        if (!verdict.valid) {
            result.outcome = CheckInResult::Outcome::InvalidCode;
            result.detail = verdict.reason;
            return result;
        }
        const QString attendeeId = verdict.code->attendeeId.toString(QUuid::WithoutBraces);
        result.attendee = attendees.byId(attendeeId);
        if (!result.attendee)
            result.attendee = attendees.tombstone(attendeeId);
        if (!result.attendee) {
            // Registered after this device's last sync: the signature vouches
            // for the person; the list catches up by the same id.
            Attendee a;
            a.id = attendeeId;
            a.code = code;
            a.firstName = verdict.code->firstName;
            a.lastName = verdict.code->lastName;
            a.category = verdict.code->category;
            a.provisional = true;
            a.version = HybridClock::format(0, 0, m_clock.device()); // any real record wins
            a.device = m_clock.device();
            AttendeeTable writable(db);
            if (!writable.save(a)) {
                result.detail = writable.errorString();
                return result;
            }
            result.attendee = a;
        }
        result.provisional = result.attendee->provisional;
    } else {
        result.attendee = attendees.byCodeAnyCase(code);
        if (!result.attendee)
            result.attendee = attendees.tombstoneByCode(code);
    }
    if (!result.attendee) {
        result.outcome = CheckInResult::Outcome::UnknownCode;
        return result;
    }
    // Deletion is final: whatever the code, the person is sent to the desk,
    // and nothing is written (a provisional record would bring them back).
    if (result.attendee->deleted) {
        result.outcome = CheckInResult::Outcome::Cancelled;
        result.provisional = false;
        result.detail = tr("the registration was deleted");
        return result;
    }
    if (result.attendee->status == Attendee::Status::Cancelled) {
        result.outcome = CheckInResult::Outcome::Cancelled;
        return result;
    }
    const QString sessionId = result.session ? result.session->id : QString();
    if (result.session) {
        result.sessionCapacity = result.session->capacity;
        result.sessionCount = log.attendeeCount(sessionId);
        if (result.session->restricted && !sessions.isRegistered(sessionId, result.attendee->id)) {
            result.outcome = CheckInResult::Outcome::NotRegisteredForSession;
            return result;
        }
    }
    if (auto first = log.firstCheckIn(result.attendee->id, sessionId)) {
        result.outcome = CheckInResult::Outcome::AlreadyCheckedIn;
        result.firstCheckIn = first;
        return result;
    }
    if (result.session && result.session->capacity > 0 && result.sessionCount >= result.session->capacity
        && !request.overrideCapacity) {
        result.outcome = CheckInResult::Outcome::SessionFull;
        return result;
    }

    CheckInEvent event;
    event.id = newId();
    event.attendeeId = result.attendee->id;
    event.sessionId = sessionId;
    event.kind = CheckInEvent::Kind::In;
    event.method = request.method;
    event.device = m_clock.device();
    event.staff = request.staff;
    event.occurredAt = m_now();
    event.hlc = m_clock.tick();
    if (!log.append(event) || !transaction.commit()) {
        result.outcome = CheckInResult::Outcome::Error;
        result.detail = log.errorString().isEmpty() ? transaction.errorString() : log.errorString();
        return result;
    }
    result.outcome = CheckInResult::Outcome::CheckedIn;
    result.eventId = event.id;
    if (result.session)
        ++result.sessionCount;
    return result;
}

CheckInService::UndoResult CheckInService::undo(const QString &eventIdOrCode, const QString &staff)
{
    const QString wanted = eventIdOrCode.trimmed();
    if (CheckInLog(m_store.database()).byId(wanted))
        return revoke(wanted, staff);
    if (const auto person = AttendeeTable(m_store.database()).byCodeAnyCase(wanted))
        return undoLatestCheckIn(person->id, staff);
    UndoResult result;
    result.message = tr("There is no check-in with the id %1, and nobody has that code.").arg(wanted);
    return result;
}

CheckInService::UndoResult CheckInService::undoLatestCheckIn(const QString &attendeeId, const QString &staff)
{
    const auto latest = CheckInLog(m_store.database()).latestCheckIn(attendeeId);
    if (!latest) {
        UndoResult result;
        result.message = tr("This person is not checked in.");
        return result;
    }
    return revoke(latest->id, staff);
}

CheckInService::UndoResult CheckInService::revoke(const QString &eventId, const QString &staff)
{
    UndoResult result;
    QSqlDatabase db = m_store.database();
    WriteTransaction transaction(db);
    if (!transaction.begin()) {
        result.message = transaction.errorString();
        return result;
    }
    CheckInLog log(db);
    const auto target = log.byId(eventId);
    if (!target) {
        result.message = tr("There is no check-in with the id %1.").arg(eventId);
        return result;
    }
    if (target->kind == CheckInEvent::Kind::Revoke) {
        result.message = tr("%1 is itself an undo and cannot be undone.").arg(eventId);
        return result;
    }
    if (log.isRevoked(eventId)) {
        result.message = tr("The check-in %1 was already undone.").arg(eventId);
        return result;
    }
    CheckInEvent undoEvent;
    undoEvent.id = newId();
    undoEvent.attendeeId = target->attendeeId;
    undoEvent.sessionId = target->sessionId;
    undoEvent.kind = CheckInEvent::Kind::Revoke;
    undoEvent.revokes = eventId;
    undoEvent.method = QStringLiteral("undo");
    undoEvent.device = m_clock.device();
    undoEvent.staff = staff;
    undoEvent.occurredAt = m_now();
    undoEvent.hlc = m_clock.tick();
    if (!log.append(undoEvent) || !transaction.commit()) {
        result.message = log.errorString().isEmpty() ? transaction.errorString() : log.errorString();
        return result;
    }
    // A new scan after an undo must be decided afresh.
    m_lastKey.clear();
    result.ok = true;
    result.eventId = undoEvent.id;
    return result;
}

QVector<Attendee> CheckInService::searchAttendees(const QString &text, int limit) const
{
    return AttendeeSearch(m_store.database()).find(text, limit);
}

QString CheckInService::codeOf(const QString &attendeeId) const
{
    const auto a = AttendeeTable(m_store.database()).byId(attendeeId);
    return a ? a->code : QString();
}

CheckInResult CheckInService::registerWalkIn(Attendee person, const QString &staff)
{
    for (QString *field : { &person.firstName, &person.lastName, &person.organisation, &person.role, &person.country,
             &person.category, &person.email })
        *field = field->simplified();
    const QString problem = Registrations::problemWith(person);
    if (!problem.isEmpty()) {
        CheckInResult refused;
        refused.timeZone = m_store.timeZone();
        refused.detail = problem;
        return refused;
    }
    person.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    person.code = QStringLiteral("W-") + person.id.left(8).toUpper() + person.id.mid(9, 4).toUpper();
    person.version = m_clock.tick();
    person.device = m_clock.device();
    {
        WriteTransaction transaction(m_store.database());
        AttendeeTable table(m_store.database());
        if (!transaction.begin() || !table.save(person) || !transaction.commit()) {
            CheckInResult failed;
            failed.detail = table.errorString().isEmpty() ? transaction.errorString() : table.errorString();
            return failed;
        }
    }
    Request request;
    request.scanned = person.code;
    request.method = QStringLiteral("walk-in");
    request.staff = staff;
    return scan(request);
}
