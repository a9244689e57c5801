#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One slot of the programme: a workshop, plenary, meeting, coffee break...
struct Session {
    QString id;
    QString code;
    QString titleFr;
    QString titleEn;
    QString kind;
    QString room;
    QDateTime startsAt; // UTC
    QDateTime endsAt; // UTC
    int capacity = 0; // 0: unlimited
    bool restricted = false; // only people on its registration list may enter
    QString version;
    QString device;

    // The title in the given language ("fr", "en"), falling back to the other one.
    QString title(const QString &language = QString()) const;
    bool sameContent(const Session &other) const;
};
