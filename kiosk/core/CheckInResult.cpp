#include "kiosk/core/CheckInResult.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>
#include <QTimeZone>

QString CheckInResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::CheckedIn:
        return QStringLiteral("checked_in");
    case Outcome::AlreadyCheckedIn:
        return QStringLiteral("already_checked_in");
    case Outcome::UnknownCode:
        return QStringLiteral("unknown_code");
    case Outcome::InvalidCode:
        return QStringLiteral("invalid_code");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::NotRegisteredForSession:
        return QStringLiteral("not_registered_for_session");
    case Outcome::SessionFull:
        return QStringLiteral("session_full");
    case Outcome::Error:
        return QStringLiteral("error");
    }
    return QString();
}

QString CheckInResult::message() const
{
    // Someone imported without a name is still greeted as someone: by their code.
    QString name = attendee ? attendee->displayName() : QString();
    if (name.isEmpty() && attendee)
        name = attendee->code;
    switch (outcome) {
    case Outcome::CheckedIn:
        if (name.isEmpty()) {
            return session ? QCoreApplication::translate("CheckInResult", "Checked in for %1.")
                                 .arg(session->title(QLocale().name()))
                           : QCoreApplication::translate("CheckInResult", "Checked in. Welcome!");
        }
        return session ? QCoreApplication::translate("CheckInResult", "%1 is checked in for %2.")
                             .arg(name, session->title(QLocale().name()))
                       : QCoreApplication::translate("CheckInResult", "%1 is checked in. Welcome!").arg(name);
    case Outcome::AlreadyCheckedIn: {
        const QDateTime local = firstCheckIn->occurredAt.toTimeZone(timeZone.isValid() ? timeZone : QTimeZone::utc());
        return QCoreApplication::translate("CheckInResult", "%1 was already checked in at %2 on %3, by %4.")
            .arg(name, local.toString(QStringLiteral("HH:mm")),
                QLocale().toString(local.date(), QStringLiteral("d MMMM")), firstCheckIn->device);
    }
    case Outcome::UnknownCode:
        return QCoreApplication::translate(
            "CheckInResult", "This code is not on the attendee list. Please go to the welcome desk.");
    case Outcome::InvalidCode:
        return QCoreApplication::translate(
            "CheckInResult", "This code is not valid for this event (%1). Please go to the welcome desk.")
            .arg(detail);
    case Outcome::Cancelled:
        if (attendee && attendee->deleted) {
            return QCoreApplication::translate(
                "CheckInResult", "This registration was withdrawn. Please go to the welcome desk.");
        }
        if (attendee && attendee->deleted) {
            return QCoreApplication::translate(
                "CheckInResult", "This registration was withdrawn. Please go to the welcome desk.");
        }
        return QCoreApplication::translate(
            "CheckInResult", "The registration of %1 was cancelled. Please go to the welcome desk.")
            .arg(name);
    case Outcome::NotRegisteredForSession:
        return QCoreApplication::translate("CheckInResult", "%1 is not registered for %2.")
            .arg(name, session ? session->title(QLocale().name()) : QString());
    case Outcome::SessionFull:
        return QCoreApplication::translate("CheckInResult", "%1 is full (%2 of %3). Staff may let %4 in anyway.")
            .arg(session ? session->title(QLocale().name()) : QString())
            .arg(sessionCount)
            .arg(sessionCapacity)
            .arg(name);
    case Outcome::Error:
        return QCoreApplication::translate("CheckInResult", "The check-in could not be recorded: %1").arg(detail);
    }
    return QString();
}

QJsonObject CheckInResult::toJson() const
{
    QJsonObject json {
        { QStringLiteral("result"), outcomeName(outcome) },
        { QStringLiteral("event_id"), eventId.isEmpty() ? QJsonValue() : QJsonValue(eventId) },
        { QStringLiteral("attendee"), attendee ? QJsonValue(attendee->toJson()) : QJsonValue() },
        { QStringLiteral("message"), message() },
    };
    if (firstCheckIn) {
        json.insert(QStringLiteral("first_checkin"),
            QJsonObject { { QStringLiteral("at"), firstCheckIn->occurredAt.toUTC().toString(Qt::ISODateWithMs) },
                { QStringLiteral("device"), firstCheckIn->device } });
    }
    if (session) {
        json.insert(QStringLiteral("session"),
            QJsonObject { { QStringLiteral("id"), session->id }, { QStringLiteral("code"), session->code },
                { QStringLiteral("checked_in"), sessionCount }, { QStringLiteral("capacity"), sessionCapacity } });
    }
    if (!detail.isEmpty())
        json.insert(QStringLiteral("detail"), detail);
    if (provisional)
        json.insert(QStringLiteral("provisional"), true);
    return json;
}
