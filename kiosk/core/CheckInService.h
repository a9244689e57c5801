#pragma once

#include "kiosk/core/CheckInResult.h"
#include "kiosk/core/HybridClock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>
#include <functional>

class EventStore;

// The one place where a scanned string becomes a decision. Every accepted
// scan is committed to the event database before the result is returned.
class CheckInService {
    Q_DECLARE_TR_FUNCTIONS(CheckInService)

public:
    using Clock = std::function<QDateTime()>; // UTC

    struct Request {
        QString scanned;
        QString sessionId; // empty: venue entry
        QString method = QStringLiteral("scanner");
        QString staff;
        bool overrideCapacity = false; // staff let someone into a full session
    };

    struct UndoResult {
        bool ok = false;
        QString eventId; // the revoke event written
        QString message; // translated, for failures
    };

    CheckInService(EventStore &store, QString device, Clock clock = {});

    [[nodiscard]] CheckInResult scan(const Request &request);
    // Registers someone who came without registering and checks them in. The
    // person gets a UUID and a code derived from it, so that two devices never
    // make the same one; names and details come from `person`, checked by
    // Registrations::problemWith (refused: outcome Error, detail says why).
    [[nodiscard]] CheckInResult registerWalkIn(Attendee person, const QString &staff = QString());

    // Name search for self-service, and the code of one attendee.
    QVector<Attendee> searchAttendees(const QString &text, int limit) const;
    QString codeOf(const QString &attendeeId) const;

    // Revokes a check-in (or session entry) by its event id, or the latest
    // one of the person with that code (in either case when unambiguous).
    [[nodiscard]] UndoResult undo(const QString &eventIdOrCode, const QString &staff = QString());
    // Revokes the most recent non-revoked check-in (venue or session) of one attendee.
    [[nodiscard]] UndoResult undoLatestCheckIn(const QString &attendeeId, const QString &staff = QString());

    // Reads of the same code closer together than this are one scan.
    void setRepeatWindow(int milliseconds) { m_repeatWindowMs = milliseconds; }
    int repeatWindow() const { return m_repeatWindowMs; }
    const QString &device() const { return m_clock.device(); }

    static constexpr int maxCodeLength = 512;
    // Trims what scanners add around a code (spaces, CR/LF, tabs).
    static QString normalizedCode(const QString &scanned);

private:
    CheckInResult decide(const Request &request, const QString &code);
    UndoResult revoke(const QString &eventId, const QString &staff);

    EventStore &m_store;
    HybridClock m_clock;
    Clock m_now;
    int m_repeatWindowMs = 3000;
    QString m_lastKey;
    QDateTime m_lastAt;
    CheckInResult m_lastResult;
};
