#pragma once

#include <QDateTime>
#include <QString>

// One append-only entry of the check-in log.
struct CheckInEvent {
    enum class Kind { In, Out, Revoke };

    QString id;
    QString attendeeId;
    QString sessionId; // empty: venue entry
    Kind kind = Kind::In;
    QString revokes; // for Revoke: the id of the event it cancels
    QString method; // camera, scanner, search, walk-in, cli
    QString device;
    QString staff;
    QDateTime occurredAt; // UTC
    QString hlc;

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);
};
