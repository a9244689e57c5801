#include "kiosk/cli/AdminCli.h"

#include "kiosk/core/Attendance.h"
#include "kiosk/import/AttendeeImporter.h"
#include "kiosk/core/AttendeeSearch.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "printing/CupsClient.h"
#include "kiosk/scan/FrameDecoder.h"
#include "printing/PrintQueue.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/import/ProgrammeImporter.h"
#include "kiosk/import/SyntheticAttendees.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>

#include <functional>

struct AdminCli::Command
{
    QStringList words;              // "import attendees"
    QStringList positional;         // names shown in the usage
    QList<QCommandLineOption> options;
    int (AdminCli::*handler)(QCommandLineParser &);
    const char *description;
};

namespace {

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), QStringLiteral("Event database file."), QStringLiteral("FILE"));
}
QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), QStringLiteral("Machine-readable output on stdout."));
}
QCommandLineOption option(const char *name, const char *valueName = nullptr)
{
    return valueName ? QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(valueName))
                     : QCommandLineOption(QString::fromLatin1(name), QString());
}

} // namespace

AdminCli::AdminCli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

AdminCli::~AdminCli() = default;

QString AdminCli::defaultDatabasePath()
{
    const QString fromEnvironment = qEnvironmentVariable("ACCUEIL_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/accueil/event.sqlite");
}

