// Devices report their state to the hub with their pushes (PROTOCOL.md,
// "state"): what they hold that the hub has not received, the badges waiting
// at their printer and that printer's state. The hub keeps the last one per
// device within bounds, the console lists it and hears of it at once. The hub
// runs in this process; its data in SQLite, or in PostgreSQL with --postgres.
#include "kiosk/app/kiosk/KioskDeviceState.h"
#include "kiosk/app/kiosk/SyncThread.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/Schema.h"
#include "printing/CupsClient.h"
#include "printing/PrintJobTable.h"
#include "printing/PrinterProblem.h"
#include "sync/DeviceState.h"
#include "sync/HubServer.h"
#include "sync/HubService.h"
#include "sync/SyncClient.h"
#include "sync/console/ConsoleApi.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

class TestDeviceState : public QObject {
    Q_OBJECT

public:
    explicit TestDeviceState(QString postgresUri = QString())
        : m_postgres(std::move(postgresUri))
    {
    }

private:
    QString m_postgres;
    QTemporaryDir m_dir;
    std::unique_ptr<EventStore> m_hubStore;
    std::unique_ptr<HubService> m_service;
    std::unique_ptr<HubServer> m_server;
    quint16 m_port = 0;
    QVector<qint64> m_revisions; // what the console heard, each move once

