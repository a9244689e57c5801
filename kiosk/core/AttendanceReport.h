#pragma once

#include "kiosk/core/Attendee.h"
#include "kiosk/core/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QTimeZone>
#include <QVector>

#include <optional>

class EventStore;

// Who attended what, from the check-in log: per session, the people checked
// in (first entry, exits, category, organisation and its type) with counts;
// per attendee, the sessions attended. Revoked check-ins count for nothing.
// Times are in the event's time zone.
class AttendanceReport {
    Q_DECLARE_TR_FUNCTIONS(AttendanceReport)

public:
    struct Presence {
        QDateTime firstIn; // event time zone
        QVector<QDateTime> exits; // `out` events after the first entry, in order
    };
    struct SessionRow {
        Attendee attendee;
        QString organisationType; // OrganisationType::key()
        Presence presence;
    };
    struct SessionAttendance {
        Session session;
        QVector<SessionRow> rows; // by first entry
        QMap<QString, int> byCategory;
        QMap<QString, int> byOrganisationType;
    };
    struct Visit {
        Session session;
        Presence presence;
    };
    struct AttendeeAttendance {
        Attendee attendee;
        QDateTime venueIn; // first venue check-in; invalid when none
        QVector<Visit> visits; // by first entry
    };

    explicit AttendanceReport(EventStore &store);

    QTimeZone timeZone() const { return m_zone; }
    // Every session in programme order, or the one with this code or id
    // (nullopt when there is no such session).
    std::optional<QVector<SessionAttendance>> bySession(const QString &sessionCodeOrId = QString()) const;
    // Everyone checked in at the venue or a session, by name.
    QVector<AttendeeAttendance> byAttendee() const;
    // One person by id or code, checked in or not; nullopt when unknown.
    std::optional<AttendeeAttendance> forAttendee(const QString &idOrCode) const;

private:
    struct Log;
    // The log of everyone, or of one attendee.
    Log read(const QString &attendeeId = QString()) const;
    std::optional<AttendeeAttendance> attendanceOf(const Attendee &attendee, const Log &log) const;
    QHash<QString, Session> m_sessions; // by id

    EventStore &m_store;
    QTimeZone m_zone;
};
