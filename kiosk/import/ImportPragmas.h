#pragma once

#include <QSqlDatabase>

#include <optional>

// Raises SQLite's page cache and keeps temporary data (statement journals)
// in memory for the life of this object, then restores both: a large import
// touches every page of the tables and indexes, which SQLite's default 2 MB
// cache would spill and read back many times. Does nothing below 1 000 rows
// or on another database.
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
    bool m_cacheRaised = false;
    bool m_tempChanged = false;
};
