#include "kiosk/cli/AdminCli.h"

#include "kiosk/cli/AdminCommand.h"
#include "kiosk/cli/TerminalProgress.h"

#include "kiosk/core/Attendance.h"
#include "kiosk/core/AttendeeSearch.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/core/SessionTable.h"
#include "kiosk/import/AttendeeImporter.h"
#include "kiosk/import/ProgrammeImporter.h"
#include "kiosk/import/SyntheticAttendees.h"
#include "kiosk/scan/FrameDecoder.h"
#include "printing/CupsClient.h"
#include "printing/PrintQueue.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimeZone>
#include <QUuid>

#include <functional>

namespace {

// A value that is another option (`--db --help`) is a slip, not a file name.
QString optionTakenAsValue(const QCommandLineParser &parser, const QList<QCommandLineOption> &options)
{
    for (const QCommandLineOption &o : options) {
        if (o.valueName().isEmpty())
            continue;
        for (const QString &value : parser.values(o.names().first())) {
            if (value.startsWith(QLatin1String("--")))
                return o.names().first();
        }
    }
    return QString();
}

QString optionSynopsis(const QCommandLineOption &o)
{
    QStringList names;
    for (const QString &n : o.names())
        names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
    return names.join(QLatin1String(", ")) + (o.valueName().isEmpty() ? QString() : QLatin1Char(' ') + o.valueName());
}

QString describe(const QCommandLineOption &o)
{
    return QCoreApplication::translate("AdminCli", o.description().toUtf8().constData());
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
    QString fromEnvironment = qEnvironmentVariable("ACCUEIL_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/accueil/event.sqlite");
}

int AdminCli::run(const QStringList &arguments)
{
    const QVector<Command> &commands = AdminCli::commands();

    // Options may stand before or after the command: find the command words
    // with a parser that knows every option, then parse again with its own.
    auto makeParser = [](QCommandLineParser &parser, const QList<QCommandLineOption> &options) {
        for (const QCommandLineOption &o : adminGlobalOptions())
            parser.addOption(o);
        for (const QCommandLineOption &o : options)
            parser.addOption(o);
    };
    // Two commands may give one name different shapes (jobs --cancel JOB,
    // edit --cancel): the command words are looked for with each shape in
    // turn, the one with a value first.
    auto everyOption = [&commands](bool preferValue) {
        QList<QCommandLineOption> all;
        QStringList seen;
        for (const Command &c : commands) {
            for (const QCommandLineOption &o : c.options) {
                const qsizetype at = seen.indexOf(o.names().first());
                if (at < 0) {
                    seen << o.names().first();
                    all << o;
                } else if (all.at(at).valueName().isEmpty() == preferValue && o.valueName().isEmpty() != preferValue) {
                    all[at] = o;
                }
            }
        }
        return all;
    };
    auto findCommand = [&commands](const QStringList &words) -> const Command * {
        for (const Command &c : commands) {
            if (words.mid(0, c.words.size()) == c.words)
                return &c;
        }
        return nullptr;
    };
    struct FirstPass {
        bool parsed = false;
        QString error;
        QStringList words;
        bool help = false;
        bool version = false;
    };
    FirstPass pass;
    for (bool preferValue : { true, false }) {
        QCommandLineParser first;
        makeParser(first, everyOption(preferValue));
        FirstPass attempt;
        attempt.parsed = first.parse(arguments);
        attempt.error = first.errorText();
        if (attempt.parsed) {
            attempt.words = first.positionalArguments();
            attempt.help = first.isSet(QStringLiteral("help"));
            attempt.version = first.isSet(QStringLiteral("version"));
        }
        if (preferValue || (attempt.parsed && findCommand(attempt.words)))
            pass = attempt;
        if (pass.parsed && findCommand(pass.words))
            break;
    }
    if (!pass.parsed)
        return usage(pass.error);
    if (pass.version) {
        m_out << "accueil " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    const bool help = pass.help;
    const QStringList words = pass.words;
    const Command *command = findCommand(words);
    if (!command) {
        // "accueil import --help": the help of every command it begins.
        QVector<const Command *> begun;
        for (const Command &c : commands) {
            if (!words.isEmpty() && c.words.mid(0, words.size()) == words)
                begun << &c;
        }
        if (help && !begun.isEmpty())
            return commandHelp(begun);
        if (help || words.isEmpty()) {
            QTextStream &to = help ? m_out : m_err;
            to << tr("Usage: accueil [--db FILE] COMMAND [ARGS] [--json]") << "\n\n" << tr("Commands:") << '\n';
            for (const Command &c : commands) {
                to << "  " << (c.words + c.positional).join(QLatin1Char(' ')).leftJustified(28) << ' '
                   << tr(c.description) << '\n';
            }
            to << '\n' << tr("Options of every command:") << '\n';
            for (const QCommandLineOption &o : adminGlobalOptions())
                to << "  " << optionSynopsis(o).leftJustified(28) << ' ' << describe(o) << '\n';
            to << '\n' << tr("\"accueil COMMAND --help\" describes the options of a command.") << '\n';
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
    // Checked with the command's own options: two commands may give one name
    // different meanings (jobs --cancel JOB, edit --cancel).
    const QString slip = optionTakenAsValue(parser, adminGlobalOptions() + command->options);
    if (!slip.isEmpty())
        return usage(tr("--%1 needs a value before the next option.").arg(slip));
    if (help)
        return commandHelp({ command });
    m_json = parser.isSet(QStringLiteral("json"));
    m_progress = !m_json && TerminalProgress::stderrIsTerminal();
    m_arguments = parser.positionalArguments().mid(command->words.size());
    if (m_arguments.size() < command->positional.size()) {
        return usage(tr("accueil %1 needs %2.")
                         .arg(command->words.join(QLatin1Char(' ')), command->positional.join(QLatin1Char(' '))));
    }
    return (this->*(command->handler))(parser);
}

int AdminCli::commandHelp(const QVector<const Command *> &chosen)
{
    for (const Command *command : chosen) {
        m_out << tr("Usage: accueil %1 [OPTIONS]").arg((command->words + command->positional).join(QLatin1Char(' ')))
              << "\n\n"
              << tr(command->description) << "\n\n";
        if (!command->options.isEmpty()) {
            m_out << tr("Options:") << '\n';
            for (const QCommandLineOption &o : command->options)
                m_out << "  " << optionSynopsis(o).leftJustified(28) << ' ' << describe(o) << '\n';
            m_out << '\n';
        }
    }
    m_out << tr("Options of every command:") << '\n';
    for (const QCommandLineOption &o : adminGlobalOptions())
        m_out << "  " << optionSynopsis(o).leftJustified(28) << ' ' << describe(o) << '\n';
    m_out.flush();
    return Ok;
}

int AdminCli::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err << problem << '\n';
    m_err << tr("Run \"accueil --help\" for the list of commands.") << Qt::endl;
    return Usage;
}

QString AdminCli::databasePath(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
}

bool AdminCli::openStore(const QCommandLineParser &parser, Create create)
{
    const QString path = databasePath(parser);
    // A mistyped --db must not become an empty event that refuses everyone.
    if (create == Create::No && !EventStore::isPostgres(path) && !QFileInfo::exists(path)) {
        m_err << tr("No event database at %1; create it with `accueil init --event NAME`.").arg(path) << Qt::endl;
        return false;
    }
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
    if (parser.isSet(QStringLiteral("event-id"))
        && QUuid::fromString(parser.value(QStringLiteral("event-id"))).isNull())
        return usage(tr("--event-id takes a UUID."));
    const QString path = databasePath(parser);
    const bool existed = EventStore::isPostgres(path) || QFileInfo::exists(path);
    const QString eventName = parser.value(QStringLiteral("event")).simplified();
    if (parser.isSet(QStringLiteral("event")) && eventName.isEmpty())
        return usage(tr("--event needs the event's name."));
    if (!existed && eventName.isEmpty())
        return usage(tr("A new event database needs a name: accueil init --event NAME."));
    // Everything is checked before anything is written.
    const QString zone = parser.value(QStringLiteral("timezone"));
    if (parser.isSet(QStringLiteral("timezone")) && !QTimeZone(zone.toUtf8()).isValid())
        return usage(
            tr("Unknown time zone \"%1\"; give a name such as Europe/Paris or America/Mexico_City.").arg(zone));
    if (!openStore(parser, Create::Yes))
        return Failure;
    if (parser.isSet(QStringLiteral("event-id"))) {
        const QString eventId
            = QUuid::fromString(parser.value(QStringLiteral("event-id"))).toString(QUuid::WithoutBraces);
        if (existed && m_store->eventId() != eventId) {
            m_err << tr("%1 already belongs to the event %2.").arg(path, m_store->eventId()) << Qt::endl;
            return Failure;
        }
        // A device joining an event shares its identity (signed codes name it).
        m_store->setMetaValue(QStringLiteral("event_id"), eventId);
    }
    if (!eventName.isEmpty())
        m_store->setMetaValue(QStringLiteral("event_name"), eventName);
    if (parser.isSet(QStringLiteral("timezone")))
        m_store->setMetaValue(QStringLiteral("timezone"), zone);
    if (parser.isSet(QStringLiteral("organiser")))
        m_store->setMetaValue(QStringLiteral("organiser_name"), parser.value(QStringLiteral("organiser")).simplified());
    if (m_json) {
        const QString where
            = EventStore::isPostgres(m_store->path()) ? m_store->path() : QFileInfo(m_store->path()).absoluteFilePath();
        printJson(QJsonObject { { QStringLiteral("database"), where },
            { QStringLiteral("event_id"), m_store->eventId() }, { QStringLiteral("event_name"), m_store->eventName() },
            { QStringLiteral("schema_version"), m_store->schemaVersion() } });
    } else {
        const QString where
            = EventStore::isPostgres(m_store->path()) ? m_store->path() : QFileInfo(m_store->path()).absoluteFilePath();
        m_out << tr("Event \"%1\" is ready in %2.").arg(m_store->eventName(), where) << Qt::endl;
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
    options.restoreDeleted = parser.isSet(QStringLiteral("restore-deleted"));
    options.restoreCancelled = parser.isSet(QStringLiteral("restore-cancelled"));
    TerminalProgress progress(m_err, m_progress, tr("Importing attendees"));
    options.progress = [&progress](qint64 done, qint64 total) { progress.update(done, total); };
    const ImportReport report = importer.importFile(m_arguments.first(), options);
    progress.finish();
    if (m_json)
        printJson(report.toJson());
    (report.ok() && !m_json ? m_out : m_err) << report.summary() << Qt::endl;
    // Lines refused for a field over its limit: the rest is in, but not everyone.
    return report.ok() && report.refused.isEmpty() ? Ok : Failure;
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
        m_out << a.code.leftJustified(18) << ' '
              << (a.lastName.toUpper() + QLatin1Char(' ') + a.firstName).leftJustified(32) << ' ' << a.organisation;
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
    const QString session = parser.value(QStringLiteral("session"));
    if (!session.isEmpty() && !SessionTable(m_store->database()).byCodeOrId(session)) {
        return usage(tr("There is no session \"%1\" in this event; \"accueil stats\" lists the sessions "
                        "(import them with \"accueil import programme FILE\").")
                         .arg(session));
    }
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
        const QString jobId = printer.isEmpty()
            ? QString()
            : queue.enqueueFirstBadge(result.attendee->id, templateName(parser), printer, &error);
        if (jobId.isEmpty()) {
            m_err << (printer.isEmpty() ? tr("No printer is set: give --printer, or set a default printer in CUPS.")
                                        : error)
                  << Qt::endl;
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

int AdminCli::generateAttendees(QCommandLineParser &parser)
{
    bool okCount = true;
    bool okSeed = true;
    const int count
        = parser.isSet(QStringLiteral("count")) ? parser.value(QStringLiteral("count")).toInt(&okCount) : 500;
    const uint seed
        = parser.isSet(QStringLiteral("seed")) ? parser.value(QStringLiteral("seed")).toUInt(&okSeed) : 2026;
    if (!okCount || !okSeed || count < 0)
        return usage(tr("--count and --seed take whole numbers."));
    QFile file(m_arguments.first());
    TerminalProgress progress(m_err, m_progress, tr("Generating attendees"));
    const QByteArray csv = SyntheticAttendees::csv(
        count, seed, QStringLiteral("RAICT"), [&progress](qint64 done, qint64 total) { progress.update(done, total); });
    progress.finish();
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) < 0) {
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
