#include "kiosk/import/AttendeeBatchWriter.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace {

// Rows a staging statement: the cost of a statement is shared by many rows.
constexpr int rowsPerStatement = 32;
constexpr int stagedColumns = 21;

const char *const attendeeColumns = "id, code, external_ref, first_name, last_name, organisation, role, country,"
                                    " category, language, email, status, badge_overrides, version, device,"
                                    " provisional, pending_push";

QString stageStatement(int rows)
{
    const QString row
        = QLatin1Char('(') + QStringList(stagedColumns, QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    return QStringLiteral("INSERT OR REPLACE INTO temp.attendee_stage VALUES ")
        + QStringList(rows, row).join(QLatin1Char(','));
}

} // namespace

AttendeeBatchWriter::AttendeeBatchWriter(QSqlDatabase db, AttendeeTable::Origin origin)
    : m_db(db)
    , m_origin(origin)
    , m_registered(Attendee::statusName(Attendee::Status::Registered))
    , m_cancelled(Attendee::statusName(Attendee::Status::Cancelled))
    , m_tombstones(db)
    , m_unstage(db)
    , m_unindex(db)
    , m_upsert(db)
    , m_index(db)
    , m_clear(db)
{
}

AttendeeBatchWriter::~AttendeeBatchWriter()
{
    sqlite3_finalize(m_stageMany);
    sqlite3_finalize(m_stageOne);
}

bool AttendeeBatchWriter::prepare()
{
    // Qt's documented way to reach the connection of its SQLite driver.
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_error = QStringLiteral("not an SQLite connection");
        return false;
    }
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    QSqlQuery q(m_db);
    // In id order (WITHOUT ROWID): the attendee table's key and the change
    // log grow at one end, and new rows reach the search index in row id order.
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS attendee_stage (id TEXT PRIMARY KEY NOT NULL,"
                               " code TEXT, external_ref TEXT, first_name TEXT, last_name TEXT, organisation TEXT,"
                               " role TEXT, country TEXT, category TEXT, language TEXT, email TEXT, status TEXT,"
                               " badge_overrides TEXT, version TEXT, device TEXT, provisional INTEGER,"
                               " pending_push INTEGER, search_first TEXT, search_last TEXT,"
                               " search_organisation TEXT, search_joined TEXT) WITHOUT ROWID"))
        || !q.exec(QStringLiteral("DELETE FROM temp.attendee_stage")))
        return fail(q);
    const QString columns = QString::fromLatin1(attendeeColumns);
    const QString upsert = QStringLiteral("INSERT INTO attendee (%1, deleted) SELECT %1, 0 FROM temp.attendee_stage"
                                          " WHERE true ON CONFLICT (id) DO UPDATE SET code = excluded.code,"
                                          " external_ref = excluded.external_ref, first_name = excluded.first_name,"
                                          " last_name = excluded.last_name, organisation = excluded.organisation,"
                                          " role = excluded.role, country = excluded.country,"
                                          " category = excluded.category, language = excluded.language,"
                                          " email = excluded.email, status = excluded.status,"
                                          " badge_overrides = excluded.badge_overrides, version = excluded.version,"
                                          " device = excluded.device, provisional = excluded.provisional,"
                                          " pending_push = excluded.pending_push, deleted = 0")
                               .arg(columns);
    for (auto [statement, rows] : { std::pair { &m_stageMany, rowsPerStatement }, std::pair { &m_stageOne, 1 } }) {
        const QByteArray sql = stageStatement(rows).toUtf8();
        const int result = sqlite3_prepare_v3(
            m_handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, statement, nullptr);
        if (result != SQLITE_OK)
            return failNative();
    }
    // CROSS JOIN: the stage drives, each of its rows looked up by id (not
    // every attendee looked up in the stage).
    const bool prepared
        = m_tombstones.prepare(QStringLiteral("SELECT s.id FROM temp.attendee_stage s"
                                              " CROSS JOIN attendee a ON a.id = s.id WHERE a.deleted = 1"))
        && m_unstage.prepare(QStringLiteral("DELETE FROM temp.attendee_stage WHERE id = ?"))
        // FTS5 writes its pending terms at the end of every statement that
        // writes to it: one statement for the whole stage makes one segment.
        // An updated attendee keeps its row id: its old index row goes first.
        && m_unindex.prepare(QStringLiteral("DELETE FROM attendee_search WHERE rowid IN (SELECT a.rowid"
                                            " FROM temp.attendee_stage s CROSS JOIN attendee a ON a.id = s.id)"))
        && m_upsert.prepare(upsert)
        && m_index.prepare(QStringLiteral("INSERT INTO attendee_search (rowid, first_name, last_name, organisation,"
                                          " joined) SELECT a.rowid, s.search_first, s.search_last,"
                                          " s.search_organisation, s.search_joined FROM temp.attendee_stage s"
                                          " CROSS JOIN attendee a ON a.id = s.id ORDER BY a.rowid"))
        && m_clear.prepare(QStringLiteral("DELETE FROM temp.attendee_stage"));
    if (!prepared) {
        for (const QSqlQuery *query : { &m_tombstones, &m_unstage, &m_unindex, &m_upsert, &m_index, &m_clear }) {
            if (query->lastError().isValid())
                return fail(*query);
        }
    }
    return prepared;
}

