// The sync and desk commands of `accueil`: enroll, sync, walkin, edit.
#include "kiosk/cli/AdminCli.h"

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/HybridClock.h"
#include "sync/SyncClient.h"
#include "kiosk/core/WriteTransaction.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QUuid>

int AdminCli::enroll(QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("hub")) || !parser.isSet(QStringLiteral("code")))
        return usage(tr("accueil enroll needs --hub URL and --code CODE."));
    if (!openStore(parser, Create::Yes)) // a device's database starts with its enrolment
        return Failure;
    if (parser.isSet(QStringLiteral("ca"))) {
        if (!QFile::exists(parser.value(QStringLiteral("ca"))))
            return usage(tr("There is no certificate file %1.").arg(parser.value(QStringLiteral("ca"))));
        m_store->setMetaValue(QStringLiteral("sync_ca_file"), QFileInfo(parser.value(QStringLiteral("ca"))).absoluteFilePath());
    }
    SyncClient client(*m_store);
    QString error;
    if (!client.enrol(QUrl(parser.value(QStringLiteral("hub"))), parser.value(QStringLiteral("code")), deviceName(parser), &error)) {
        m_err << error << Qt::endl;
        return Failure;
    }
    m_out << tr("This device is enrolled with %1 for event %2.").arg(parser.value(QStringLiteral("hub")), m_store->eventId()) << Qt::endl;
    return Ok;
}

int AdminCli::sync(QCommandLineParser &parser)
{
    if (!openStore(parser))
        return Failure;
    SyncClient client(*m_store);
    if (parser.isSet(QStringLiteral("hub")))
        client.setHub(QUrl(parser.value(QStringLiteral("hub"))));
    QString error;
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
        printJson(QJsonObject { { QStringLiteral("server_seq"), status.serverSequence }, { QStringLiteral("waiting"), status.waitingEvents } });
    } else {
        m_out << tr("In sync with %1 (change %2).").arg(client.hub().toString()).arg(status.serverSequence) << Qt::endl;
    }
    return Ok;
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
    AttendeeTable table(m_store->database());
    auto a = table.byCode(m_arguments.first());
    if (!a)
        a = table.byId(m_arguments.first());
    if (!a) {
        m_err << tr("Nobody has the code %1.").arg(m_arguments.first()) << Qt::endl;
        return Refused;
    }
    const QVector<QPair<const char *, QString Attendee::*>> fields = {
        { "first-name", &Attendee::firstName }, { "last-name", &Attendee::lastName }, { "organisation", &Attendee::organisation },
        { "role", &Attendee::role }, { "country", &Attendee::country }, { "category", &Attendee::category }, { "email", &Attendee::email },
    };
    for (const auto &[option, member] : fields) {
        if (parser.isSet(QString::fromLatin1(option)))
            (*a).*member = parser.value(QString::fromLatin1(option)).simplified();
    }
    if (parser.isSet(QStringLiteral("delete"))) {
        // A tombstone: the deletion replicates like any edit.
        HybridClock clock(deviceName(parser));
        clock.observe(a->version);
        WriteTransaction transaction(m_store->database());
        transaction.begin();
        if (!table.remove(a->id, clock.tick()) || !transaction.commit()) {
            m_err << table.errorString() << Qt::endl;
            return Failure;
        }
        m_out << tr("%1 is deleted.").arg(a->displayName()) << Qt::endl;
        return Ok;
    }
    if (parser.isSet(QStringLiteral("cancel")))
        a->status = Attendee::Status::Cancelled;
    if (parser.isSet(QStringLiteral("restore")))
        a->status = Attendee::Status::Registered;
    HybridClock clock(deviceName(parser));
    clock.observe(a->version);
    a->version = clock.tick();
    a->device = clock.device();
    WriteTransaction transaction(m_store->database());
    transaction.begin();
    if (!table.save(*a) || !transaction.commit()) {
        m_err << table.errorString() << Qt::endl;
        return Failure;
    }
    if (m_json)
        printJson(a->toJson());
    else
        m_out << tr("%1 is updated.").arg(a->displayName()) << Qt::endl;
    return Ok;
}
