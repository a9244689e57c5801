#pragma once

#include <QString>

#include <memory>

class QThread;

// The kiosk's background sync: a thread with its own connection to the event
// database that follows the hub until stopped. Stopping asks the thread to end
// (a long-poll or a back-off in progress is cut short) and joins it; the
// destructor stops, so a running thread is never deleted.
class SyncThread {
public:
    explicit SyncThread(QString databasePath);
    ~SyncThread();
    SyncThread(const SyncThread &) = delete;
    SyncThread &operator=(const SyncThread &) = delete;

    void start();
    // Returns once the thread has finished; at once when it never started.
    void stop();
    bool isRunning() const;

private:
    QString m_databasePath;
    std::unique_ptr<QThread> m_thread;
};
