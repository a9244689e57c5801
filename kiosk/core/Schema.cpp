#include "Schema.h"

namespace Schema {

const QVector<QStringList> &migrations()
{
    static const QVector<QStringList> all = {
        // 0 → 1: the data model of the design.
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE attendee ("
                " id TEXT PRIMARY KEY NOT NULL,"
                " code TEXT UNIQUE,"
                " external_ref TEXT,"
                " first_name TEXT NOT NULL DEFAULT '',"
                " last_name TEXT NOT NULL DEFAULT '',"
                " organisation TEXT NOT NULL DEFAULT '',"
                " role TEXT NOT NULL DEFAULT '',"
                " country TEXT NOT NULL DEFAULT '',"
                " category TEXT NOT NULL DEFAULT '',"
                " language TEXT NOT NULL DEFAULT '',"
                " email TEXT NOT NULL DEFAULT '',"
                " status TEXT NOT NULL DEFAULT 'registered'"
                "   CHECK (status IN ('registered', 'cancelled')),"
                " badge_overrides TEXT NOT NULL DEFAULT '',"
                " version TEXT NOT NULL,"
                " device TEXT NOT NULL DEFAULT '',"
                " deleted INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX attendee_external_ref ON attendee (external_ref)"),
            QStringLiteral(
                "CREATE VIRTUAL TABLE attendee_search USING fts5("
                " first_name, last_name, organisation, joined,"
                " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"),
            QStringLiteral(
                "CREATE TABLE session ("
                " id TEXT PRIMARY KEY NOT NULL,"
                " code TEXT UNIQUE,"
                " title_fr TEXT NOT NULL DEFAULT '',"
                " title_en TEXT NOT NULL DEFAULT '',"
                " kind TEXT NOT NULL DEFAULT '',"
                " room TEXT NOT NULL DEFAULT '',"
                " starts_at TEXT,"
                " ends_at TEXT,"
                " capacity INTEGER NOT NULL DEFAULT 0,"
                " restricted INTEGER NOT NULL DEFAULT 0,"
                " version TEXT NOT NULL,"
                " device TEXT NOT NULL DEFAULT '',"
                " deleted INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE TABLE session_registration ("
                " session_id TEXT NOT NULL REFERENCES session (id),"
                " attendee_id TEXT NOT NULL REFERENCES attendee (id),"
                " PRIMARY KEY (session_id, attendee_id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE checkin_event ("
                " id TEXT PRIMARY KEY NOT NULL,"
                " attendee_id TEXT NOT NULL REFERENCES attendee (id),"
                " session_id TEXT REFERENCES session (id),"
                " kind TEXT NOT NULL CHECK (kind IN ('in', 'out', 'revoke')),"
                " revokes TEXT REFERENCES checkin_event (id),"
                " method TEXT NOT NULL DEFAULT '',"
                " device TEXT NOT NULL DEFAULT '',"
                " staff TEXT NOT NULL DEFAULT '',"
                " occurred_at TEXT NOT NULL,"
                " hlc TEXT NOT NULL,"
                " server_seq INTEGER)"),
            QStringLiteral(
                "CREATE INDEX checkin_event_attendee ON checkin_event (attendee_id, session_id, kind)"),
            QStringLiteral("CREATE INDEX checkin_event_revokes ON checkin_event (revokes)"),
            QStringLiteral("CREATE INDEX checkin_event_session ON checkin_event (session_id, kind)"),
            QStringLiteral(
                "CREATE TABLE print_job ("
                " id TEXT PRIMARY KEY NOT NULL,"
                " attendee_id TEXT NOT NULL REFERENCES attendee (id),"
                " template TEXT NOT NULL DEFAULT '',"
                " printer TEXT NOT NULL DEFAULT '',"
                " state TEXT NOT NULL DEFAULT 'pending'"
                "   CHECK (state IN ('pending', 'sent', 'completed', 'failed', 'cancelled')),"
                " cups_job_id INTEGER,"
                " attempts INTEGER NOT NULL DEFAULT 0,"
                " last_error TEXT NOT NULL DEFAULT '',"
                " reprint INTEGER NOT NULL DEFAULT 0,"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX print_job_state ON print_job (state)"),
        },
        // 1 → 2: signed codes — the event's public keys, revoked codes, and
        // attendees admitted on a signed code before the list knew them.
        {
            QStringLiteral("ALTER TABLE attendee ADD COLUMN provisional INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(
                "CREATE TABLE signing_key ("
                " key_id INTEGER PRIMARY KEY CHECK (key_id BETWEEN 1 AND 255),"
                " public_key TEXT NOT NULL,"
                " created_at TEXT NOT NULL,"
                " retired INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE TABLE revoked_code ("
                " code_hash TEXT PRIMARY KEY NOT NULL,"
                " attendee_id TEXT,"
                " revoked_at TEXT NOT NULL)"),
        },
        // 2 → 3: print jobs are retried with back-off.
        {
            QStringLiteral("ALTER TABLE print_job ADD COLUMN next_attempt_at TEXT"),
            QStringLiteral("CREATE INDEX print_job_attendee ON print_job (attendee_id)"),
        },
    };
    return all;
}

} // namespace Schema
