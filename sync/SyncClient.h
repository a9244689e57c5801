#pragma once

#include "kiosk/core/HybridClock.h"
#include "sync/DeviceState.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <atomic>
#include <functional>
#include <optional>

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
        int refusedByHub = 0; // this device's changes the hub refused for good
        int refusedFromHub = 0; // records pulled and not stored (bad versions), since start
        qint64 clockOffsetMs = 0; // this device's clock minus the hub's, at the last answer
        QString warning; // translated, for staff: the clock, refused changes
    };

    explicit SyncClient(EventStore &store, QObject *parent = nullptr);
    // The clock the device believes (tests give a wrong one).
    void setWallClock(HybridClock::WallClock wallClock) { m_now = std::move(wallClock); }

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

    // What this device says of itself with its pushes (PROTOCOL.md, "state"),
    // called on the client's thread with its database: the badges waiting and
    // the printer. The changes waiting are counted here. Without a source the
    // device reports those alone: no printer.
    using StateSource = std::function<DeviceState(EventStore &store)>;
    void setStateSource(StateSource source) { m_stateSource = std::move(source); }
    // The state as it would be reported now.
    DeviceState currentState() const;
    // An unchanged state is reported again after this long; a changed one at
    // once (in follow mode, within `stateCheckMs`).
    static constexpr int stateRepeatMs = 60000;
    static constexpr int stateCheckMs = 1000;

    void setHub(const QUrl &hub);
    // Another address for this run only, never stored. An enrolled device
    // that has not pinned its hub's certificate refuses it (its token would go
    // to whoever answers there); a pinned one talks only to a server showing
    // the pinned certificate.
    bool useHubOnce(const QUrl &hub, QString *error);
    QUrl hub() const;
    Status status() const;
    // What staff should be told about this device's sync, translated; empty
    // when all is well. Read from the database, so any process can show it.
    static QString staffWarning(EventStore &store);

Q_SIGNALS:
    void statusChanged(const SyncClient::Status &status);

private:
    struct Reply {
        int status = 0;
        QJsonObject json;
        QString error;
        bool aborted = false;
        int retryAfterSeconds = 0;
    };
    Reply send(const QByteArray &method, const QString &path, const QJsonObject &body = {}, int timeoutMs = 15000);
    Reply request(const QByteArray &method, const QString &path, const QJsonObject &body = {}, int timeoutMs = 15000);
    bool push(QString *error);
    // Whether the state should go to the hub now: never sent, changed, or
    // sent longer than stateRepeatMs ago.
    bool stateDue() const;
    // After a push the hub answered: what it was told is what it knows.
    void noteStateSent(const QJsonObject &answer, const DeviceState &sent);
    bool pull(QString *error);
    int waitingEvents() const;
    // Check-ins and attendee edits the hub has not taken yet.
    int waitingChanges() const;
    void setFailure(const QString &error);
    void noteHubTime(const QJsonObject &answer, qint64 sentAtMs);
    // Waits `ms`, or less when stopped.
    void pause(int ms);

    EventStore &m_store;
    HybridClock m_clock;
    QNetworkAccessManager m_network;
    std::atomic<bool> m_stopRequested { false };
    Status m_status;
    QUrl m_hubOnce;
    HybridClock::WallClock m_now;
    StateSource m_stateSource;
    std::optional<DeviceState> m_stateSent;
    QElapsedTimer m_stateSentAt;
};
