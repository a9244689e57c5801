#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <vector>

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

// The main() of a suite that runs on SQLite, or with --postgres on a real
// PostgreSQL server made for the run (a database named `database`). Suite is
// default-constructible (SQLite) and constructible from a postgresql:// URI.
template <typename Suite> int runOnSqliteOrPostgres(int argc, char *argv[], const QString &database)
{
    std::vector<char *> arguments(argv, argv + argc);
    const auto flag
        = std::find_if(arguments.begin(), arguments.end(), [](const char *a) { return qstrcmp(a, "--postgres") == 0; });
    const bool postgres = flag != arguments.end();
    if (postgres)
        arguments.erase(flag);
    const int count = int(arguments.size());
    if (!postgres) {
        Suite onSqlite;
        return QTest::qExec(&onSqlite, count, arguments.data());
    }
    const QString reason = PostgresServer::unavailableReason();
    if (!reason.isEmpty()) {
        qWarning("PostgreSQL suite not run: %s", qPrintable(reason));
        return 0;
    }
    PostgresServer server;
    QString error;
    QString uri;
    if (!server.start(&error) || (uri = server.createDatabase(database, &error)).isEmpty()) {
        qWarning("PostgreSQL did not start: %s", qPrintable(error));
        return 1;
    }
    Suite onPostgres(uri);
    return QTest::qExec(&onPostgres, count, arguments.data());
}
