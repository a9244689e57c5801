#include "kiosk/core/EventStore.h"

#include "kiosk/core/CoreLog.h"
#include "kiosk/core/FoldedNameIndex.h"
#include "kiosk/core/Schema.h"
#include "kiosk/core/WriteTransaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

namespace {
QAtomicInt connectionCounter;

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}
} // namespace

EventStore::EventStore()
    : m_connectionName(QStringLiteral("accueil-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

EventStore::~EventStore()
{
    close();
}

bool EventStore::isPostgres(const QString &path)
{
    return path.startsWith(QLatin1String("postgresql://")) || path.startsWith(QLatin1String("postgres://"));
}

bool EventStore::openPostgres(const QString &uri)
{
    // postgresql://user[:password]@[host][:port]/database[?host=/socket/folder]
    const QUrl url(uri);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    const QString socketFolder = QUrlQuery(url).queryItemValue(QStringLiteral("host"));
    db.setHostName(!socketFolder.isEmpty() ? socketFolder : url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    if (!db.open()) {
        m_error = QCoreApplication::translate("EventStore", "Cannot open the event database %1: %2")
                      .arg(url.toDisplayString(QUrl::RemovePassword), db.lastError().text());
        return false;
    }
    QString error;
    exec(db, QStringLiteral("SET client_min_messages TO WARNING"), &error); // no NOTICE chatter on stderr
    exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS accueil_schema (version INTEGER NOT NULL)"), &error);
    if (!migrate())
        return false;
    // PostgreSQL has no FTS5: its search index is kept by FoldedNameIndex,
    // brought up to date here for a database written by an older version.
    WriteTransaction transaction(db);
    FoldedNameIndex index(db);
    if (!transaction.begin() || !index.ensure() || !transaction.commit()) {
        m_error = QCoreApplication::translate("EventStore", "Cannot set up the event database %1: %2")
                      .arg(url.toDisplayString(QUrl::RemovePassword),
                          transaction.errorString().isEmpty() ? index.errorString() : transaction.errorString());
        return false;
    }
    return true;
}

bool EventStore::open(const QString &path)
{
    close();
    m_path = path;
    if (isPostgres(path))
        return openPostgres(path);
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        m_error = QCoreApplication::translate("EventStore", "Cannot create the folder %1.").arg(info.absolutePath());
        return false;
    }
    // A new database is readable by its owner only, whatever the umask: it
    // holds personal data and, on a device, the hub's token. SQLite gives its
    // WAL and shared-memory files the database's mode.
    if (!info.exists()) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
        if (fd >= 0)
            ::close(fd);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        m_error = QCoreApplication::translate("EventStore", "Cannot open the event database %1: %2")
                      .arg(path, db.lastError().text());
        return false;
    }
    // WAL lets readers in other processes go on while one writes; FULL makes
    // every committed check-in survive a power cut.
    QString error;
    for (const char *pragma : { "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
             "PRAGMA busy_timeout = 10000" }) {
        if (!exec(db, QString::fromLatin1(pragma), &error)) {
            m_error
                = QCoreApplication::translate("EventStore", "Cannot set up the event database %1: %2").arg(path, error);
            return false;
        }
    }
    return migrate();
}

void EventStore::close()
{
    m_timeZone.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool EventStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlDatabase EventStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int EventStore::schemaVersion() const
{
    QSqlQuery query(database());
    const bool sqlite = database().driverName() == QLatin1String("QSQLITE");
    if (query.exec(sqlite ? QStringLiteral("PRAGMA user_version")
                          : QStringLiteral("SELECT coalesce(max(version), 0) FROM accueil_schema"))
        && query.next())
        return query.value(0).toInt();
    return -1;
}

int EventStore::latestSchemaVersion()
{
    return Schema::migrations().size();
}

bool EventStore::backUpBeforeUpgrade()
{
    QSqlDatabase db = database();
    const int from = schemaVersion();
    if (db.driverName() != QLatin1String("QSQLITE") || from <= 0 || from >= latestSchemaVersion() || m_path.isEmpty()
        || m_path == QLatin1String(":memory:"))
        return true; // new, current or newer: nothing to keep; PostgreSQL is saved with pg_dump
    const QFileInfo file(m_path);
    const QString copy = file.absoluteDir().filePath(
        QStringLiteral("%1.before-schema-%2-%3.sqlite")
            .arg(file.completeBaseName())
            .arg(latestSchemaVersion())
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz"))));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(copy);
    if (!query.exec()) {
        m_error = QCoreApplication::translate("EventStore",
            "The event database %1 needs an upgrade, and a copy of it could not be kept first (%2): "
            "it was left as it is.")
                      .arg(m_path, query.lastError().text());
        return false;
    }
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCInfo(lcCore).noquote() << "event database" << m_path << "kept as" << copy << "before its upgrade from schema"
                             << from;
    return true;
}

bool EventStore::migrate()
{
    // A database made by an older version is copied before it changes: an
    // upgrade that goes wrong loses nothing.
    if (!backUpBeforeUpgrade())
        return false;
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.begin()) {
        m_error = transaction.errorString();
        return false;
    }
    const int from = schemaVersion();
    if (from > latestSchemaVersion()) {
        m_error = QCoreApplication::translate("EventStore",
            "The event database %1 was made by a newer version of Accueil "
            "(schema %2, this one knows %3). Update Accueil.")
                      .arg(m_path)
                      .arg(from)
                      .arg(latestSchemaVersion());
        return false;
    }
    QString error;
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    const QVector<QStringList> migrations
        = Schema::migrations(sqlite ? Schema::Dialect::Sqlite : Schema::Dialect::Postgres);
    for (int version = from; version < latestSchemaVersion(); ++version) {
        for (const QString &statement : migrations.at(version)) {
            if (!exec(db, statement, &error)) {
                m_error
                    = QCoreApplication::translate("EventStore", "Cannot upgrade the event database %1 to schema %2: %3")
                          .arg(m_path)
                          .arg(version + 1)
                          .arg(error);
                return false;
            }
        }
        const QString record = sqlite
            ? QStringLiteral("PRAGMA user_version = %1").arg(version + 1)
            : QStringLiteral("INSERT INTO accueil_schema (version) VALUES (%1)").arg(version + 1);
        if (!exec(db, record, &error)) {
            m_error = error;
            return false;
        }
    }
    if (metaValue(QStringLiteral("event_id")).isEmpty()) {
        setMetaValue(QStringLiteral("event_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        setMetaValue(QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        setMetaValue(QStringLiteral("timezone"), QString::fromLatin1(defaultTimeZone()));
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    return true;
}

QString EventStore::metaValue(const QString &key) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return QString();
}

bool EventStore::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    if (key == QLatin1String("timezone"))
        m_timeZone.reset();
    return true;
}

QByteArray EventStore::defaultTimeZone()
{
    return QByteArrayLiteral("Europe/Paris");
}

QTimeZone EventStore::timeZone() const
{
    if (!m_timeZone) {
        // Databases made before the setting existed were all for Paris.
        const QTimeZone stored(metaValue(QStringLiteral("timezone")).toUtf8());
        m_timeZone = stored.isValid() ? stored : QTimeZone(defaultTimeZone());
    }
    return *m_timeZone;
}

QString EventStore::deviceName() const
{
    const QString configured = metaValue(QStringLiteral("device_name"));
    return configured.isEmpty() ? QSysInfo::machineHostName() : configured;
}
