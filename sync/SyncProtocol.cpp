#include "sync/SyncProtocol.h"

#include "kiosk/core/FieldLimits.h"
#include "kiosk/core/HybridClock.h"

#include <QJsonValue>

namespace {

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// Reads a string field; `required` fields must be present and non-empty.
bool text(const QJsonObject &o, const char *key, QString *out, bool required, QString *error,
    int maxLength = FieldLimits::maxTextLength)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            *error = QStringLiteral("missing \"%1\"").arg(QLatin1String(key));
            return false;
        }
        out->clear();
        return true;
    }
    if (!v.isString()) {
        *error = QStringLiteral("\"%1\" must be a string").arg(QLatin1String(key));
        return false;
    }
    *out = v.toString();
    if ((required && out->isEmpty()) || out->size() > maxLength) {
        *error = QStringLiteral("\"%1\" is empty or too long").arg(QLatin1String(key));
        return false;
    }
    return true;
}

bool flag(const QJsonObject &o, const char *key, bool *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        *out = false;
        return true;
    }
    if (!v.isBool()) {
        *error = QStringLiteral("\"%1\" must be true or false").arg(QLatin1String(key));
        return false;
    }
    *out = v.toBool();
    return true;
}

} // namespace

namespace SyncProtocol {

QString versionProblem(const QString &version, qint64 nowMs)
{
    qint64 ms = 0;
    int counter = 0;
    if (!HybridClock::parse(version, &ms, &counter) || versionDevice(version).isEmpty())
        return QStringLiteral("\"%1\" is not a hybrid logical clock reading").arg(version.left(60));
    if (ms > nowMs + maxClockAheadMs)
        return QStringLiteral("the version is %1 minutes in the future: check the clock of the device that wrote it")
            .arg((ms - nowMs) / 60000);
    return QString();
}

QString versionDevice(const QString &version)
{
    return version.mid(23);
}

QJsonObject toJson(const Attendee &a)
{
    return QJsonObject { { QStringLiteral("id"), a.id }, { QStringLiteral("code"), nullable(a.code) },
        { QStringLiteral("external_ref"), nullable(a.externalRef) }, { QStringLiteral("first_name"), a.firstName },
        { QStringLiteral("last_name"), a.lastName }, { QStringLiteral("organisation"), a.organisation },
        { QStringLiteral("role"), a.role }, { QStringLiteral("country"), a.country },
        { QStringLiteral("category"), a.category }, { QStringLiteral("language"), a.language },
        { QStringLiteral("email"), a.email }, { QStringLiteral("status"), Attendee::statusName(a.status) },
        { QStringLiteral("badge_overrides"), a.badgeOverrides }, { QStringLiteral("version"), a.version },
        { QStringLiteral("device"), a.device }, { QStringLiteral("provisional"), a.provisional },
        { QStringLiteral("deleted"), a.deleted } };
}

QJsonObject toJson(const Session &s)
{
    return QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("code"), s.code },
        { QStringLiteral("title_fr"), s.titleFr }, { QStringLiteral("title_en"), s.titleEn },
        { QStringLiteral("kind"), s.kind }, { QStringLiteral("room"), s.room },
        { QStringLiteral("starts_at"),
            nullable(s.startsAt.isValid() ? s.startsAt.toUTC().toString(Qt::ISODateWithMs) : QString()) },
        { QStringLiteral("ends_at"),
            nullable(s.endsAt.isValid() ? s.endsAt.toUTC().toString(Qt::ISODateWithMs) : QString()) },
        { QStringLiteral("capacity"), s.capacity }, { QStringLiteral("restricted"), s.restricted },
        { QStringLiteral("version"), s.version }, { QStringLiteral("device"), s.device } };
}

QJsonObject toJson(const CheckInEvent &e)
{
    return QJsonObject { { QStringLiteral("id"), e.id }, { QStringLiteral("attendee_id"), e.attendeeId },
        { QStringLiteral("session_id"), nullable(e.sessionId) },
        { QStringLiteral("kind"), CheckInEvent::kindName(e.kind) }, { QStringLiteral("revokes"), nullable(e.revokes) },
        { QStringLiteral("method"), e.method }, { QStringLiteral("device"), e.device },
        { QStringLiteral("staff"), e.staff },
        { QStringLiteral("occurred_at"), e.occurredAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("hlc"), e.hlc } };
}

