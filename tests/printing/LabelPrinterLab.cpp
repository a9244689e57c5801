#include "tests/printing/LabelPrinterLab.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#include <cups/cups.h>
#include <unistd.h>

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions = {})
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    return permissions == QFileDevice::Permissions() || QFile::setPermissions(path, permissions);
}

constexpr auto everyone = QFileDevice::Permissions(0x7755);

// Writes what CUPS hands the device, named after the queue and the job.
const char captureBackend[] = R"(#!/bin/sh
if [ $# -eq 0 ]; then echo 'direct capture "Unknown" "Accueil label capture"'; exit 0; fi
dir=${DEVICE_URI#capture:}
out="$dir/$PRINTER-$1.bin"
if [ -n "$6" ]; then cat "$6" > "$out.part"; else cat > "$out.part"; fi
mv "$out.part" "$out"
exit 0
)";

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

LabelPrinterLab::LabelPrinterLab()
{
    QFile::setPermissions(m_dir.path(), everyone); // filters run as lp
}

LabelPrinterLab::~LabelPrinterLab()
{
    stop();
}

QVector<LabelPrinterLab::Queue> LabelPrinterLab::standardQueues()
{
    const QString ptouch = QStringLiteral("ptouch:0/ppd/ptouch-driver/Brother-%1-ptouch-ql.ppd");
    return {
        { QStringLiteral("ql570"), QStringLiteral("ptouch"), ptouch.arg(QStringLiteral("QL-570")), {} },
        { QStringLiteral("ql800"), QStringLiteral("ptouch"), ptouch.arg(QStringLiteral("QL-800")), {} },
        { QStringLiteral("lw450"), QStringLiteral("dymo"), QStringLiteral("dymo:0/cups/model/lw450.ppd"),
            { QStringLiteral("PageSize=w102h252.1") } },
        { QStringLiteral("cupsdymo"), QStringLiteral("dymo"), QStringLiteral("drv:///sample.drv/dymo.ppd"),
            { QStringLiteral("PageSize=w101h252") } },
        { QStringLiteral("zebra"), QStringLiteral("zpl"), QStringLiteral("drv:///sample.drv/zebra.ppd"),
            { QStringLiteral("PageSize=w288h216"), QStringLiteral("Resolution=203dpi") } },
        { QStringLiteral("zebra300"), QStringLiteral("zpl"), QStringLiteral("drv:///sample.drv/zebra.ppd"),
            { QStringLiteral("PageSize=w288h432"), QStringLiteral("Resolution=300dpi") } },
        { QStringLiteral("eplzebra"), QStringLiteral("epl"), QStringLiteral("drv:///sample.drv/zebraep2.ppd"),
            { QStringLiteral("PageSize=w288h216"), QStringLiteral("Resolution=203dpi") } },
        { QStringLiteral("office"), QStringLiteral("ipp"), QStringLiteral("everywhere"), {} },
    };
}

QString LabelPrinterLab::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("a private cupsd needs root");
    for (const char *file : { "/usr/sbin/cupsd", "/usr/sbin/lpadmin", "/usr/lib/cups/filter/rastertoptch",
             "/usr/lib/cups/filter/raster2dymolw", "/usr/lib/cups/filter/rastertolabel", "/usr/lib/cups/driver/ptouch",
             "/usr/lib/cups/driver/dymo" }) {
        if (!QFileInfo::exists(QString::fromLatin1(file)))
            return QStringLiteral("%1 is missing (deploy/setup installs the label printer drivers)")
                .arg(QLatin1String(file));
    }
    return QString();
}

bool LabelPrinterLab::startCupsd(const QString &root, QProcess &process, const QString &listen, QString *error)
{
    for (const char *sub : { "spool/tmp", "cache", "state", "log", "bin/backend", "ppd" })
        QDir().mkpath(root + QLatin1Char('/') + QLatin1String(sub));
    for (const char *sub : { "filter", "daemon", "cgi-bin", "notifier", "monitor", "driver" })
        QFile::link(
            QStringLiteral("/usr/lib/cups/") + QLatin1String(sub), root + QStringLiteral("/bin/") + QLatin1String(sub));
    for (const QFileInfo &backend : QDir(QStringLiteral("/usr/lib/cups/backend")).entryInfoList(QDir::Files))
        QFile::link(backend.absoluteFilePath(), root + QStringLiteral("/bin/backend/") + backend.fileName());
    QFile::setPermissions(root, everyone);
    for (const char *sub : { "spool", "spool/tmp", "cache" }) {
        const QString path = root + QLatin1Char('/') + QLatin1String(sub);
        QFile::setPermissions(path, QFileDevice::Permissions(0x7775));
        if (::chown(qPrintable(path), 0, 7) != 0) { } // group lp (7) on Debian
    }
    const QString conf
        = QStringLiteral("Listen %1\nBrowsing Off\nLogLevel warn\nMaxJobs 0\nPreserveJobFiles No\n"
                         "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                         "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
                         "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
              .arg(listen);
    const QString files = QStringLiteral("ServerRoot %1\nServerBin %1/bin\nRequestRoot %1/spool\nTempDir %1/spool/tmp\n"
                                         "CacheDir %1/cache\nStateDir %1/state\nAccessLog %1/log/access_log\n"
                                         "ErrorLog %1/log/error_log\nPageLog %1/log/page_log\nUser lp\nGroup lp\n")
                              .arg(root);
    if (!writeFile(root + QStringLiteral("/cupsd.conf"), conf.toUtf8())
        || !writeFile(root + QStringLiteral("/cups-files.conf"), files.toUtf8())
        || !writeFile(root + QStringLiteral("/bin/backend/capture"), captureBackend, everyone)) {
        *error = QStringLiteral("cannot write the configuration in %1").arg(root);
        return false;
    }
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/usr/sbin/cupsd"),
        { QStringLiteral("-f"), QStringLiteral("-c"), root + QStringLiteral("/cupsd.conf"), QStringLiteral("-s"),
            root + QStringLiteral("/cups-files.conf") });
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("cupsd did not start: %1").arg(process.errorString());
        return false;
    }
    for (int i = 0; i < 100; ++i) {
        QProcess lpstat;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CUPS_SERVER"), listen);
        lpstat.setProcessEnvironment(env);
        lpstat.start(QStringLiteral("lpstat"), { QStringLiteral("-r") });
        if (lpstat.waitForFinished(10000) && lpstat.readAllStandardOutput().startsWith("scheduler is running"))
            return true;
        if (process.state() != QProcess::Running) {
            *error = QStringLiteral("cupsd stopped: %1").arg(QString::fromUtf8(process.readAll()));
            return false;
        }
        QThread::msleep(100);
    }
    *error = QStringLiteral("cupsd did not answer on %1").arg(listen);
    return false;
}

