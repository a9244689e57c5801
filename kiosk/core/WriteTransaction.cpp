#include "WriteTransaction.h"

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
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
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
