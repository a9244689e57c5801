#pragma once

#include "kiosk/core/HybridClock.h"

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
    };

    explicit HubService(EventStore &store);

    QString hubId() const { return m_hubId; }
    QString eventId() const;

    // A one-time code for enrolling a device, valid for `hours`.
    QString newEnrolmentCode(int hours = 24);
    // Returns {device_id, token, hub_id, event_id, event_name}, or an error message.
    QJsonObject enrol(const QString &code, const QString &deviceName, QString *error);
    // The device a token belongs to, or empty when unknown or revoked.
    QString authenticate(const QString &token);
    QVector<Device> devices() const;
    bool revoke(const QString &deviceIdOrName, QString *error);

    // Merges a device's push; the answer lists what was taken.
    QJsonObject push(const QString &deviceId, const QJsonObject &body, QString *error);
    QJsonObject changes(qint64 since, int limit) const;
    qint64 latestSequence() const;

    static QString hash(const QString &secret);
    // A device name as it may be shown: no control or format characters, at
    // most 100 characters, spaces simplified.
    static QString cleanDeviceName(const QString &name);

private:
    EventStore &m_store;
    HybridClock m_clock;
    QString m_hubId;
};