bool LabelPrinterLab::lpadmin(const QString &server, const QStringList &arguments, QString *error) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUPS_SERVER"), server);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/usr/sbin/lpadmin"), arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QStringLiteral("lpadmin %1: %2")
                     .arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError()));
        return false;
    }
    return true;
}

bool LabelPrinterLab::start(const QVector<Queue> &queues, QString *error)
{
    const QString capture = m_dir.filePath(QStringLiteral("captured"));
    QDir().mkpath(capture);
    QFile::setPermissions(capture, QFileDevice::Permissions(0x7777));
    bool needsRemote = false;
    for (const Queue &q : queues)
        needsRemote = needsRemote || q.ppd == QLatin1String("everywhere");
    QString remoteServer;
    if (needsRemote) {
        // The driverless printer: a second cupsd on a TCP port sharing a PDF queue.
        remoteServer = QStringLiteral("127.0.0.1:%1").arg(freePort());
        if (!startCupsd(m_dir.filePath(QStringLiteral("remote")), m_remote, remoteServer, error)
            || !lpadmin(remoteServer,
                { QStringLiteral("-p"), QStringLiteral("printer"), QStringLiteral("-E"), QStringLiteral("-v"),
                    QStringLiteral("capture:") + capture, QStringLiteral("-P"),
                    QStringLiteral(ACCUEIL_TEST_DATA "/cups/office-a6.ppd"), QStringLiteral("-o"),
                    QStringLiteral("printer-is-shared=true") },
                error))
            return false;
    }
    if (!startCupsd(m_dir.filePath(QStringLiteral("main")), m_cupsd, socketPath(), error))
        return false;
    qputenv("CUPS_SERVER", socketPath().toUtf8());
    cupsSetServer(qPrintable(socketPath()));
    for (const Queue &q : queues) {
        QStringList args { QStringLiteral("-p"), q.name, QStringLiteral("-E") };
        if (q.ppd == QLatin1String("everywhere")) {
            args << QStringLiteral("-v") << QStringLiteral("ipp://%1/printers/printer").arg(remoteServer)
                 << QStringLiteral("-m") << QStringLiteral("everywhere");
        } else {
            args << QStringLiteral("-v") << QStringLiteral("capture:") + capture;
            if (q.ppd.startsWith(QLatin1String("drv:")) || q.ppd.contains(QLatin1Char(':')))
                args << QStringLiteral("-m") << q.ppd;
            else
                args << QStringLiteral("-P") << q.ppd;
        }
        for (const QString &o : q.options)
            args << QStringLiteral("-o") << o;
        if (!lpadmin(socketPath(), args, error))
            return false;
    }
    return true;
}

void LabelPrinterLab::stop()
{
    for (QProcess *p : { &m_cupsd, &m_remote }) {
        if (p->state() == QProcess::NotRunning)
            continue;
        p->terminate();
        if (!p->waitForFinished(10000))
            p->kill();
        p->waitForFinished(5000);
    }
}

LabelPrinterLab::Capture LabelPrinterLab::take(const QString &queue, int timeoutMs)
{
    // A driverless job lands at the far end, under that server's queue name and job number.
    const QString prefix = (queue == QLatin1String("office") ? QStringLiteral("printer") : queue) + QLatin1Char('-');
    const QDir dir(m_dir.filePath(QStringLiteral("captured")));
    QElapsedTimer timer;
    timer.start();
    for (;;) { // once at least, even with no time to wait
        for (const QFileInfo &file :
            dir.entryInfoList({ prefix + QStringLiteral("*.bin") }, QDir::Files, QDir::Time | QDir::Reversed)) {
            if (m_seen.contains(file.fileName()))
                continue;
            m_seen.insert(file.fileName());
            QFile f(file.absoluteFilePath());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            return Capture { f.readAll(), file.lastModified(), file.absoluteFilePath() };
        }
        if (timer.elapsed() >= timeoutMs)
            return Capture();
        QThread::msleep(10);
    }
}

QString LabelPrinterLab::log() const
{
    QString text;
    for (const char *root : { "main", "remote" }) {
        QFile f(m_dir.filePath(QStringLiteral("%1/log/error_log").arg(QLatin1String(root))));
        if (f.open(QIODevice::ReadOnly))
            text += QString::fromUtf8(f.readAll().right(4000));
    }
    return text;
}
