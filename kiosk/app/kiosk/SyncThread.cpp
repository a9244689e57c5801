#include "kiosk/app/kiosk/SyncThread.h"
#include "kiosk/app/kiosk/KioskLog.h"

#include "kiosk/core/EventStore.h"
#include "sync/SyncClient.h"

#include <QThread>

SyncThread::SyncThread(QString databasePath, SyncClient::StateSource state)
    : m_databasePath(std::move(databasePath))
    , m_state(std::move(state))
{
}

SyncThread::~SyncThread()
{
    stop();
}

void SyncThread::start()
{
    if (m_thread)
        return;
    // The client lives and dies on the thread; it ends when the thread is
    // asked to (SyncClient checks QThread::isInterruptionRequested), so no
    // other thread ever holds a pointer to it.
    m_thread.reset(QThread::create([path = m_databasePath, state = m_state] {
        EventStore store;
        if (!store.open(path)) {
            qCWarning(lcKiosk).noquote() << "sync:" << store.errorString();
            return;
        }
        SyncClient client(store);
        client.setStateSource(state);
        client.follow();
    }));
    m_thread->setObjectName(QStringLiteral("sync"));
    m_thread->start();
}

void SyncThread::stop()
{
    if (!m_thread)
        return;
    m_thread->requestInterruption();
    // The client notices within SyncClient::stopCheckMs; an SQLite write in
    // progress finishes first. Joined without a timeout: a thread is never
    // deleted while it runs.
    m_thread->wait();
    m_thread.reset();
}

bool SyncThread::isRunning() const
{
    return m_thread && m_thread->isRunning();
}
