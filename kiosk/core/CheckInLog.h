#pragma once

#include "kiosk/core/CheckInEvent.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

// The append-only log of check-in events, and the figures derived from it.
// "Checked in" is always computed: a non-revoked `in` event, never a stored flag.
class CheckInLog {
public:
    explicit CheckInLog(QSqlDatabase db);

    [[nodiscard]] bool append(const CheckInEvent &event);
    std::optional<CheckInEvent> byId(const QString &id) const;
    bool isRevoked(const QString &eventId) const;
    // The earliest non-revoked `in` of an attendee for a session (empty: the venue).
    std::optional<CheckInEvent> firstCheckIn(const QString &attendeeId, const QString &sessionId) const;
    // Distinct attendees with a non-revoked `in` for a session (empty: the venue).
    int attendeeCount(const QString &sessionId) const;
    // The same for every session at once, keyed by session id.
    QHash<QString, int> attendeeCountsBySession() const;
    // The most recent non-revoked `in` of an attendee, venue or session.
    std::optional<CheckInEvent> latestCheckIn(const QString &attendeeId) const;
    QVector<CheckInEvent> forAttendee(const QString &attendeeId) const;
    // When each person first came in at the venue (non-revoked), UTC.
    QVector<QDateTime> firstVenueArrivals() const;
    // Events this device has not yet had acknowledged by the hub.
    int unsentCount() const;
    // Non-revoked `in` events after the first one of the same person at the
    // same place: the same code used twice, perhaps on two devices offline.
    int doubleEntries(const QString &sessionId) const;

    QString errorString() const { return m_error; }

private:
    // A figure over the non-revoked `in` events of a session (or the venue).
    int countIn(const QString &expression, const QString &sessionId) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};
