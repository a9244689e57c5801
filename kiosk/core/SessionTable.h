#pragma once

#include "kiosk/core/Session.h"

#include <QSqlDatabase>
#include <QVector>
#include <optional>

// Reads and writes the programme. Callers own the transaction.
class SessionTable {
public:
    explicit SessionTable(QSqlDatabase db);

    std::optional<Session> byId(const QString &id) const;
    std::optional<Session> byCode(const QString &code) const;
    // What people type on a command line: the session's code or its id.
    std::optional<Session> byCodeOrId(const QString &key) const;
    QVector<Session> all() const;

    bool save(const Session &session);
    bool isRegistered(const QString &sessionId, const QString &attendeeId) const;
    bool addRegistration(const QString &sessionId, const QString &attendeeId);
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};