    // A device database enrolled with the hub as `name`; empty on failure.
    QString enrolled(const QString &name)
    {
        QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
        EventStore store;
        QString error;
        if (!store.open(path)
            || !SyncClient(store).enrol(
                QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)), m_service->newEnrolmentCode(), name, &error)) {
            qWarning("enrolment of %s failed: %s", qPrintable(name), qPrintable(error + store.errorString()));
            return QString();
        }
        return path;
    }

    static QString metaOf(const QString &db, const QString &key)
    {
        EventStore store;
        store.open(db);
        return store.metaValue(key);
    }

    std::optional<HubService::Device> onHub(const QString &name) const
    {
        for (const HubService::Device &d : m_service->devices()) {
            if (d.name == name)
                return d;
        }
        return std::nullopt;
    }

    // The device as GET /console/api/devices lists it.
    QJsonObject inConsole(const QString &name) const
    {
        ConsoleApi api(*m_hubStore, *m_service, ConsoleApi::Hub {});
        HttpRequest request;
        request.method = "GET";
        request.path = QStringLiteral("/console/api/devices");
        ConsoleAccounts::Session viewer;
        viewer.user = QStringLiteral("viewer");
        const HttpResponse response = api.answer(request, viewer);
        for (const QJsonValue &d :
            QJsonDocument::fromJson(response.body).object().value(QStringLiteral("devices")).toArray()) {
            if (d.toObject().value(QStringLiteral("name")).toString() == name)
                return d.toObject();
        }
        return QJsonObject();
    }

    static bool addJob(EventStore &store, const QString &attendeeId, PrintJob::State state)
    {
        PrintJob job;
        job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        job.attendeeId = attendeeId;
        job.templateName = QStringLiteral("standard");
        job.printer = QStringLiteral("QL800");
        job.state = state;
        job.unattended = true;
        job.createdAt = job.updatedAt = QDateTime::currentDateTimeUtc();
        return PrintJobTable(store.database()).insert(job);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hubStore = std::make_unique<EventStore>();
        QVERIFY2(m_hubStore->open(m_postgres.isEmpty() ? m_dir.filePath(QStringLiteral("hub.sqlite")) : m_postgres),
            qPrintable(m_hubStore->errorString()));
        m_service = std::make_unique<HubService>(*m_hubStore);
        m_server = std::make_unique<HubServer>(*m_service);
        m_server->setExtension(HubServer::Extension { [](const QString &) { return false; }, {}, [] { return true; },
            [this](qint64 revision) {
                if (m_revisions.isEmpty() || m_revisions.last() != revision)
                    m_revisions << revision;
            } });
        m_port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port > 0);
    }

    void stateWithinBounds_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("taken");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("badges"); // -1: none
        QTest::addColumn<QString>("problem"); // "-": no printer
        QTest::addColumn<int>("messageLength");

        QTest::newRow("waiting changes only") << QByteArray(R"({"events_waiting": 4})") << true << 4 << -1 << "-" << 0;
        QTest::newRow("ready printer") << QByteArray(
            R"({"events_waiting": 0, "badges_waiting": 2, "printer": {"queue": "QL800", "state": "ready",
                 "problem": "media-empty", "message": ""}})")
                                       << true << 0 << 2 << "" << 0;
        QTest::newRow("out of labels") << QByteArray(
            R"({"events_waiting": 1, "badges_waiting": 0, "printer": {"queue": "QL800",
                 "state": "problem", "problem": "media-empty", "message": "Load labels."}})")
                                       << true << 1 << 0 << "media-empty" << 12;
        QTest::newRow("a key this hub does not know")
            << QByteArray(R"({"events_waiting": 0, "printer": {"queue": "QL800", "state": "problem",
                 "problem": "on-fire", "message": ""}})")
            << true << 0 << -1 << "other" << 0;
        QTest::newRow("huge counts are capped")
            << QByteArray(R"({"events_waiting": 1e300, "badges_waiting": 99999999999})") << true
            << DeviceState::maxCount << DeviceState::maxCount << "-" << 0;
        QTest::newRow("a long message is cut")
            << QByteArray(R"({"events_waiting": 0, "printer": {"queue": "QL800", "state": "problem",
                 "problem": "other", "message": ")"
                   + QByteArray(5000, 'x') + R"("}})")
            << true << 0 << -1 << "other" << DeviceState::maxMessageLength;
        QTest::newRow("control characters are spaces")
            << QByteArray(R"({"events_waiting": 0, "printer": {"queue": "QL800", "state": "problem",
                 "problem": "other", "message": "a\u0007\u202e\nb"}})")
            << true << 0 << -1 << "other" << 3;
        QTest::newRow("negative count") << QByteArray(R"({"events_waiting": -1})") << false << 0 << -1 << "-" << 0;
        QTest::newRow("fractional count") << QByteArray(R"({"events_waiting": 1.5})") << false << 0 << -1 << "-" << 0;
        QTest::newRow("count as text") << QByteArray(R"({"events_waiting": "3"})") << false << 0 << -1 << "-" << 0;
        QTest::newRow("no count") << QByteArray(R"({"badges_waiting": 3})") << false << 0 << -1 << "-" << 0;
        QTest::newRow("negative badges") << QByteArray(R"({"events_waiting": 0, "badges_waiting": -4})") << false << 0
                                         << -1 << "-" << 0;
        QTest::newRow("printer as text") << QByteArray(R"({"events_waiting": 0, "printer": "QL800"})") << false << 0
                                         << -1 << "-" << 0;
        QTest::newRow("printer without queue")
            << QByteArray(R"({"events_waiting": 0, "printer": {"state": "ready"}})") << false << 0 << -1 << "-" << 0;
        QTest::newRow("printer in an unknown state")
            << QByteArray(R"({"events_waiting": 0, "printer": {"queue": "QL800", "state": "sleeping"}})") << false << 0
            << -1 << "-" << 0;
        QTest::newRow("state as a list") << QByteArray(R"([1, 2])") << false << 0 << -1 << "-" << 0;
    }

    void stateWithinBounds()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, taken);
        QFETCH(int, events);
        QFETCH(int, badges);
        QFETCH(QString, problem);
        QFETCH(int, messageLength);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson("{\"state\": " + json + "}", &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QString error;
        const auto state = DeviceState::fromJson(doc.object().value(QStringLiteral("state")), &error);
        QCOMPARE(state.has_value(), taken);
        QCOMPARE(error.isEmpty(), taken);
        if (!state)
            return;
        QCOMPARE(state->eventsWaiting, events);
        QCOMPARE(state->badgesWaiting.value_or(-1), badges);
        QCOMPARE(state->printer ? state->printer->problem : QStringLiteral("-"), problem);
        QCOMPARE(state->printer ? int(state->printer->message.size()) : 0, messageLength);
        // What a device sends is what the hub reads.
        QCOMPARE(DeviceState::fromJson(state->toJson(), &error), state);
    }

    void problemKeys_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("key");
        const QString q = QStringLiteral("QL800");
        auto printer = [&q](CupsClient::PrinterState state, bool accepting, const QStringList &reasons,
                           const QString &message = QString()) {
            CupsClient::Printer p;
            p.name = q;
            p.state = state;
            p.accepting = accepting;
            p.reasons = reasons;
            p.message = message;
            return PrinterProblem::of(p, 0);
        };
        using S = CupsClient::PrinterState;
        QTest::newRow("ready") << QString() << QString();
        QTest::newRow("out of labels") << printer(S::Idle, true, { QStringLiteral("media-empty-error") })
                                       << "media-empty";
        QTest::newRow("jammed") << printer(S::Idle, true, { QStringLiteral("media-jam-error") }) << "media-jam";
        QTest::newRow("open") << printer(S::Idle, true, { QStringLiteral("cover-open-error") }) << "door-open";
        QTest::newRow("offline") << printer(S::Idle, true, { QStringLiteral("offline-report") }) << "offline";
        QTest::newRow("stopped for want of labels")
            << printer(S::Stopped, true, { QStringLiteral("paused"), QStringLiteral("media-empty-error") })
            << "media-empty";
        QTest::newRow("paused") << printer(S::Stopped, true, { QStringLiteral("paused") }, QStringLiteral("Paused"))
                                << "stopped";
        QTest::newRow("paused, and why") << printer(
            S::Stopped, true, { QStringLiteral("paused") }, QStringLiteral("Reserved for the press"))
                                         << "stopped";
        QTest::newRow("stopped after failing")
            << printer(S::Stopped, true, {}, QStringLiteral("Printer stopped due to backend errors; please consult"))
            << "stopped";
        QTest::newRow("refusing") << printer(S::Idle, false, {}) << "refusing";
        QTest::newRow("no such queue") << QCoreApplication::translate(
            "PrintQueue", "There is no printer \"%1\". Choose another printer and move the badge to it.")
                                              .arg(q)
                                       << "unknown-queue";
        QTest::newRow("no such queue for the labels")
            << QCoreApplication::translate("PrinterMedia", "There is no printer \"%1\".").arg(q) << "unknown-queue";
        QTest::newRow("no ink") << printer(S::Idle, true, { QStringLiteral("toner-empty-error") }) << "other";
        QTest::newRow("anything else") << QStringLiteral("The template does not fit the labels.") << "other";
    }

    void problemKeys()
    {
        QFETCH(QString, message);
        QFETCH(QString, key);
        QCOMPARE(KioskDeviceState::problemKey(QStringLiteral("QL800"), message), key);
        QVERIFY(key.isEmpty() || DeviceState::problemKeys().contains(key));
    }

    // A kiosk whose printer is paused, with badges held for staff, syncs: the
    // hub and its console know, and the console's stream moves.
    void pausedPrinterAndHeldJobsReachTheHub()
    {
        const QString db = enrolled(QStringLiteral("kiosk-paused"));
        QVERIFY(!db.isEmpty());
        EventStore store;
        QVERIFY(store.open(db));
        const QString someone
            = TestSupport::addAttendee(store, QStringLiteral("PAUSE1"), QStringLiteral("Ana"), QStringLiteral("Ruiz"));
        QVERIFY(!someone.isEmpty());
        QSqlQuery local(store.database()); // known to the hub already: nothing to push
        QVERIFY(local.exec(QStringLiteral("UPDATE attendee SET pending_push = 0")));
        QVERIFY(addJob(store, someone, PrintJob::State::Held));
        QVERIFY(addJob(store, someone, PrintJob::State::Held));
        QVERIFY(addJob(store, someone, PrintJob::State::Pending));
        QVERIFY(addJob(store, someone, PrintJob::State::Completed)); // done: not waiting
        const QString paused = PrinterProblem::fromReasons({ QStringLiteral("paused") }, QStringLiteral("QL800"));
        auto kiosk = std::make_shared<KioskDeviceState>(QStringLiteral("QL800"));
        kiosk->setPrinterProblem(QStringLiteral("QL800"), paused);
        SyncClient client(store);
        client.setStateSource([kiosk](EventStore &s) { return kiosk->read(s); });
        const int heard = int(m_revisions.size());
        QString error;
        QVERIFY2(client.syncOnce(&error), qPrintable(error));

        const auto device = onHub(QStringLiteral("kiosk-paused"));
        QVERIFY(device && device->state && device->statusAt.isValid());
        QCOMPARE(device->state->eventsWaiting, 0);
        QCOMPARE(device->state->badgesWaiting, std::optional<int>(3));
        QVERIFY(device->state->printer);
        QCOMPARE(device->state->printer->queue, QStringLiteral("QL800"));
        QCOMPARE(device->state->printer->problem, QStringLiteral("stopped"));
        QCOMPARE(device->state->printer->message, paused);
        QVERIFY(m_revisions.size() > heard);

        const QJsonObject listed = inConsole(QStringLiteral("kiosk-paused"));
        QCOMPARE(listed.value(QStringLiteral("events_waiting")), QJsonValue(0));
        QCOMPARE(listed.value(QStringLiteral("badges_waiting")), QJsonValue(3));
        QVERIFY(!listed.value(QStringLiteral("status_at")).toString().isEmpty());
        const QJsonObject printer = listed.value(QStringLiteral("printer")).toObject();
        QCOMPARE(printer.value(QStringLiteral("queue")).toString(), QStringLiteral("QL800"));
        QCOMPARE(printer.value(QStringLiteral("state")).toString(), QStringLiteral("problem"));
        QCOMPARE(printer.value(QStringLiteral("problem")).toString(), QStringLiteral("stopped"));
        QCOMPARE(printer.value(QStringLiteral("message")).toString(), paused);

        // Resumed, and the held badges released and printed: the next round
        // says so, with nothing else to push.
        kiosk->setPrinterProblem(QStringLiteral("QL800"), QString());
        QSqlQuery done(store.database());
        QVERIFY(done.exec(QStringLiteral("UPDATE print_job SET state = 'completed'")));
        const int before = int(m_revisions.size());
        QVERIFY2(client.syncOnce(&error), qPrintable(error));
        const QJsonObject ready = inConsole(QStringLiteral("kiosk-paused"));
        QCOMPARE(ready.value(QStringLiteral("badges_waiting")), QJsonValue(0));
        QCOMPARE(ready.value(QStringLiteral("printer")).toObject().value(QStringLiteral("state")).toString(),
            QStringLiteral("ready"));
        QCOMPARE(
            ready.value(QStringLiteral("printer")).toObject().value(QStringLiteral("problem")).toString(), QString());
        QVERIFY(m_revisions.size() > before);
        // The same state again moves nothing on the console.
        const int settled = int(m_revisions.size());
        QVERIFY2(client.syncOnce(&error), qPrintable(error));
        QCOMPARE(int(m_revisions.size()), settled);
    }

    // A desk with no printer says what it holds, and no printer.
    void deviceWithoutPrinter()
    {
        const QString db = enrolled(QStringLiteral("desk-1"));
        QVERIFY(!db.isEmpty());
        EventStore store;
        QVERIFY(store.open(db));
        SyncClient client(store);
        client.setStateSource(
            [kiosk = std::make_shared<KioskDeviceState>(QString())](EventStore &s) { return kiosk->read(s); });
        QString error;
        QVERIFY2(client.syncOnce(&error), qPrintable(error));
        const QJsonObject listed = inConsole(QStringLiteral("desk-1"));
        QCOMPARE(listed.value(QStringLiteral("events_waiting")), QJsonValue(0));
        QVERIFY(listed.value(QStringLiteral("badges_waiting")).isNull());
        QVERIFY(listed.value(QStringLiteral("printer")).isNull());
        QVERIFY(!listed.value(QStringLiteral("status_at")).toString().isEmpty());
    }

    // A kiosk following the hub says at once that its printer ran out of
    // labels, with no check-in to push.
    void followingKioskReportsItsPrinter()
    {
        const QString db = enrolled(QStringLiteral("kiosk-follow"));
        QVERIFY(!db.isEmpty());
        auto kiosk = std::make_shared<KioskDeviceState>(QStringLiteral("QL800"));
        SyncThread sync(db, [kiosk](EventStore &s) { return kiosk->read(s); });
        sync.start();
        auto printer = [this] {
            const auto d = onHub(QStringLiteral("kiosk-follow"));
            return d && d->state && d->state->printer ? d->state->printer->problem : QStringLiteral("?");
        };
        QTRY_COMPARE_WITH_TIMEOUT(printer(), QString(), 20000);
        const QString out
            = PrinterProblem::fromReasons({ QStringLiteral("media-empty-error") }, QStringLiteral("QL800"));
        kiosk->setPrinterProblem(QStringLiteral("QL800"), out);
        QTRY_COMPARE_WITH_TIMEOUT(printer(), QStringLiteral("media-empty"), 20000);
        sync.stop();
        QCOMPARE(inConsole(QStringLiteral("kiosk-follow"))
                     .value(QStringLiteral("printer"))
                     .toObject()
                     .value(QStringLiteral("message")),
            QJsonValue(out));
    }

    // A device that sends no state (an older version) pushes as before; what
    // it never said is null, and what it said once stays.
    void olderDeviceStillSyncs()
    {
        const QString db = enrolled(QStringLiteral("kiosk-old"));
        QVERIFY(!db.isEmpty());
        const QString id = metaOf(db, QStringLiteral("sync_device_id"));
        QString error;
        HubService::Failure failure = HubService::Failure::None;
        QJsonObject answer
            = m_service->push(id, QJsonObject { { QStringLiteral("events"), QJsonArray() } }, &error, &failure);
        QCOMPARE(failure, HubService::Failure::None);
        QVERIFY(!answer.contains(QStringLiteral("state_refused")));
        QJsonObject listed = inConsole(QStringLiteral("kiosk-old"));
        QVERIFY(!listed.value(QStringLiteral("last_seen")).toString().isEmpty());
        for (const char *key : { "events_waiting", "badges_waiting", "printer" })
            QVERIFY2(listed.value(QLatin1String(key)).isNull(), key);
        QCOMPARE(listed.value(QStringLiteral("status_at")).toString(), QString());

        answer = m_service->push(id,
            QJsonObject { { QStringLiteral("state"), QJsonObject { { QStringLiteral("events_waiting"), 7 } } } },
            &error, &failure);
        QCOMPARE(failure, HubService::Failure::None);
        answer = m_service->push(id, QJsonObject(), &error, &failure);
        QCOMPARE(failure, HubService::Failure::None);
        QCOMPARE(inConsole(QStringLiteral("kiosk-old")).value(QStringLiteral("events_waiting")), QJsonValue(7));
    }

    // A state the hub cannot read is left out, said why, and the records of
    // the same push are taken all the same.
    void unreadableStateLeavesTheRecordsAlone()
    {
        const QString db = enrolled(QStringLiteral("kiosk-odd"));
        QVERIFY(!db.isEmpty());
        const QString id = metaOf(db, QStringLiteral("sync_device_id"));
        QString error;
        HubService::Failure failure = HubService::Failure::None;
        m_service->push(id,
            QJsonObject { { QStringLiteral("state"), QJsonObject { { QStringLiteral("events_waiting"), 2 } } } },
            &error, &failure);
        const qint64 revision = m_service->deviceStateRevision();
        const QJsonObject answer = m_service->push(id,
            QJsonObject { { QStringLiteral("events"), QJsonArray() },
                { QStringLiteral("state"), QJsonObject { { QStringLiteral("events_waiting"), -3 } } } },
            &error, &failure);
        QCOMPARE(failure, HubService::Failure::None);
        QVERIFY(answer.value(QStringLiteral("state_refused")).toString().contains(QLatin1String("events_waiting")));
        QCOMPARE(answer.value(QStringLiteral("events")), QJsonValue(QJsonArray()));
        QCOMPARE(inConsole(QStringLiteral("kiosk-odd")).value(QStringLiteral("events_waiting")), QJsonValue(2));
        QCOMPARE(m_service->deviceStateRevision(), revision);
    }

    // A hub database from before device states keeps its devices, who have
    // said nothing yet.
    void upgradedHubKeepsItsDevices()
    {
        if (!m_postgres.isEmpty())
            QSKIP("the upgrade copy is SQLite's; PostgreSQL runs the same statements from scratch here");
        const QString path = m_dir.filePath(QStringLiteral("old-hub.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-hub"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            const QVector<QStringList> migrations = Schema::migrations(Schema::Dialect::Sqlite);
            for (int version = 0; version < EventStore::latestSchemaVersion() - 1; ++version)
                for (const QString &statement : migrations.at(version))
                    QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(EventStore::latestSchemaVersion() - 1)));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO device (id, name, token_hash, enrolled_at, last_seen_at) "
                                          "VALUES ('d1', 'kiosk-1', 'h', '2026-07-08T07:00:00Z', "
                                          "'2026-07-08T08:00:00Z')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old-hub"));
        EventStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        HubService service(store);
        const QVector<HubService::Device> devices = service.devices();
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.first().name, QStringLiteral("kiosk-1"));
        QVERIFY(devices.first().lastSeenAt.isValid());
        QVERIFY(!devices.first().state);
        QVERIFY(!devices.first().statusAt.isValid());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return runOnSqliteOrPostgres<TestDeviceState>(argc, argv, QStringLiteral("devicestate"));
}
#include "tst_devicestate.moc"
