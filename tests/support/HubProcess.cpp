#include "tests/support/HubProcess.h"

#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <sys/resource.h>

HubProcess::HubProcess(QString database, QStringList extraArguments)
    : m_database(std::move(database))
    , m_extra(std::move(extraArguments))
{
}

HubProcess::~HubProcess()
{
    stop();
}

bool HubProcess::start(QString *error)
{
    if (m_port == 0) {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    const QString storage
        = m_database.startsWith(QLatin1String("postgres")) ? QStringLiteral("--postgres") : QStringLiteral("--db");
    QStringList arguments { storage, m_database, QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:%1").arg(m_port) };
    if (!m_extra.contains(QStringLiteral("--tls-cert")) && !m_extra.contains(QStringLiteral("--tls-dir")))
        arguments << QStringLiteral("--insecure-http");
    if (m_fileLimit > 0) {
        const rlim_t files = rlim_t(m_fileLimit);
        m_process.setChildProcessModifier([files] {
            const rlimit limit { files, files };
            ::setrlimit(RLIMIT_NOFILE, &limit);
        });
    }
    m_process.start(TestSupport::binary(QStringLiteral("accueil-hub")), arguments + m_extra);
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    // Ready when it answers on its port (its message is in the user's language).
    for (int i = 0; i < 200; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(100))
            return true;
        if (m_process.state() != QProcess::Running)
            break;
        QThread::msleep(50);
    }
    *error = QStringLiteral("accueil-hub did not start: %1").arg(QString::fromUtf8(m_process.readAll()));
    return false;
}

void HubProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

void HubProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString HubProcess::enrolmentCode() const
{
    QProcess p;
    p.start(TestSupport::binary(QStringLiteral("accueil-hub")),
        { QStringLiteral("--db"), m_database, QStringLiteral("enrolment-code"), QStringLiteral("--json") });
    p.waitForFinished(30000);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("code")).toString();
}

int HubProcess::accueil(const QStringList &arguments, QByteArray *out, QString *err, int timeoutMs)
{
    QProcess p;
    p.start(TestSupport::binary(QStringLiteral("accueil")), arguments);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}
