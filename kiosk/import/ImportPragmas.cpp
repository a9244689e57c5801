#include "kiosk/import/ImportPragmas.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

std::optional<qint64> read(QSqlQuery &q, const char *pragma)
{
    if (q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))) && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

// The log is checkpointed each 64 MB instead of each 4 MB.
constexpr qint64 checkpointPages = 16384;

} // namespace

ImportPragmas::ImportPragmas(const QSqlDatabase &db, qsizetype rows)
    : m_db(db)
{
    if (m_db.driverName() != QLatin1String("QSQLITE") || rows < 1000)
        return;
    QSqlQuery q(m_db);
    m_cacheSize = read(q, "cache_size");
    m_tempStore = read(q, "temp_store");
    // About 2 kB a row for the table, its indexes, the search index and the change log; at most 512 MB.
    const qint64 kib = std::min<qint64>(qint64(rows) * 2, qint64(512) * 1024);
    if (m_cacheSize && *m_cacheSize < 0 && kib > -*m_cacheSize)
        m_cacheRaised = q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
    if (m_tempStore)
        m_tempChanged = q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    m_autoCheckpoint = read(q, "wal_autocheckpoint");
    if (m_autoCheckpoint && *m_autoCheckpoint > 0 && *m_autoCheckpoint < checkpointPages)
        m_checkpointDeferred = q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(checkpointPages));
}

ImportPragmas::~ImportPragmas()
{
    QSqlQuery q(m_db);
    if (m_cacheRaised)
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_cacheSize));
    if (m_tempChanged)
        q.exec(QStringLiteral("PRAGMA temp_store = %1").arg(*m_tempStore));
    if (m_checkpointDeferred) {
        q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(*m_autoCheckpoint));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    }
}
