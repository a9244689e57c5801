#pragma once

#include "kiosk/core/HybridClock.h"

#include <QDateTime>
#include <QString>
#include <functional>

class EventStore;

// Who is in a session's room now, from the check-in log: a person is inside
// when their latest passage at its door, entry or exit, is an entry. Leaving
// writes an `out` event; coming back revokes that exit, so the figures made
// from first entries (who attended, codes used twice) do not change.
class RoomPresence {
public:
    using Clock = std::function<QDateTime()>; // UTC
    enum class Where { NeverEntered, Inside, Left };
    struct Passage {
        bool ok = false;
        QString eventId; // the event written
        QString error;
    };

    RoomPresence(EventStore &store, QString device, Clock clock = {});

    // People inside the room of a session now.
    int inRoom(const QString &sessionId) const;
    Where where(const QString &attendeeId, const QString &sessionId) const;
    // Records that someone inside left the room.
    [[nodiscard]] Passage leave(const QString &attendeeId, const QString &sessionId, const QString &method);
    // Records that someone who left came back in.
    [[nodiscard]] Passage comeBack(const QString &attendeeId, const QString &sessionId, const QString &method);

private:
    [[nodiscard]] Passage write(
        const QString &attendeeId, const QString &sessionId, const QString &method, bool leaving);

    EventStore &m_store;
    HybridClock m_clock;
    Clock m_now;
};
