#pragma once

#include <QMetaType>
#include <QString>
#include <QtQml/qqmlregistration.h>

// The attendee whose page is open at the desk, as the page shows them; not
// valid when no page is open.
class AttendeeDetails {
    Q_GADGET
    QML_VALUE_TYPE(attendeeDetails)
    Q_PROPERTY(bool valid READ valid)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString code MEMBER code)
    Q_PROPERTY(QString firstName MEMBER firstName)
    Q_PROPERTY(QString lastName MEMBER lastName)
    Q_PROPERTY(QString organisation MEMBER organisation)
    Q_PROPERTY(QString role MEMBER role)
    Q_PROPERTY(QString category MEMBER category)
    Q_PROPERTY(QString country MEMBER country)
    Q_PROPERTY(bool cancelled MEMBER cancelled)
    Q_PROPERTY(bool checkedIn MEMBER checkedIn)

public:
    bool valid() const { return !id.isEmpty(); }

    QString id;
    QString code;
    QString firstName;
    QString lastName;
    QString organisation;
    QString role;
    QString category;
    QString country;
    bool cancelled = false;
    bool checkedIn = false;
};
