#include "printing/CupsClient.h"

#include "printing/MediaFit.h"

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

QString unreachableAdvice()
{
    return QCoreApplication::translate("CupsClient",
        "No print server answers: start CUPS on this machine "
        "(sudo systemctl start cups), or set CUPS_SERVER to the print server's address.");
}

QString lastError()
{
    return serverUnreachable() ? unreachableAdvice() : QString::fromUtf8(cupsLastErrorString());
}

} // namespace

bool CupsClient::Printer::hasErrorReason() const
{
    for (const QString &r : reasons) {
        if (r.endsWith(QLatin1String("-error")) || r.startsWith(QLatin1String("media-empty"))
            || r.startsWith(QLatin1String("offline")) || r.startsWith(QLatin1String("paused"))
            || r.startsWith(QLatin1String("media-jam")))
            return true;
    }
    return false;
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
        *error = tr("There is no printer \"%1\".").arg(name);
    return std::nullopt;
}

QString CupsClient::defaultPrinter() const
{
    cups_dest_t *dest = cupsGetNamedDest(CUPS_HTTP_DEFAULT, nullptr, nullptr);
    const QString name = dest ? QString::fromUtf8(dest->name) : QString();
    cupsFreeDests(dest ? 1 : 0, dest);
    return name;
}

CupsClient::Submission CupsClient::submit(
    const QString &printer, const QByteArray &pdf, const QString &title, const QSizeF &pageMm) const
{
    Submission result;
    cups_dest_t *dest = cupsGetNamedDest(CUPS_HTTP_DEFAULT, printer.toUtf8().constData(), nullptr);
    if (!dest) {
        result.error = tr("There is no printer \"%1\".").arg(printer);
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
    if (cupsCreateDestJob(CUPS_HTTP_DEFAULT, dest, info, &jobId, jobTitle.constData(), optionCount, options)
            > IPP_STATUS_OK_CONFLICTING
        || jobId <= 0) {
        result.error = tr("The printer \"%1\" refused the job: %2").arg(printer, lastError());
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

std::optional<CupsClient::Job> CupsClient::job(int jobId, QString *error) const
{
    static const char *const attributes[]
        = { "job-state", "job-state-reasons", "job-state-message", "job-printer-state-reasons" };
    ipp_t *request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    const QByteArray uri = QStringLiteral("ipp://localhost/jobs/%1").arg(jobId).toLatin1();
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri.constData());
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
        int(sizeof(attributes) / sizeof(*attributes)), nullptr, attributes);
    ipp_t *response = cupsDoRequest(CUPS_HTTP_DEFAULT, request, "/");
    if (!response || ippGetStatusCode(response) > IPP_STATUS_OK_CONFLICTING) {
        *error = tr("Cannot read the state of print job %1: %2").arg(jobId).arg(lastError());
        ippDelete(response);
        return std::nullopt;
    }
    Job job;
    job.id = jobId;
    if (ipp_attribute_t *a = ippFindAttribute(response, "job-state", IPP_TAG_ENUM))
        job.state = JobState(ippGetInteger(a, 0));
    job.reasons = strings(ippFindAttribute(response, "job-state-reasons", IPP_TAG_KEYWORD));
    if (ipp_attribute_t *a = ippFindAttribute(response, "job-state-message", IPP_TAG_TEXT))
        job.message = QString::fromUtf8(ippGetString(a, 0, nullptr));
    job.printerReasons = strings(ippFindAttribute(response, "job-printer-state-reasons", IPP_TAG_KEYWORD));
    ippDelete(response);
    return job;
}

bool CupsClient::cancel(int jobId, QString *error) const
{
    if (!cupsCancelJob2(CUPS_HTTP_DEFAULT, nullptr, jobId, 0)) {
        *error = tr("Cannot cancel print job %1: %2").arg(jobId).arg(lastError());
        return false;
    }
    return true;
}

QString CupsClient::describe(const QStringList &reasons, const QString &printer)
{
    for (const QString &reason : reasons) {
        if (reason.startsWith(QLatin1String("media-empty")) || reason.startsWith(QLatin1String("media-needed")))
            return tr("The printer \"%1\" is out of labels. Load labels; waiting badges will print.").arg(printer);
        if (reason.startsWith(QLatin1String("media-jam")))
            return tr("Labels are jammed in the printer \"%1\". Clear the jam; waiting badges will print.")
                .arg(printer);
        if (reason.startsWith(QLatin1String("offline")) || reason.startsWith(QLatin1String("connecting-to-device")))
            return tr("The printer \"%1\" cannot be reached. Check that it is on and plugged in.").arg(printer);
        if (reason.startsWith(QLatin1String("paused")))
            return tr("The printer \"%1\" is paused. Resume it, or move the waiting badges to another printer.")
                .arg(printer);
        if (reason.startsWith(QLatin1String("cover-open")) || reason.startsWith(QLatin1String("door-open")))
            return tr("The printer \"%1\" is open. Close its cover.").arg(printer);
        if (reason.startsWith(QLatin1String("toner")) || reason.startsWith(QLatin1String("marker-supply")))
            return tr("The printer \"%1\" needs ink or toner.").arg(printer);
    }
    if (!reasons.isEmpty())
        return tr("The printer \"%1\" reports a problem (%2).").arg(printer, reasons.join(QLatin1String(", ")));
    return QString();
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
