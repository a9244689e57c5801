#include "printing/BadgeData.h"

QString BadgeData::field(const QString &name) const
{
    if (name == QLatin1String("first_name"))
        return firstName;
    if (name == QLatin1String("last_name"))
        return lastName;
    if (name == QLatin1String("full_name"))
        return (firstName + QLatin1Char(' ') + lastName).trimmed();
    if (name == QLatin1String("organisation"))
        return organisation;
    if (name == QLatin1String("role"))
        return role;
    if (name == QLatin1String("country"))
        return country;
    if (name == QLatin1String("category"))
        return categoryLabel;
    if (name == QLatin1String("event_title"))
        return eventTitle;
    if (name == QLatin1String("event_dates"))
        return eventDates;
    if (name == QLatin1String("code"))
        return code;
    return QString();
}
