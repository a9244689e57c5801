#pragma once

#include "printing/BadgeData.h"

#include <QCoreApplication>
#include <QString>

class SelfServiceController;

// What the kiosk says aloud, in the language installed for the screens: the
// words of the screen shown, what to do next, the result, the badge's content
// and the printer's state. Private data (the name, the badge) only when
// `privately` (headphones), never on the loudspeaker. Nothing here is ever
// made from staff mode or from a PIN.
class SpokenTexts {
    Q_DECLARE_TR_FUNCTIONS(SpokenTexts)

public:
    // The screen's words and what to do next; `badge` is the checked-in person's, or null.
    static QString screen(const SelfServiceController &controller, bool privately, const BadgeData *badge);
    // The badge: printing, ready, at the desk, or the printer needing staff; empty when nothing to say.
    static QString printer(const SelfServiceController &controller);
    // What is on the badge, read to the person alone.
    static QString badge(const BadgeData &badge);
    // Said once when speech starts: how to hear again and how to stop.
    static QString howToUse(bool headphones);
    // The screen's time is up.
    static QString moreTime();

private:
    static QString welcome(const SelfServiceController &controller);
    static QString join(const QStringList &sentences);
};
