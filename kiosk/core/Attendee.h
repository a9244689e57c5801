#pragma once

#include <QJsonObject>
#include <QString>

// One person expected at the event, as held in the event database.
struct Attendee {
    enum class Status { Registered, Cancelled };

    QString id;
    QString code;
    QString externalRef;
    QString firstName;
    QString lastName;
    QString organisation;
    QString role;
    QString country;
    QString category;
    QString language;
    QString email;
    Status status = Status::Registered;
    QString badgeOverrides;
    bool provisional = false; // admitted on a signed code, not yet on the list
    bool deleted = false; // a tombstone
    QString version;
    QString device;

    QString displayName() const;
    // True when every field a registration export can carry is equal.
    bool sameContent(const Attendee &other) const;
    QJsonObject toJson() const;

    static QString statusName(Status status);
    static Status statusFromName(const QString &name);
};
