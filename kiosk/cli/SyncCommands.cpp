// The sync and desk commands of `accueil`: enroll, sync, walkin, edit.
#include "kiosk/cli/AdminCli.h"

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/Registrations.h"
#include "kiosk/scan/FrameDecoder.h"
#include "sync/EnrolmentInvite.h"
#include "sync/SyncClient.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace {
// The hub's enrolment QR code, from its text or an image of it.
std::optional<EnrolmentInvite> enrolmentInvite(QCommandLineParser &parser, QString *error)
{
    QString text = parser.value(QStringLiteral("payload"));
    if (parser.isSet(QStringLiteral("from-qr"))) {
        QImageReader reader(parser.value(QStringLiteral("from-qr")));
        reader.setAutoTransform(true);
        FrameDecoder::Options options;
        options.allPasses = true; // a still image: no next frame to continue on
        const QImage image = reader.read();
        const FrameDecoder::Result result
            = image.isNull() ? FrameDecoder::Result() : FrameDecoder(options).decode(LumaImage::fromImage(image));
        if (!result.found) {
            *error = AdminCli::tr("No QR code could be read in %1.").arg(parser.value(QStringLiteral("from-qr")));
            return std::nullopt;
        }
        text = result.text;
    }
    return EnrolmentInvite::fromText(text, error);
}
} // namespace

int AdminCli::enroll(QCommandLineParser &parser)
{
    QString hub = parser.value(QStringLiteral("hub"));
    QString code = parser.value(QStringLiteral("code"));
    QString fingerprintGiven = parser.value(QStringLiteral("fingerprint"));
    if (parser.isSet(QStringLiteral("payload")) || parser.isSet(QStringLiteral("from-qr"))) {
        QString error;
        const auto invite = enrolmentInvite(parser, &error);
        if (!invite)
            return usage(error);
        hub = invite->hub;
        code = invite->code;
        fingerprintGiven = invite->fingerprint;
    }
    if (hub.isEmpty() || code.isEmpty())
        return usage(tr("accueil enroll needs --hub URL and --code CODE."));
    if (!openStore(parser, Create::Yes)) // a device's database starts with its enrolment
        return Failure;
    if (parser.isSet(QStringLiteral("ca"))) {
        if (!QFile::exists(parser.value(QStringLiteral("ca"))))
            return usage(tr("There is no certificate file %1.").arg(parser.value(QStringLiteral("ca"))));
        m_store->setMetaValue(
            QStringLiteral("sync_ca_file"), QFileInfo(parser.value(QStringLiteral("ca"))).absoluteFilePath());
    }
    if (!fingerprintGiven.isEmpty()) {
        static const QRegularExpression form(QStringLiteral("^sha256:[0-9a-f]{64}$"));
        QString hex = fingerprintGiven.trimmed().toLower();
        if (hex.startsWith(QLatin1String("sha256:")))
            hex = hex.mid(7);
        const QString fingerprint = QStringLiteral("sha256:") + hex.remove(QLatin1Char(':'));
        if (!form.match(fingerprint).hasMatch())
            return usage(tr(
                "--fingerprint takes the hub's fingerprint as the hub prints it: sha256: and 64 hexadecimal digits."));
        m_store->setMetaValue(QStringLiteral("sync_hub_fingerprint"), fingerprint);
    } else if (QUrl(hub).scheme() == QLatin1String("https") && !parser.isSet(QStringLiteral("ca"))) {
        return usage(
            tr("Give the hub's certificate fingerprint with --fingerprint (accueil-hub enrolment-code prints it)."));
    }
    SyncClient client(*m_store);
    QString error;
    if (!client.enrol(QUrl(hub), code, deviceName(parser), &error)) {
        m_err << error << Qt::endl;
        return Failure;
    }
    m_out << tr("This device is enrolled with %1 for event %2.").arg(hub, m_store->eventId()) << Qt::endl;
    return Ok;
}

