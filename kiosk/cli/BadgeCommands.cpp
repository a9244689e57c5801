// The badge and printing commands of `accueil`: badge, print, printers, jobs.
#include "kiosk/cli/AdminCli.h"

#include "kiosk/cli/TerminalProgress.h"

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/EventStore.h"
#include "printing/BadgeComposer.h"
#include "printing/BadgeRenderer.h"
#include "printing/CategoryStyles.h"
#include "printing/CupsClient.h"
#include "printing/MediaFit.h"
#include "printing/PrintQueue.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QThread>

namespace {

std::optional<Attendee> findAttendee(EventStore &store, const QString &key)
{
    const AttendeeTable table(store.database());
    if (auto a = table.byCode(key))
        return a;
    return table.byId(key);
}

} // namespace

QString AdminCli::templateName(const QCommandLineParser &parser) const
{
    if (parser.isSet(QStringLiteral("template")))
        return parser.value(QStringLiteral("template"));
    const QString configured = m_store ? m_store->metaValue(QStringLiteral("badge_template")) : QString();
    return configured.isEmpty() ? QStringLiteral("a6") : configured;
}

QString AdminCli::printerName(const QCommandLineParser &parser) const
{
    if (parser.isSet(QStringLiteral("printer")))
        return parser.value(QStringLiteral("printer"));
    const QString configured = m_store ? m_store->metaValue(QStringLiteral("printer")) : QString();
    return configured.isEmpty() ? CupsClient().defaultPrinter() : configured;
}

int AdminCli::badge(QCommandLineParser &parser)
{
    if (!openStore(parser))
        return Failure;
    const bool all = parser.isSet(QStringLiteral("all"));
    if (all == !m_arguments.isEmpty())
        return usage(tr("accueil badge takes a CODE, or --all."));
    if (!parser.isSet(QStringLiteral("pdf")) && !parser.isSet(QStringLiteral("png")))
        return usage(tr("accueil badge needs --pdf FILE or --png FILE."));
    QString error;
    QString chosen = templateName(parser);
    if (!all) {
        if (const auto attendee = findAttendee(*m_store, m_arguments.first()))
            chosen = BadgeTemplate::forCategory(chosen, CategoryStyles::instance().styleFor(attendee->category).key);
    }
    const auto badgeTemplate = BadgeTemplate::load(chosen, &error);
    if (!badgeTemplate) {
        m_err << error << Qt::endl;
        return Failure;
    }
    QVector<BadgeData> badges;
    TerminalProgress progress(m_err, m_progress && all, tr("Making badges"));
    if (all) {
        const QVector<Attendee> everyone = AttendeeTable(m_store->database()).all();
        for (qsizetype i = 0; i < everyone.size(); ++i) {
            const Attendee &a = everyone.at(i);
            if (a.status == Attendee::Status::Registered)
                badges << BadgeComposer::compose(a, *m_store);
            progress.update(i + 1, everyone.size());
        }
    } else {
        const auto attendee = findAttendee(*m_store, m_arguments.first());
        if (!attendee) {
            m_err << tr("Nobody has the code %1.").arg(m_arguments.first()) << Qt::endl;
            return Refused;
        }
        badges << BadgeComposer::compose(*attendee, *m_store);
    }
    if (badges.isEmpty()) {
        m_err << tr("There is nobody to make a badge for.") << Qt::endl;
        return Failure;
    }
    QJsonObject written { { QStringLiteral("badges"), badges.size() },
        { QStringLiteral("template"), badgeTemplate->name } };
    if (parser.isSet(QStringLiteral("pdf"))) {
        progress.status(tr("writing %n badge(s) to the PDF", nullptr, int(badges.size())));
        QSaveFile file(parser.value(QStringLiteral("pdf")));
        if (!file.open(QIODevice::WriteOnly) || !BadgeRenderer::writePdf(&file, *badgeTemplate, badges, &error)
            || !file.commit()) {
            progress.finish();
            m_err << tr("Cannot write %1: %2").arg(file.fileName(), error.isEmpty() ? file.errorString() : error)
                  << Qt::endl;
            return Failure;
        }
        progress.finish();
        written.insert(QStringLiteral("file"), QFileInfo(file.fileName()).absoluteFilePath());
        written.insert(QStringLiteral("bytes"), QFileInfo(file.fileName()).size());
    }
    progress.finish();
    if (parser.isSet(QStringLiteral("png"))) {
        if (badgeTemplate->isSheet() || badges.size() > 1)
            return usage(tr("--png makes one badge; use --pdf for sheets and --all."));
        bool ok = true;
        const int dpi
            = parser.isSet(QStringLiteral("dpi")) ? parser.value(QStringLiteral("dpi")).toInt(&ok) : badgeTemplate->dpi;
        if (!ok || dpi < 72 || dpi > 1200)
            return usage(tr("--dpi takes a resolution from 72 to 1200."));
        const bool oneBit = badgeTemplate->monochrome || parser.isSet(QStringLiteral("mono"));
        const QImage image = BadgeRenderer::raster(*badgeTemplate, badges.first(), dpi, oneBit);
        if (!image.save(parser.value(QStringLiteral("png")), "PNG")) {
            m_err << tr("Cannot write %1.").arg(parser.value(QStringLiteral("png"))) << Qt::endl;
            return Failure;
        }
        written.insert(QStringLiteral("png"), QFileInfo(parser.value(QStringLiteral("png"))).absoluteFilePath());
        written.insert(QStringLiteral("png_bytes"), QFileInfo(parser.value(QStringLiteral("png"))).size());
        written.insert(QStringLiteral("dpi"), dpi);
    }
    if (m_json) {
        printJson(written);
        return Ok;
    }
    const QLocale locale;
    const QString templateName = badgeTemplate->name;
    if (written.contains(QStringLiteral("file"))) {
        m_out << tr("%n badge(s) written to %1 (template %2, %3).", nullptr, int(badges.size()))
                     .arg(written.value(QStringLiteral("file")).toString(), templateName,
                         locale.formattedDataSize(written.value(QStringLiteral("bytes")).toInteger()))
              << '\n';
    }
    if (written.contains(QStringLiteral("png"))) {
        m_out << tr("Badge written to %1 (template %2, %3 dpi, %4).")
                     .arg(written.value(QStringLiteral("png")).toString(), templateName)
                     .arg(written.value(QStringLiteral("dpi")).toInt())
                     .arg(locale.formattedDataSize(written.value(QStringLiteral("png_bytes")).toInteger()))
              << '\n';
    }
    m_out.flush();
    return Ok;
}

