// The commands of `accueil` and their options, each with a line of help.
#include "kiosk/cli/AdminCommand.h"

namespace {

// The description is English source text, translated in the AdminCli context when shown.
QCommandLineOption option(const char *name, const char *valueName, const char *description)
{
    return valueName
        ? QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(description), QString::fromLatin1(valueName))
        : QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(description));
}

QCommandLineOption flag(const char *name, const char *description)
{
    return option(name, nullptr, description);
}

} // namespace

QList<QCommandLineOption> adminGlobalOptions()
{
    return {
        option("db", "FILE",
            QT_TRANSLATE_NOOP(
                "AdminCli", "the event database (default: $ACCUEIL_DB or ~/.local/share/accueil/event.sqlite)")),
        flag("json", QT_TRANSLATE_NOOP("AdminCli", "machine-readable output on stdout, no progress")),
        option("device", "NAME",
            QT_TRANSLATE_NOOP(
                "AdminCli", "the name this device writes in the log (default: the configured name or the host name)")),
        QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") },
            QString::fromUtf8(QT_TRANSLATE_NOOP("AdminCli", "show this help"))),
        flag("version", QT_TRANSLATE_NOOP("AdminCli", "show the version")),
    };
}

const QVector<AdminCli::Command> &AdminCli::commands()
{
    static const QVector<Command> all = {
        { { QStringLiteral("init") }, {},
            { option("event", "NAME", QT_TRANSLATE_NOOP("AdminCli", "the event's name (needed for a new database)")),
                option("timezone", "ZONE",
                    QT_TRANSLATE_NOOP("AdminCli", "the event's time zone, e.g. Europe/Paris or America/Mexico_City")),
                option("event-id", "UUID",
                    QT_TRANSLATE_NOOP("AdminCli", "join an existing event (a device's copy) instead of a new one")) },
            &AdminCli::init, QT_TRANSLATE_NOOP("AdminCli", "create an event database, or rename its event") },
        { { QStringLiteral("import"), QStringLiteral("attendees") }, { QStringLiteral("FILE") },
            { option("map", "COLUMN=FIELD",
                  QT_TRANSLATE_NOOP("AdminCli",
                      "read a column as a field (first_name, last_name, full_name, code, ...); repeatable")),
                flag("dry-run",
                    QT_TRANSLATE_NOOP("AdminCli", "check the file and report what would change, write nothing")),
                flag("restore-deleted",
                    QT_TRANSLATE_NOOP("AdminCli",
                        "bring back the people deleted in Accueil that the file lists (skipped otherwise)")),
                flag("restore-cancelled",
                    QT_TRANSLATE_NOOP("AdminCli",
                        "register again the people cancelled in Accueil that the file lists as registered "
                        "(they stay cancelled otherwise)")) },
            &AdminCli::importAttendees, QT_TRANSLATE_NOOP("AdminCli", "import a registration export (CSV or TSV)") },
        { { QStringLiteral("import"), QStringLiteral("programme") }, { QStringLiteral("FILE") },
            { flag("dry-run",
                QT_TRANSLATE_NOOP("AdminCli", "check the file and report what would change, write nothing")) },
            &AdminCli::importProgramme, QT_TRANSLATE_NOOP("AdminCli", "import the sessions (CSV or JSON)") },
        { { QStringLiteral("search") }, { QStringLiteral("TEXT") },
            { option("limit", "N", QT_TRANSLATE_NOOP("AdminCli", "show at most N people (default 20)")) },
            &AdminCli::search, QT_TRANSLATE_NOOP("AdminCli", "find attendees by name or organisation") },
        { { QStringLiteral("checkin") }, { QStringLiteral("CODE") },
            { option("session", "ID",
                  QT_TRANSLATE_NOOP("AdminCli", "check in to this session (its id or code; see \"accueil stats\")")),
                option("staff", "NAME", QT_TRANSLATE_NOOP("AdminCli", "who checks the person in, for the log")),
                flag("override", QT_TRANSLATE_NOOP("AdminCli", "admit even when the session is full")),
                flag("print", QT_TRANSLATE_NOOP("AdminCli", "print the badge of a first check-in")),
                option("printer", "QUEUE",
                    QT_TRANSLATE_NOOP("AdminCli", "the CUPS queue to print on (default: the event's printer)")),
                option("template", "NAME",
                    QT_TRANSLATE_NOOP("AdminCli", "the badge template (default: the event's, or a6)")) },
            &AdminCli::checkin, QT_TRANSLATE_NOOP("AdminCli", "check a code in, as the kiosk does") },
        { { QStringLiteral("undo") }, { QStringLiteral("CODE_OR_EVENT_ID") },
            { option("staff", "NAME", QT_TRANSLATE_NOOP("AdminCli", "who undoes the check-in, for the log")) },
            &AdminCli::undo,
            QT_TRANSLATE_NOOP("AdminCli", "undo a person's latest check-in (by code), or one check-in (by event id)") },
        { { QStringLiteral("stats") }, {}, {}, &AdminCli::stats,
            QT_TRANSLATE_NOOP("AdminCli", "arrivals and per-session counts") },
        { { QStringLiteral("export"), QStringLiteral("attendance") }, { QStringLiteral("FILE") },
            { option("separator", "CHAR",
                QT_TRANSLATE_NOOP("AdminCli", "the field separator: one character, or \"tab\" (default ;)")) },
            &AdminCli::exportAttendance, QT_TRANSLATE_NOOP("AdminCli", "write attendance as CSV") },
        { { QStringLiteral("keygen") }, {},
            { option("key-file", "FILE",
                QT_TRANSLATE_NOOP("AdminCli", "where to write the private key (default: next to the database)")) },
            &AdminCli::keygen, QT_TRANSLATE_NOOP("AdminCli", "make a new signing key pair for the event") },
        { { QStringLiteral("keys") }, {},
            { option("add", "PUBLIC_KEY",
                  QT_TRANSLATE_NOOP("AdminCli", "accept codes signed with this public key (64 hexadecimal digits)")),
                option("id", "N", QT_TRANSLATE_NOOP("AdminCli", "the number of the key given with --add (1 to 255)")),
                option("retire", "N", QT_TRANSLATE_NOOP("AdminCli", "stop accepting codes signed with key N")) },
            &AdminCli::keys, QT_TRANSLATE_NOOP("AdminCli", "list, add or retire the event's public keys") },
        { { QStringLiteral("issue") }, {},
            { option(
                  "attendee", "ID_OR_CODE", QT_TRANSLATE_NOOP("AdminCli", "issue a code for this person; repeatable")),
                option("list", "FILE",
                    QT_TRANSLATE_NOOP("AdminCli", "issue codes for the ids or codes in FILE, one a line")),
                flag("missing", QT_TRANSLATE_NOOP("AdminCli", "also everyone registered who has no code yet")),
                flag("replace",
                    QT_TRANSLATE_NOOP(
                        "AdminCli", "give a new code to people who have one (the old one stops working)")),
                option("out", "DIR",
                    QT_TRANSLATE_NOOP("AdminCli",
                        "the folder for the QR images and codes.csv (default: codes/ next to the database)")),
                option("key-file", "FILE",
                    QT_TRANSLATE_NOOP(
                        "AdminCli", "the private key to sign with (default: the newest one next to the database)")),
                option("valid-from", "DATE",
                    QT_TRANSLATE_NOOP("AdminCli", "the codes work from this date or date and time")),
                option("valid-until", "DATE",
                    QT_TRANSLATE_NOOP("AdminCli", "the codes work until this date or date and time")) },
            &AdminCli::issue, QT_TRANSLATE_NOOP("AdminCli", "issue signed codes and their QR images") },
        { { QStringLiteral("revoke") }, { QStringLiteral("CODE") }, {}, &AdminCli::revoke,
            QT_TRANSLATE_NOOP("AdminCli", "refuse a signed code from now on") },
        { { QStringLiteral("badge") }, {},
            { flag("all", QT_TRANSLATE_NOOP("AdminCli", "the badges of everyone registered, in one PDF")),
                option("pdf", "FILE", QT_TRANSLATE_NOOP("AdminCli", "write the badge(s) to this PDF file")),
                option("png", "FILE", QT_TRANSLATE_NOOP("AdminCli", "write one badge to this PNG image")),
                option("dpi", "N",
                    QT_TRANSLATE_NOOP("AdminCli", "the resolution of the PNG (72 to 1200; default: the template's)")),
                option("template", "NAME",
                    QT_TRANSLATE_NOOP("AdminCli", "the badge template (default: the event's, or a6)")),
                flag("mono", QT_TRANSLATE_NOOP("AdminCli", "a black and white PNG, as a label printer prints it")) },
            &AdminCli::badge,
            QT_TRANSLATE_NOOP("AdminCli", "render a badge (CODE) or all of them (--all) to PDF or PNG") },
        { { QStringLiteral("print") }, { QStringLiteral("CODE") },
            { option("printer", "QUEUE",
                  QT_TRANSLATE_NOOP("AdminCli", "the CUPS queue to print on (default: the event's printer)")),
                option("template", "NAME",
                    QT_TRANSLATE_NOOP("AdminCli", "the badge template (default: the event's, or a6)")),
                flag("wait", QT_TRANSLATE_NOOP("AdminCli", "wait until the printer has printed it or failed")),
                option("timeout", "SECONDS", QT_TRANSLATE_NOOP("AdminCli", "how long --wait waits (default 120)")) },
            &AdminCli::print, QT_TRANSLATE_NOOP("AdminCli", "print a badge through CUPS") },
        { { QStringLiteral("printers") }, {},
            { option("template", "NAME",
                QT_TRANSLATE_NOOP(
                    "AdminCli", "say whether this badge template fits each printer (default: the event's, or a6)")) },
            &AdminCli::printers, QT_TRANSLATE_NOOP("AdminCli", "list the printers and their state") },
        { { QStringLiteral("jobs") }, {},
            { flag("all", QT_TRANSLATE_NOOP("AdminCli", "also the finished jobs")),
                option("move", "JOB",
                    QT_TRANSLATE_NOOP("AdminCli", "send this job to another printer (--move JOB QUEUE, or --printer)")),
                option("cancel", "JOB", QT_TRANSLATE_NOOP("AdminCli", "cancel this job")),
                option("release", "JOB",
                    QT_TRANSLATE_NOOP("AdminCli",
                        "print a job that waits for staff (held at a kiosk, perhaps printed, lost or failed)")),
                option("printer", "QUEUE", QT_TRANSLATE_NOOP("AdminCli", "the CUPS queue for --move")),
                flag("process", QT_TRANSLATE_NOOP("AdminCli", "send the waiting jobs and update their state now")) },
            &AdminCli::jobs,
            QT_TRANSLATE_NOOP("AdminCli", "the badge print queue: list, release, move or cancel jobs") },
        { { QStringLiteral("enroll") }, {},
            { option("hub", "URL", QT_TRANSLATE_NOOP("AdminCli", "the hub's address, e.g. https://hub.local:8642")),
                option("code", "CODE", QT_TRANSLATE_NOOP("AdminCli", "the one-time enrolment code the hub gave")),
                option("fingerprint", "SHA256",
                    QT_TRANSLATE_NOOP("AdminCli",
                        "the hub's certificate fingerprint the hub printed (sha256:…): this device "
                        "will talk to that hub only")),
                option("ca", "FILE",
                    QT_TRANSLATE_NOOP("AdminCli", "the certificate authority that signed the hub's certificate")),
                option("from-qr", "IMAGE",
                    QT_TRANSLATE_NOOP("AdminCli",
                        "an image of the hub's enrolment QR code (accueil-hub enrolment-code --qr), instead of "
                        "--hub, --code and --fingerprint")),
                option("payload", "TEXT", QT_TRANSLATE_NOOP("AdminCli", "the text of that QR code")) },
            &AdminCli::enroll, QT_TRANSLATE_NOOP("AdminCli", "enrol this device with a hub (creates its database)") },
        { { QStringLiteral("sync") }, {},
            { option("hub", "URL", QT_TRANSLATE_NOOP("AdminCli", "the hub's address (default: the enrolled hub)")),
                flag("follow", QT_TRANSLATE_NOOP("AdminCli", "keep in sync until stopped")),
                option("seconds", "N", QT_TRANSLATE_NOOP("AdminCli", "with --follow, stop after N seconds")) },
            &AdminCli::sync,
            QT_TRANSLATE_NOOP("AdminCli", "one sync round with the hub, or keep in sync with --follow") },
        { { QStringLiteral("walkin") }, {},
            { option("first-name", "TEXT", QT_TRANSLATE_NOOP("AdminCli", "the person's first name")),
                option("last-name", "TEXT", QT_TRANSLATE_NOOP("AdminCli", "the person's last name (needed)")),
                option("organisation", "TEXT", QT_TRANSLATE_NOOP("AdminCli", "the organisation they represent")),
                option("role", "TEXT", QT_TRANSLATE_NOOP("AdminCli", "their role or title")),
                option("country", "TEXT", QT_TRANSLATE_NOOP("AdminCli", "their country")),
                option(
                    "category", "TEXT", QT_TRANSLATE_NOOP("AdminCli", "their category (elected official, press, ...)")),
                option("email", "TEXT", QT_TRANSLATE_NOOP("AdminCli", "their e-mail address")),
                option("staff", "NAME", QT_TRANSLATE_NOOP("AdminCli", "who registers them, for the log")) },
            &AdminCli::walkin, QT_TRANSLATE_NOOP("AdminCli", "register a walk-in and check them in") },
        { { QStringLiteral("edit") }, { QStringLiteral("CODE") },
            { option("first-name", "TEXT", QT_TRANSLATE_NOOP("AdminCli", "the new first name")),
                option("last-name", "TEXT", QT_TRANSLATE_NOOP("AdminCli", "the new last name")),
                option("organisation", "TEXT", QT_TRANSLATE_NOOP("AdminCli", "the new organisation")),
                option("role", "TEXT", QT_TRANSLATE_NOOP("AdminCli", "the new role")),
                option("country", "TEXT", QT_TRANSLATE_NOOP("AdminCli", "the new country")),
                option("category", "TEXT", QT_TRANSLATE_NOOP("AdminCli", "the new category")),
                option("email", "TEXT", QT_TRANSLATE_NOOP("AdminCli", "the new e-mail address")),
                flag("cancel", QT_TRANSLATE_NOOP("AdminCli", "cancel the registration (the code is refused)")),
                flag("restore", QT_TRANSLATE_NOOP("AdminCli", "restore a cancelled registration")),
                flag("delete", QT_TRANSLATE_NOOP("AdminCli", "delete the person from the list")) },
            &AdminCli::edit, QT_TRANSLATE_NOOP("AdminCli", "fix an attendee's details, or cancel a registration") },
        { { QStringLiteral("decode") }, { QStringLiteral("IMAGE...") },
            { option("formats", "LIST",
                QT_TRANSLATE_NOOP("AdminCli", "the code formats to look for, comma-separated (default: QR codes)")) },
            &AdminCli::decode, QT_TRANSLATE_NOOP("AdminCli", "read codes from image files with the camera pipeline") },
        { { QStringLiteral("generate"), QStringLiteral("attendees") }, { QStringLiteral("FILE") },
            { option("count", "N", QT_TRANSLATE_NOOP("AdminCli", "how many people (default 500)")),
                option(
                    "seed", "N", QT_TRANSLATE_NOOP("AdminCli", "the same seed makes the same list (default 2026)")) },
            &AdminCli::generateAttendees, QT_TRANSLATE_NOOP("AdminCli", "write a synthetic attendee list for trials") },
    };
    return all;
}
