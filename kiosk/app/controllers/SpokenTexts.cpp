#include "kiosk/app/controllers/SpokenTexts.h"

#include "kiosk/app/controllers/SelfServiceController.h"

#include <QStringList>

namespace {
// The screen's own words, with the translations the screen uses.
QString shown(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}
} // namespace

QString SpokenTexts::join(const QStringList &sentences)
{
    QStringList kept;
    for (QString sentence : sentences) {
        sentence = sentence.trimmed();
        if (sentence.isEmpty())
            continue;
        // A heading has no full stop; the voice needs one to pause.
        if (!QStringLiteral(".!?…:").contains(sentence.back()))
            sentence += QLatin1Char('.');
        kept << sentence;
    }
    return kept.join(QLatin1Char(' '));
}

QString SpokenTexts::welcome(const SelfServiceController &controller)
{
    return join({ controller.eventName(), shown("WelcomeScreen", "Scan your QR code"),
        shown("WelcomeScreen", "Hold the code of your confirmation up to the camera, on your phone or on paper."),
        controller.cameraProblem(), tr("If you have no code, please go to the welcome desk.") });
}

QString SpokenTexts::screen(const SelfServiceController &controller, bool privately, const BadgeData *badge)
{
    using State = SelfServiceController::State;
    const QString back = tr("The screen returns to the start on its own.");
    switch (controller.state()) {
    case State::Welcome:
        return welcome(controller);
    case State::Greeting: {
        // The title holds the first name: on the loudspeaker, a welcome without it.
        const QString title = privately ? controller.title() : shown("SelfServiceController", "Welcome!");
        return join({ title, controller.message(), privately && badge ? SpokenTexts::badge(*badge) : QString() });
    }
    case State::AlreadyCheckedIn:
    case State::Refused:
    case State::ToDesk: {
        const QString whose = privately && !controller.attendeeName().isEmpty()
            ? tr("Registration of %1.").arg(controller.attendeeName())
            : QString();
        return join({ controller.title(), whose, controller.message(), back });
    }
    case State::NoCode:
    case State::Proof:
        if (controller.screen() == SelfServiceController::Screen::SelfSearchScreen)
            return join({ controller.title(), controller.message(),
                tr("If you cannot use the keyboard on the screen, please go to the welcome desk.") });
        return join({ controller.title(), controller.message(), back });
    }
    return QString();
}

QString SpokenTexts::printer(const SelfServiceController &controller)
{
    using Print = SelfServiceController::PrintStatus;
    switch (controller.printStatus()) {
    case Print::Printing:
    case Print::Ready:
    case Print::AtDesk:
        return join({ controller.printMessage() });
    case Print::None:
        break;
    }
    if (controller.state() == SelfServiceController::State::Welcome && !controller.printerAlert().isEmpty())
        return tr("The badge printer is waiting for the staff: badges may be handed out at the welcome desk.");
    return QString();
}

QString SpokenTexts::badge(const BadgeData &badge)
{
    const QString name = QStringList({ badge.firstName, badge.lastName }).join(QLatin1Char(' ')).trimmed();
    QString category = badge.categoryLabel;
    category.replace(QStringLiteral(" · "), QStringLiteral(", "));
    QStringList parts;
    for (const QString &part : { name, badge.role, badge.organisation, badge.country, category }) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.isEmpty() ? QString() : tr("Your badge reads: %1.").arg(parts.join(QStringLiteral(", ")));
}

QString SpokenTexts::moreTime()
{
    return tr("Do you need more time? Touch “More time” to keep this screen.");
}

QString SpokenTexts::howToUse(bool headphones)
{
    return join({ tr("Speech is on."),
        tr("To hear the screen again, touch the button in the bottom right corner of the screen. The button beside "
           "it stops speech; the next two make the voice quieter or louder."),
        headphones ? QString()
                   : tr("Your name is never said on the loudspeaker: plug headphones into the kiosk to hear your name "
                        "and your badge.") });
}