std::optional<Attendee> attendeeFromJson(const QJsonValue &v, QString *error)
{
    if (!v.isObject()) {
        *error = QStringLiteral("an attendee must be an object");
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    Attendee a;
    QString status;
    if (!text(o, "id", &a.id, true, error, 100) || !text(o, "code", &a.code, false, error, FieldLimits::maxCodeLength)
        || !text(o, "external_ref", &a.externalRef, false, error) || !text(o, "first_name", &a.firstName, false, error)
        || !text(o, "last_name", &a.lastName, false, error) || !text(o, "organisation", &a.organisation, false, error)
        || !text(o, "role", &a.role, false, error) || !text(o, "country", &a.country, false, error)
        || !text(o, "category", &a.category, false, error) || !text(o, "language", &a.language, false, error)
        || !text(o, "email", &a.email, false, error) || !text(o, "status", &status, true, error)
        || !text(o, "badge_overrides", &a.badgeOverrides, false, error, FieldLimits::maxBadgeOverridesLength)
        || !text(o, "version", &a.version, true, error, 200) || !text(o, "device", &a.device, false, error, 200)
        || !flag(o, "provisional", &a.provisional, error) || !flag(o, "deleted", &a.deleted, error))
        return std::nullopt;
    if (status != QLatin1String("registered") && status != QLatin1String("cancelled")) {
        *error = QStringLiteral("\"status\" must be registered or cancelled");
        return std::nullopt;
    }
    a.status = Attendee::statusFromName(status);
    return a;
}

std::optional<Session> sessionFromJson(const QJsonValue &v, QString *error)
{
    if (!v.isObject()) {
        *error = QStringLiteral("a session must be an object");
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    Session s;
    QString starts;
    QString ends;
    if (!text(o, "id", &s.id, true, error, 100) || !text(o, "code", &s.code, true, error, 100)
        || !text(o, "title_fr", &s.titleFr, false, error) || !text(o, "title_en", &s.titleEn, false, error)
        || !text(o, "kind", &s.kind, false, error) || !text(o, "room", &s.room, false, error)
        || !text(o, "starts_at", &starts, false, error) || !text(o, "ends_at", &ends, false, error)
        || !text(o, "version", &s.version, true, error, 200) || !text(o, "device", &s.device, false, error, 200)
        || !flag(o, "restricted", &s.restricted, error))
        return std::nullopt;
    if (!o.value(QStringLiteral("capacity")).isDouble()) {
        *error = QStringLiteral("\"capacity\" must be a number");
        return std::nullopt;
    }
    s.capacity = o.value(QStringLiteral("capacity")).toInt();
    s.startsAt = QDateTime::fromString(starts, Qt::ISODateWithMs);
    s.endsAt = QDateTime::fromString(ends, Qt::ISODateWithMs);
    return s;
}

std::optional<CheckInEvent> eventFromJson(const QJsonValue &v, QString *error)
{
    if (!v.isObject()) {
        *error = QStringLiteral("an event must be an object");
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    CheckInEvent e;
    QString kind;
    QString at;
    if (!text(o, "id", &e.id, true, error, 100) || !text(o, "attendee_id", &e.attendeeId, true, error, 100)
        || !text(o, "session_id", &e.sessionId, false, error, 100) || !text(o, "kind", &kind, true, error)
        || !text(o, "revokes", &e.revokes, false, error, 100) || !text(o, "method", &e.method, false, error, 50)
        || !text(o, "device", &e.device, true, error, 200) || !text(o, "staff", &e.staff, false, error, 200)
        || !text(o, "occurred_at", &at, true, error, 50) || !text(o, "hlc", &e.hlc, true, error, 200))
        return std::nullopt;
    if (kind != QLatin1String("in") && kind != QLatin1String("out") && kind != QLatin1String("revoke")) {
        *error = QStringLiteral("\"kind\" must be in, out or revoke");
        return std::nullopt;
    }
    if ((kind == QLatin1String("revoke")) == e.revokes.isEmpty()) {
        *error = QStringLiteral("\"revokes\" is needed for a revoke, and only for one");
        return std::nullopt;
    }
    e.kind = CheckInEvent::kindFromName(kind);
    e.occurredAt = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!e.occurredAt.isValid()) {
        *error = QStringLiteral("\"occurred_at\" is not an ISO 8601 time");
        return std::nullopt;
    }
    return e;
}

} // namespace SyncProtocol
