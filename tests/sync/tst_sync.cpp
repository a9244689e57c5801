#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInLog.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/core/WriteTransaction.h"
#include "sync/HubService.h"
#include "sync/SyncClient.h"
#include "sync/SyncProtocol.h"
#include "tests/support/HubProcess.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestSupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <csignal>
#include <vector>

// A real hub and devices on loopback, driven through the `accueil` command
// line: propagation, a partition, a randomised run with the hub stopped, sync
// processes killed and requests replayed, a restored hub, and bad requests.
class TestSync : public QObject {
    Q_OBJECT

public:
    // With a PostgreSQL URI the hub keeps its data there; otherwise in SQLite.
    explicit TestSync(QString postgresUri = QString())
        : m_postgres(std::move(postgresUri))
    {
    }

private:
    QString m_postgres;
    QTemporaryDir m_dir;
    QString m_hubDb;
    std::unique_ptr<HubProcess> m_hub;
    QStringList m_codes;

    QString device(const QString &name)
    {
        QString db = m_dir.filePath(name + QStringLiteral(".sqlite"));
        if (!QFile::exists(db)) {
            const int rc
                = HubProcess::accueil({ QStringLiteral("--db"), db, QStringLiteral("enroll"), QStringLiteral("--hub"),
                    m_hub->url(), QStringLiteral("--code"), m_hub->enrolmentCode(), QStringLiteral("--device"), name });
            if (rc != 0)
                qWarning("enrolment of %s failed", qPrintable(name));
        }
        return db;
    }

    static int sync(const QString &db)
    {
        QString err;
        const int rc = HubProcess::accueil({ QStringLiteral("--db"), db, QStringLiteral("sync") }, nullptr, &err);
        if (rc != 0)
            qInfo("sync of %s: %s", qPrintable(QFileInfo(db).fileName()), qPrintable(err.trimmed()));
        return rc;
    }

