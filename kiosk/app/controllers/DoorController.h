#pragma once

#include "kiosk/app/controllers/DoorScanListModel.h"
#include "kiosk/core/Session.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class CheckInService;
class EventStore;

// A tablet at a session door: choose the session from the programme, then
// every scan is an entry to that session; a large counter against capacity
// and the last scans. A full session is a warning staff can override.
class DoorController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the application")
    Q_PROPERTY(QVariantList sessions READ sessions NOTIFY sessionsChanged)
    Q_PROPERTY(QString sessionId READ sessionId NOTIFY changed)
    Q_PROPERTY(QString sessionTitle READ sessionTitle NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int capacity READ capacity NOTIFY changed)
    Q_PROPERTY(DoorScanListModel *lastScans READ lastScans CONSTANT)
    Q_PROPERTY(QString pendingOverride READ pendingOverride NOTIFY changed)

public:
    DoorController(EventStore &store, CheckInService &service, QString language, QObject *parent = nullptr);

    QVariantList sessions() const;
    QString sessionId() const { return m_session.id; }
    QString sessionTitle() const { return m_session.title(m_language); }
    int count() const { return m_count; }
    int capacity() const { return m_session.capacity; }
    DoorScanListModel *lastScans() { return &m_lastScans; }
    // The name of someone refused because the session is full, whom staff may let in.
    QString pendingOverride() const { return m_overrideName; }

public Q_SLOTS:
    bool chooseSession(const QString &sessionIdOrCode);
    // Back to the choice of session.
    void leaveSession();
    void refreshSessions();
    void scan(const QString &text, const QString &method = QStringLiteral("scanner"));
    // Lets in the person the full session refused.
    void letInAnyway();

Q_SIGNALS:
    void changed();
    void sessionsChanged();

private:
    void record(const QString &name, const QString &outcome, const QString &message, bool admitted);

    EventStore &m_store;
    CheckInService &m_service;
    QString m_language;
    Session m_session;
    int m_count = 0;
    DoorScanListModel m_lastScans;
    QString m_overrideCode;
    QString m_overrideName;
};
