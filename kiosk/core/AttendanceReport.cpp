#include "kiosk/core/AttendanceReport.h"

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/OrganisationType.h"
#include "kiosk/core/SessionTable.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

// The non-revoked `in` and `out` events, read once: attendee → session (empty:
// the venue) → presence.
struct AttendanceReport::Log {
    QHash<QString, QHash<QString, Presence>> presences;
};

AttendanceReport::AttendanceReport(EventStore &store)
    : m_store(store)
    , m_zone(store.timeZone())
{
    for (const Session &s : SessionTable(store.database()).all())
        m_sessions.insert(s.id, s);
}

AttendanceReport::Log AttendanceReport::read(const QString &attendeeId) const
{
    Log log;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.attendee_id, e.session_id, e.kind, e.occurred_at FROM checkin_event e"
                             " WHERE e.kind IN ('in', 'out') AND NOT EXISTS (SELECT 1 FROM checkin_event r"
                             " WHERE r.kind = 'revoke' AND r.revokes = e.id)%1 ORDER BY e.occurred_at, e.id")
                  .arg(attendeeId.isEmpty() ? QString() : QStringLiteral(" AND e.attendee_id = ?")));
    if (!attendeeId.isEmpty())
        q.addBindValue(attendeeId);
    q.exec();
    while (q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs).toTimeZone(m_zone);
        Presence &p = log.presences[q.value(0).toString()][q.value(1).toString()];
        if (q.value(2).toString() == QLatin1String("in")) {
            if (!p.firstIn.isValid())
                p.firstIn = at;
        } else if (p.firstIn.isValid()) {
            p.exits << at; // an exit before any entry records nothing anyone attended
        }
    }
    return log;
}

std::optional<QVector<AttendanceReport::SessionAttendance>> AttendanceReport::bySession(
    const QString &sessionCodeOrId) const
{
    const QSqlDatabase db = m_store.database();
    QVector<Session> sessions;
    if (sessionCodeOrId.isEmpty()) {
        sessions = SessionTable(db).all();
    } else {
        const auto one = SessionTable(db).byCodeOrId(sessionCodeOrId);
        if (!one)
            return std::nullopt;
        sessions << *one;
    }
    const Log log = read();
    QHash<QString, Attendee> attendees;
    for (const Attendee &a : AttendeeTable(db).all())
        attendees.insert(a.id, a);
    QVector<SessionAttendance> result;
    for (const Session &s : sessions) {
        SessionAttendance attendance { s, {}, {}, {} };
        for (auto it = log.presences.cbegin(); it != log.presences.cend(); ++it) {
            const auto presence = it.value().constFind(s.id);
            const auto attendee = attendees.constFind(it.key());
            if (presence == it.value().cend() || !presence->firstIn.isValid() || attendee == attendees.cend())
                continue;
            const QString type = OrganisationType::key(OrganisationType::of(attendee->organisation));
            attendance.rows.append(SessionRow { *attendee, type, *presence });
            attendance.byCategory[attendee->category]++;
            attendance.byOrganisationType[type]++;
        }
        std::sort(attendance.rows.begin(), attendance.rows.end(), [](const SessionRow &a, const SessionRow &b) {
            if (a.presence.firstIn != b.presence.firstIn)
                return a.presence.firstIn < b.presence.firstIn;
            return a.attendee.id < b.attendee.id;
        });
        result.append(attendance);
    }
    return result;
}

std::optional<AttendanceReport::AttendeeAttendance> AttendanceReport::attendanceOf(
    const Attendee &a, const Log &log) const
{
    const auto presences = log.presences.constFind(a.id);
    if (presences == log.presences.cend())
        return std::nullopt;
    AttendeeAttendance attendance { a, presences->value(QString()).firstIn, {} };
    for (auto it = presences->cbegin(); it != presences->cend(); ++it) {
        const auto session = m_sessions.constFind(it.key());
        if (!it.key().isEmpty() && it->firstIn.isValid() && session != m_sessions.cend())
            attendance.visits.append(Visit { *session, it.value() });
    }
    if (!attendance.venueIn.isValid() && attendance.visits.isEmpty())
        return std::nullopt;
    std::sort(attendance.visits.begin(), attendance.visits.end(), [](const Visit &x, const Visit &y) {
        return x.presence.firstIn != y.presence.firstIn ? x.presence.firstIn < y.presence.firstIn
                                                        : x.session.id < y.session.id;
    });
    return attendance;
}

QVector<AttendanceReport::AttendeeAttendance> AttendanceReport::byAttendee() const
{
    const Log log = read();
    QVector<AttendeeAttendance> result;
    for (const Attendee &a : AttendeeTable(m_store.database()).all()) { // by last name, first name
        if (auto attendance = attendanceOf(a, log))
            result.append(*attendance);
    }
    return result;
}

std::optional<AttendanceReport::AttendeeAttendance> AttendanceReport::forAttendee(const QString &idOrCode) const
{
    const AttendeeTable table(m_store.database());
    std::optional<Attendee> attendee = table.byId(idOrCode);
    if (!attendee)
        attendee = table.byCodeAnyCase(idOrCode);
    if (!attendee)
        return std::nullopt;
    if (auto attendance = attendanceOf(*attendee, read(attendee->id)))
        return attendance;
    return AttendeeAttendance { *attendee, QDateTime(), {} };
}
