#include "printing/CupsClient.h"

#include "printing/MediaFit.h"
#include "printing/PrinterProblem.h"

#include <cups/cups.h>

#include <cstring>

namespace {

QStringList strings(ipp_attribute_t *attr)
{
    QStringList list;
    for (int i = 0; attr && i < ippGetCount(attr); ++i) {
        const QString s = QString::fromUtf8(ippGetString(attr, i, nullptr));
        if (s != QLatin1String("none"))
            list << s;
    }
    return list;
}

// No server to talk to: libcups reports the socket's errno ("Bad file
// descriptor", "No such file or directory"); say what to do instead.
bool serverUnreachable()
{
    return cupsLastError() == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE;
}

QString lastError()
{
    return serverUnreachable() ? CupsClient::unreachableAdvice() : QString::fromUtf8(cupsLastErrorString());
}

} // namespace

bool CupsClient::Printer::hasErrorReason() const
{
    return !describe(*this).isEmpty();
}

QVector<CupsClient::Printer> CupsClient::printers(QString *error) const
{
    // CUPS-Get-Printers asks the server alone, without cupsGetDests' network browse.
    static const char *const attributes[]
        = { "printer-name", "printer-info", "printer-location", "printer-make-and-model", "printer-state",
              "printer-state-reasons", "printer-state-message", "printer-is-accepting-jobs", "media-supported" };
    ipp_t *request = ippNewRequest(IPP_OP_CUPS_GET_PRINTERS);
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
        int(sizeof(attributes) / sizeof(*attributes)), nullptr, attributes);
    ipp_t *response = cupsDoRequest(CUPS_HTTP_DEFAULT, request, "/");
    QVector<Printer> list;
    if (!response || ippGetStatusCode(response) > IPP_STATUS_OK_CONFLICTING) {
        if (cupsLastError() != IPP_STATUS_ERROR_NOT_FOUND) // no printer at all is not an error
            *error
                = serverUnreachable() ? unreachableAdvice() : tr("Cannot reach the print server: %1").arg(lastError());
        ippDelete(response);
        return list;
    }
    const QString fallback = defaultPrinter();
    Printer current;
    auto flush = [&] {
        if (!current.name.isEmpty()) {
            current.isDefault = current.name == fallback;
            list << current;
        }
        current = Printer();
    };
    for (ipp_attribute_t *a = ippFirstAttribute(response); a; a = ippNextAttribute(response)) {
        const char *name = ippGetName(a);
        if (!name) { // a separator between printers
            flush();
            continue;
        }
        if (!std::strcmp(name, "printer-name"))
            current.name = QString::fromUtf8(ippGetString(a, 0, nullptr));
        else if (!std::strcmp(name, "printer-info"))
            current.info = QString::fromUtf8(ippGetString(a, 0, nullptr));
        else if (!std::strcmp(name, "printer-location"))
            current.location = QString::fromUtf8(ippGetString(a, 0, nullptr));
        else if (!std::strcmp(name, "printer-make-and-model"))
            current.makeAndModel = QString::fromUtf8(ippGetString(a, 0, nullptr));
        else if (!std::strcmp(name, "printer-state"))
            current.state = PrinterState(ippGetInteger(a, 0));
        else if (!std::strcmp(name, "printer-state-reasons"))
            current.reasons = strings(a);
        else if (!std::strcmp(name, "printer-state-message"))
            current.message = QString::fromUtf8(ippGetString(a, 0, nullptr));
        else if (!std::strcmp(name, "printer-is-accepting-jobs"))
            current.accepting = ippGetBoolean(a, 0);
        else if (!std::strcmp(name, "media-supported"))
            current.media = strings(a);
    }
    flush();
    ippDelete(response);
    return list;
}

