#pragma once

#include "kiosk/core/HybridClock.h"
#include "sync/DeviceState.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVector>

class EventStore;

// What the hub does with its event database, apart from HTTP: devices and
// their tokens (stored hashed), one-time enrolment codes, pushes merged by the
// replication rules, and pages of changes.
class HubService {
    Q_DECLARE_TR_FUNCTIONS(HubService)

public:
    struct Device {
        QString id;
        QString name;
        QDateTime enrolledAt;
        QDateTime lastSeenAt;
        bool revoked = false;
        QDateTime statusAt; // invalid when it never reported its state
        std::optional<DeviceState> state; // the last it reported
    };

    // Why a push or an enrolment was not taken.
    enum class Failure { None, Malformed, TooLarge, WrongCode, Busy, Internal };

    explicit HubService(EventStore &store);

    QString hubId() const { return m_hubId; }
    // How long a write waits for a lock held by another process (an import
    // on the hub's database) before the device is told to come back.
    void setLockWait(int ms);
    QString eventId() const;

    // A one-time code for enrolling a device, valid for `hours`.
    QString newEnrolmentCode(int hours = 24);
    // Returns {device_id, device_name, token, hub_id, event_id, event_name}, or
    // an error message. The name is made unique among the devices not revoked.
    QJsonObject enrol(const QString &code, const QString &deviceName, QString *error, Failure *failure = nullptr);
    // The device a token belongs to, or empty when unknown or revoked.
    QString authenticate(const QString &token);
    QVector<Device> devices() const;
    bool revoke(const QString &deviceIdOrName, QString *error);

    // Merges a device's push; the answer lists what was taken and what was
    // refused, record by record. Records must name the token's device.
    // A push may carry the device's state ("state"): it is kept as the
    // device's last, or left out with a reason in "state_refused" when it is
    // not readable; the records are taken either way.
    QJsonObject push(const QString &deviceId, const QJsonObject &body, QString *error, Failure *failure);
    // Grows each time a device reports a state other than its last one.
    qint64 deviceStateRevision() const { return m_stateRevision; }
    QJsonObject changes(qint64 since, int limit) const;
    qint64 latestSequence() const;

    static QString hash(const QString &secret);
    // A database too busy to write now (SQLite locked, PostgreSQL lock timeout):
    // worth trying again in a moment.
    static bool isBusy(const QString &databaseError);
    // A device name as it may be shown: no control or format characters, at
    // most 100 characters, spaces simplified.
    static QString cleanDeviceName(const QString &name);

private:
    QString nameOf(const QString &deviceId) const;
    void endFailedBegin();

    EventStore &m_store;
    HybridClock m_clock;
    QString m_hubId;
    qint64 m_stateRevision = 0;
};
