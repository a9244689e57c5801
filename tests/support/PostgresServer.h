#pragma once

#include <QString>
#include <QTemporaryDir>

// A real, throwaway PostgreSQL server for tests: initdb into a private folder
// and pg_ctl on a Unix socket there only (no TCP port), run as the postgres
// user when the tests run as root.
class PostgresServer {
public:
    PostgresServer();
    ~PostgresServer();

    bool start(QString *error);
    void stop();
    // A new empty database; returns its postgresql:// URI.
    QString createDatabase(const QString &name, QString *error);
    static QString unavailableReason();

private:
    bool run(const QStringList &command, QString *error) const;

    QTemporaryDir m_dir;
    bool m_running = false;
};
