#pragma once

#include <QSqlDatabase>
#include <QString>

// A device's changes the hub refused for good (a record it cannot take, a
// version from the future, another device's name): kept aside so they are
// not sent again and again, and counted for staff. An attendee edited again
// is sent again with its new version.
class RefusedChanges {
public:
    explicit RefusedChanges(QSqlDatabase db);

    // Creates the table on a device's database when it is not there yet.
    bool ensureTable();
    bool add(const QString &kind, const QString &id, const QString &version, const QString &reason);
    // The hub took a later version of the record after all.
    void forget(const QString &kind, const QString &id);
    int count() const;
    // The reason of the latest refusal, for staff.
    QString latestReason() const;
    // A new hub: everything is offered again.
    void clear();

    // SQL that is true for a check-in event set aside (alias `checkin_event`).
    static QString eventIsRefused();

private:
    QSqlDatabase m_db;
};