int AdminCli::run(const QStringList &arguments)
{
    static const QVector<Command> commands = {
        { { QStringLiteral("init") }, {}, { option("event", "NAME"), option("timezone", "ZONE"), option("event-id", "UUID") },
          &AdminCli::init, QT_TR_NOOP("create (or open) an event database") },
        { { QStringLiteral("import"), QStringLiteral("attendees") }, { QStringLiteral("FILE") },
          { option("map", "COLUMN=FIELD"), option("dry-run") }, &AdminCli::importAttendees,
          QT_TR_NOOP("import a registration export (CSV or TSV)") },
        { { QStringLiteral("import"), QStringLiteral("programme") }, { QStringLiteral("FILE") }, { option("dry-run") },
          &AdminCli::importProgramme, QT_TR_NOOP("import the sessions (CSV or JSON)") },
        { { QStringLiteral("search") }, { QStringLiteral("TEXT") }, { option("limit", "N") }, &AdminCli::search,
          QT_TR_NOOP("find attendees by name or organisation") },
        { { QStringLiteral("checkin") }, { QStringLiteral("CODE") },
          { option("session", "ID"), option("staff", "NAME"), option("override"), option("print"), option("printer", "QUEUE"),
            option("template", "NAME") },
          &AdminCli::checkin, QT_TR_NOOP("check a code in, as the kiosk does") },
        { { QStringLiteral("undo") }, { QStringLiteral("CODE_OR_EVENT_ID") }, { option("staff", "NAME") },
          &AdminCli::undo, QT_TR_NOOP("undo a person's latest check-in (by code), or one check-in (by event id)") },
        { { QStringLiteral("stats") }, {}, {}, &AdminCli::stats, QT_TR_NOOP("arrivals and per-session counts") },
        { { QStringLiteral("export"), QStringLiteral("attendance") }, { QStringLiteral("FILE") },
          { option("separator", "CHAR") }, &AdminCli::exportAttendance, QT_TR_NOOP("write attendance as CSV") },
        { { QStringLiteral("keygen") }, {}, { option("key-file", "FILE") }, &AdminCli::keygen,
          QT_TR_NOOP("make a new signing key pair for the event") },
        { { QStringLiteral("keys") }, {}, { option("add", "PUBLIC_KEY"), option("id", "N"), option("retire", "N") },
          &AdminCli::keys, QT_TR_NOOP("list, add or retire the event's public keys") },
        { { QStringLiteral("issue") }, {},
          { option("attendee", "ID_OR_CODE"), option("list", "FILE"), option("missing"), option("replace"),
            option("out", "DIR"), option("key-file", "FILE"), option("valid-from", "DATE"), option("valid-until", "DATE") },
          &AdminCli::issue, QT_TR_NOOP("issue signed codes and their QR images") },
        { { QStringLiteral("revoke") }, { QStringLiteral("CODE") }, {}, &AdminCli::revoke,
          QT_TR_NOOP("refuse a signed code from now on") },
        { { QStringLiteral("badge") }, {}, { option("all"), option("pdf", "FILE"), option("png", "FILE"), option("dpi", "N"),
                                               option("template", "NAME"), option("mono") },
          &AdminCli::badge, QT_TR_NOOP("render a badge (or all of them) to PDF or PNG") },
        { { QStringLiteral("print") }, { QStringLiteral("CODE") },
          { option("printer", "QUEUE"), option("template", "NAME"), option("wait"), option("timeout", "SECONDS") },
          &AdminCli::print, QT_TR_NOOP("print a badge through CUPS") },
        { { QStringLiteral("printers") }, {}, {}, &AdminCli::printers, QT_TR_NOOP("list the printers and their state") },
        { { QStringLiteral("jobs") }, {}, { option("all"), option("move", "JOB"), option("cancel", "JOB"), option("printer", "QUEUE"),
                                              option("process") },
          &AdminCli::jobs, QT_TR_NOOP("the badge print queue: list, move or cancel jobs") },
        { { QStringLiteral("enroll") }, {}, { option("hub", "URL"), option("code", "CODE"), option("ca", "FILE") }, &AdminCli::enroll,
          QT_TR_NOOP("enrol this device with a hub") },
        { { QStringLiteral("sync") }, {}, { option("hub", "URL"), option("follow"), option("seconds", "N") }, &AdminCli::sync,
          QT_TR_NOOP("one sync round with the hub, or keep in sync with --follow") },
        { { QStringLiteral("walkin") }, {},
          { option("first-name", "TEXT"), option("last-name", "TEXT"), option("organisation", "TEXT"), option("role", "TEXT"),
            option("country", "TEXT"), option("category", "TEXT"), option("email", "TEXT"), option("staff", "NAME") },
          &AdminCli::walkin, QT_TR_NOOP("register a walk-in and check them in") },
        { { QStringLiteral("edit") }, { QStringLiteral("CODE") },
          { option("first-name", "TEXT"), option("last-name", "TEXT"), option("organisation", "TEXT"), option("role", "TEXT"),
            option("country", "TEXT"), option("category", "TEXT"), option("email", "TEXT"), option("cancel"), option("restore"),
            option("delete") },
          &AdminCli::edit, QT_TR_NOOP("fix an attendee's details, or cancel a registration") },
        { { QStringLiteral("decode") }, { QStringLiteral("IMAGE...") }, { option("formats", "LIST") },
          &AdminCli::decode, QT_TR_NOOP("read codes from image files with the camera pipeline") },
        { { QStringLiteral("generate"), QStringLiteral("attendees") }, { QStringLiteral("FILE") },
          { option("count", "N"), option("seed", "N") }, &AdminCli::generateAttendees,
          QT_TR_NOOP("write a synthetic attendee list for trials") },
    };

    // Options may stand before or after the command: find the command words
    // with a parser that knows every option, then parse again with its own.
    auto makeParser = [](QCommandLineParser &parser, const QList<QCommandLineOption> &options) {
        parser.addOption(dbOption());
        parser.addOption(jsonOption());
        parser.addOption(QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") }, QString()));
        parser.addOption(QCommandLineOption(QStringLiteral("version"), QString()));
        parser.addOption(option("device", "NAME"));
        for (const QCommandLineOption &o : options)
            parser.addOption(o);
    };
    QList<QCommandLineOption> allOptions;
    QStringList seen;
    for (const Command &c : commands) {
        for (const QCommandLineOption &o : c.options) {
            if (!seen.contains(o.names().first())) {
                seen << o.names().first();
                allOptions << o;
            }
        }
    }
    QCommandLineParser first;
    makeParser(first, allOptions);
    if (!first.parse(arguments))
        return usage(first.errorText());
    if (first.isSet(QStringLiteral("version"))) {
        m_out << "accueil " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    const bool help = first.isSet(QStringLiteral("help"));
    const QStringList words = first.positionalArguments();
    const Command *command = nullptr;
    for (const Command &c : commands) {
        if (words.mid(0, c.words.size()) == c.words) {
            command = &c;
            break;
        }
    }
    if (!command) {
        if (help || words.isEmpty()) {
            (help ? m_out : m_err) << tr("Usage: accueil [--db FILE] COMMAND [ARGS] [--json]") << "\n\n";
            for (const Command &c : commands) {
                (help ? m_out : m_err) << "  " << (c.words + c.positional).join(QLatin1Char(' ')).leftJustified(32) << ' '
                      << tr(c.description) << '\n';
            }
            m_out.flush();
            m_err.flush();
            return help ? Ok : Usage;
        }
        return usage(tr("Unknown command \"%1\".").arg(words.join(QLatin1Char(' '))));
    }
    QCommandLineParser parser;
    makeParser(parser, command->options);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (help) {
        m_out << "accueil " << (command->words + command->positional).join(QLatin1Char(' ')) << '\n'
              << tr(command->description) << '\n';
        for (const QCommandLineOption &o : command->options)
            m_out << "  --" << o.names().first() << (o.valueName().isEmpty() ? QString() : QLatin1Char(' ') + o.valueName()) << '\n';
        m_out.flush();
        return Ok;
    }
    m_json = parser.isSet(QStringLiteral("json"));
    m_arguments = parser.positionalArguments().mid(command->words.size());
    if (m_arguments.size() < command->positional.size()) {
        return usage(tr("accueil %1 needs %2.")
                         .arg(command->words.join(QLatin1Char(' ')), command->positional.join(QLatin1Char(' '))));
    }
    return (this->*(command->handler))(parser);
}

int AdminCli::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err << problem << '\n';
    m_err << tr("Run \"accueil --help\" for the list of commands.") << Qt::endl;
    return Usage;
}

bool AdminCli::openStore(const QCommandLineParser &parser)
{
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    m_store = std::make_unique<EventStore>();
    if (!m_store->open(path)) {
        m_err << m_store->errorString() << Qt::endl;
        return false;
    }
    return true;
}

QString AdminCli::deviceName(const QCommandLineParser &parser) const
{
    if (parser.isSet(QStringLiteral("device")))
        return parser.value(QStringLiteral("device"));
    return m_store ? m_store->deviceName() : QSysInfo::machineHostName();
}

void AdminCli::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int AdminCli::init(QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("event-id")) && QUuid::fromString(parser.value(QStringLiteral("event-id"))).isNull())
        return usage(tr("--event-id takes a UUID."));
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    const bool existed = QFile::exists(path);
    if (!openStore(parser))
        return Failure;
    if (parser.isSet(QStringLiteral("event-id"))) {
        const QString eventId = QUuid::fromString(parser.value(QStringLiteral("event-id"))).toString(QUuid::WithoutBraces);
        if (existed && m_store->eventId() != eventId) {
            m_err << tr("%1 already belongs to the event %2.").arg(path, m_store->eventId()) << Qt::endl;
            return Failure;
        }
        // A device joining an event shares its identity (signed codes name it).
        m_store->setMetaValue(QStringLiteral("event_id"), eventId);
    }
    if (parser.isSet(QStringLiteral("event")))
        m_store->setMetaValue(QStringLiteral("event_name"), parser.value(QStringLiteral("event")));
    if (parser.isSet(QStringLiteral("timezone"))) {
        if (!QTimeZone(parser.value(QStringLiteral("timezone")).toUtf8()).isValid())
            return usage(tr("Unknown time zone \"%1\".").arg(parser.value(QStringLiteral("timezone"))));
        m_store->setMetaValue(QStringLiteral("timezone"), parser.value(QStringLiteral("timezone")));
    }
    if (m_json) {
        const QString where = EventStore::isPostgres(m_store->path()) ? m_store->path() : QFileInfo(m_store->path()).absoluteFilePath();
        printJson(QJsonObject { { QStringLiteral("database"), where },
                                { QStringLiteral("event_id"), m_store->eventId() },
                                { QStringLiteral("event_name"), m_store->eventName() },
                                { QStringLiteral("schema_version"), m_store->schemaVersion() } });
    } else {
        const QString where = EventStore::isPostgres(m_store->path()) ? m_store->path() : QFileInfo(m_store->path()).absoluteFilePath();
        m_out << tr("Event \"%1\" is ready in %2.").arg(m_store->eventName(), where)
              << Qt::endl;
    }
    return Ok;
}