std::optional<CupsClient::Printer> CupsClient::printer(const QString &name, QString *error) const
{
    for (const Printer &p : printers(error)) {
        if (p.name == name)
            return p;
    }
    if (error->isEmpty())
        *error = tr("There is no printer \"%1\". Choose another printer and move the badges to it.").arg(name);
    return std::nullopt;
}

QString CupsClient::defaultPrinter() const
{
    cups_dest_t *dest = cupsGetNamedDest(CUPS_HTTP_DEFAULT, nullptr, nullptr);
    QString name = dest ? QString::fromUtf8(dest->name) : QString();
    cupsFreeDests(dest ? 1 : 0, dest);
    return name;
}

bool CupsClient::serverAnswers()
{
    http_t *http = httpConnect2(cupsServer(), ippPort(), nullptr, AF_UNSPEC, cupsEncryption(), 1, 2000, nullptr);
    httpClose(http);
    return http != nullptr;
}

QString CupsClient::unreachableAdvice()
{
    return tr("No print server answers: start CUPS on this machine "
              "(sudo systemctl start cups), or set CUPS_SERVER to the print server's address.");
}

CupsClient::Submission CupsClient::submit(
    const QString &printer, const QByteArray &pdf, const QString &title, const QSizeF &pageMm) const
{
    Submission result;
    cups_dest_t *dest = cupsGetNamedDest(CUPS_HTTP_DEFAULT, printer.toUtf8().constData(), nullptr);
    if (!dest) {
        result.noSuchPrinter = serverAnswers();
        result.error = result.noSuchPrinter
            ? tr("There is no printer \"%1\". Choose another printer and move the badge to it.").arg(printer)
            : unreachableAdvice();
        return result;
    }
    cups_dinfo_t *info = cupsCopyDestInfo(CUPS_HTTP_DEFAULT, dest);
    cups_option_t *options = nullptr;
    int optionCount = 0;
    // The queue's own name for the page's size, and no colour where it has none.
    optionCount = MediaFit::addJobOptions(dest, info, pageMm, optionCount, &options);
    optionCount = cupsAddOption("print-scaling", "none", optionCount, &options);
    optionCount = cupsAddOption("fit-to-page", "false", optionCount, &options);

    int jobId = 0;
    const QByteArray jobTitle = title.toUtf8();
    const ipp_status_t created
        = cupsCreateDestJob(CUPS_HTTP_DEFAULT, dest, info, &jobId, jobTitle.constData(), optionCount, options);
    if (created <= IPP_STATUS_OK_CONFLICTING && jobId > 0 && m_created)
        m_created(jobId); // recorded before a document exists that could print
    if (created > IPP_STATUS_OK_CONFLICTING || jobId <= 0) {
        result.noSuchPrinter = created == IPP_STATUS_ERROR_NOT_FOUND;
        result.error = result.noSuchPrinter
            ? tr("There is no printer \"%1\". Choose another printer and move the badge to it.").arg(printer)
            : created == IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS
            ? tr("The printer \"%1\" does not take new badges at the moment: let it accept badges again, or "
                 "move the badge to another printer.")
                  .arg(printer)
            : tr("The printer \"%1\" refused the badge: %2").arg(printer, lastError());
    } else if (cupsStartDestDocument(
                   CUPS_HTTP_DEFAULT, dest, info, jobId, jobTitle.constData(), CUPS_FORMAT_PDF, optionCount, options, 1)
        != HTTP_STATUS_CONTINUE) {
        result.error = tr("Cannot send the badge to \"%1\": %2").arg(printer, lastError());
    } else if (cupsWriteRequestData(CUPS_HTTP_DEFAULT, pdf.constData(), size_t(pdf.size())) != HTTP_STATUS_CONTINUE) {
        cupsFinishDestDocument(CUPS_HTTP_DEFAULT, dest, info);
        result.error = tr("Cannot send the badge to \"%1\": %2").arg(printer, lastError());
    } else if (cupsFinishDestDocument(CUPS_HTTP_DEFAULT, dest, info) > IPP_STATUS_OK_CONFLICTING) {
        result.error = tr("The printer \"%1\" refused the badge: %2").arg(printer, lastError());
    } else {
        result.jobId = jobId;
    }
    if (result.jobId == 0 && jobId > 0)
        cupsCancelDestJob(CUPS_HTTP_DEFAULT, dest, jobId);
    cupsFreeOptions(optionCount, options);
    cupsFreeDestInfo(info);
    cupsFreeDests(1, dest);
    return result;
}