int AdminCli::sync(QCommandLineParser &parser)
{
    if (!openStore(parser))
        return Failure;
    SyncClient client(*m_store);
    QString error;
    // --hub is for this run only: the enrolled hub stays the device's hub.
    if (parser.isSet(QStringLiteral("hub")) && !client.useHubOnce(QUrl(parser.value(QStringLiteral("hub"))), &error))
        return usage(error);
    if (parser.isSet(QStringLiteral("follow"))) {
        client.follow(parser.value(QStringLiteral("seconds")).toInt());
        return Ok;
    }
    if (!client.syncOnce(&error)) {
        m_err << error << Qt::endl;
        return Failure;
    }
    const SyncClient::Status status = client.status();
    if (m_json) {
        printJson(QJsonObject { { QStringLiteral("server_seq"), status.serverSequence },
            { QStringLiteral("waiting"), status.waitingEvents }, { QStringLiteral("refused"), status.refusedByHub },
            { QStringLiteral("refused_from_hub"), status.refusedFromHub },
            { QStringLiteral("clock_offset_ms"), status.clockOffsetMs },
            { QStringLiteral("warning"), status.warning } });
    } else if (status.refusedByHub == 0) {
        m_out << tr("In sync with %1 (change %2).").arg(client.hub().toString()).arg(status.serverSequence) << Qt::endl;
    }
    if (!status.warning.isEmpty())
        m_err << status.warning << Qt::endl;
    // Not "in sync" while the hub refuses some of this device's changes.
    return status.refusedByHub == 0 ? Ok : Failure;
}

int AdminCli::walkin(QCommandLineParser &parser)
{
    if (parser.value(QStringLiteral("last-name")).simplified().isEmpty())
        return usage(tr("A walk-in needs --last-name (and, if known, --first-name)."));
    if (!openStore(parser))
        return Failure;
    Attendee a;
    a.firstName = parser.value(QStringLiteral("first-name")).simplified();
    a.lastName = parser.value(QStringLiteral("last-name")).simplified();
    a.organisation = parser.value(QStringLiteral("organisation")).simplified();
    a.role = parser.value(QStringLiteral("role")).simplified();
    a.country = parser.value(QStringLiteral("country")).simplified();
    a.category = parser.value(QStringLiteral("category")).simplified();
    a.email = parser.value(QStringLiteral("email")).simplified();
    // The core refuses what it cannot register; that is the caller's mistake here.
    if (const QString problem = Registrations::problemWith(a); !problem.isEmpty())
        return usage(tr("The walk-in is not registered: %1").arg(problem));
    CheckInService service(*m_store, deviceName(parser));
    const CheckInResult result = service.registerWalkIn(a, parser.value(QStringLiteral("staff")));
    if (result.outcome == CheckInResult::Outcome::Error) {
        m_err << result.message() << Qt::endl;
        return Failure;
    }
    if (m_json)
        printJson(result.toJson());
    else
        m_out << result.message() << ' ' << tr("Code: %1").arg(result.attendee->code) << Qt::endl;
    return result.admitted() ? Ok : Failure;
}

int AdminCli::edit(QCommandLineParser &parser)
{
    if (!openStore(parser))
        return Failure;
    Registrations registrations(*m_store, deviceName(parser));
    const auto a = registrations.find(m_arguments.first());
    if (!a) {
        m_err << tr("Nobody has the code %1.").arg(m_arguments.first()) << Qt::endl;
        return Refused;
    }
    if (parser.isSet(QStringLiteral("delete"))) {
        const Registrations::Change removed = registrations.remove(a->id);
        if (!removed.ok) {
            m_err << removed.message << Qt::endl;
            return Failure;
        }
        m_out << tr("%1 is deleted.").arg(a->displayName()) << Qt::endl;
        return Ok;
    }
    Registrations::Edit edit;
    const QVector<QPair<const char *, std::optional<QString> Registrations::Edit::*>> fields = {
        { "first-name", &Registrations::Edit::firstName },
        { "last-name", &Registrations::Edit::lastName },
        { "organisation", &Registrations::Edit::organisation },
        { "role", &Registrations::Edit::role },
        { "country", &Registrations::Edit::country },
        { "category", &Registrations::Edit::category },
        { "email", &Registrations::Edit::email },
    };
    for (const auto &[option, member] : fields) {
        if (parser.isSet(QString::fromLatin1(option)))
            edit.*member = parser.value(QString::fromLatin1(option));
    }
    if (parser.isSet(QStringLiteral("cancel")))
        edit.status = Attendee::Status::Cancelled;
    if (parser.isSet(QStringLiteral("restore")))
        edit.status = Attendee::Status::Registered;
    const Registrations::Change change = registrations.edit(a->id, edit);
    if (!change.ok) {
        m_err << change.message << Qt::endl;
        return Failure;
    }
    if (m_json)
        printJson(change.attendee->toJson());
    else
        m_out << tr("%1 is updated.").arg(change.attendee->displayName()) << Qt::endl;
    return Ok;
}
