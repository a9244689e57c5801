// accueil-hub: the central list and the meeting point of every kiosk and desk.
#include "kiosk/codes/QrCodeImage.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/Translations.h"
#include "sync/EnrolmentInvite.h"
#include "sync/HubAuthority.h"
#include "sync/HubBackup.h"
#include "sync/HubServer.h"
#include "sync/HubService.h"
#include "sync/TerminalQr.h"
#include "sync/TlsIdentity.h"
#include "sync/console/ConsoleAccounts.h"
#include "sync/console/ConsoleServer.h"
#include "sync/console/PasswordPrompt.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int signalPipe[2] = { -1, -1 };

void onTerminate(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("accueil-hub"));
    Translations::install(Translations::systemLocale());
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("hub", "The Accueil hub: the central attendee list that every device syncs with."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("db"), QCoreApplication::translate("hub", "Event database of the hub."),
        QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("postgres"),
        QCoreApplication::translate(
            "hub", "Keep the hub's data in PostgreSQL instead (postgresql://user@host/database)."),
        QStringLiteral("URI") });
    parser.addOption(
        { QStringLiteral("listen"), QCoreApplication::translate("hub", "Address and port (default 127.0.0.1:8642)."),
            QStringLiteral("ADDR:PORT") });
    parser.addOption({ QStringLiteral("tls-cert"),
        QCoreApplication::translate("hub", "TLS certificate (PEM); by default the hub makes its own."),
        QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("tls-key"),
        QCoreApplication::translate("hub", "TLS private key (PEM, RSA or EC)."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("tls-dir"),
        QCoreApplication::translate(
            "hub", "Where the hub keeps the certificate it makes (default: beside the database)."),
        QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("tls-name"),
        QCoreApplication::translate("hub",
            "Another name or address the hub's certificate covers (repeatable; its own addresses and host name are "
            "always covered)."),
        QStringLiteral("NAME") });
    parser.addOption(
        { QStringLiteral("pem"), QCoreApplication::translate("hub", "ca: print the CA certificate (PEM).") });
    parser.addOption({ QStringLiteral("insecure-http"),
        QCoreApplication::translate("hub", "Serve plain HTTP, without TLS: only on a loopback address, for tests.") });
    parser.addOption({ QStringLiteral("json"),
        QCoreApplication::translate("hub", "enrolment-code: print {\"code\", \"hub\", \"fingerprint\"} as JSON.") });
    parser.addOption({ QStringLiteral("url"),
        QCoreApplication::translate(
            "hub", "The address devices use to reach the hub, for enrolment-code (default: from --listen)."),
        QStringLiteral("URL") });
    parser.addOptions({ { QStringLiteral("qr"),
                            QCoreApplication::translate(
                                "hub", "enrolment-code: also show it as a QR code, and save it as a PNG image.") },
        { QStringLiteral("png"), QCoreApplication::translate("hub", "enrolment-code --qr: the PNG image to write."),
            QStringLiteral("FILE") },
        { QStringLiteral("backup-dir"),
            QCoreApplication::translate("hub", "Where to keep snapshots of the database (default: FILE.backups)."),
            QStringLiteral("DIR") },
        { QStringLiteral("backup-minutes"),
            QCoreApplication::translate("hub", "Minutes between snapshots (default 5; 0: none)."),
            QStringLiteral("N") },
        { QStringLiteral("backup-keep"), QCoreApplication::translate("hub", "How many snapshots to keep (default 24)."),
            QStringLiteral("N") },
        { QStringLiteral("key-file"),
            QCoreApplication::translate("hub",
                "The event's private signing key, for issuing codes in the console (default: the newest one "
                "\"accueil keygen\" made beside the --db database)."),
            QStringLiteral("FILE") },
        { QStringLiteral("role"),
            QCoreApplication::translate("hub", "user add: organiser (may change things) or viewer (figures only)."),
            QStringLiteral("ROLE") } });
    parser.addPositionalArgument(QStringLiteral("command"),
        QCoreApplication::translate("hub",
            "Nothing to serve; enrolment-code, ca (the CA to install in browsers), devices, revoke DEVICE, backup (a "
            "snapshot now), restore BACKUP, or the console's accounts: user add NAME --role organiser|viewer, user "
            "list, user remove NAME."));
    parser.process(app);

    if (!parser.isSet(QStringLiteral("db")) && !parser.isSet(QStringLiteral("postgres"))) {
        err << QCoreApplication::translate("hub", "accueil-hub needs --db FILE or --postgres URI.") << Qt::endl;
        return 2;
    }
    if (parser.positionalArguments().value(0) == QLatin1String("restore")) {
        QString error;
        if (parser.positionalArguments().size() < 2
            || !HubBackup::restore(parser.isSet(QStringLiteral("postgres")) ? parser.value(QStringLiteral("postgres"))
                                                                            : parser.value(QStringLiteral("db")),
                parser.positionalArguments().at(1), &error)) {
            err << (error.isEmpty() ? QCoreApplication::translate("hub", "restore needs a backup file.") : error)
                << Qt::endl;
            return error.isEmpty() ? 2 : 1;
        }
        out << QCoreApplication::translate("hub", "Restored; devices push again what the backup lacks.") << Qt::endl;
        return 0;
    }
    EventStore store;
    if (!store.open(parser.isSet(QStringLiteral("postgres")) ? parser.value(QStringLiteral("postgres"))
                                                             : parser.value(QStringLiteral("db")))) {
        err << store.errorString() << Qt::endl;
        return 1;
    }
    HubService service(store);
    const QString listen = parser.isSet(QStringLiteral("listen")) ? parser.value(QStringLiteral("listen"))
                                                                  : QStringLiteral("127.0.0.1:8642");
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    const QHostAddress address(listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
    bool ok = false;
    const quint16 port = quint16(listen.mid(colon + 1).toUInt(&ok));
    if (colon < 0 || address.isNull() || !ok) {
        err << QCoreApplication::translate("hub", "--listen takes ADDRESS:PORT, such as 127.0.0.1:8642.") << Qt::endl;
        return 2;
    }
    const bool insecure = parser.isSet(QStringLiteral("insecure-http"));
    if (insecure && !address.isLoopback()) {
        err << QCoreApplication::translate("hub",
            "--insecure-http is refused on %1: anyone on the network could read the list and forge answers. "
            "Serve TLS (the default) or listen on 127.0.0.1.")
                   .arg(address.toString())
            << Qt::endl;
        return 2;
    }
    // TLS unless told otherwise: a given certificate, or one signed by the hub's own CA.
    TlsIdentity identity;
    QString tlsFolder;
    if (!insecure) {
        QString tlsError;
        if (parser.isSet(QStringLiteral("tls-cert")) || parser.isSet(QStringLiteral("tls-key"))) {
            identity = TlsIdentity::read(
                parser.value(QStringLiteral("tls-cert")), parser.value(QStringLiteral("tls-key")), &tlsError);
        } else {
            QString &folder = tlsFolder;
            folder = parser.value(QStringLiteral("tls-dir"));
            // Beside a database file; a PostgreSQL address is no folder.
            if (folder.isEmpty() && parser.isSet(QStringLiteral("db"))
                && !parser.value(QStringLiteral("db")).startsWith(QLatin1String("postgres")))
                folder = parser.value(QStringLiteral("db")) + QStringLiteral(".tls");
            if (folder.isEmpty())
                folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                    + QStringLiteral("/accueil-hub/tls");
            QStringList names = HubAuthority::defaultNames(address, parser.value(QStringLiteral("url")));
            names += parser.values(QStringLiteral("tls-name"));
            names.removeDuplicates();
            identity = HubAuthority::loadOrCreate(folder, store.eventName(), names, &tlsError);
        }
        if (!identity.isValid()) {
            err << tlsError << Qt::endl;
            return 1;
        }
    }
    const QString scheme = insecure ? QStringLiteral("http") : QStringLiteral("https");
    const QString hubUrl = parser.isSet(QStringLiteral("url"))
        ? parser.value(QStringLiteral("url"))
        : QStringLiteral("%1://%2:%3")
              .arg(scheme,
                  address.protocol() == QAbstractSocket::IPv6Protocol
                      ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                      : address.toString())
              .arg(port);

    const QStringList args = parser.positionalArguments();
    if (args.value(0) == QLatin1String("ca")) {
        if (identity.authority().isNull()) {
            err << QCoreApplication::translate(
                "hub", "This hub has no CA of its own: it serves the certificate given with --tls-cert, or no TLS.")
                << Qt::endl;
            return 1;
        }
        if (parser.isSet(QStringLiteral("pem"))) {
            out << QString::fromLatin1(identity.authority().toPem());
        } else {
            out << QCoreApplication::translate("hub", "CA certificate: %1").arg(HubAuthority::caPath(tlsFolder)) << '\n'
                << QCoreApplication::translate("hub", "Fingerprint: %1").arg(identity.fingerprint()) << '\n'
                << QCoreApplication::translate("hub", "As browsers and phones show it (SHA-256): %1")
                       .arg(QString::fromLatin1(
                           identity.authority().digest(QCryptographicHash::Sha256).toHex(':').toUpper()))
                << '\n'
                << QCoreApplication::translate("hub", "Also served at %1/ca.pem").arg(hubUrl) << '\n';
        }
        out.flush();
        return 0;
    }
    if (args.value(0) == QLatin1String("enrolment-code")) {
        const QString code = service.newEnrolmentCode();
        const EnrolmentInvite invite { hubUrl, code, insecure ? QString() : identity.fingerprint(), store.eventName() };
        if (parser.isSet(QStringLiteral("json"))) {
            out << QJsonDocument(
                QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("hub"), hubUrl },
                    { QStringLiteral("fingerprint"), invite.fingerprint },
                    { QStringLiteral("event"), invite.eventName }, { QStringLiteral("payload"), invite.toText() } })
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
            return 0;
        }
        out << QCoreApplication::translate("hub", "One-time enrolment code, valid 24 hours:") << '\n' << code << '\n';
        if (!insecure)
            out << QCoreApplication::translate("hub", "Hub certificate: %1").arg(identity.fingerprint()) << '\n';
        out << QCoreApplication::translate("hub", "On the device:") << '\n'
            << "  accueil enroll --hub " << hubUrl << " --code " << code;
        if (!insecure)
            out << " --fingerprint " << identity.fingerprint();
        out << Qt::endl;
        if (parser.isSet(QStringLiteral("qr"))) {
            const QrCodeImage qr = QrCodeImage::encode(invite.toText(), QrCodeImage::Ecc::Medium);
            const QString png = parser.isSet(QStringLiteral("png")) ? parser.value(QStringLiteral("png"))
                                                                    : QStringLiteral("accueil-enrolment.png");
            out << TerminalQr::render(qr) << Qt::endl;
            if (!qr.toImage(8).save(png, "PNG")) {
                err << QCoreApplication::translate("hub", "Cannot write %1.").arg(png) << Qt::endl;
                return 1;
            }
            out << QCoreApplication::translate("hub", "The QR code is also in %1.").arg(png) << Qt::endl;
        }
        return 0;
    }
    if (args.value(0) == QLatin1String("devices")) {
        for (const HubService::Device &d : service.devices()) {
            out << d.id << '\t' << HubService::cleanDeviceName(d.name) << '\t' << d.enrolledAt.toString(Qt::ISODate)
                << '\t'
                << (d.revoked ? QCoreApplication::translate("hub", "revoked") : d.lastSeenAt.toString(Qt::ISODate));
            // What it last said of itself, when it did.
            if (d.state) {
                out << '\t'
                    << QCoreApplication::translate("hub", "%n change(s) waiting", nullptr, d.state->eventsWaiting);
                if (d.state->badgesWaiting)
                    out << '\t'
                        << QCoreApplication::translate("hub", "%n badge(s) waiting", nullptr, *d.state->badgesWaiting);
                if (const auto &printer = d.state->printer) {
                    out << '\t' << printer->queue << ": "
                        << (printer->problem.isEmpty() ? QCoreApplication::translate("hub", "ready")
                                                       : printer->problem + QLatin1Char(' ') + printer->message);
                }
            }
            out << '\n';
        }
        out.flush();
        return 0;
    }
    if (args.value(0) == QLatin1String("revoke")) {
        QString error;
        if (args.size() < 2 || !service.revoke(args.at(1), &error)) {
            err << (args.size() < 2 ? QCoreApplication::translate("hub", "revoke needs a device id or name.") : error)
                << Qt::endl;
            return args.size() < 2 ? 2 : 1;
        }
        return 0;
    }
    ConsoleAccounts accounts(store);
    if (args.value(0) == QLatin1String("user")) {
        QString error;
        if (!accounts.prepare(&error)) {
            err << error << Qt::endl;
            return 1;
        }
        const QString action = args.value(1);
        if (action == QLatin1String("list") && args.size() == 2) {
            for (const ConsoleAccounts::User &user : accounts.users())
                out << user.name << '\t' << ConsoleAccounts::roleName(user.role) << '\t'
                    << user.createdAt.toString(Qt::ISODate) << '\n';
            out.flush();
            return 0;
        }
        if (action == QLatin1String("remove") && args.size() == 3) {
            if (!accounts.removeUser(args.at(2), &error)) {
                err << error << Qt::endl;
                return 1;
            }
            return 0;
        }
        const auto role = ConsoleAccounts::roleFromName(parser.value(QStringLiteral("role")));
        if (action != QLatin1String("add") || args.size() != 3 || !role) {
            err << QCoreApplication::translate(
                "hub", "Use: user add NAME --role organiser|viewer, user list, or user remove NAME.")
                << Qt::endl;
            return 2;
        }
        const std::optional<QString> password
            = PasswordPrompt::read(QCoreApplication::translate("hub", "Password for %1: ").arg(args.at(2)),
                QCoreApplication::translate("hub", "The same password again: "), &error);
        if (!password || !accounts.addUser(args.at(2), *role, *password, &error)) {
            err << error << Qt::endl;
            return 1;
        }
        out << QCoreApplication::translate("hub", "%1 can log in to the console as %2.")
                   .arg(args.at(2), ConsoleAccounts::roleName(*role))
            << Qt::endl;
        return 0;
    }
    HubBackup::Settings backupSettings;
    backupSettings.folder = parser.value(QStringLiteral("backup-dir"));
    backupSettings.intervalMinutes = parser.value(QStringLiteral("backup-minutes")).toInt(&ok);
    if (!ok)
        backupSettings.intervalMinutes = 5;
    if (parser.isSet(QStringLiteral("backup-keep")))
        backupSettings.keep = std::max(1, parser.value(QStringLiteral("backup-keep")).toInt());
    HubBackup backup(store, backupSettings);
    if (args.value(0) == QLatin1String("backup")) {
        QString error;
        const QString file = backup.snapshot(&error);
        (file.isEmpty() ? err : out) << (file.isEmpty() ? error : file) << Qt::endl;
        return file.isEmpty() ? 1 : 0;
    }
    if (!args.isEmpty()) {
        err << QCoreApplication::translate("hub", "Unknown command \"%1\".").arg(args.first()) << Qt::endl;
        return 2;
    }

    // A push waits half a second at most for an import on the hub's database;
    // then the device is told to come back (503, Retry-After).
    service.setLockWait(500);
    QString lockError;
    if (!EventStore::isPostgres(store.path()) && !backup.start(&lockError)) {
        err << lockError << Qt::endl;
        return 1;
    }
    HubServer server(service);
    if (!insecure)
        server.setTls(identity.serverConfiguration());
    if (!identity.authority().isNull())
        server.setCaCertificate(identity.authority().toPem());
    // Certificates are drawn by the `accueil` beside this program (see CertificateJob).
    ConsoleServer console(store, service,
        ConsoleApi::Hub { hubUrl, insecure ? QString() : identity.fingerprint(),
            parser.value(QStringLiteral("key-file")),
            QCoreApplication::applicationDirPath() + QStringLiteral("/accueil") });
    QString consoleError;
    if (!console.prepare(&consoleError)) {
        err << consoleError << Qt::endl;
        return 1;
    }
    server.setExtension(HubServer::Extension { &ConsoleServer::isConsolePath,
        [&console](const HttpRequest &request, const HttpResponder &responder) { console.handle(request, responder); },
        [&console] { return console.streamCount() > 0; },
        [&console](qint64 revision) { console.notifyChanges(revision); } });
    // SIGTERM and SIGINT end the event loop, so the database is closed cleanly.
    QSocketNotifier *terminate = nullptr;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        terminate = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
        QObject::connect(terminate, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGTERM, onTerminate);
        std::signal(SIGINT, onTerminate);
    }
    const quint16 bound = server.listen(address, port);
    if (bound == 0) {
        err << QCoreApplication::translate("hub", "Cannot listen on %1.").arg(listen) << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("hub", "accueil-hub serving event %1 on %2:%3")
               .arg(store.eventId(), address.toString())
               .arg(bound)
        << Qt::endl;
    if (!insecure)
        out << QCoreApplication::translate("hub", "Hub certificate: %1").arg(identity.fingerprint()) << Qt::endl;
    return QCoreApplication::exec();
}