namespace {

const char *const jobAttributes[] = { "job-id", "job-state", "job-state-reasons", "job-state-message",
    "job-printer-state-reasons", "job-name", "number-of-documents", "time-at-creation" };

// Reads the attributes of one job, from `a` to the next separator.
CupsClient::Job readJob(ipp_t *response, ipp_attribute_t *&a)
{
    CupsClient::Job job;
    for (; a && ippGetName(a); a = ippNextAttribute(response)) {
        const char *name = ippGetName(a);
        if (!std::strcmp(name, "job-id"))
            job.id = ippGetInteger(a, 0);
        else if (!std::strcmp(name, "job-state"))
            job.state = CupsClient::JobState(ippGetInteger(a, 0));
        else if (!std::strcmp(name, "job-state-reasons"))
            job.reasons = strings(a);
        else if (!std::strcmp(name, "job-state-message"))
            job.message = QString::fromUtf8(ippGetString(a, 0, nullptr));
        else if (!std::strcmp(name, "job-printer-state-reasons"))
            job.printerReasons = strings(a);
        else if (!std::strcmp(name, "job-name"))
            job.name = QString::fromUtf8(ippGetString(a, 0, nullptr));
        else if (!std::strcmp(name, "number-of-documents"))
            job.documents = ippGetInteger(a, 0);
        else if (!std::strcmp(name, "time-at-creation"))
            job.createdAt = QDateTime::fromSecsSinceEpoch(ippGetInteger(a, 0), Qt::UTC);
    }
    return job;
}

// Get-Jobs on every queue; false when the server did not answer.
bool getJobs(const char *which, QVector<CupsClient::Job> *jobs)
{
    ipp_t *request = ippNewRequest(IPP_OP_GET_JOBS);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, "ipp://localhost/");
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "which-jobs", nullptr, which);
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
        int(sizeof(jobAttributes) / sizeof(*jobAttributes)), nullptr, jobAttributes);
    ipp_t *response = cupsDoRequest(CUPS_HTTP_DEFAULT, request, "/");
    if (!response || ippGetStatusCode(response) > IPP_STATUS_OK_CONFLICTING) {
        const bool none = cupsLastError() == IPP_STATUS_ERROR_NOT_FOUND;
        ippDelete(response);
        return none;
    }
    ipp_attribute_t *a = ippFirstAttribute(response);
    while (a) {
        if (ippGetGroupTag(a) != IPP_TAG_JOB || !ippGetName(a)) {
            a = ippNextAttribute(response);
            continue;
        }
        const CupsClient::Job job = readJob(response, a);
        if (job.id > 0)
            jobs->append(job);
    }
    ippDelete(response);
    return true;
}

} // namespace

std::optional<CupsClient::Job> CupsClient::job(int jobId, QString *error) const
{
    ipp_t *request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    const QByteArray uri = QStringLiteral("ipp://localhost/jobs/%1").arg(jobId).toLatin1();
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri.constData());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
        int(sizeof(jobAttributes) / sizeof(*jobAttributes)), nullptr, jobAttributes);
    ipp_t *response = cupsDoRequest(CUPS_HTTP_DEFAULT, request, "/");
    if (!response || ippGetStatusCode(response) > IPP_STATUS_OK_CONFLICTING) {
        *error = cupsLastError() == IPP_STATUS_ERROR_NOT_FOUND
            ? tr("The print server no longer knows print job %1.").arg(jobId)
            : serverUnreachable() ? unreachableAdvice()
                                  : tr("Cannot read the state of print job %1: %2").arg(jobId).arg(lastError());
        ippDelete(response);
        return std::nullopt;
    }
    ipp_attribute_t *a = ippFirstAttribute(response);
    while (a && ippGetGroupTag(a) != IPP_TAG_JOB)
        a = ippNextAttribute(response);
    Job job = readJob(response, a);
    job.id = jobId;
    ippDelete(response);
    return job;
}

