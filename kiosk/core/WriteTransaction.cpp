#include "kiosk/core/WriteTransaction.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(db)
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
    if (sqlite)
        return beginSqlite(query);
    if (!query.exec(QStringLiteral("BEGIN")) || !query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(8642)"))) {
        m_error = query.lastError().text();
        return false;
    }
    m_active = true;
    return true;
}

bool WriteTransaction::beginSqlite(QSqlQuery &query)
{
    // SQLite's own busy handler sleeps longer and longer (up to 100 ms between
    // tries): a writer that holds the lock in short bursts with short gaps
    // between them (an import) would keep it from everyone else. Polling every
    // millisecond, within the connection's own busy timeout, finds those gaps.
    int timeoutMs = 0;
    if (query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next())
        timeoutMs = query.value(0).toInt();
    if (timeoutMs > 0)
        query.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
    QElapsedTimer waited;
    waited.start();
    bool begun = false;
    for (;;) {
        begun = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        const QString code = query.lastError().nativeErrorCode();
        const bool busy = !begun && (code == QLatin1String("5") || code == QLatin1String("6"));
        if (begun || !busy || waited.elapsed() >= timeoutMs)
            break;
        QThread::usleep(waited.elapsed() < 1000 ? 500 : 2000);
    }
    if (!begun)
        m_error = query.lastError().text();
    if (timeoutMs > 0)
        query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(timeoutMs));
    m_active = begun;
    return begun;
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
