#pragma once

#include "Attendee.h"

#include <QSqlDatabase>
#include <QVector>
#include <optional>

// Reads and writes attendee rows and keeps the search index in step with them.
// Callers own the transaction.
class AttendeeTable
{
public:
    explicit AttendeeTable(QSqlDatabase db);

    std::optional<Attendee> byId(const QString &id) const;
    std::optional<Attendee> byCode(const QString &code) const;
    QVector<Attendee> byExternalRef(const QString &externalRef) const;
    QVector<Attendee> all() const;
    // The rows with these search-index row ids, in the same order.
    QVector<Attendee> byRowIds(const QVector<qint64> &rowIds) const;
    int countRegistered() const;

    // Insert a new attendee or replace the one with the same id.
    bool save(const Attendee &attendee);
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};
