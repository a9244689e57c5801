#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// What a device tells the hub about itself with a push (PROTOCOL.md, "state"):
// what it holds that the hub has not received yet, the badges waiting at its
// printer, and that printer's state. Read on the hub within bounds: counts
// are whole numbers from 0 (capped), the problem key one of problemKeys(),
// texts cleaned of control characters and cut to length.
struct DeviceState {
    struct Printer {
        QString queue;
        QString problem; // "" when ready, else one of problemKeys()
        QString message; // the device's own sentence, in its language
        bool operator==(const Printer &other) const
        {
            return queue == other.queue && problem == other.problem && message == other.message;
        }
    };

    int eventsWaiting = 0;
    std::optional<int> badgesWaiting; // none when the device does not print
    std::optional<Printer> printer; // none when the device has no printer

    bool operator==(const DeviceState &other) const
    {
        return eventsWaiting == other.eventsWaiting && badgesWaiting == other.badgesWaiting && printer == other.printer;
    }
    bool operator!=(const DeviceState &other) const { return !(*this == other); }

    QJsonObject toJson() const;
    // What a device sent, or nothing and `error` when it is not an object of
    // the right types; counts above maxCount are taken as maxCount, an
    // unknown problem key as "other", texts cut at their length.
    static std::optional<DeviceState> fromJson(const QJsonValue &value, QString *error);

    // media-empty, media-jam, door-open, offline, stopped, refusing, unknown-queue, other.
    static const QStringList &problemKeys();

    static constexpr int maxCount = 1000000;
    static constexpr int maxQueueLength = 127; // as CUPS names queues
    static constexpr int maxMessageLength = 300;
};
