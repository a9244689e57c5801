#pragma once

#include "kiosk/core/AttendeeTable.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

// Writes many attendees to an SQLite event database with statements prepared
// once: rows are staged in a temporary table, then written to `attendee`, its
// search index and (by the schema's triggers) the change log with one
// statement each. The same rows and index terms as AttendeeTable::saveAll,
// for a fraction of the statements. Rows are staged through SQLite's own
// statements on the connection's handle: Qt's binding costs more than the
// rest of the staging. Callers own the transaction.
class AttendeeBatchWriter {
public:
    explicit AttendeeBatchWriter(QSqlDatabase db, AttendeeTable::Origin origin = AttendeeTable::Origin::Local);
    ~AttendeeBatchWriter();
    AttendeeBatchWriter(const AttendeeBatchWriter &) = delete;
    AttendeeBatchWriter &operator=(const AttendeeBatchWriter &) = delete;

    [[nodiscard]] bool prepare();
    // Adds rows to the stage; a later row with the same id replaces an earlier one.
    [[nodiscard]] bool stage(const QVector<Attendee> &rows, qsizetype from, qsizetype count);
    // The staged ids whose attendee is a tombstone now.
    [[nodiscard]] std::optional<QStringList> stagedTombstones();
    [[nodiscard]] bool unstage(const QStringList &ids);
    // Writes the staged rows and empties the stage.
    [[nodiscard]] bool apply();
    // Empties the stage without writing it.
    void discard();
    QString errorString() const { return m_error; }

private:
    bool fail(const QSqlQuery &query);
    bool failNative();
    bool exec(QSqlQuery &query);
    bool step(sqlite3_stmt *statement);
    void bindRow(sqlite3_stmt *statement, int first, const Attendee &a);
    AttendeeTable::IndexText folded(const QString &text);

    QSqlDatabase m_db;
    AttendeeTable::Origin m_origin;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stageMany = nullptr;
    sqlite3_stmt *m_stageOne = nullptr;
    const QString m_registered;
    const QString m_cancelled;
    QSqlQuery m_tombstones;
    QSqlQuery m_unstage;
    QSqlQuery m_unindex;
    QSqlQuery m_upsert;
    QSqlQuery m_index;
    QSqlQuery m_clear;
    QHash<QString, AttendeeTable::IndexText> m_folded; // names and organisations repeat
    QString m_error;
};
