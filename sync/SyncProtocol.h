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
constexpr qint64 maxClockAheadMs = qint64(5) * 60 * 1000;
// How far a device's clock may be from the hub's before staff are warned.
constexpr qint64 clockWarningMs = qint64(60) * 1000;

// Why a version (hybrid logical clock reading) cannot be taken: not in the
// form HybridClock writes, or more than maxClockAheadMs ahead of `nowMs`.
// Empty when it can.
QString versionProblem(const QString &version, qint64 nowMs);
// The device a version names (what follows its second dot).
QString versionDevice(const QString &version);

QJsonObject toJson(const Attendee &a);
QJsonObject toJson(const Session &s);
QJsonObject toJson(const CheckInEvent &e);

std::optional<Attendee> attendeeFromJson(const QJsonValue &v, QString *error);
std::optional<Session> sessionFromJson(const QJsonValue &v, QString *error);
std::optional<CheckInEvent> eventFromJson(const QJsonValue &v, QString *error);

} // namespace SyncProtocol
