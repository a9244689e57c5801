#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A badge to print, as kept in the event database until it is done.
//   pending → sending (claimed by one process) → sent (accepted by CUPS) → completed
// and, for staff to decide: held (an unattended kiosk's badge the printer could
// not take: the attendee was sent to the desk), uncertain (it may have printed:
// a sender died while handing it to CUPS), lost (CUPS no longer knows it).
struct PrintJob {
    enum class State { Pending, Sending, Sent, Held, Uncertain, Lost, Completed, Failed, Cancelled };

    QString id;
    QString attendeeId;
    QString templateName;
    QString printer;
    State state = State::Pending;
    int cupsJobId = 0;
    int attempts = 0;
    QString lastError;
    bool reprint = false;
    // Queued by an unattended kiosk: never printed later without staff.
    bool unattended = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime nextAttemptAt;
    QString claimedBy;
    QDateTime claimedAt;

    bool finished() const { return state == State::Completed || state == State::Failed || state == State::Cancelled; }
    // Nothing more happens to it until staff release, move or cancel it.
    bool waitsForStaff() const { return waitsForStaff(state); }
    static bool waitsForStaff(State s)
    {
        return s == State::Held || s == State::Uncertain || s == State::Lost || s == State::Failed;
    }
    static QString stateName(State state);
    static State stateFromName(const QString &name);
    QJsonObject toJson() const;
};
