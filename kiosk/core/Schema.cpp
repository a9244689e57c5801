#include "kiosk/core/Schema.h"

#include <QRegularExpression>

namespace Schema {

const QVector<QStringList> &migrations()
{
    static const QVector<QStringList> all = {
        // 0 → 1: the data model of the design.
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE attendee ("
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
            QStringLiteral("CREATE VIRTUAL TABLE attendee_search USING fts5("
                           " first_name, last_name, organisation, joined,"
                           " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"),
            QStringLiteral("CREATE TABLE session ("
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
            QStringLiteral("CREATE TABLE session_registration ("
                           " session_id TEXT NOT NULL REFERENCES session (id),"
                           " attendee_id TEXT NOT NULL REFERENCES attendee (id),"
                           " PRIMARY KEY (session_id, attendee_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE checkin_event ("
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
            QStringLiteral("CREATE INDEX checkin_event_attendee ON checkin_event (attendee_id, session_id, kind)"),
            QStringLiteral("CREATE INDEX checkin_event_revokes ON checkin_event (revokes)"),
            QStringLiteral("CREATE INDEX checkin_event_session ON checkin_event (session_id, kind)"),
            QStringLiteral("CREATE TABLE print_job ("
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
            QStringLiteral("CREATE TABLE signing_key ("
                           " key_id INTEGER PRIMARY KEY CHECK (key_id BETWEEN 1 AND 255),"
                           " public_key TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " retired INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE revoked_code ("
                           " code_hash TEXT PRIMARY KEY NOT NULL,"
                           " attendee_id TEXT,"
                           " revoked_at TEXT NOT NULL)"),
        },
        // 2 → 3: print jobs are retried with back-off.
        {
            QStringLiteral("ALTER TABLE print_job ADD COLUMN next_attempt_at TEXT"),
            QStringLiteral("CREATE INDEX print_job_attendee ON print_job (attendee_id)"),
        },
        // 3 → 4: replication. Every change to shared data is logged with a
        // sequence number by triggers, whoever writes (hub, CLI import, sync) —
        // a change moves its entity to the end of the log (delete, then insert:
        // an upsert's conflict policy would override OR REPLACE in a trigger);
        // local attendee edits wait to be pushed; the hub's devices.
        {
            QStringLiteral("ALTER TABLE attendee ADD COLUMN pending_push INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE change_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
                           " entity_id TEXT NOT NULL, UNIQUE (kind, entity_id))"),
            QStringLiteral("CREATE TRIGGER log_attendee_insert AFTER INSERT ON attendee BEGIN"
                           " DELETE FROM change_log WHERE kind = 'attendee' AND entity_id = NEW.id;"
                           " INSERT INTO change_log (kind, entity_id) VALUES ('attendee', NEW.id); END"),
            QStringLiteral(
                "CREATE TRIGGER log_attendee_update AFTER UPDATE OF code, external_ref, first_name, last_name,"
                " organisation, role, country, category, language, email, status, badge_overrides, version,"
                " deleted, provisional ON attendee BEGIN"
                " DELETE FROM change_log WHERE kind = 'attendee' AND entity_id = NEW.id;"
                " INSERT INTO change_log (kind, entity_id) VALUES ('attendee', NEW.id); END"),
            QStringLiteral("CREATE TRIGGER log_session_insert AFTER INSERT ON session BEGIN"
                           " DELETE FROM change_log WHERE kind = 'session' AND entity_id = NEW.id;"
                           " INSERT INTO change_log (kind, entity_id) VALUES ('session', NEW.id); END"),
            QStringLiteral("CREATE TRIGGER log_session_update AFTER UPDATE ON session BEGIN"
                           " DELETE FROM change_log WHERE kind = 'session' AND entity_id = NEW.id;"
                           " INSERT INTO change_log (kind, entity_id) VALUES ('session', NEW.id); END"),
            QStringLiteral("CREATE TRIGGER log_event_insert AFTER INSERT ON checkin_event BEGIN"
                           " DELETE FROM change_log WHERE kind = 'event' AND entity_id = NEW.id;"
                           " INSERT INTO change_log (kind, entity_id) VALUES ('event', NEW.id); END"),
            QStringLiteral("CREATE TRIGGER log_key_insert AFTER INSERT ON signing_key BEGIN"
                           " DELETE FROM change_log WHERE kind = 'key' AND entity_id = NEW.key_id;"
                           " INSERT INTO change_log (kind, entity_id) VALUES ('key', NEW.key_id); END"),
            QStringLiteral("CREATE TRIGGER log_key_update AFTER UPDATE ON signing_key BEGIN"
                           " DELETE FROM change_log WHERE kind = 'key' AND entity_id = NEW.key_id;"
                           " INSERT INTO change_log (kind, entity_id) VALUES ('key', NEW.key_id); END"),
            QStringLiteral("CREATE TRIGGER log_revoked_insert AFTER INSERT ON revoked_code BEGIN"
                           " DELETE FROM change_log WHERE kind = 'revoked' AND entity_id = NEW.code_hash;"
                           " INSERT INTO change_log (kind, entity_id) VALUES ('revoked', NEW.code_hash); END"),
            QStringLiteral("INSERT INTO change_log (kind, entity_id) SELECT 'session', id FROM session"),
            QStringLiteral("INSERT INTO change_log (kind, entity_id) SELECT 'attendee', id FROM attendee"),
            QStringLiteral("INSERT INTO change_log (kind, entity_id) SELECT 'event', id FROM checkin_event"),
            QStringLiteral("INSERT INTO change_log (kind, entity_id) SELECT 'key', key_id FROM signing_key"),
            QStringLiteral("INSERT INTO change_log (kind, entity_id) SELECT 'revoked', code_hash FROM revoked_code"),
            QStringLiteral("CREATE TABLE device (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, token_hash TEXT NOT "
                           "NULL UNIQUE,"
                           " enrolled_at TEXT NOT NULL, last_seen_at TEXT, revoked INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE enrolment_code (code_hash TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT NULL,"
                           " expires_at TEXT NOT NULL, used_by TEXT)"),
        },
        // 4 → 5: codes typed or scanned in the other case are found by an
        // index, not by a scan of every attendee.
        {
            QStringLiteral("CREATE INDEX attendee_code_lower ON attendee ((lower(code)))"),
        },
        // 5 → 6: a print job is claimed by one sender before it is rendered
        // (claimed_by, claimed_at), and jobs wait for staff when they were
        // held at an unattended kiosk, may have printed, or were lost by CUPS.
        // A CHECK cannot be altered in SQLite: the table is rebuilt.
        {
            QStringLiteral("CREATE TABLE print_job_v6 ("
                           " id TEXT PRIMARY KEY NOT NULL,"
                           " attendee_id TEXT NOT NULL REFERENCES attendee (id),"
                           " template TEXT NOT NULL DEFAULT '',"
                           " printer TEXT NOT NULL DEFAULT '',"
                           " state TEXT NOT NULL DEFAULT 'pending'"
                           "   CHECK (state IN ('pending', 'sending', 'sent', 'held', 'uncertain', 'lost',"
                           "   'completed', 'failed', 'cancelled')),"
                           " cups_job_id INTEGER,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " last_error TEXT NOT NULL DEFAULT '',"
                           " reprint INTEGER NOT NULL DEFAULT 0,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " next_attempt_at TEXT,"
                           " claimed_by TEXT,"
                           " claimed_at TEXT,"
                           " unattended INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("INSERT INTO print_job_v6 (id, attendee_id, template, printer, state, cups_job_id, attempts,"
                           " last_error, reprint, created_at, updated_at, next_attempt_at)"
                           " SELECT id, attendee_id, template, printer, state, cups_job_id, attempts, last_error,"
                           " reprint, created_at, updated_at, next_attempt_at FROM print_job"),
            QStringLiteral("DROP TABLE print_job"),
            QStringLiteral("ALTER TABLE print_job_v6 RENAME TO print_job"),
            QStringLiteral("CREATE INDEX print_job_state ON print_job (state)"),
            QStringLiteral("CREATE INDEX print_job_attendee ON print_job (attendee_id)"),
        },
        // 6 → 7: the hub keeps the last state each device reported: what it
        // holds that the hub has not received, the badges waiting at its
        // printer, and that printer's state (no queue: no printer).
        {
            QStringLiteral("ALTER TABLE device ADD COLUMN status_at TEXT"),
            QStringLiteral("ALTER TABLE device ADD COLUMN events_waiting INTEGER"),
            QStringLiteral("ALTER TABLE device ADD COLUMN badges_waiting INTEGER"),
            QStringLiteral("ALTER TABLE device ADD COLUMN printer_queue TEXT"),
            QStringLiteral("ALTER TABLE device ADD COLUMN printer_problem TEXT"),
            QStringLiteral("ALTER TABLE device ADD COLUMN printer_message TEXT"),
        },
    };
    return all;
}

} // namespace Schema

namespace Schema {

QVector<QStringList> migrations(Dialect dialect)
{
    if (dialect == Dialect::Sqlite)
        return migrations();
    static const QRegularExpression trigger(
        QStringLiteral("^CREATE TRIGGER (\\w+) AFTER (.+) ON (\\w+) BEGIN (.*) END$"));
    QVector<QStringList> result;
    for (const QStringList &step : migrations()) {
        QStringList statements;
        for (QString sql : step) {
            if (sql.contains(QLatin1String("VIRTUAL TABLE")))
                continue;
            sql.replace(QLatin1String(" WITHOUT ROWID"), QString());
            sql.replace(QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"), QLatin1String("BIGSERIAL PRIMARY KEY"));
            sql.replace(QLatin1String("'key', key_id"), QLatin1String("'key', key_id::text"));
            const QRegularExpressionMatch m = trigger.match(sql);
            if (m.hasMatch()) {
                QString body = m.captured(4);
                body.replace(QLatin1String("NEW.key_id"), QLatin1String("NEW.key_id::text"));
                statements << QStringLiteral("CREATE OR REPLACE FUNCTION %1_fn() RETURNS trigger LANGUAGE plpgsql AS "
                                             "$$ BEGIN %2 RETURN NULL; END $$")
                                  .arg(m.captured(1), body)
                           << QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %1_fn()")
                                  .arg(m.captured(1), m.captured(2), m.captured(3));
                continue;
            }
            statements << sql;
        }
        result << statements;
    }
    return result;
}

} // namespace Schema
