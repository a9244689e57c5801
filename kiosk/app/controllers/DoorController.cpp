#include "kiosk/app/controllers/DoorController.h"

#include "kiosk/core/CheckInLog.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/SessionTable.h"

#include <QLocale>
#include <QTimeZone>

DoorController::DoorController(EventStore &store, CheckInService &service, QString language, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_service(service)
    , m_language(std::move(language))
{
}

QVariantList DoorController::sessions() const
{
    QVariantList list;
    const QTimeZone zone = m_store.timeZone();
    for (const Session &s : SessionTable(m_store.database()).all()) {
        list << QVariantMap { { QStringLiteral("id"), s.id }, { QStringLiteral("code"), s.code },
            { QStringLiteral("title"), s.title(m_language) }, { QStringLiteral("room"), s.room },
            { QStringLiteral("time"),
                s.startsAt.isValid()
                    ? QLocale(m_language).toString(s.startsAt.toTimeZone(zone), QStringLiteral("ddd HH:mm"))
                    : QString() } };
    }
    return list;
}

void DoorController::refreshSessions()
{
    Q_EMIT sessionsChanged();
}

bool DoorController::chooseSession(const QString &sessionIdOrCode)
{
    const auto s = SessionTable(m_store.database()).byCodeOrId(sessionIdOrCode);
    if (!s)
        return false;
    m_session = *s;
    m_count = CheckInLog(m_store.database()).attendeeCount(m_session.id);
    m_lastScans.clear();
    m_overrideCode.clear();
    m_overrideName.clear();
    Q_EMIT changed();
    return true;
}

void DoorController::leaveSession()
{
    m_session = Session();
    m_count = 0;
    m_lastScans.clear();
    m_overrideCode.clear();
    m_overrideName.clear();
    Q_EMIT changed();
}

void DoorController::record(const QString &name, const QString &outcome, const QString &message, bool admitted)
{
    m_lastScans.prepend(
        { name, outcome, message, admitted,
            QDateTime::currentDateTimeUtc().toTimeZone(m_store.timeZone()).toString(QStringLiteral("HH:mm")) },
        8);
    m_count = CheckInLog(m_store.database()).attendeeCount(m_session.id);
    Q_EMIT changed();
}

void DoorController::scan(const QString &text, const QString &method)
{
    if (m_session.id.isEmpty())
        return;
    CheckInService::Request request;
    request.scanned = text;
    request.sessionId = m_session.id;
    request.method = method;
    const CheckInResult result = m_service.scan(request);
    if (result.repeated)
        return;
    const QString name = result.attendee ? result.attendee->displayName() : QString();
    if (result.outcome == CheckInResult::Outcome::SessionFull) {
        m_overrideCode = text;
        m_overrideName = name;
    } else {
        m_overrideCode.clear();
        m_overrideName.clear();
    }
    record(name, CheckInResult::outcomeName(result.outcome), result.message(), result.admitted());
}

void DoorController::letInAnyway()
{
    if (m_overrideCode.isEmpty())
        return;
    CheckInService::Request request;
    request.scanned = m_overrideCode;
    request.sessionId = m_session.id;
    request.method = QStringLiteral("search");
    request.overrideCapacity = true;
    request.staff = QStringLiteral("door");
    const CheckInResult result = m_service.scan(request);
    const QString name = m_overrideName;
    m_overrideCode.clear();
    m_overrideName.clear();
    record(name, CheckInResult::outcomeName(result.outcome), result.message(), result.admitted());
}
