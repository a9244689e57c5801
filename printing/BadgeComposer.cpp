#include "printing/BadgeComposer.h"

#include "kiosk/core/EventStore.h"
#include "kiosk/core/SessionTable.h"
#include "printing/CategoryStyles.h"

#include <QLocale>
#include <QTimeZone>

namespace BadgeComposer {

QString eventDates(EventStore &store, const QString &language)
{
    QString set = store.metaValue(QStringLiteral("event_dates"));
    if (!set.isEmpty())
        return set;
    QDate first;
    QDate last;
    const QTimeZone zone = store.timeZone();
    for (const Session &s : SessionTable(store.database()).all()) {
        if (!s.startsAt.isValid())
            continue;
        const QDate start = s.startsAt.toTimeZone(zone).date();
        const QDate end = (s.endsAt.isValid() ? s.endsAt : s.startsAt).toTimeZone(zone).date();
        first = first.isValid() ? std::min(first, start) : start;
        last = last.isValid() ? std::max(last, end) : end;
    }
    if (!first.isValid())
        return QString();
    const QLocale locale(language);
    if (first == last)
        return locale.toString(first, QStringLiteral("d MMMM yyyy"));
    if (first.month() == last.month() && first.year() == last.year())
        return QStringLiteral("%1–%2").arg(first.day()).arg(locale.toString(last, QStringLiteral("d MMMM yyyy")));
    return QStringLiteral("%1 – %2").arg(
        locale.toString(first, QStringLiteral("d MMMM")), locale.toString(last, QStringLiteral("d MMMM yyyy")));
}

BadgeData compose(const Attendee &a, EventStore &store)
{
    BadgeData d;
    d.firstName = a.firstName;
    d.lastName = a.lastName;
    d.organisation = a.organisation;
    d.role = a.role;
    d.country = a.country;
    const CategoryStyles::Style style = CategoryStyles::instance().styleFor(a.category);
    d.categoryLabel = CategoryStyles::instance().labelFor(a.category);
    d.categoryColour = style.colour;
    d.eventTitle = store.eventName();
    d.eventDates = eventDates(store);
    d.code = a.code;
    return d;
}

} // namespace BadgeComposer