int AdminCli::print(QCommandLineParser &parser)
{
    if (!openStore(parser))
        return Failure;
    const auto attendee = findAttendee(*m_store, m_arguments.first());
    if (!attendee) {
        m_err << tr("Nobody has the code %1.").arg(m_arguments.first()) << Qt::endl;
        return Refused;
    }
    const QString printer = printerName(parser);
    if (printer.isEmpty()) {
        m_err << tr("No printer is set: give --printer, or set a default printer in CUPS.") << Qt::endl;
        return Failure;
    }
    CupsClient cups;
    PrintQueue queue(*m_store, cups);
    bool printedBefore = false;
    for (const PrintJob &j : queue.jobsFor(attendee->id))
        printedBefore = printedBefore || j.state == PrintJob::State::Completed;
    QString error;
    const QString id = queue.enqueue(attendee->id, templateName(parser), printer, printedBefore, &error);
    if (id.isEmpty()) {
        m_err << error << Qt::endl;
        return Failure;
    }
    bool ok = true;
    const int timeout
        = parser.isSet(QStringLiteral("timeout")) ? parser.value(QStringLiteral("timeout")).toInt(&ok) : 120;
    if (!ok || timeout <= 0)
        return usage(tr("--timeout takes a number of seconds."));
    QElapsedTimer waited;
    waited.start();
    QString lastProblem;
    for (;;) {
        const PrintQueue::Round round = queue.process();
        const PrintJob job = *queue.job(id);
        if (!job.lastError.isEmpty() && job.lastError != lastProblem && !m_json) {
            m_err << job.lastError << Qt::endl;
            lastProblem = job.lastError;
        }
        if (!parser.isSet(QStringLiteral("wait")) || job.finished() || job.waitsForStaff()
            || waited.elapsed() > qint64(timeout) * 1000) {
            if (m_json) {
                printJson(job.toJson());
            } else {
                m_out << id;
                if (parser.isSet(QStringLiteral("wait")))
                    m_out << '\t' << PrintJob::stateName(job.state);
                m_out << Qt::endl;
            }
            if (parser.isSet(QStringLiteral("wait")))
                return job.state == PrintJob::State::Completed ? Ok : Failure;
            return job.state == PrintJob::State::Failed ? Failure : Ok;
        }
        QThread::msleep(500);
    }
}

