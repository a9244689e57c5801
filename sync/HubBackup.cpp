#include "sync/HubBackup.h"

#include "kiosk/core/EventStore.h"
#include "sync/SyncLog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace {
const QString snapshotPrefix = QStringLiteral("hub-");
const QString snapshotSuffix = QStringLiteral(".sqlite");

QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
}

// flock(2) on <database>.lock: hubs share it, a restore takes it alone; the
// kernel drops it when its process ends, however it ends.
constexpr int lockFileMissing = -1;
constexpr int lockTaken = -2;
int lockDatabase(const QString &database, int operation)
{
    const int fd
        = ::open(QFile::encodeName(HubBackup::lockPath(database)).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return lockFileMissing;
    if (::flock(fd, operation | LOCK_NB) != 0) {
        ::close(fd);
        return lockTaken;
    }
    return fd;
}

// The backup must be an event database with a hub identity, whole and sound.
bool checkBackup(const QString &file, QString *error)
{
    const QString connection = QStringLiteral("backup-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!QFileInfo(file).isFile() || !db.open()) {
            *error = HubBackup::tr("Cannot read the backup %1.").arg(file);
        } else {
            QSqlQuery q(db);
            const bool sound = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()
                && q.value(0).toString() == QLatin1String("ok");
            const bool hub = sound && q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'hub_id'")) && q.next()
                && !q.value(0).toString().isEmpty();
            if (!sound)
                *error = HubBackup::tr("%1 is not a sound SQLite database.").arg(file);
            else if (!hub)
                *error = HubBackup::tr("%1 is not a backup of a hub's event database.").arg(file);
            ok = hub;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

// Folds the write-ahead log into the main file, so that moving it keeps everything.
void checkpoint(const QString &file)
{
    const QString connection
        = QStringLiteral("backup-checkpoint-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        if (db.open())
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}
} // namespace

HubBackup::HubBackup(EventStore &store, Settings settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(std::move(settings))
{
    if (m_settings.folder.isEmpty())
        m_settings.folder = defaultFolder(m_store.path());
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        QString error;
        const QString file = snapshot(&error);
        if (file.isEmpty())
            qCWarning(lcSync, "backup failed: %s", qPrintable(error));
    });
}

HubBackup::~HubBackup()
{
    if (m_lockFd >= 0)
        ::close(m_lockFd);
}

QString HubBackup::defaultFolder(const QString &database)
{
    return database + QStringLiteral(".backups");
}

QString HubBackup::lockPath(const QString &database)
{
    return database + QStringLiteral(".lock");
}

bool HubBackup::start(QString *error)
{
    if (m_lockFd < 0)
        m_lockFd = lockDatabase(m_store.path(), LOCK_SH);
    if (m_lockFd == lockTaken) {
        *error = tr("%1 is being restored; start the hub again when the restore is over.").arg(m_store.path());
        return false;
    }
    // A folder the hub cannot write to: it serves, but a restore could not tell.
    if (m_lockFd == lockFileMissing)
        qCWarning(lcSync, "cannot create %s", qPrintable(lockPath(m_store.path())));
    if (m_settings.intervalMinutes > 0)
        m_timer.start(m_settings.intervalMinutes * 60 * 1000);
    return true;
}

QString HubBackup::snapshot(QString *error)
{
    if (EventStore::isPostgres(m_store.path())) {
        *error = tr("A hub on PostgreSQL is backed up with pg_dump.");
        return {};
    }
    if (!QDir().mkpath(m_settings.folder)) {
        *error = tr("Cannot create the backup folder %1.").arg(m_settings.folder);
        return {};
    }
    QFile::setPermissions(m_settings.folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString name = snapshotPrefix + timestamp() + snapshotSuffix;
    const QString partial = QDir(m_settings.folder).filePath(QLatin1Char('.') + name + QStringLiteral(".part"));
    QString target = QDir(m_settings.folder).filePath(name);
    QFile::remove(partial);
    // VACUUM INTO reads one consistent snapshot while the hub goes on; the
    // rename makes a file appear only once it is whole.
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partial);
    if (!q.exec()) {
        *error = tr("Cannot write the backup %1: %2").arg(partial, q.lastError().text());
        QFile::remove(partial);
        return {};
    }
    QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner);
    if (!QFile::rename(partial, target)) {
        *error = tr("Cannot rename the backup %1 to %2.").arg(partial, target);
        QFile::remove(partial);
        return {};
    }
    qCInfo(lcSync, "backup written: %s", qPrintable(target));
    prune();
    return target;
}

QStringList HubBackup::snapshots() const
{
    QDir dir(m_settings.folder);
    QStringList files;
    // Names hold the UTC time, so the name order is the time order.
    for (const QString &name :
        dir.entryList({ snapshotPrefix + QLatin1Char('*') + snapshotSuffix }, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

void HubBackup::prune()
{
    const QStringList files = snapshots();
    for (qsizetype i = 0; i + m_settings.keep < files.size(); ++i)
        QFile::remove(files.at(i));
}

bool HubBackup::restore(const QString &database, const QString &backup, QString *error)
{
    if (EventStore::isPostgres(database)) {
        *error = tr("A hub on PostgreSQL is restored with pg_restore (see deploy/README.md).");
        return false;
    }
    // Held until the new file is in place, so no hub starts on a half-restored database.
    const int lock = lockDatabase(database, LOCK_EX);
    if (lock == lockTaken) {
        *error = tr("A hub is serving %1: stop it first (systemctl stop accueil-hub).").arg(database);
        return false;
    }
    if (lock == lockFileMissing) {
        *error = tr("Cannot create %1.").arg(lockPath(database));
        return false;
    }
    const bool restored = replaceDatabase(database, backup, error);
    ::close(lock);
    return restored;
}

bool HubBackup::replaceDatabase(const QString &database, const QString &backup, QString *error)
{
    if (!checkBackup(backup, error))
        return false;
    const QString incoming = database + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backup, incoming)) {
        *error = tr("Cannot copy %1 to %2.").arg(backup, incoming);
        return false;
    }
    QFile::setPermissions(incoming, QFile::ReadOwner | QFile::WriteOwner);
    if (QFileInfo::exists(database)) {
        checkpoint(database);
        const QString kept = database + QStringLiteral(".before-restore-") + timestamp();
        if (!QFile::rename(database, kept)) {
            *error = tr("Cannot move the current database %1 aside.").arg(database);
            QFile::remove(incoming);
            return false;
        }
        qCInfo(lcSync, "the database replaced is kept as %s", qPrintable(kept));
    }
    QFile::remove(database + QStringLiteral("-wal"));
    QFile::remove(database + QStringLiteral("-shm"));
    if (!QFile::rename(incoming, database)) {
        *error = tr("Cannot move %1 to %2.").arg(incoming, database);
        return false;
    }
    return true;
}
