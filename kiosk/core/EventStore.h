#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <optional>

// One event database: a SQLite file opened through Qt SQL, migrated to the
// current schema, in WAL mode so that the kiosk, the CLI and the sync client
// can use it at the same time from different processes.
class EventStore {
public:
    EventStore();
    ~EventStore();
    EventStore(const EventStore &) = delete;
    EventStore &operator=(const EventStore &) = delete;

    // Opens (creating if needed) and migrates a SQLite file, or a PostgreSQL
    // database given as postgresql://user@host/db (?host=/socket/folder).
    // On failure errorString() says why.
    bool open(const QString &path);
    static bool isPostgres(const QString &path);
    void close();
    bool isOpen() const;
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

    QSqlDatabase database() const;

    int schemaVersion() const;
    static int latestSchemaVersion();

    QString metaValue(const QString &key) const;
    bool setMetaValue(const QString &key, const QString &value);

    // Stable identity of this event, created with the database.
    QString eventId() const { return metaValue(QStringLiteral("event_id")); }
    QString eventName() const { return metaValue(QStringLiteral("event_name")); }

    // The zone every local time of the event is shown in (`init --timezone`);
    // a new event starts with defaultTimeZone(). Read once, then cached.
    QTimeZone timeZone() const;
    static QByteArray defaultTimeZone();
    // This device's name in check-ins and sync: the configured `device_name`,
    // else the host name.
    QString deviceName() const;

private:
    bool migrate();
    bool backUpBeforeUpgrade();
    bool openPostgres(const QString &uri);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    mutable std::optional<QTimeZone> m_timeZone;
};
