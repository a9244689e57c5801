#include "kiosk/core/Session.h"

QString Session::title(const QString &language) const
{
    if (language.startsWith(QLatin1String("en")) && !titleEn.isEmpty())
        return titleEn;
    return titleFr.isEmpty() ? titleEn : titleFr;
}

bool Session::sameContent(const Session &o) const
{
    return code == o.code && titleFr == o.titleFr && titleEn == o.titleEn && kind == o.kind && room == o.room
        && startsAt == o.startsAt && endsAt == o.endsAt && capacity == o.capacity && restricted == o.restricted;
}
