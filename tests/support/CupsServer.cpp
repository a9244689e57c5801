#include "tests/support/CupsServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <cups/cups.h>
#include <unistd.h>

namespace {

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
}

} // namespace

CupsServer::CupsServer()
{
    // The folder must be reachable by the lp user cupsd runs filters as.
    QFile::setPermissions(m_dir.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
}

CupsServer::~CupsServer()
{
    stop();
}

QString CupsServer::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("a private cupsd with the cups-pdf backend needs root");
    for (const char *tool : { "cupsd", "lpadmin", "cupsenable", "cupsdisable" }) {
        if (QStandardPaths::findExecutable(
                QString::fromLatin1(tool), { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin") })
                .isEmpty())
            return QStringLiteral("%1 is not installed").arg(QLatin1String(tool));
    }
    if (!QFile::exists(QStringLiteral("/usr/lib/cups/backend/cups-pdf")))
        return QStringLiteral("printer-driver-cups-pdf is not installed");
    return QString();
}

QString CupsServer::cupsPdfFolder()
{
    return QStringLiteral("/root/PDF");
}

bool CupsServer::writeConfig(QString *error)
{
    const QString d = m_dir.path();
    for (const char *sub : { "spool", "spool/tmp", "cache", "state", "log", "bin/backend", "captured" })
        QDir().mkpath(d + QLatin1Char('/') + QLatin1String(sub));
    // A private ServerBin: the system's filters, and the system's backends plus the capture one.
    for (const char *sub : { "filter", "daemon", "cgi-bin", "notifier", "monitor", "driver" }) {
        const QString target = QStringLiteral("/usr/lib/cups/") + QLatin1String(sub);
        if (QFileInfo::exists(target))
            QFile::link(target, d + QStringLiteral("/bin/") + QLatin1String(sub));
    }
    for (const QFileInfo &backend : QDir(QStringLiteral("/usr/lib/cups/backend")).entryInfoList(QDir::Files))
        QFile::link(backend.absoluteFilePath(), d + QStringLiteral("/bin/backend/") + backend.fileName());
    QFile::copy(QStringLiteral(ACCUEIL_TEST_DATA "/cups/capture-backend"), d + QStringLiteral("/bin/backend/capture"));
    QFile::copy(QStringLiteral(ACCUEIL_TEST_DATA "/cups/failing-backend"), d + QStringLiteral("/bin/backend/failing"));
    for (const char *backend : { "capture", "failing" })
        QFile::setPermissions(d + QStringLiteral("/bin/backend/") + QLatin1String(backend),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    QFile::setPermissions(captureFolder(), QFileDevice::Permissions(0x7777)); // lp writes there
    for (const char *sub : { "spool", "spool/tmp", "cache" }) {
        if (::chown(qPrintable(d + QLatin1Char('/') + QLatin1String(sub)), 0, 7) != 0) { } // group lp (7) on Debian
    }
    const bool ok = writeFile(d + QStringLiteral("/cupsd.conf"),
                        QStringLiteral("Listen %1\nBrowsing Off\nLogLevel info\nDefaultPolicy default\n"
                                       "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                                       "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
                                       "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
                            .arg(socketPath()))
        && writeFile(d + QStringLiteral("/cups-files.conf"),
            QStringLiteral("ServerRoot %1\nServerBin %1/bin\nRequestRoot %1/spool\nTempDir %1/spool/tmp\n"
                           "CacheDir %1/cache\nStateDir %1/state\nAccessLog %1/log/access_log\n"
                           "ErrorLog %1/log/error_log\nPageLog %1/log/page_log\nFileDevice Yes\nUser lp\nGroup lp\n")
                .arg(d));
    if (!ok)
        *error = QStringLiteral("cannot write the cupsd configuration in %1").arg(d);
    return ok;
}

bool CupsServer::run(const QString &program, const QStringList &arguments, QString *error) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUPS_SERVER"), socketPath());
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3")
                     .arg(program, arguments.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError()));
        return false;
    }
    return true;
}

bool CupsServer::start(QString *error)
{
    if (!m_dir.isValid() || !writeConfig(error))
        return false;
    qputenv("CUPS_SERVER", socketPath().toUtf8());
    cupsSetServer(qPrintable(socketPath()));
    if (!restart(error))
        return false;
    const QString ppd = QStringLiteral("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd");
    const QString capturePpd = QStringLiteral(ACCUEIL_TEST_DATA "/cups/accueil-capture.ppd");
    return run(QStringLiteral("lpadmin"),
               { QStringLiteral("-p"), QStringLiteral("badges"), QStringLiteral("-E"), QStringLiteral("-v"),
                   QStringLiteral("cups-pdf:/"), QStringLiteral("-P"), ppd },
               error)
        && run(QStringLiteral("lpadmin"),
            { QStringLiteral("-p"), QStringLiteral("capture"), QStringLiteral("-E"), QStringLiteral("-v"),
                QStringLiteral("capture:") + captureFolder(), QStringLiteral("-P"), capturePpd },
            error)
        && run(QStringLiteral("lpadmin"),
            { QStringLiteral("-p"), QStringLiteral("unreachable"), QStringLiteral("-E"), QStringLiteral("-v"),
                QStringLiteral("socket://127.0.0.1:9"), QStringLiteral("-P"), ppd },
            error)
        && run(QStringLiteral("lpadmin"), { QStringLiteral("-d"), QStringLiteral("capture") }, error);
}

bool CupsServer::restart(QString *error)
{
    stop();
    m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
    m_cupsd.start(QStringLiteral("/usr/sbin/cupsd"),
        { QStringLiteral("-f"), QStringLiteral("-c"), m_dir.filePath(QStringLiteral("cupsd.conf")),
            QStringLiteral("-s"), m_dir.filePath(QStringLiteral("cups-files.conf")) });
    if (!m_cupsd.waitForStarted(10000)) {
        *error = QStringLiteral("cupsd did not start: %1").arg(m_cupsd.errorString());
        return false;
    }
    for (int i = 0; i < 100; ++i) {
        if (QFile::exists(socketPath()) && run(QStringLiteral("lpstat"), { QStringLiteral("-r") }, error))
            return true;
        if (m_cupsd.state() != QProcess::Running) {
            *error = QStringLiteral("cupsd stopped: %1").arg(QString::fromUtf8(m_cupsd.readAll()));
            return false;
        }
        QThread::msleep(100);
    }
    *error = QStringLiteral("cupsd did not answer on %1").arg(socketPath());
    return false;
}

void CupsServer::stop()
{
    if (m_cupsd.state() == QProcess::NotRunning)
        return;
    m_cupsd.terminate();
    if (!m_cupsd.waitForFinished(10000))
        m_cupsd.kill();
    m_cupsd.waitForFinished(5000);
    QFile::remove(socketPath());
}

bool CupsServer::disable(const QString &queue, QString *error) const
{
    return run(QStringLiteral("cupsdisable"), { queue }, error);
}

bool CupsServer::enable(const QString &queue, QString *error) const
{
    return run(QStringLiteral("cupsenable"), { queue }, error);
}

bool CupsServer::reject(const QString &queue, QString *error) const
{
    return run(QStringLiteral("cupsreject"), { queue }, error);
}

bool CupsServer::accept(const QString &queue, QString *error) const
{
    return run(QStringLiteral("cupsaccept"), { queue }, error);
}

bool CupsServer::addCaptureQueue(const QString &queue, const QString &folder, QString *error) const
{
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFileDevice::Permissions(0x7777)); // lp writes there
    return run(QStringLiteral("lpadmin"),
        { QStringLiteral("-p"), queue, QStringLiteral("-E"), QStringLiteral("-v"), QStringLiteral("capture:") + folder,
            QStringLiteral("-P"), QStringLiteral(ACCUEIL_TEST_DATA "/cups/accueil-capture.ppd") },
        error);
}

bool CupsServer::addFailingQueue(const QString &queue, QString *error, const QString &problem) const
{
    return run(QStringLiteral("lpadmin"),
        { QStringLiteral("-p"), queue, QStringLiteral("-E"), QStringLiteral("-v"),
            QStringLiteral("failing:/") + problem, QStringLiteral("-o"),
            QStringLiteral("printer-error-policy=stop-printer"), QStringLiteral("-P"),
            QStringLiteral(ACCUEIL_TEST_DATA "/cups/accueil-capture.ppd") },
        error);
}
