#include "kiosk/core/CheckInEvent.h"

QString CheckInEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::In:
        return QStringLiteral("in");
    case Kind::Out:
        return QStringLiteral("out");
    case Kind::Revoke:
        return QStringLiteral("revoke");
    }
    return QString();
}

CheckInEvent::Kind CheckInEvent::kindFromName(const QString &name)
{
    if (name == QLatin1String("out"))
        return Kind::Out;
    if (name == QLatin1String("revoke"))
        return Kind::Revoke;
    return Kind::In;
}