int AdminCli::importAttendees(QCommandLineParser &parser)
{
    if (!openStore(parser))
        return Failure;
    HybridClock clock(deviceName(parser));
    AttendeeImporter importer(*m_store, clock);
    AttendeeImporter::Options options;
    options.columnMap = parser.values(QStringLiteral("map"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    const ImportReport report = importer.importFile(m_arguments.first(), options);
    if (m_json)
        printJson(report.toJson());
    (report.ok() && !m_json ? m_out : m_err) << report.summary() << Qt::endl;
    return report.ok() ? Ok : Failure;
}

int AdminCli::importProgramme(QCommandLineParser &parser)
{
    if (!openStore(parser))
        return Failure;
    HybridClock clock(deviceName(parser));
    ProgrammeImporter importer(*m_store, clock);
    const ImportReport report = importer.importFile(m_arguments.first(), parser.isSet(QStringLiteral("dry-run")));
    if (m_json)
        printJson(report.toJson());
    (report.ok() && !m_json ? m_out : m_err) << report.summary() << Qt::endl;
    return report.ok() ? Ok : Failure;
}

int AdminCli::search(QCommandLineParser &parser)
{
    if (!openStore(parser))
        return Failure;
    bool ok = true;
    const int limit = parser.isSet(QStringLiteral("limit")) ? parser.value(QStringLiteral("limit")).toInt(&ok) : 20;
    if (!ok || limit <= 0)
        return usage(tr("--limit takes a positive number."));
    const QVector<Attendee> found = AttendeeSearch(m_store->database()).find(m_arguments.join(QLatin1Char(' ')), limit);
    if (m_json) {
        QJsonArray list;
        for (const Attendee &a : found)
            list.append(a.toJson());
        printJson(list);
        return Ok;
    }
    if (found.isEmpty())
        m_out << tr("Nobody found.") << Qt::endl;
    for (const Attendee &a : found) {
        m_out << a.code.leftJustified(18) << ' ' << (a.lastName.toUpper() + QLatin1Char(' ') + a.firstName).leftJustified(32)
              << ' ' << a.organisation;
        if (a.status == Attendee::Status::Cancelled)
            m_out << "  [" << tr("cancelled") << ']';
        m_out << '\n';
    }
    m_out.flush();
    return Ok;
}

int AdminCli::checkin(QCommandLineParser &parser)
{
    if (!openStore(parser))
        return Failure;
    CheckInService service(*m_store, deviceName(parser));
    CheckInService::Request request;
    request.scanned = m_arguments.first();
    request.sessionId = parser.value(QStringLiteral("session"));
    request.method = QStringLiteral("cli");
    request.staff = parser.value(QStringLiteral("staff"));
    request.overrideCapacity = parser.isSet(QStringLiteral("override"));
    const CheckInResult result = service.scan(request);
    if (result.outcome == CheckInResult::Outcome::Error) {
        if (m_json)
            printJson(result.toJson());
        m_err << result.message() << Qt::endl;
        return Failure;
    }
    QJsonObject json = result.toJson();
    if (result.admitted() && parser.isSet(QStringLiteral("print")) && !result.session) {
        // The badge of a first check-in, queued before anything is sent.
        const QString printer = printerName(parser);
        QString error;
        CupsClient cups;
        PrintQueue queue(*m_store, cups);
        const QString jobId = printer.isEmpty() ? QString() : queue.enqueueFirstBadge(result.attendee->id, templateName(parser), printer, &error);
        if (jobId.isEmpty()) {
            m_err << (printer.isEmpty() ? tr("No printer is set: give --printer, or set a default printer in CUPS.") : error) << Qt::endl;
        } else {
            queue.process();
            json.insert(QStringLiteral("print_job"), queue.job(jobId)->toJson());
        }
    }
    if (m_json)
        printJson(json);
    else
        (result.admitted() ? m_out : m_err) << result.message() << Qt::endl;
    return result.admitted() ? Ok : Refused;
}

int AdminCli::undo(QCommandLineParser &parser)
{
    if (!openStore(parser))
        return Failure;
    CheckInService service(*m_store, deviceName(parser));
    const CheckInService::UndoResult result = service.undo(m_arguments.first(), parser.value(QStringLiteral("staff")));
    if (m_json) {
        printJson(QJsonObject { { QStringLiteral("ok"), result.ok },
                                { QStringLiteral("event_id"), result.ok ? QJsonValue(result.eventId) : QJsonValue() },
                                { QStringLiteral("message"), result.message } });
    }
    if (!result.ok) {
        m_err << result.message << Qt::endl;
        return Failure;
    }
    if (!m_json)
        m_out << tr("Check-in undone for %1.").arg(m_arguments.first()) << Qt::endl;
    return Ok;
}

int AdminCli::stats(QCommandLineParser &parser)
{
    if (!openStore(parser))
        return Failure;
    const Attendance::Figures figures = Attendance(*m_store).figures(QLocale().name());
    if (m_json)
        printJson(figures.toJson());
    else
        m_out << figures.toText() << Qt::endl;
    return Ok;
}

int AdminCli::exportAttendance(QCommandLineParser &parser)
{
    if (!openStore(parser))
        return Failure;
    QString separator = parser.isSet(QStringLiteral("separator")) ? parser.value(QStringLiteral("separator")) : QStringLiteral(";");
    if (separator == QLatin1String("tab") || separator == QLatin1String("\\t"))
        separator = QStringLiteral("\t");
    if (separator.size() != 1)
        return usage(tr("--separator takes one character."));
    QString error;
    const QString path = m_arguments.first();
    if (!Attendance(*m_store).exportCsv(path, separator.front(), &error)) {
        m_err << error << Qt::endl;
        return Failure;
    }
    if (m_json)
        printJson(QJsonObject { { QStringLiteral("file"), path } });
    else
        m_out << tr("Attendance written to %1.").arg(path) << Qt::endl;
    return Ok;
}

int AdminCli::generateAttendees(QCommandLineParser &parser)
{
    bool okCount = true;
    bool okSeed = true;
    const int count = parser.isSet(QStringLiteral("count")) ? parser.value(QStringLiteral("count")).toInt(&okCount) : 500;
    const uint seed = parser.isSet(QStringLiteral("seed")) ? parser.value(QStringLiteral("seed")).toUInt(&okSeed) : 2026;
    if (!okCount || !okSeed || count < 0)
        return usage(tr("--count and --seed take whole numbers."));
    QFile file(m_arguments.first());
    if (!file.open(QIODevice::WriteOnly) || file.write(SyntheticAttendees::csv(count, seed)) < 0) {
        m_err << tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
        return Failure;
    }
    if (!m_json)
        m_out << tr("%1 attendees written to %2.").arg(count).arg(file.fileName()) << Qt::endl;
    return Ok;
}

int AdminCli::decode(QCommandLineParser &parser)
{
    FrameDecoder::Options options;
    options.allPasses = true; // a still image: no next frame to continue on
    if (parser.isSet(QStringLiteral("formats"))) {
        options.formats = parser.value(QStringLiteral("formats")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QString unknown;
        if (!FrameDecoder::validFormats(options.formats, &unknown)) {
            return usage(tr("Unknown code format \"%1\"; known: %2.")
                             .arg(unknown, FrameDecoder::knownFormats().join(QLatin1String(", "))));
        }
    }
    QJsonArray results;
    bool all = true;
    for (const QString &file : std::as_const(m_arguments)) {
        QImageReader reader(file);
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        FrameDecoder decoder(options);
        FrameDecoder::Result result;
        if (image.isNull())
            m_err << tr("Cannot read the image %1: %2").arg(file, reader.errorString()) << Qt::endl;
        else
            result = decoder.decode(LumaImage::fromImage(image));
        all = all && result.found;
        if (m_json) {
            results.append(QJsonObject { { QStringLiteral("file"), file },
                                         { QStringLiteral("text"), result.found ? QJsonValue(result.text) : QJsonValue() },
                                         { QStringLiteral("format"), result.found ? QJsonValue(result.format) : QJsonValue() },
                                         { QStringLiteral("ms"), qRound(result.ms * 10) / 10.0 } });
        } else {
            m_out << file << '\t' << result.text << '\n';
        }
    }
    if (m_json)
        printJson(results);
    m_out.flush();
    return all ? Ok : Refused;
}
