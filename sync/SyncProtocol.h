#pragma once

#include "kiosk/core/Attendee.h"
#include "kiosk/core/CheckInEvent.h"
#include "kiosk/core/Session.h"

#include <QJsonObject>
#include <optional>

// The JSON of the sync protocol (PROTOCOL.md): each record to and from JSON,
// reading refusing wrong types and missing fields with a message.
namespace SyncProtocol {

constexpr int version = 1;
constexpr int maxBodyBytes = 8 * 1024 * 1024;
constexpr int maxBatch = 2000;
constexpr int defaultPage = 500;
// How far ahead of the hub's clock a record's version may be.
constexpr qint64 maxClockAheadMs = 5 * 60 * 1000;

QJsonObject toJson(const Attendee &a);
QJsonObject toJson(const Session &s);
QJsonObject toJson(const CheckInEvent &e);

std::optional<Attendee> attendeeFromJson(const QJsonValue &v, QString *error);
std::optional<Session> sessionFromJson(const QJsonValue &v, QString *error);
std::optional<CheckInEvent> eventFromJson(const QJsonValue &v, QString *error);

} // namespace SyncProtocol