int AdminCli::printers(QCommandLineParser &parser)
{
    const QString badgeTemplate = templateName(parser);
    QString error;
    const QVector<CupsClient::Printer> list = CupsClient().printers(&error);
    if (!error.isEmpty()) {
        m_err << error << Qt::endl;
        return Failure;
    }
    QJsonArray json;
    for (const CupsClient::Printer &p : list) {
        const QString problem = CupsClient::describe(p);
        json.append(QJsonObject { { QStringLiteral("name"), p.name }, { QStringLiteral("info"), p.info },
            { QStringLiteral("state"),
                p.state == CupsClient::PrinterState::Idle           ? QStringLiteral("idle")
                    : p.state == CupsClient::PrinterState::Printing ? QStringLiteral("printing")
                                                                    : QStringLiteral("stopped") },
            { QStringLiteral("accepting"), p.accepting }, { QStringLiteral("ready"), p.ready() },
            { QStringLiteral("reasons"), QJsonArray::fromStringList(p.reasons) },
            { QStringLiteral("message"), problem.isEmpty() ? p.message : problem },
            { QStringLiteral("media"), QJsonArray::fromStringList(p.media) },
            { QStringLiteral("default"), p.isDefault } });
        const QString fit = MediaFit::check(badgeTemplate, p.name); // empty when the template fits
        QJsonObject entry = json.last().toObject();
        entry.insert(QStringLiteral("template"), badgeTemplate);
        entry.insert(QStringLiteral("template_fits"), fit.isEmpty());
        entry.insert(QStringLiteral("template_warning"), fit);
        json.last() = entry;
        if (!m_json) {
            m_out << (p.isDefault ? "* " : "  ") << p.name.leftJustified(20) << ' '
                  << (p.ready() ? tr("ready") : tr("not ready")) << "  " << problem << '\n';
            if (!fit.isEmpty())
                m_out << "    " << fit << '\n';
        }
    }
    if (m_json)
        printJson(json);
    else if (list.isEmpty())
        m_out << tr("No printer is set up in CUPS.") << '\n';
    m_out.flush();
    return Ok;
}

int AdminCli::jobs(QCommandLineParser &parser)
{
    if (!openStore(parser))
        return Failure;
    CupsClient cups;
    PrintQueue queue(*m_store, cups);
    QString error;
    // `--move JOB --printer QUEUE`, or `--move JOB QUEUE`.
    const QString target
        = parser.isSet(QStringLiteral("printer")) ? parser.value(QStringLiteral("printer")) : m_arguments.value(0);
    if (parser.isSet(QStringLiteral("move"))) {
        if (target.isEmpty())
            return usage(tr("--move needs a printer: --move JOB QUEUE, or --printer QUEUE."));
        if (!queue.move(parser.value(QStringLiteral("move")), target, &error)) {
            m_err << error << Qt::endl;
            return Failure;
        }
        if (!m_json)
            m_out << tr("The badge will print on \"%1\".").arg(target) << '\n';
    }
    if (parser.isSet(QStringLiteral("release"))) {
        if (!queue.release(parser.value(QStringLiteral("release")), &error)) {
            m_err << error << Qt::endl;
            return Failure;
        }
        if (!m_json)
            m_out << tr("The badge is released and will print.") << '\n';
    }
    if (parser.isSet(QStringLiteral("cancel"))) {
        if (!queue.cancel(parser.value(QStringLiteral("cancel")), &error)) {
            m_err << error << Qt::endl;
            return Failure;
        }
        if (!m_json)
            m_out << tr("The print job is cancelled.") << '\n';
    }
    if (parser.isSet(QStringLiteral("process")))
        queue.process();
    QJsonArray json;
    for (const PrintJob &j : queue.jobs(!parser.isSet(QStringLiteral("all")))) {
        json.append(j.toJson());
        if (!m_json) {
            m_out << j.id << '\t' << PrintJob::stateName(j.state) << '\t' << j.printer << '\t' << j.templateName << '\t'
                  << j.lastError << '\n';
        }
    }
    if (m_json)
        printJson(json);
    m_out.flush();
    return Ok;
}
