#pragma once

#include "kiosk/core/Attendee.h"
#include "printing/BadgeData.h"

class EventStore;

// Puts together what a badge shows from an attendee and the event: category
// label and colour, event title and dates (from the programme when the
// organisers did not set them).
namespace BadgeComposer {
BadgeData compose(const Attendee &attendee, EventStore &store);
// "8–9 juillet 2026" from the event's sessions, in the language given.
QString eventDates(EventStore &store, const QString &language = QStringLiteral("fr"));
}
