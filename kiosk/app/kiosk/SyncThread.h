#pragma once

#include "sync/SyncClient.h"

#include <QString>

#include <memory>

class QThread;

// The kiosk's background sync: a thread with its own connection to the event
// database that follows the hub until stopped. Stopping asks the thread to end
// (a long-poll or a back-off in progress is cut short) and joins it; the
// destructor stops, so a running thread is never deleted.
class SyncThread {
public:
    // `state`: what the device says of itself with its pushes (its printer),
    // called on the sync thread.
    explicit SyncThread(QString databasePath, SyncClient::StateSource state = {});
    ~SyncThread();
    SyncThread(const SyncThread &) = delete;
    SyncThread &operator=(const SyncThread &) = delete;

    void start();
    // Returns once the thread has finished; at once when it never started.
    void stop();
    bool isRunning() const;

private:
    QString m_databasePath;
    SyncClient::StateSource m_state;
    std::unique_ptr<QThread> m_thread;
};
