#include "kiosk/app/controllers/EnrolmentController.h"

#include "kiosk/core/EventStore.h"
#include "sync/EnrolmentInvite.h"
#include "sync/SyncClient.h"

#include <QDebug>
#include <QThread>
#include <QUrl>

EnrolmentController::EnrolmentController(QString databasePath, QString deviceName, bool needed, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_deviceName(std::move(deviceName))
    , m_needed(needed)
{
}

EnrolmentController::~EnrolmentController()
{
    if (m_worker)
        m_worker->wait(); // an enrolment under way ends within the client's timeouts
}

void EnrolmentController::scan(const QString &text)
{
    if (!m_needed || m_state == State::Enrolling || m_state == State::Enrolled)
        return;
    QString error;
    const std::optional<EnrolmentInvite> invite = EnrolmentInvite::fromText(text, &error);
    if (!invite) {
        m_state = State::Failed;
        m_message = tr("This is not an enrolment code. Show the code that the hub prints with "
                       "“accueil-hub enrolment-code --qr”.");
        Q_EMIT changed();
        return;
    }
    m_state = State::Enrolling;
    m_message = invite->eventName.isEmpty() ? tr("Enrolling with the hub…")
                                            : tr("Enrolling with the hub of %1…").arg(invite->eventName);
    Q_EMIT changed();
    if (m_worker)
        m_worker->wait();
    // The network and the first fetch of the list happen on a thread of their
    // own, with their own database connection: the screen stays alive.
    m_worker.reset(QThread::create([this, invite = *invite, path = m_databasePath, name = m_deviceName] {
        EventStore store;
        QString why;
        bool ok = store.open(path);
        if (!ok)
            why = store.errorString();
        if (ok && !invite.fingerprint.isEmpty())
            store.setMetaValue(QStringLiteral("sync_hub_fingerprint"), invite.fingerprint);
        SyncClient client(store);
        if (ok)
            ok = client.enrol(QUrl(invite.hub), invite.code, name, &why);
        // The list comes now if it can; otherwise the sync thread fetches it.
        QString later;
        if (ok && !client.syncOnce(&later))
            qWarning().noquote() << "enrolled, the first sync will be tried again:" << later;
        QMetaObject::invokeMethod(
            this, [this, ok, why] { finish(ok, why); }, Qt::QueuedConnection);
    }));
    m_worker->setObjectName(QStringLiteral("enrolment"));
    m_worker->start();
}

void EnrolmentController::finish(bool ok, const QString &message)
{
    if (ok) {
        m_state = State::Enrolled;
        m_message = tr("This kiosk is enrolled. Starting…");
        Q_EMIT changed();
        Q_EMIT enrolled();
        return;
    }
    m_state = State::Failed;
    m_message = tr("The enrolment did not succeed: %1").arg(message);
    Q_EMIT changed();
}
