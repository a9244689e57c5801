#include "tests/support/PostgresServer.h"

#include <QFile>
#include <QProcess>

#include <pwd.h>
#include <unistd.h>

namespace {
const QString bin = QStringLiteral("/usr/lib/postgresql/15/bin/");
}

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::unavailableReason()
{
    if (!QFile::exists(bin + QStringLiteral("initdb")) || !QFile::exists(bin + QStringLiteral("pg_ctl")))
        return QStringLiteral("PostgreSQL 15 is not installed");
    if (::geteuid() == 0 && !::getpwnam("postgres"))
        return QStringLiteral("there is no postgres user to run the server as");
    return QString();
}

bool PostgresServer::run(const QStringList &command, QString *error) const
{
    QProcess p;
    QStringList args = command;
    QString program = args.takeFirst();
    if (::geteuid() == 0) { // initdb and postgres refuse to run as root
        args.prepend(program);
        args.prepend(QStringLiteral("--"));
        args.prepend(QStringLiteral("postgres"));
        args.prepend(QStringLiteral("-u"));
        program = QStringLiteral("runuser");
    }
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(command.join(QLatin1Char(' ')), QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}

bool PostgresServer::start(QString *error)
{
    if (::geteuid() == 0) {
        const passwd *pw = ::getpwnam("postgres");
        if (!pw || ::chown(qPrintable(m_dir.path()), pw->pw_uid, pw->pw_gid) != 0) {
            *error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir.path());
            return false;
        }
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(
            { bin + QStringLiteral("initdb"), QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
                QStringLiteral("-U"), QStringLiteral("accueil"), QStringLiteral("--no-sync") },
            error))
        return false;
    if (!run({ bin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-w"), QStringLiteral("-o"),
                 QStringLiteral("-k %1 -c listen_addresses='' -c fsync=off").arg(m_dir.path()), QStringLiteral("-l"),
                 m_dir.filePath(QStringLiteral("log")), QStringLiteral("start") },
            error))
        return false;
    m_running = true;
    return true;
}

void PostgresServer::stop()
{
    if (!m_running)
        return;
    QString ignored;
    run({ bin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
            QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop") },
        &ignored);
    m_running = false;
}

QString PostgresServer::createDatabase(const QString &name, QString *error)
{
    if (!run({ bin + QStringLiteral("createdb"), QStringLiteral("-h"), m_dir.path(), QStringLiteral("-U"),
                 QStringLiteral("accueil"), name },
            error))
        return QString();
    return QStringLiteral("postgresql://accueil@/%1?host=%2").arg(name, m_dir.path());
}
