#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A badge to print, as kept in the event database until it is done.
struct PrintJob {
    enum class State { Pending, Sent, Completed, Failed, Cancelled };

    QString id;
    QString attendeeId;
    QString templateName;
    QString printer;
    State state = State::Pending;
    int cupsJobId = 0;
    int attempts = 0;
    QString lastError;
    bool reprint = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime nextAttemptAt;

    bool finished() const { return state == State::Completed || state == State::Failed || state == State::Cancelled; }
    static QString stateName(State state);
    static State stateFromName(const QString &name);
    QJsonObject toJson() const;
};
