#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// A write transaction taken at once (BEGIN IMMEDIATE), so that a decision read
// inside it cannot be invalidated by another process before it commits.
// Waits for the lock as long as the connection's busy timeout, trying
// every millisecond or so. Rolls back on destruction unless committed.
class WriteTransaction {
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    [[nodiscard]] bool begin();
    [[nodiscard]] bool commit();
    void rollback();
    QString errorString() const { return m_error; }

private:
    bool beginSqlite(QSqlQuery &query);

    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};