std::optional<QHash<int, CupsClient::Job>> CupsClient::jobs(const QVector<int> &ids, QString *error) const
{
    QHash<int, Job> found;
    if (ids.isEmpty())
        return found;
    QVector<Job> active;
    if (!getJobs("not-completed", &active)) {
        *error = serverUnreachable() ? unreachableAdvice() : tr("Cannot read the print jobs: %1").arg(lastError());
        return std::nullopt;
    }
    for (const Job &j : active) {
        if (ids.contains(j.id))
            found.insert(j.id, j);
    }
    // The others have finished since the last look, or are gone.
    for (int id : ids) {
        if (found.contains(id))
            continue;
        QString jobError;
        if (const auto j = job(id, &jobError))
            found.insert(id, *j);
        else if (cupsLastError() != IPP_STATUS_ERROR_NOT_FOUND) {
            *error = jobError;
            return std::nullopt;
        }
    }
    return found;
}

std::optional<QVector<CupsClient::Job>> CupsClient::history(QString *error) const
{
    QVector<Job> all;
    if (!getJobs("all", &all)) {
        *error = serverUnreachable() ? unreachableAdvice() : tr("Cannot read the print jobs: %1").arg(lastError());
        return std::nullopt;
    }
    return all;
}

bool CupsClient::cancel(int jobId, QString *error) const
{
    // cupsCancelJob2 returns the IPP status in CUPS 2.4 (0 on success) although
    // it is documented as 1 on success: ask and read the answer ourselves.
    ipp_t *request = ippNewRequest(IPP_OP_CANCEL_JOB);
    const QByteArray uri = QStringLiteral("ipp://localhost/jobs/%1").arg(jobId).toLatin1();
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri.constData());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    ipp_t *response = cupsDoRequest(CUPS_HTTP_DEFAULT, request, "/jobs/");
    const ipp_status_t status = response ? ippGetStatusCode(response) : cupsLastError();
    ippDelete(response);
    if (status <= IPP_STATUS_OK_CONFLICTING)
        return true;
    if (status == IPP_STATUS_ERROR_NOT_FOUND)
        *error = tr("The print server no longer knows print job %1.").arg(jobId);
    else if (status == IPP_STATUS_ERROR_NOT_POSSIBLE)
        *error = tr("Print job %1 is already over on the print server.").arg(jobId);
    else if (serverUnreachable())
        *error = unreachableAdvice();
    else
        *error = tr("Cannot cancel print job %1: %2").arg(jobId).arg(lastError());
    return false;
}

QString CupsClient::describe(const QStringList &reasons, const QString &printer)
{
    return PrinterProblem::fromReasons(reasons, printer);
}

QString CupsClient::describe(const Printer &printer, int waitedSeconds)
{
    return PrinterProblem::of(printer, waitedSeconds);
}

QString CupsClient::stateName(JobState state)
{
    switch (state) {
    case JobState::Pending:
        return QStringLiteral("pending");
    case JobState::Held:
        return QStringLiteral("held");
    case JobState::Processing:
        return QStringLiteral("processing");
    case JobState::Stopped:
        return QStringLiteral("stopped");
    case JobState::Cancelled:
        return QStringLiteral("cancelled");
    case JobState::Aborted:
        return QStringLiteral("aborted");
    case JobState::Completed:
        return QStringLiteral("completed");
    case JobState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}
