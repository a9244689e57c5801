#include "kiosk/core/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::begin()
{
    QSqlQuery query(m_db);
    // SQLite: take the write lock at once. PostgreSQL: one writer at a time
    // too, so that change numbers are committed in the order they are given.
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    if (!query.exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))
        || (!sqlite && !query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(8642)")))) {
        m_error = query.lastError().text();
        return false;
    }
    m_active = true;
    return true;
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_error = query.lastError().text();
        return false;
    }
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}
