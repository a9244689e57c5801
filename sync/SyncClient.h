#pragma once

#include "kiosk/core/HybridClock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <atomic>

class EventStore;

// A device's side of sync: pushes its unacknowledged check-ins and attendee
// edits, pulls what changed since its last server sequence, and in follow mode
// waits on the hub's long-poll, pushing at once whenever something happens
// locally. Never on the path of a scan: decisions read only the local database.
class SyncClient : public QObject {
    Q_OBJECT

public:
    struct Status {
        bool connected = false;
        QDateTime lastSuccess;
        int waitingEvents = 0;
        qint64 serverSequence = 0;
        QString error; // translated, after a failure
    };

    explicit SyncClient(EventStore &store, QObject *parent = nullptr);

    // Enrols this device with a one-time code; stores the hub and the token.
    bool enrol(const QUrl &hub, const QString &code, const QString &deviceName, QString *error);
    // One round: push everything waiting, then pull everything new.
    bool syncOnce(QString *error);
    // Keeps the device in sync until `stop()` or `seconds` have passed (0: for ever).
    // Also ends when the thread it runs on is asked to (QThread::requestInterruption).
    void follow(int seconds = 0);
    // Any thread, at any time, even before `follow()` starts: a request in
    // flight and a back-off are cut short within `stopCheckMs`.
    void stop() { m_stopRequested = true; }
    bool stopRequested() const;
    static constexpr int stopCheckMs = 50;

    void setHub(const QUrl &hub);
    QUrl hub() const;
    Status status() const;

Q_SIGNALS:
    void statusChanged(const SyncClient::Status &status);

private:
    struct Reply {
        int status = 0;
        QJsonObject json;
        QString error;
        bool aborted = false;
    };
    Reply request(const QByteArray &method, const QString &path, const QJsonObject &body = {}, int timeoutMs = 15000);
    bool push(QString *error);
    bool pull(QString *error);
    int waitingEvents() const;
    void setFailure(const QString &error);
    // Waits `ms`, or less when stopped.
    void pause(int ms);

    EventStore &m_store;
    HybridClock m_clock;
    QNetworkAccessManager m_network;
    std::atomic<bool> m_stopRequested { false };
    Status m_status;
};
