#include "sync/console/CertificateJob.h"

#include "sync/SyncLog.h"
#include "sync/console/ConsoleDownload.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

CertificateJob::CertificateJob(Request request, HttpResponder responder, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_responder(std::move(responder))
{
    m_limit.setSingleShot(true);
    connect(&m_limit, &QTimer::timeout, this, [this] {
        qCWarning(lcSync) << "console: certificate took longer than" << timeLimitMs << "ms; stopped";
        m_timedOut = true;
        m_process.kill();
    });
    connect(&m_process, &QProcess::finished, this, &CertificateJob::done);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(500, QStringLiteral("cannot run %1: %2").arg(m_request.program, m_process.errorString()));
    });
}

void CertificateJob::start()
{
    if (!m_folder.isValid())
        return fail(500, QStringLiteral("no temporary folder for the certificate"));
    QStringList arguments { QStringLiteral("--db"), m_request.database, QStringLiteral("certificate") };
    if (m_request.reference.isEmpty())
        arguments << QStringLiteral("--all");
    else
        arguments << m_request.reference;
    arguments << QStringLiteral("--lang") << m_request.language << QStringLiteral("--out")
              << m_folder.filePath(QStringLiteral("certificate.pdf"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_process.setProcessEnvironment(environment);
    m_process.setProgram(m_request.program);
    m_process.setArguments(arguments);
    m_limit.start(timeLimitMs);
    m_process.start();
}

void CertificateJob::done(int exitCode, QProcess::ExitStatus status)
{
    m_limit.stop();
    if (m_timedOut)
        return fail(504, tr("Making the certificate took too long; try again, or one attendee at a time."));
    if (status != QProcess::NormalExit)
        return fail(500, tr("The certificate could not be made."));
    if (exitCode != 0) {
        // The command's own message (it says who attended nothing, for one).
        const QString said = QString::fromUtf8(m_process.readAllStandardError()).trimmed();
        return fail(
            422, said.isEmpty() ? tr("The certificate could not be made.") : said.section(QLatin1Char('\n'), -1));
    }
    QFile pdf(m_folder.filePath(QStringLiteral("certificate.pdf")));
    if (!pdf.open(QIODevice::ReadOnly))
        return fail(500, tr("The certificate could not be made."));
    m_responder.respond(ConsoleDownload::attachment(pdf.readAll(), "application/pdf", m_request.fileName));
    Q_EMIT finished();
}

void CertificateJob::fail(int httpStatus, const QString &message)
{
    m_limit.stop();
    m_responder.respond(
        HttpResponse::json(httpStatus, QJsonDocument(QJsonObject { { QStringLiteral("error"), message } }).toJson()));
    Q_EMIT finished();
}
