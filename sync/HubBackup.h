#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

class EventStore;

// The hub's own backups of a SQLite database: a consistent snapshot taken
// online (VACUUM INTO a temporary name, then renamed) every few minutes into
// a folder, the oldest removed beyond `keep`. While it runs it holds a shared
// lock on the database's lock file (several hubs may serve one database), so
// that a restore, which needs it alone, refuses to replace a database a hub
// is serving. A PostgreSQL hub is backed up with pg_dump instead.
class HubBackup : public QObject {
    Q_OBJECT

public:
    struct Settings {
        QString folder; // empty: <database>.backups
        int intervalMinutes = 5; // 0: no periodic snapshot
        int keep = 24;
    };

    HubBackup(EventStore &store, Settings settings, QObject *parent = nullptr);
    ~HubBackup() override;

    // Takes the shared hub lock and starts the timer; false while a restore runs.
    [[nodiscard]] bool start(QString *error);
    // One snapshot now: the file written, or empty with *error set.
    [[nodiscard]] QString snapshot(QString *error);
    // The snapshots in the folder, oldest first.
    QStringList snapshots() const;
    QString folder() const { return m_settings.folder; }

    static QString defaultFolder(const QString &database);
    static QString lockPath(const QString &database);
    // Replaces `database` by `backup` after checking it, keeping the current
    // file as <database>.before-restore-TIME; refuses while a hub serves it.
    [[nodiscard]] static bool restore(const QString &database, const QString &backup, QString *error);

private:
    void prune();
    [[nodiscard]] static bool replaceDatabase(const QString &database, const QString &backup, QString *error);

    EventStore &m_store;
    Settings m_settings;
    QTimer m_timer;
    int m_lockFd = -1;
};