AttendeeTable::IndexText AttendeeBatchWriter::folded(const QString &text)
{
    auto it = m_folded.constFind(text);
    if (it == m_folded.cend())
        it = m_folded.insert(text, AttendeeTable::indexText(text));
    return *it;
}

void AttendeeBatchWriter::bindRow(sqlite3_stmt *statement, int first, const Attendee &a)
{
    // The rows outlive the statement's step: their text is bound in place.
    int i = first + 1;
    auto text = [&](const QString &value) {
        static const char16_t empty[] = u"";
        sqlite3_bind_text16(statement, i++, value.isEmpty() ? static_cast<const void *>(empty) : value.constData(),
            int(value.size() * sizeof(QChar)), SQLITE_STATIC);
    };
    auto key = [&](const QString &value) { // an optional key: NULL, not ''
        if (value.isEmpty())
            sqlite3_bind_null(statement, i++);
        else
            text(value);
    };
    text(a.id);
    key(a.code);
    key(a.externalRef);
    text(a.firstName);
    text(a.lastName);
    text(a.organisation);
    text(a.role);
    text(a.country);
    text(a.category);
    text(a.language);
    text(a.email);
    text(a.status == Attendee::Status::Cancelled ? m_cancelled : m_registered);
    text(a.badgeOverrides);
    text(a.version);
    text(a.device);
    sqlite3_bind_int(statement, i++, a.provisional ? 1 : 0);
    sqlite3_bind_int(statement, i++, m_origin == AttendeeTable::Origin::Local ? 1 : 0);
    // The folded texts are held by m_folded for the life of the writer.
    const AttendeeTable::IndexText firstName = folded(a.firstName);
    const AttendeeTable::IndexText lastName = folded(a.lastName);
    const AttendeeTable::IndexText organisation = folded(a.organisation);
    text(firstName.words);
    text(lastName.words);
    text(organisation.words);
    const QString joined = (firstName.joined + lastName.joined + organisation.joined).join(QLatin1Char(' '));
    sqlite3_bind_text16(statement, i++, joined.isEmpty() ? static_cast<const void *>(u"") : joined.constData(),
        int(joined.size() * sizeof(QChar)), SQLITE_TRANSIENT);
}

bool AttendeeBatchWriter::stage(const QVector<Attendee> &rows, qsizetype from, qsizetype count)
{
    const qsizetype end = std::min<qsizetype>(rows.size(), from + count);
    qsizetype r = from;
    // Statement by statement, in order: a later row with the same id replaces an earlier one.
    for (; r + rowsPerStatement <= end; r += rowsPerStatement) {
        for (int k = 0; k < rowsPerStatement; ++k)
            bindRow(m_stageMany, k * stagedColumns, rows.at(r + k));
        if (!step(m_stageMany))
            return false;
    }
    for (; r < end; ++r) {
        bindRow(m_stageOne, 0, rows.at(r));
        if (!step(m_stageOne))
            return false;
    }
    return true;
}

std::optional<QStringList> AttendeeBatchWriter::stagedTombstones()
{
    if (!exec(m_tombstones))
        return std::nullopt;
    QStringList ids;
    while (m_tombstones.next())
        ids << m_tombstones.value(0).toString();
    m_tombstones.finish();
    return ids;
}

bool AttendeeBatchWriter::unstage(const QStringList &ids)
{
    for (const QString &id : ids) {
        m_unstage.bindValue(0, id);
        if (!exec(m_unstage))
            return false;
    }
    return true;
}

bool AttendeeBatchWriter::apply()
{
    const bool written = exec(m_unindex) && exec(m_upsert) && exec(m_index);
    discard();
    return written;
}

void AttendeeBatchWriter::discard()
{
    m_clear.exec();
}

bool AttendeeBatchWriter::exec(QSqlQuery &query)
{
    return query.exec() || fail(query);
}

bool AttendeeBatchWriter::step(sqlite3_stmt *statement)
{
    const int result = sqlite3_step(statement);
    sqlite3_reset(statement);
    // Nothing bound stays pointing at a row once the statement has run.
    sqlite3_clear_bindings(statement);
    return result == SQLITE_DONE || failNative();
}

bool AttendeeBatchWriter::failNative()
{
    m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    return false;
}

bool AttendeeBatchWriter::fail(const QSqlQuery &query)
{
    m_error = query.lastError().text();
    return false;
}