    static void checkInMany(const QString &db, const QString &deviceName, const QStringList &codes)
    {
        QProcess p;
        p.start(TestSupport::binary(QStringLiteral("checkin-stream")), { db, deviceName });
        p.waitForStarted();
        p.write((codes.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        p.closeWriteChannel();
        p.waitForFinished(60000);
    }

    static QSet<QString> eventIds(const QString &db)
    {
        EventStore store;
        store.open(db);
        QSet<QString> ids;
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT id FROM checkin_event"));
        while (q.next())
            ids.insert(q.value(0).toString());
        return ids;
    }

    static QMap<QString, QString> attendeeVersions(const QString &db)
    {
        EventStore store;
        store.open(db);
        QMap<QString, QString> versions;
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT id, version || '|' || last_name || '|' || deleted FROM attendee"));
        while (q.next())
            versions.insert(q.value(0).toString(), q.value(1).toString());
        return versions;
    }

    static QJsonObject stats(const QString &db)
    {
        QByteArray out;
        HubProcess::accueil({ QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json") }, &out);
        return QJsonDocument::fromJson(out).object();
    }

    struct Http {
        int status = 0;
        QJsonObject json;
        QByteArray retryAfter;
    };
    Http http(const QByteArray &method, const QString &path, const QByteArray &body = {}, const QString &token = {})
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_hub->url() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Http result { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object(), reply->rawHeader("Retry-After") };
        reply->deleteLater();
        return result;
    }

    static QString tokenOf(const QString &db)
    {
        EventStore store;
        store.open(db);
        return store.metaValue(QStringLiteral("sync_token"));
    }

    static QString metaOf(const QString &db, const QString &key)
    {
        EventStore store;
        store.open(db);
        return store.metaValue(key);
    }

    static QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    static QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

    static QString versionAt(qint64 aheadMs, const QString &device)
    {
        return HybridClock::format(QDateTime::currentMSecsSinceEpoch() + aheadMs, 0, device);
    }

    static QJsonObject checkInJson(
        const QString &id, const QString &attendeeId, const QString &device, const QString &hlc)
    {
        return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("attendee_id"), attendeeId },
            { QStringLiteral("kind"), QStringLiteral("in") }, { QStringLiteral("method"), QStringLiteral("camera") },
            { QStringLiteral("device"), device }, { QStringLiteral("occurred_at"), now() },
            { QStringLiteral("hlc"), hlc } };
    }

    Http push(const QString &token, const QJsonArray &attendees, const QJsonArray &events)
    {
        return http("POST", QStringLiteral("/v1/push"),
            QJsonDocument(
                QJsonObject { { QStringLiteral("attendees"), attendees }, { QStringLiteral("events"), events } })
                .toJson(),
            token);
    }

    static QStringList rejectedIds(const Http &reply)
    {
        QStringList ids;
        for (const QJsonValue &r : reply.json.value(QStringLiteral("rejected")).toArray())
            ids << r.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }

    static std::optional<Attendee> attendeeOn(const QString &db, const QString &code)
    {
        EventStore store;
        store.open(db);
        return AttendeeTable(store.database()).byCode(code);
    }

    void expectConverged(const QStringList &devices)
    {
        const QSet<QString> hubEvents = eventIds(m_hubDb);
        const QMap<QString, QString> hubAttendees = attendeeVersions(m_hubDb);
        for (const QString &db : devices) {
            QCOMPARE(eventIds(db), hubEvents);
            QCOMPARE(attendeeVersions(db), hubAttendees);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_hubDb = m_postgres.isEmpty() ? m_dir.filePath(QStringLiteral("hub.sqlite")) : m_postgres;
        const QString csv = m_dir.filePath(QStringLiteral("list.csv"));
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), m_hubDb, QStringLiteral("init"),
                     QStringLiteral("--event"), QStringLiteral("RAICT 2026") }),
            0);
        QCOMPARE(HubProcess::accueil({ QStringLiteral("generate"), QStringLiteral("attendees"), csv,
                     QStringLiteral("--count"), QStringLiteral("400") }),
            0);
        QCOMPARE(HubProcess::accueil(
                     { QStringLiteral("--db"), m_hubDb, QStringLiteral("import"), QStringLiteral("attendees"), csv }),
            0);
        QCOMPARE(
            HubProcess::accueil({ QStringLiteral("--db"), m_hubDb, QStringLiteral("import"),
                QStringLiteral("programme"), QStringLiteral(ACCUEIL_SOURCE_DIR "/deploy/demo-data/programme.csv") }),
            0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QByteArray &line : file.readAll().split('\n').mid(1)) {
            if (!line.isEmpty())
                m_codes << QString::fromUtf8(line.split(';').first());
        }
        QCOMPARE(m_codes.size(), 400);
        m_hub = std::make_unique<HubProcess>(m_hubDb);
        QString error;
        QVERIFY2(m_hub->start(&error), qPrintable(error));
    }

    void enrolmentAndFirstSync()
    {
        const QString a = device(QStringLiteral("kiosk-1"));
        QCOMPARE(sync(a), 0);
        EventStore store;
        QVERIFY(store.open(a));
        QCOMPARE(AttendeeTable(store.database()).countRegistered(), 400);
        EventStore hub;
        QVERIFY(hub.open(m_hubDb));
        QCOMPARE(store.eventId(), hub.eventId());
        // A code works once.
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), m_dir.filePath(QStringLiteral("x.sqlite")),
                     QStringLiteral("enroll"), QStringLiteral("--hub"), m_hub->url(), QStringLiteral("--code"),
                     QStringLiteral("WRONGCODE") }),
            1);
    }

    void checkInVisibleElsewhere()
    {
        const QString a = device(QStringLiteral("kiosk-1"));
        const QString b = device(QStringLiteral("kiosk-4"));
        QCOMPARE(sync(b), 0);
        QProcess followA;
        QProcess followB;
        followA.start(TestSupport::binary(QStringLiteral("accueil")),
            { QStringLiteral("--db"), a, QStringLiteral("sync"), QStringLiteral("--follow"),
                QStringLiteral("--seconds"), QStringLiteral("60") });
        followB.start(TestSupport::binary(QStringLiteral("accueil")),
            { QStringLiteral("--db"), b, QStringLiteral("sync"), QStringLiteral("--follow"),
                QStringLiteral("--seconds"), QStringLiteral("60") });
        QVERIFY(followA.waitForStarted() && followB.waitForStarted());
        QTest::qWait(500);
        for (int i = 0; i < 3; ++i) {
            const QString code = m_codes.at(i);
            QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), a, QStringLiteral("checkin"), code,
                         QStringLiteral("--device"), QStringLiteral("kiosk-1") }),
                0);
            EventStore storeB;
            QVERIFY(storeB.open(b));
            const QString id = AttendeeTable(storeB.database()).byCode(code)->id;
            QTRY_VERIFY_WITH_TIMEOUT(CheckInLog(storeB.database()).firstCheckIn(id, QString()).has_value(), 10000);
            QByteArray out;
            QCOMPARE(
                HubProcess::accueil(
                    { QStringLiteral("--db"), b, QStringLiteral("checkin"), code, QStringLiteral("--json") }, &out),
                3);
            const QJsonObject r = QJsonDocument::fromJson(out).object();
            QCOMPARE(r.value(QStringLiteral("result")).toString(), QStringLiteral("already_checked_in"));
            QCOMPARE(r.value(QStringLiteral("first_checkin")).toObject().value(QStringLiteral("device")).toString(),
                QStringLiteral("kiosk-1"));
        }
        followA.terminate();
        followB.terminate();
        followA.waitForFinished();
        followB.waitForFinished();
    }

    void partitionThenMerge()
    {
        const QString a = device(QStringLiteral("kiosk-1"));
        const QString b = device(QStringLiteral("kiosk-4"));
        QCOMPARE(sync(a), 0);
        QCOMPARE(sync(b), 0);
        const QStringList both = m_codes.mid(100, 50);
        const QStringList onlyA = m_codes.mid(150, 50);
        const QStringList onlyB = m_codes.mid(200, 50);
        m_hub->stop(); // the venue Wi-Fi drops
        QCOMPARE(sync(a), 1);
        checkInMany(a, QStringLiteral("kiosk-1"), both + onlyA);
        checkInMany(b, QStringLiteral("kiosk-4"), both + onlyB);
        QString error;
        QVERIFY2(m_hub->start(&error), qPrintable(error));
        for (const QString &db : { a, b, a })
            QCOMPARE(sync(db), 0);
        expectConverged({ a, b });
        for (const QString &db : { m_hubDb, a, b }) {
            EventStore store;
            QVERIFY(store.open(db));
            const AttendeeTable table(store.database());
            const CheckInLog log(store.database());
            QSqlQuery q(store.database());
            for (const QString &code : both + onlyA + onlyB) {
                const QString id = table.byCode(code)->id;
                QVERIFY(log.firstCheckIn(id, QString()).has_value());
                QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM checkin_event WHERE attendee_id = '%1' AND kind = "
                                              "'in' AND session_id IS NULL")
                                   .arg(id))
                    && q.next());
                QCOMPARE(q.value(0).toInt(), both.contains(code) ? 2 : 1);
            }
            QCOMPARE(stats(db).value(QStringLiteral("double_entries")).toInt(), 50);
        }
    }

    void randomisedConvergence()
    {
        const QStringList devices { device(QStringLiteral("kiosk-1")), device(QStringLiteral("kiosk-4")),
            device(QStringLiteral("desk-1")) };
        const QStringList names { QStringLiteral("kiosk-1"), QStringLiteral("kiosk-4"), QStringLiteral("desk-1") };
        QRandomGenerator random(20260708);
        QByteArray lastPush;
        QString lastToken;
        bool hubUp = true;
        QString error;
        for (int step = 0; step < 70; ++step) {
            const int d = random.bounded(3);
            const QString &db = devices.at(d);
            switch (random.bounded(9)) {
            case 0:
            case 1:
                HubProcess::accueil({ QStringLiteral("--db"), db, QStringLiteral("checkin"),
                    m_codes.at(250 + random.bounded(150)), QStringLiteral("--device"), names.at(d) });
                break;
            case 2: {
                EventStore store;
                store.open(db);
                QSqlQuery q(store.database());
                q.exec(
                    QStringLiteral("SELECT e.id FROM checkin_event e WHERE e.kind = 'in' AND NOT EXISTS "
                                   "(SELECT 1 FROM checkin_event r WHERE r.revokes = e.id) ORDER BY random() LIMIT 1"));
                if (q.next())
                    HubProcess::accueil({ QStringLiteral("--db"), db, QStringLiteral("undo"), q.value(0).toString(),
                        QStringLiteral("--device"), names.at(d) });
                break;
            }
            case 3:
                HubProcess::accueil({ QStringLiteral("--db"), db, QStringLiteral("walkin"),
                    QStringLiteral("--first-name"), QStringLiteral("Walk"), QStringLiteral("--last-name"),
                    QStringLiteral("In %1").arg(step), QStringLiteral("--device"), names.at(d) });
                break;
            case 4:
                HubProcess::accueil(
                    { QStringLiteral("--db"), db, QStringLiteral("edit"), m_codes.at(random.bounded(20)),
                        QStringLiteral("--last-name"), QStringLiteral("Édité %1 par %2").arg(step).arg(names.at(d)),
                        QStringLiteral("--device"), names.at(d) });
                break;
            case 5:
                sync(db);
                break;
            case 6: {
                // Killed in the middle of a sync.
                QProcess p;
                p.start(TestSupport::binary(QStringLiteral("accueil")),
                    { QStringLiteral("--db"), db, QStringLiteral("sync") });
                p.waitForStarted();
                QTest::qWait(random.bounded(5, 60));
                if (p.processId() > 0) // never 0: kill(0) would hit our own process group
                    ::kill(pid_t(p.processId()), SIGKILL);
                p.waitForFinished();
                break;
            }
            case 7:
                if (hubUp) {
                    m_hub->stop();
                } else {
                    QVERIFY2(m_hub->start(&error), qPrintable(error));
                }
                hubUp = !hubUp;
                break;
            case 8: {
                // The same push twice, and an older one after a newer one.
                if (!hubUp)
                    break;
                EventStore store;
                store.open(db);
                QJsonArray events;
                QSqlQuery q(store.database());
                q.exec(QStringLiteral("SELECT id FROM checkin_event ORDER BY random() LIMIT 5"));
                const CheckInLog log(store.database());
                while (q.next())
                    events.append(SyncProtocol::toJson(*log.byId(q.value(0).toString())));
                const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("events"), events } }).toJson();
                const QString token = store.metaValue(QStringLiteral("sync_token"));
                QCOMPARE(http("POST", QStringLiteral("/v1/push"), body, token).status, 200);
                QCOMPARE(http("POST", QStringLiteral("/v1/push"), body, token).status, 200);
                if (!lastPush.isEmpty())
                    QCOMPARE(http("POST", QStringLiteral("/v1/push"), lastPush, lastToken).status, 200);
                lastPush = body;
                lastToken = token;
                break;
            }
            }
        }
        if (!hubUp)
            QVERIFY2(m_hub->start(&error), qPrintable(error));
        for (int round = 0; round < 2; ++round) {
            for (const QString &db : devices)
                QCOMPARE(sync(db), 0);
        }
        expectConverged(devices);
    }

    void restoredHubGetsEverythingBack()
    {
        if (!m_postgres.isEmpty())
            QSKIP("restoring a PostgreSQL hub is a matter of pg_restore; this case copies SQLite files");
        const QString a = device(QStringLiteral("kiosk-1"));
        QCOMPARE(sync(a), 0);
        m_hub->stop();
        const QString backup = m_dir.filePath(QStringLiteral("hub-backup.sqlite"));
        QVERIFY(QFile::copy(m_hubDb, backup));
        QVERIFY(!QFile::exists(m_hubDb + QStringLiteral("-wal"))); // the hub closed its database cleanly
        QString error;
        QVERIFY(m_hub->start(&error));
        checkInMany(a, QStringLiteral("kiosk-1"), m_codes.mid(300, 20));
        QCOMPARE(sync(a), 0);
        const QSet<QString> before = eventIds(m_hubDb);
        m_hub->stop();
        QFile::remove(m_hubDb);
        QFile::remove(m_hubDb + QStringLiteral("-wal"));
        QFile::remove(m_hubDb + QStringLiteral("-shm"));
        QVERIFY(QFile::copy(backup, m_hubDb)); // the hub's disk is restored from last night
        QVERIFY(m_hub->start(&error));
        QVERIFY(eventIds(m_hubDb) != before);
        QCOMPARE(sync(a), 0);
        QVERIFY(eventIds(m_hubDb).contains(before));
    }

    void deletionsReplicate()
    {
        const QString a = device(QStringLiteral("kiosk-1"));
        const QString b = device(QStringLiteral("kiosk-4"));
        QCOMPARE(sync(a), 0);
        QCOMPARE(sync(b), 0);
        const QString code = m_codes.at(399);
        QCOMPARE(HubProcess::accueil(
                     { QStringLiteral("--db"), a, QStringLiteral("edit"), code, QStringLiteral("--delete") }),
            0);
        QCOMPARE(sync(a), 0);
        QCOMPARE(sync(b), 0);
        for (const QString &db : { m_hubDb, b }) {
            EventStore store;
            QVERIFY(store.open(db));
            QVERIFY(!AttendeeTable(store.database()).byCode(code).has_value());
        }
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), b, QStringLiteral("checkin"), code }), 3); // unknown now
    }

    void tls()
    {
        if (!m_postgres.isEmpty())
            QSKIP("the transport is the same whatever the storage");
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is needed to make a certificate");
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess make;
        make.start(openssl,
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1") });
        QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);
        HubProcess secure(m_hubDb, { QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key });
        QString error;
        QVERIFY2(secure.start(&error), qPrintable(error));
        const QString db = m_dir.filePath(QStringLiteral("secure-kiosk.sqlite"));
        // Without the organisers' certificate (or the hub's fingerprint) the device refuses the hub.
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), db, QStringLiteral("enroll"), QStringLiteral("--hub"),
                     secure.url(), QStringLiteral("--code"), secure.enrolmentCode(), QStringLiteral("--device"),
                     QStringLiteral("secure") }),
            2);
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), db, QStringLiteral("enroll"), QStringLiteral("--hub"),
                     secure.url(), QStringLiteral("--code"), secure.enrolmentCode(), QStringLiteral("--device"),
                     QStringLiteral("secure"), QStringLiteral("--ca"), cert }),
            0);
        QCOMPARE(sync(db), 0);
        QCOMPARE(eventIds(db), eventIds(m_hubDb));
    }

    // The hub's own certificate, pinned at enrolment: the device talks to
    // that hub only — not to another server (a rogue hub on the venue
    // network), not without TLS — and gives its token to no one else.
    void pinnedHub()
    {
        if (!m_postgres.isEmpty())
            QSKIP("the transport is the same whatever the storage");
        const QString tlsDir = m_dir.filePath(QStringLiteral("hub-tls"));
        HubProcess secure(m_hubDb, { QStringLiteral("--tls-dir"), tlsDir });
        QString error;
        QVERIFY2(secure.start(&error), qPrintable(error));
        QProcess code;
        code.start(TestSupport::binary(QStringLiteral("accueil-hub")),
            { QStringLiteral("--db"), m_hubDb, QStringLiteral("--tls-dir"), tlsDir, QStringLiteral("enrolment-code"),
                QStringLiteral("--json") });
        QVERIFY(code.waitForFinished(30000));
        const QJsonObject enrolment = QJsonDocument::fromJson(code.readAllStandardOutput()).object();
        const QString fingerprint = enrolment.value(QStringLiteral("fingerprint")).toString();
        QVERIFY2(fingerprint.startsWith(QLatin1String("sha256:")), qPrintable(fingerprint));
        const QString db = m_dir.filePath(QStringLiteral("pinned-kiosk.sqlite"));
        auto enrol = [&](const QStringList &more) {
            return HubProcess::accueil(
                QStringList { QStringLiteral("--db"), db, QStringLiteral("enroll"), QStringLiteral("--hub"),
                    secure.url(), QStringLiteral("--code"), enrolment.value(QStringLiteral("code")).toString(),
                    QStringLiteral("--device"), QStringLiteral("pinned") }
                + more);
        };
        // A self-signed hub without its fingerprint is not trusted; a wrong one is refused.
        QCOMPARE(enrol({}), 2);
        QCOMPARE(
            enrol({ QStringLiteral("--fingerprint"), QStringLiteral("sha256:") + QString(64, QLatin1Char('0')) }), 1);
        QFile::remove(db);
        QCOMPARE(enrol({ QStringLiteral("--fingerprint"), fingerprint }), 0);
        QCOMPARE(sync(db), 0);
        QCOMPARE(eventIds(db), eventIds(m_hubDb));

        // Another server with its own certificate, or the same hub over plain HTTP: refused.
        const QString rogueDb = m_dir.filePath(QStringLiteral("rogue.sqlite"));
        QVERIFY(QFile::copy(m_hubDb, rogueDb));
        HubProcess rogue(rogueDb, { QStringLiteral("--tls-dir"), m_dir.filePath(QStringLiteral("rogue-tls")) });
        QVERIFY2(rogue.start(&error), qPrintable(error));
        QString err;
        QCOMPARE(HubProcess::accueil(
                     { QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--hub"), rogue.url() },
                     nullptr, &err),
            1);
        QVERIFY2(err.contains(QLatin1String("certificate")), qPrintable(err));
        QString plain = secure.url();
        plain.replace(QStringLiteral("https:"), QStringLiteral("http:"));
        QCOMPARE(
            HubProcess::accueil(
                { QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--hub"), plain }, nullptr, &err),
            1);
        QVERIFY2(err.contains(QLatin1String("TLS")), qPrintable(err));
        // Neither address replaced the enrolled hub.
        QCOMPARE(metaOf(db, QStringLiteral("sync_hub_url")), secure.url());
        QCOMPARE(sync(db), 0);
    }

    // A device name cannot forge lines or columns where staff read it.
    void deviceNamesAreCleaned_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("shown");
        QTest::newRow("tab and newline") << QStringLiteral("kiosk\t1\nrevoked") << QStringLiteral("kiosk 1 revoked");
        QTest::newRow("carriage return and escape") << QStringLiteral("desk\r\x1b[2Jx") << QStringLiteral("desk [2Jx");
        QTest::newRow("bidi override") << QStringLiteral("door\u202e1") << QStringLiteral("door 1");
        QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a b");
        QTest::newRow("accents kept") << QStringLiteral("Accueil Hôtel de Ville")
                                      << QStringLiteral("Accueil Hôtel de Ville");
        QTest::newRow("long") << QString(300, QLatin1Char('k')) << QString(100, QLatin1Char('k'));
    }
    void deviceNamesAreCleaned()
    {
        QFETCH(QString, given);
        QFETCH(QString, shown);
        QCOMPARE(HubService::cleanDeviceName(given), shown);
    }

    void badRequests()
    {
        const QString token = tokenOf(device(QStringLiteral("kiosk-1")));
        QCOMPARE(http("GET", QStringLiteral("/v1/hello")).status, 200);
        QCOMPARE(http("GET", QStringLiteral("/v1/changes")).status, 401);
        QCOMPARE(http("GET", QStringLiteral("/v1/changes"), {}, QStringLiteral("not-a-token")).status, 401);
        QCOMPARE(http("GET", QStringLiteral("/v1/changes?since=abc"), {}, token).status, 400);
        QCOMPARE(http("GET", QStringLiteral("/v1/changes?limit=100000"), {}, token).status, 400);
        QCOMPARE(http("GET", QStringLiteral("/v2/changes"), {}, token).status, 404);
        QCOMPARE(http("POST", QStringLiteral("/v1/push"), "{\"events\": [", token).status, 400);
        QCOMPARE(http("POST", QStringLiteral("/v1/push"), "[1, 2]", token).status, 400);
        QCOMPARE(http("POST", QStringLiteral("/v1/push"), "{\"events\": \"x\"}", token).status, 422);
        QCOMPARE(http("POST", QStringLiteral("/v1/push"), "{\"events\": [{\"id\": 5}]}", token).status, 422);
        // A record with an id but wrong fields is refused alone, with its reason.
        const Http teleport = http("POST", QStringLiteral("/v1/push"),
            "{\"events\": [{\"id\": \"e\", \"attendee_id\": \"a\", \"kind\": \"teleport\","
            " \"device\": \"d\", \"occurred_at\": \"2026-07-08T07:00:00Z\", \"hlc\": \"h\"}]}",
            token);
        QCOMPARE(teleport.status, 200);
        QCOMPARE(rejectedIds(teleport), QStringList { QStringLiteral("e") });
        const Http vip = http("POST", QStringLiteral("/v1/push"),
            "{\"attendees\": [{\"id\": \"x\", \"status\": \"vip\", \"version\": \"1\"}]}", token);
        QCOMPARE(vip.status, 200);
        QCOMPARE(rejectedIds(vip), QStringList { QStringLiteral("x") });
        QJsonArray many;
        for (int i = 0; i <= SyncProtocol::maxBatch; ++i)
            many.append(QJsonObject { { QStringLiteral("id"), QString::number(i) } });
        QCOMPARE(http("POST", QStringLiteral("/v1/push"),
                     QJsonDocument(QJsonObject { { QStringLiteral("events"), many } }).toJson(), token)
                     .status,
            413);
        QCOMPARE(
            http("POST", QStringLiteral("/v1/push"), QByteArray(SyncProtocol::maxBodyBytes + 10, ' '), token).status,
            413);
        // An event for nobody the hub knows is refused alone; the batch is taken.
        const Http orphan = http("POST", QStringLiteral("/v1/push"),
            "{\"events\": [{\"id\": \"orphan-1\", \"attendee_id\": \"nobody\", \"kind\": \"in\","
            " \"device\": \"d\", \"occurred_at\": \"2026-07-08T07:00:00Z\", \"hlc\": \"h\"}]}",
            token);
        QCOMPARE(orphan.status, 200);
        QCOMPARE(orphan.json.value(QStringLiteral("rejected")).toArray().size(), 1);
        // A version from the future would win every later merge: refused alone.
        const QString future
            = QStringLiteral("%1.000000.kiosk-1")
                  .arg(QDateTime::currentMSecsSinceEpoch() + 365LL * 24 * 3600 * 1000, 15, 10, QLatin1Char('0'));
        const Http ahead = http("POST", QStringLiteral("/v1/push"),
            QStringLiteral("{\"attendees\": [{\"id\": \"11111111-2222-3333-4444-555555555555\", \"code\": \"FUTURE-1\","
                           " \"first_name\": \"Time\", \"last_name\": \"Traveller\", \"status\": \"registered\","
                           " \"version\": \"%1\", \"device\": \"kiosk-1\"}]}")
                .arg(future)
                .toUtf8(),
            token);
        QCOMPARE(ahead.status, 200);
        QCOMPARE(ahead.json.value(QStringLiteral("rejected")).toArray().size(), 1);
        QVERIFY(ahead.json.value(QStringLiteral("attendees")).toArray().isEmpty());
        QVERIFY(!attendeeVersions(m_hubDb).contains(QStringLiteral("11111111-2222-3333-4444-555555555555")));
        QCOMPARE(http("POST", QStringLiteral("/v1/enrol"), "{\"code\": 1}").status, 400);
        QCOMPARE(http("POST", QStringLiteral("/v1/enrol"), "{\"code\": \"NOPE\", \"device_name\": \"x\"}").status, 403);
        // A revoked device is shut out.
        const QString revokedDb = device(QStringLiteral("stolen-tablet"));
        QProcess revoke;
        revoke.start(TestSupport::binary(QStringLiteral("accueil-hub")),
            { QStringLiteral("--db"), m_hubDb, QStringLiteral("revoke"), QStringLiteral("stolen-tablet") });
        QVERIFY(revoke.waitForFinished());
        QCOMPARE(revoke.exitCode(), 0);
        QCOMPARE(http("GET", QStringLiteral("/v1/changes"), {}, tokenOf(revokedDb)).status, 401);
        QCOMPARE(sync(revokedDb), 1);
        // Still serving.
        QCOMPARE(http("GET", QStringLiteral("/v1/hello")).status, 200);
        QCOMPARE(http("GET", QStringLiteral("/v1/changes"), {}, token).status, 200);
    }
    // The token, not the record, says which device wrote it.
    void identityComesFromTheToken()
    {
        const QString a = device(QStringLiteral("kiosk-1"));
        QCOMPARE(sync(a), 0);
        const QString token = tokenOf(a);
        const QString attendeeId = attendeeOn(a, m_codes.at(5))->id;
        const QString forged = uuid();
        const QString forgedClock = uuid();
        const QString honest = uuid();
        const Http events = push(token, {},
            { checkInJson(forged, attendeeId, QStringLiteral("kiosk-4"), versionAt(0, QStringLiteral("kiosk-4"))),
                checkInJson(
                    forgedClock, attendeeId, QStringLiteral("kiosk-1"), versionAt(0, QStringLiteral("kiosk-4"))),
                checkInJson(honest, attendeeId, QStringLiteral("kiosk-1"), versionAt(0, QStringLiteral("kiosk-1"))) });
        QCOMPARE(events.status, 200);
        QCOMPARE(events.json.value(QStringLiteral("events")).toArray(), QJsonArray { honest });
        QCOMPARE(rejectedIds(events), (QStringList { forged, forgedClock }));
        for (const QJsonValue &r : events.json.value(QStringLiteral("rejected")).toArray())
            QVERIFY(r.toObject().value(QStringLiteral("reason")).toString().contains(QLatin1String("kiosk-4")));
        const QSet<QString> onHub = eventIds(m_hubDb);
        QVERIFY(onHub.contains(honest));
        QVERIFY(!onHub.contains(forged) && !onHub.contains(forgedClock));
        // An attendee edit in another device's name.
        Attendee record = *attendeeOn(a, m_codes.at(6));
        const QString lastName = record.lastName;
        record.lastName = QStringLiteral("Forged");
        record.device = QStringLiteral("kiosk-4");
        record.version = versionAt(0, QStringLiteral("kiosk-4"));
        const Http edit = push(token, { SyncProtocol::toJson(record) }, {});
        QCOMPARE(edit.status, 200);
        QCOMPARE(rejectedIds(edit), QStringList { record.id });
        QCOMPARE(attendeeOn(m_hubDb, m_codes.at(6))->lastName, lastName);
        // A deletion made on a device carries that device: the hub takes it.
        const QString b = device(QStringLiteral("kiosk-4"));
        QCOMPARE(sync(b), 0);
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), b, QStringLiteral("edit"), m_codes.at(397),
                     QStringLiteral("--delete") }),
            0);
        QCOMPARE(sync(b), 0);
        QVERIFY(!attendeeOn(m_hubDb, m_codes.at(397)).has_value());
    }

    // Versions that are not clock readings or run ahead of the hub's clock
    // are refused; the organiser's correction then reaches every replica.
    void versionsFromTheFutureAreRefused_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("tilde") << QStringLiteral("~");
        QTest::newRow("nines, another device") << QStringLiteral("999999999999999.999999.zz");
        QTest::newRow("nines") << QStringLiteral("999999999999999.999999.kiosk-1");
        QTest::newRow("next year") << versionAt(365LL * 24 * 3600 * 1000, QStringLiteral("kiosk-1"));
        QTest::newRow("six minutes ahead") << versionAt(6LL * 60 * 1000, QStringLiteral("kiosk-1"));
        QTest::newRow("letters for digits") << QStringLiteral("00000000000000z.000000.kiosk-1");
        QTest::newRow("no device") << versionAt(0, QString());
    }
    void versionsFromTheFutureAreRefused()
    {
        QFETCH(QString, version);
        const QString a = device(QStringLiteral("kiosk-1"));
        QCOMPARE(sync(a), 0);
        const QString code = m_codes.at(8);
        Attendee record = *attendeeOn(a, code);
        const QString before = attendeeOn(m_hubDb, code)->version;
        record.lastName = QStringLiteral("From the future");
        record.version = version;
        const QString eventId = uuid();
        const Http reply = push(tokenOf(a), { SyncProtocol::toJson(record) },
            { checkInJson(eventId, record.id, QStringLiteral("kiosk-1"), version) });
        QCOMPARE(reply.status, 200);
        QCOMPARE(rejectedIds(reply), (QStringList { record.id, eventId }));
        QCOMPARE(attendeeOn(m_hubDb, code)->version, before);
        QVERIFY(!eventIds(m_hubDb).contains(eventId));
        // The organisers correct the record on the hub: every replica follows.
        const QString corrected = QStringLiteral("Corrigé %1").arg(QString::fromUtf8(QTest::currentDataTag()));
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), m_hubDb, QStringLiteral("edit"), code,
                     QStringLiteral("--last-name"), corrected }),
            0);
        QCOMPARE(sync(a), 0);
        QCOMPARE(attendeeOn(a, code)->lastName, corrected);
    }

    // A check-in (a provisional record) never brings a deleted attendee back.
    void checkInNeverResurrects()
    {
        const QString a = device(QStringLiteral("kiosk-1"));
        QCOMPARE(sync(a), 0);
        const QString code = m_codes.at(396);
        Attendee record = *attendeeOn(a, code);
        QCOMPARE(HubProcess::accueil(
                     { QStringLiteral("--db"), m_hubDb, QStringLiteral("edit"), code, QStringLiteral("--delete") }),
            0);
        record.provisional = true;
        record.device = QStringLiteral("kiosk-1");
        record.version = versionAt(1000, QStringLiteral("kiosk-1"));
        const Http reply = push(tokenOf(a), { SyncProtocol::toJson(record) },
            { checkInJson(uuid(), record.id, QStringLiteral("kiosk-1"), versionAt(1000, QStringLiteral("kiosk-1"))) });
        QCOMPARE(reply.status, 200);
        QVERIFY(!attendeeOn(m_hubDb, code).has_value());
        QCOMPARE(sync(a), 0);
        QVERIFY(!attendeeOn(a, code).has_value());
    }

    // What a device pulls passes the same checks: bad versions are counted, not stored.
    void devicesCheckWhatTheyPull()
    {
        const QString a = device(QStringLiteral("kiosk-1"));
        QCOMPARE(sync(a), 0);
        QStringList bad;
        {
            EventStore hub;
            QVERIFY(hub.open(m_hubDb));
            for (const QString &version : { QStringLiteral("~"), QStringLiteral("999999999999999.999999.zz"),
                     versionAt(24LL * 3600 * 1000, QStringLiteral("hub")) }) {
                Attendee a;
                a.id = uuid();
                a.code = QStringLiteral("BAD-%1").arg(bad.size());
                a.lastName = QStringLiteral("Bad version");
                a.version = version;
                a.device = QStringLiteral("hub");
                QVERIFY(AttendeeTable(hub.database()).save(a, AttendeeTable::Origin::FromHub));
                bad << a.code;
            }
        }
        QByteArray out;
        QCOMPARE(
            HubProcess::accueil({ QStringLiteral("--db"), a, QStringLiteral("sync"), QStringLiteral("--json") }, &out),
            0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("refused_from_hub")).toInt(), 3);
        for (const QString &code : bad)
            QVERIFY2(!attendeeOn(a, code).has_value(), qPrintable(code));
        EventStore hub;
        QVERIFY(hub.open(m_hubDb));
        QSqlQuery q(hub.database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM attendee WHERE code LIKE 'BAD-%'")));
    }

    // A device whose clock is wrong is told, and staff see it; its edits
    // from the future are refused and counted instead of winning merges.
    void wrongClockIsShownToStaff()
    {
        const QString db = device(QStringLiteral("fast-clock"));
        QCOMPARE(sync(db), 0);
        EventStore store;
        QVERIFY(store.open(db));
        constexpr qint64 ahead = 2LL * 3600 * 1000;
        {
            SyncClient client(store);
            client.setWallClock([] { return QDateTime::currentMSecsSinceEpoch() + ahead; });
            QString error;
            QVERIFY2(client.syncOnce(&error), qPrintable(error));
            const SyncClient::Status status = client.status();
            QVERIFY(std::abs(status.clockOffsetMs - ahead) < 60000);
            QVERIFY2(status.warning.contains(QLatin1String("120 minute")), qPrintable(status.warning));
            QCOMPARE(SyncClient::staffWarning(store), status.warning);
        }
        // An edit made with that clock.
        Attendee record = *AttendeeTable(store.database()).byCode(m_codes.at(9));
        record.lastName = QStringLiteral("Tomorrow");
        record.device = QStringLiteral("fast-clock");
        record.version = versionAt(ahead, QStringLiteral("fast-clock"));
        QVERIFY(AttendeeTable(store.database()).save(record));
        QString err;
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), db, QStringLiteral("sync") }, nullptr, &err), 1);
        QVERIFY2(err.contains(QLatin1String("refused by the hub")), qPrintable(err));
        QVERIFY(attendeeOn(m_hubDb, m_codes.at(9))->lastName != QLatin1String("Tomorrow"));
        // A sync with the right clock clears the clock warning, not the refusal.
        QVERIFY(!SyncClient::staffWarning(store).contains(QLatin1String("ahead of the hub")));
        QVERIFY(SyncClient::staffWarning(store).contains(QLatin1String("1 change")));
    }

    // A record the hub cannot take is reported, set aside and counted; the
    // device's other changes go up, and `sync` does not say "in sync".
    void refusedRecordsDoNotHoldBackTheBatch()
    {
        const QString db = device(QStringLiteral("long-fields"));
        QCOMPARE(sync(db), 0);
        {
            EventStore store;
            QVERIFY(store.open(db));
            Attendee record = *AttendeeTable(store.database()).byCode(m_codes.at(10));
            record.organisation = QString(3000, QLatin1Char('o'));
            record.device = QStringLiteral("long-fields");
            record.version = versionAt(0, QStringLiteral("long-fields"));
            QVERIFY(AttendeeTable(store.database()).save(record));
        }
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), db, QStringLiteral("checkin"), m_codes.at(11) }), 0);
        for (int round = 0; round < 2; ++round) {
            QByteArray out;
            QString err;
            QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), db, QStringLiteral("sync") }, &out, &err), 1);
            QVERIFY2(!out.contains("In sync"), out.constData());
            QVERIFY2(err.contains(QLatin1String("1 change(s) refused by the hub"))
                    || err.contains(QLatin1String("1 change refused by the hub")),
                qPrintable(err));
        }
        EventStore store;
        QVERIFY(store.open(db));
        QVERIFY(AttendeeTable(store.database()).pendingPush().isEmpty()); // not sent again and again
        const QString id = AttendeeTable(store.database()).byCode(m_codes.at(11))->id;
        EventStore hub;
        QVERIFY(hub.open(m_hubDb));
        QVERIFY(CheckInLog(hub.database()).firstCheckIn(id, QString()).has_value());
        QVERIFY(attendeeOn(m_hubDb, m_codes.at(10))->organisation.size() < 3000);
    }

    // A busy hub database gives 503 and Retry-After; the device waits and succeeds.
    void busyHubSaysWhenToComeBack()
    {
        const QString a = device(QStringLiteral("kiosk-1"));
        QCOMPARE(sync(a), 0);
        const QString attendeeId = attendeeOn(a, m_codes.at(12))->id;
        auto blocker = std::make_unique<EventStore>();
        QVERIFY(blocker->open(m_hubDb));
        auto lock = std::make_unique<WriteTransaction>(blocker->database());
        QVERIFY(lock->begin());
        const Http busy = push(tokenOf(a), {},
            { checkInJson(uuid(), attendeeId, QStringLiteral("kiosk-1"), versionAt(0, QStringLiteral("kiosk-1"))) });
        QCOMPARE(busy.status, 503);
        QVERIFY(busy.retryAfter.toInt() >= 1);
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), a, QStringLiteral("checkin"), m_codes.at(12) }), 0);
        QProcess syncing;
        syncing.start(
            TestSupport::binary(QStringLiteral("accueil")), { QStringLiteral("--db"), a, QStringLiteral("sync") });
        QVERIFY(syncing.waitForStarted());
        QTest::qWait(1500);
        lock.reset(); // the import ends
        QTRY_VERIFY_WITH_TIMEOUT(syncing.state() == QProcess::NotRunning, 60000);
        QCOMPARE(syncing.exitCode(), 0);
        EventStore hub;
        QVERIFY(hub.open(m_hubDb));
        QVERIFY(CheckInLog(hub.database()).firstCheckIn(attendeeId, QString()).has_value());
    }

    // --hub is for one run: it never replaces the enrolled hub, and a device
    // that has not pinned its hub does not send its token elsewhere.
    void hubOptionIsForOneRunOnly()
    {
        const QString a = device(QStringLiteral("kiosk-1"));
        const QString enrolled = metaOf(a, QStringLiteral("sync_hub_url"));
        QTcpServer elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress::LocalHost, 0));
        QString err;
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), a, QStringLiteral("sync"), QStringLiteral("--hub"),
                                         QStringLiteral("http://127.0.0.1:%1").arg(elsewhere.serverPort()) },
                     nullptr, &err),
            2);
        QVERIFY(!elsewhere.waitForNewConnection(200));
        QCOMPARE(metaOf(a, QStringLiteral("sync_hub_url")), enrolled);
        QCOMPARE(sync(a), 0);
    }

    // Two devices in service never share a name: records are told apart by it.
    void deviceNamesAreUnique()
    {
        const QString first = device(QStringLiteral("twin"));
        const QString second = m_dir.filePath(QStringLiteral("twin-again.sqlite"));
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), second, QStringLiteral("enroll"),
                     QStringLiteral("--hub"), m_hub->url(), QStringLiteral("--code"), m_hub->enrolmentCode(),
                     QStringLiteral("--device"), QStringLiteral("twin") }),
            0);
        QCOMPARE(metaOf(first, QStringLiteral("device_name")), QStringLiteral("twin"));
        QCOMPARE(metaOf(second, QStringLiteral("device_name")), QStringLiteral("twin-2"));
        QCOMPARE(sync(second), 0);
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), second, QStringLiteral("checkin"), m_codes.at(13) }), 0);
        QCOMPARE(sync(second), 0);
        EventStore hub;
        QVERIFY(hub.open(m_hubDb));
        const QString id = attendeeOn(second, m_codes.at(13))->id;
        QCOMPARE(CheckInLog(hub.database()).firstCheckIn(id, QString())->device, QStringLiteral("twin-2"));
    }

    // `accueil sync` says what the device holds; `accueil-hub devices` shows
    // it. A push without a state (an older device) is taken as before, and
    // an unreadable state is left out without costing the batch.
    void devicesReportTheirState()
    {
        const QString a = device(QStringLiteral("kiosk-state"));
        QCOMPARE(sync(a), 0);
        auto listed = [this] {
            QProcess list;
            list.start(TestSupport::binary(QStringLiteral("accueil-hub")),
                { QStringLiteral("--db"), m_hubDb, QStringLiteral("devices") });
            list.waitForFinished(60000);
            for (const QByteArray &line : list.readAllStandardOutput().split('\n')) {
                if (line.contains("\tkiosk-state\t"))
                    return QString::fromUtf8(line);
            }
            return QString();
        };
        // Columns after the last seen: changes waiting, then badges and printer when it prints.
        auto columns = [&listed] { return listed().split(QLatin1Char('\t')).mid(4); };
        QCOMPARE(columns().size(), 1);
        QVERIFY2(columns().first().startsWith(QLatin1String("0 ")), qPrintable(listed()));
        const QString attendeeId = attendeeOn(a, m_codes.at(14))->id;
        Http old = push(tokenOf(a), {},
            { checkInJson(
                uuid(), attendeeId, QStringLiteral("kiosk-state"), versionAt(0, QStringLiteral("kiosk-state"))) });
        QCOMPARE(old.status, 200);
        QCOMPARE(old.json.value(QStringLiteral("events")).toArray().size(), 1);
        QVERIFY(!old.json.contains(QStringLiteral("state_refused")));
        const Http odd = http("POST", QStringLiteral("/v1/push"),
            QByteArrayLiteral(R"({"events": [], "state": {"events_waiting": -1}})"), tokenOf(a));
        QCOMPARE(odd.status, 200);
        QVERIFY(odd.json.value(QStringLiteral("state_refused")).toString().contains(QLatin1String("events_waiting")));
        const Http told = http("POST", QStringLiteral("/v1/push"),
            QByteArrayLiteral(R"({"state": {"events_waiting": 5, "badges_waiting": 1, "printer": {"queue": "QL800",
                "state": "problem", "problem": "media-empty", "message": "Load labels."}}})"),
            tokenOf(a));
        QCOMPARE(told.status, 200);
        const QStringList told5 = columns();
        QCOMPARE(told5.size(), 3);
        QVERIFY2(told5.at(0).startsWith(QLatin1String("5 ")) && told5.at(1).startsWith(QLatin1String("1 ")),
            qPrintable(listed()));
        QCOMPARE(told5.at(2), QStringLiteral("QL800: media-empty Load labels."));
    }

    // Guessing enrolment codes gets slower; the guesses are logged.
    void wrongEnrolmentCodesAreSlowedDown()
    {
        Http last;
        for (int i = 0; i < 10 && last.status != 429; ++i)
            last = http("POST", QStringLiteral("/v1/enrol"),
                QStringLiteral("{\"code\": \"GUESS%1\", \"device_name\": \"x\"}").arg(i).toUtf8());
        QCOMPARE(last.status, 429);
        QVERIFY(last.retryAfter.toInt() >= 1);
        const QByteArray right
            = QStringLiteral("{\"code\": \"%1\", \"device_name\": \"late\"}").arg(m_hub->enrolmentCode()).toUtf8();
        QCOMPARE(http("POST", QStringLiteral("/v1/enrol"), right).status, 429);
        QVERIFY(m_hub->output().contains("wrong enrolment code from"));
    }
};

// `tst_sync` runs the suite with the hub on SQLite; `tst_sync --postgres`
// (CTest: tst_sync_postgres) with the hub's data in a real PostgreSQL server.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return runOnSqliteOrPostgres<TestSync>(argc, argv, QStringLiteral("hub"));
}
#include "tst_sync.moc"
