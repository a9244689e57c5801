#pragma once

#include "kiosk/core/Attendee.h"
#include "kiosk/core/CheckInEvent.h"
#include "kiosk/core/Session.h"

#include <QJsonObject>
#include <QTimeZone>
#include <optional>

// What the check-in service decided about one scan.
struct CheckInResult {
    enum class Outcome {
        CheckedIn,
        AlreadyCheckedIn,
        UnknownCode,
        InvalidCode,
        Cancelled,
        NotRegisteredForSession,
        SessionFull,
        Error, // the decision could not be recorded; nothing was written
    };

    Outcome outcome = Outcome::Error;
    std::optional<Attendee> attendee;
    std::optional<Session> session;
    QString eventId; // the event this scan wrote, if any
    std::optional<CheckInEvent> firstCheckIn; // for AlreadyCheckedIn
    QString detail; // why a code is invalid, or the error
    bool repeated = false; // the same read again within the repeat window
    bool provisional = false; // admitted on a signed code, not on the list yet
    int sessionCount = 0; // people in the session after this scan
    int sessionCapacity = 0;
    QTimeZone timeZone; // the event's, for the times in message()

    // Whether the person may go in.
    bool admitted() const { return outcome == Outcome::CheckedIn; }

    static QString outcomeName(Outcome outcome);
    // A sentence for the person at the screen, in the current UI language.
    QString message() const;
    // The stable JSON of `accueil checkin --json`.
    QJsonObject toJson() const;
};
