#pragma once

#include <QSqlDatabase>

#include <optional>

// For the life of this object: raises SQLite's page cache, keeps temporary
// data (statement journals, the import's stage) in memory and checkpoints
// the write-ahead log each 64 MB instead of each 4 MB; then restores all
// three and checkpoints the log. A large import touches every page of the
// tables and indexes, which the default 2 MB cache would spill and read back
// many times, and which a checkpoint after nearly every transaction would
// copy back into the database again and again. The last checkpoint is
// passive: it never waits for, nor blocks, another connection. Does nothing
// below 1 000 rows or on another database.
class ImportPragmas {
public:
    ImportPragmas(const QSqlDatabase &db, qsizetype rows);
    ~ImportPragmas();
    ImportPragmas(const ImportPragmas &) = delete;
    ImportPragmas &operator=(const ImportPragmas &) = delete;

private:
    QSqlDatabase m_db;
    std::optional<qint64> m_cacheSize;
    std::optional<qint64> m_tempStore;
    std::optional<qint64> m_autoCheckpoint;
    bool m_cacheRaised = false;
    bool m_tempChanged = false;
    bool m_checkpointDeferred = false;
};
