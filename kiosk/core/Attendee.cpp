#include "kiosk/core/Attendee.h"

#include <QStringList>

QString Attendee::displayName() const
{
    QStringList parts;
    if (!firstName.isEmpty())
        parts << firstName;
    if (!lastName.isEmpty())
        parts << lastName;
    return parts.join(QLatin1Char(' '));
}

bool Attendee::sameContent(const Attendee &o) const
{
    return code == o.code && externalRef == o.externalRef && firstName == o.firstName && lastName == o.lastName
        && organisation == o.organisation && role == o.role && country == o.country && category == o.category
        && language == o.language && email == o.email && status == o.status && provisional == o.provisional;
}

QJsonObject Attendee::toJson() const
{
    QJsonObject json {
        { QStringLiteral("id"), id },
        { QStringLiteral("code"), code },
        { QStringLiteral("first_name"), firstName },
        { QStringLiteral("last_name"), lastName },
        { QStringLiteral("organisation"), organisation },
        { QStringLiteral("role"), role },
        { QStringLiteral("country"), country },
        { QStringLiteral("category"), category },
        { QStringLiteral("status"), statusName(status) },
    };
    if (deleted)
        json.insert(QStringLiteral("deleted"), true);
    return json;
}

QString Attendee::statusName(Status status)
{
    return status == Status::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("registered");
}

Attendee::Status Attendee::statusFromName(const QString &name)
{
    return name == QLatin1String("cancelled") ? Status::Cancelled : Status::Registered;
}
