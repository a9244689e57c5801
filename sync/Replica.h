#pragma once

#include "kiosk/core/Attendee.h"
#include "kiosk/core/CheckInEvent.h"
#include "kiosk/core/Session.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QVector>

class HybridClock;

// The merge rules of replication, the same on the hub and on every device:
// check-in events are a grow-only set (by UUID, never changed or dropped);
// attendees and sessions are last-writer-wins per record by hybrid logical
// clock, deletions included (tombstones). Callers own the transaction.
class Replica {
public:
    Replica(QSqlDatabase db, HybridClock &clock);

    enum class Applied { Inserted, Updated, Unchanged, Rejected };

    // A record from another replica: stored as not to be pushed back.
    Applied applyAttendee(const Attendee &incoming, QString *error);
    Applied applySession(const Session &incoming, QString *error);
    Applied applyEvent(const CheckInEvent &incoming, qint64 serverSeq, QString *error);
    bool applyKey(int keyId, const QString &publicKeyHex, bool retired, QString *error);
    bool applyRevoked(const QString &codeHash, const QString &attendeeId, const QString &revokedAt, QString *error);

    // Check-in events not yet acknowledged by the hub, oldest first; those
    // the hub refused for good (RefusedChanges) are left out.
    QVector<CheckInEvent> unacknowledgedEvents(int limit) const;
    void acknowledgeEvents(const QStringList &ids, qint64 serverSeq);
    // After the hub was replaced: everything goes up again; with a device
    // name, only what that device wrote (the hub takes no other).
    void forgetAcknowledgements(const QString &device = QString());

    // What the hub's change log holds after `since`: a page of changes and the
    // attendees their events need.
    QJsonObject changesSince(qint64 since, int limit) const;
    qint64 latestSequence() const;

private:
    QString attendeeVersion(const QString &id, bool *exists, bool *deleted = nullptr) const;

    QSqlDatabase m_db;
    HybridClock &m_clock;
};
