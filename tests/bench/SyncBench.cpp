#include "tests/bench/SyncBench.h"

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInLog.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/import/SyntheticAttendees.h"
#include "sync/SyncClient.h"
#include "sync/SyncProtocol.h"
#include "tests/bench/BenchTable.h"
#include "tests/support/HubProcess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUuid>

namespace {

QString enrolled(HubProcess &hub, const QString &db, const QString &name)
{
    HubProcess::accueil({ QStringLiteral("--db"), db, QStringLiteral("enroll"), QStringLiteral("--hub"), hub.url(),
        QStringLiteral("--code"), hub.enrolmentCode(), QStringLiteral("--device"), name });
    EventStore store;
    store.open(db);
    return store.metaValue(QStringLiteral("sync_token"));
}

// One check-in pushed as `device`, timed from the request to the hub's
// acceptance; a busy hub's Retry-After is honoured as a device does.
qint64 pushOne(QNetworkAccessManager &network, const QString &hub, const QString &token, const QString &device,
    const QString &attendeeId, int *busyAnswers)
{
    CheckInEvent ev;
    ev.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ev.attendeeId = attendeeId;
    ev.device = device;
    ev.method = QStringLiteral("camera");
    ev.occurredAt = QDateTime::currentDateTimeUtc();
    ev.hlc = HybridClock::format(QDateTime::currentMSecsSinceEpoch(), 0, device);
    const QByteArray body
        = QJsonDocument(QJsonObject { { QStringLiteral("events"), QJsonArray { SyncProtocol::toJson(ev) } } })
              .toJson(QJsonDocument::Compact);
    QElapsedTimer t;
    t.start();
    for (int attempt = 0; attempt < 20; ++attempt) {
        QNetworkRequest request(QUrl(hub + QStringLiteral("/v1/push")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = network.post(request, body);
        QEventLoop wait;
        QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
        wait.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const int retryAfter = reply->rawHeader("Retry-After").toInt();
        const bool accepted = status == 200
            && QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("events")).toArray().size() == 1;
        reply->deleteLater();
        if (accepted)
            return t.nsecsElapsed();
        if (status != 503)
            return -1;
        ++*busyAnswers;
        QThread::msleep(static_cast<unsigned long>(std::max(1, retryAfter)) * 1000);
    }
    return -1;
}

// Pushes while `accueil import` writes 100 000 attendees into the hub's
// database from another process, against pushes with the database idle.
void pushDuringImport(QTemporaryDir &dir, bool quick)
{
    const QString hubDb = dir.filePath(QStringLiteral("import-hub.sqlite"));
    HubProcess::accueil(
        { QStringLiteral("--db"), hubDb, QStringLiteral("init"), QStringLiteral("--event"), QStringLiteral("Bench") });
    QFile small(dir.filePath(QStringLiteral("small.csv")));
    small.open(QIODevice::WriteOnly);
    small.write(SyntheticAttendees::csv(200, 5));
    small.close();
    HubProcess::accueil(
        { QStringLiteral("--db"), hubDb, QStringLiteral("import"), QStringLiteral("attendees"), small.fileName() });
    const int rows = quick ? 20000 : 100000;
    QFile big(dir.filePath(QStringLiteral("big.csv")));
    big.open(QIODevice::WriteOnly);
    big.write(SyntheticAttendees::csv(rows, 23));
    big.close();
    HubProcess hub(hubDb);
    QString error;
    if (!hub.start(&error)) {
        QTextStream(stdout) << "Push during an import: skipped (" << error << ")\n";
        return;
    }
    const QString db = dir.filePath(QStringLiteral("import-kiosk.sqlite"));
    const QString token = enrolled(hub, db, QStringLiteral("kiosk-i"));
    HubProcess::accueil({ QStringLiteral("--db"), db, QStringLiteral("sync") }, nullptr, nullptr, 600000);
    EventStore store;
    store.open(db);
    const QVector<Attendee> people = AttendeeTable(store.database()).all();
    QNetworkAccessManager network;
    int busyIdle = 0;
    QVector<qint64> idle;
    for (int i = 0; i < (quick ? 30 : 100); ++i) {
        idle << pushOne(
            network, hub.url(), token, QStringLiteral("kiosk-i"), people.at(i % people.size()).id, &busyIdle);
        QThread::msleep(20);
    }
    QProcess import;
    import.start(QStringLiteral(ACCUEIL_BIN_DIR "/accueil"),
        { QStringLiteral("--db"), hubDb, QStringLiteral("import"), QStringLiteral("attendees"), big.fileName() });
    import.waitForStarted();
    QElapsedTimer importTimer;
    importTimer.start();
    int busyDuring = 0;
    int failed = 0;
    QVector<qint64> during;
    for (int i = 0; import.state() != QProcess::NotRunning; ++i) {
        const qint64 ns = pushOne(
            network, hub.url(), token, QStringLiteral("kiosk-i"), people.at(i % people.size()).id, &busyDuring);
        if (ns < 0)
            ++failed;
        else
            during << ns;
        QThread::msleep(100);
    }
    import.waitForFinished(-1);
    const double importSeconds = importTimer.nsecsElapsed() / 1e9;
    const auto idleStats = BenchTable::fromNanoseconds(idle);
    const auto duringStats = BenchTable::fromNanoseconds(during);
    QTextStream(stdout) << "\nA push during a " << rows << "-row import on the hub's database (another process)\n\n";
    BenchTable table({ QStringLiteral("push until accepted"), QStringLiteral("p50"), QStringLiteral("p99"),
        QStringLiteral("figure") });
    table.addRow({ QStringLiteral("database idle (%1 pushes)").arg(idle.size()), BenchTable::ms(idleStats.p50Ms),
        BenchTable::ms(idleStats.p99Ms), QStringLiteral("%1 busy answers").arg(busyIdle) });
    table.addRow(
        { QStringLiteral("during the import (%1 pushes, import %2 s)").arg(during.size()).arg(importSeconds, 0, 'f', 1),
            BenchTable::ms(duringStats.p50Ms), BenchTable::ms(duringStats.p99Ms),
            QStringLiteral("p50 %1×, p99 %2× idle; %3 busy answers (503), %4 failed, import exit %5")
                .arg(duringStats.p50Ms / std::max(0.001, idleStats.p50Ms), 0, 'f', 1)
                .arg(duringStats.p99Ms / std::max(0.001, idleStats.p99Ms), 0, 'f', 1)
                .arg(busyDuring)
                .arg(failed)
                .arg(import.exitCode()) });
    table.print();
}

} // namespace

namespace SyncBench {

void run(bool quick)
{
    QTemporaryDir dir;
    const QString hubDb = dir.filePath(QStringLiteral("hub.sqlite"));
    const int attendees = 10000;
    QFile csv(dir.filePath(QStringLiteral("list.csv")));
    csv.open(QIODevice::WriteOnly);
    csv.write(SyntheticAttendees::csv(attendees, 11));
    csv.close();
    HubProcess::accueil(
        { QStringLiteral("--db"), hubDb, QStringLiteral("init"), QStringLiteral("--event"), QStringLiteral("Bench") });
    QElapsedTimer importTimer;
    importTimer.start();
    HubProcess::accueil(
        { QStringLiteral("--db"), hubDb, QStringLiteral("import"), QStringLiteral("attendees"), csv.fileName() },
        nullptr, nullptr, 300000);
    const double importSeconds = importTimer.nsecsElapsed() / 1e9;
    HubProcess hub(hubDb);
    QString error;
    if (!hub.start(&error)) {
        QTextStream(stdout) << "Sync: skipped (" << error << ")\n";
        return;
    }

    // First full sync of a new device.
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    enrolled(hub, a, QStringLiteral("kiosk-a"));
    QElapsedTimer firstSync;
    firstSync.start();
    HubProcess::accueil({ QStringLiteral("--db"), a, QStringLiteral("sync") }, nullptr, nullptr, 600000);
    const double firstSyncSeconds = firstSync.nsecsElapsed() / 1e9;

    // Propagation from device A to device B, both following the hub.
    const QString b = dir.filePath(QStringLiteral("b.sqlite"));
    enrolled(hub, b, QStringLiteral("kiosk-b"));
    HubProcess::accueil({ QStringLiteral("--db"), b, QStringLiteral("sync") }, nullptr, nullptr, 600000);
    QProcess followA;
    QProcess followB;
    for (auto [process, db] : { std::pair { &followA, a }, std::pair { &followB, b } }) {
        process->start(QStringLiteral(ACCUEIL_BIN_DIR "/accueil"),
            { QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--follow") });
        process->waitForStarted();
    }
    QThread::msleep(1500);
    EventStore storeA;
    storeA.open(a);
    EventStore storeB;
    storeB.open(b);
    const QVector<Attendee> people = AttendeeTable(storeA.database()).all();
    CheckInService service(storeA, QStringLiteral("kiosk-a"));
    const int trials = quick ? 20 : 100;
    QVector<qint64> propagation;
    for (int i = 0; i < trials; ++i) {
        CheckInService::Request request;
        request.scanned = people.at(qsizetype(i) * 37 % people.size()).code;
        QElapsedTimer t;
        t.start();
        const CheckInResult r = service.scan(request);
        const CheckInLog logB(storeB.database());
        while (!logB.byId(r.eventId) && t.elapsed() < 10000)
            QThread::msleep(2);
        propagation << t.nsecsElapsed();
        QThread::msleep(50);
    }
    followA.terminate();
    followB.terminate();
    followA.waitForFinished();
    followB.waitForFinished();
    const auto propagationStats = BenchTable::fromNanoseconds(propagation);

    // 20 devices pushing at once.
    const int devices = 20;
    const int batches = quick ? 5 : 10;
    const int perBatch = 100;
    QStringList tokens;
    for (int d = 0; d < devices; ++d)
        tokens << enrolled(hub, dir.filePath(QStringLiteral("d%1.sqlite").arg(d)), QStringLiteral("device-%1").arg(d));
    QVector<QByteArray> bodies;
    for (int d = 0; d < devices; ++d) {
        HybridClock clock(QStringLiteral("device-%1").arg(d)); // the hub takes records in the token's name only
        for (int k = 0; k < batches; ++k) {
            QJsonArray events;
            for (int e = 0; e < perBatch; ++e) {
                CheckInEvent ev;
                ev.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                ev.attendeeId = people.at((d * 1000 + k * perBatch + e) % people.size()).id;
                ev.device = QStringLiteral("device-%1").arg(d);
                ev.method = QStringLiteral("camera");
                ev.occurredAt = QDateTime::currentDateTimeUtc();
                ev.hlc = clock.tick();
                events.append(SyncProtocol::toJson(ev));
            }
            bodies
                << QJsonDocument(QJsonObject { { QStringLiteral("events"), events } }).toJson(QJsonDocument::Compact);
        }
    }
    QNetworkAccessManager network;
    int outstanding = 0;
    int failures = 0;
    QEventLoop loop;
    QVector<int> next(devices, 0);
    std::function<void(int)> send = [&](int d) {
        if (next[d] >= batches)
            return;
        QNetworkRequest request(QUrl(hub.url() + QStringLiteral("/v1/push")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + tokens.at(d).toLatin1());
        QNetworkReply *reply = network.post(request, bodies.at(d * batches + next[d]++));
        ++outstanding;
        QObject::connect(reply, &QNetworkReply::finished, [&, reply, d] {
            failures += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ? 0 : 1;
            reply->deleteLater();
            --outstanding;
            send(d);
            if (outstanding == 0)
                loop.quit();
        });
    };
    QElapsedTimer pushTimer;
    pushTimer.start();
    for (int d = 0; d < devices; ++d)
        send(d);
    loop.exec();
    const double pushSeconds = pushTimer.nsecsElapsed() / 1e9;
    const int total = devices * batches * perBatch;

    QNetworkAccessManager helloNetwork;
    const auto hello = BenchTable::measure(50, [&](int) {
        QEventLoop wait;
        QNetworkReply *reply = helloNetwork.get(QNetworkRequest(QUrl(hub.url() + QStringLiteral("/v1/hello"))));
        QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
        wait.exec();
        reply->deleteLater();
    });

    QTextStream(stdout) << "Sync on loopback (real accueil-hub process)\n\n";
    BenchTable table(
        { QStringLiteral("measure"), QStringLiteral("p50"), QStringLiteral("p99"), QStringLiteral("figure") });
    table.addRow({ QStringLiteral("baseline: one HTTP request to the hub (ms)"), BenchTable::ms(hello.p50Ms),
        BenchTable::ms(hello.p99Ms), QString() });
    table.addRow({ QStringLiteral("check-in on A visible on B (ms, %1 trials)").arg(trials),
        BenchTable::ms(propagationStats.p50Ms), BenchTable::ms(propagationStats.p99Ms),
        QStringLiteral("%1× baseline").arg(propagationStats.p50Ms / hello.p50Ms, 0, 'f', 1) });
    table.addRow({ QStringLiteral("events accepted from %1 devices at once").arg(devices), QString(), QString(),
        QStringLiteral("%1 events/s (%2 events, %3 failed requests)")
            .arg(qRound(total / pushSeconds))
            .arg(total)
            .arg(failures) });
    table.addRow({ QStringLiteral("first full sync of %1 attendees").arg(attendees), QString(), QString(),
        QStringLiteral("%1 s (importing the CSV on the hub: %2 s)")
            .arg(firstSyncSeconds, 0, 'f', 2)
            .arg(importSeconds, 0, 'f', 2) });
    table.print();
    hub.stop();
    pushDuringImport(dir, quick);
}

} // namespace SyncBench
