#include "tests/bench/ConsoleBench.h"

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInEvent.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/import/SyntheticAttendees.h"
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
#include <QTimer>
#include <QUuid>

namespace {

const QString password = QStringLiteral("bench-password-0123");

QNetworkReply *finished(QNetworkReply *reply)
{
    QEventLoop wait;
    QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
    if (!reply->isFinished())
        wait.exec();
    return reply;
}

QString deviceToken(HubProcess &hub, const QString &db, const QString &name)
{
    HubProcess::accueil({ QStringLiteral("--db"), db, QStringLiteral("enroll"), QStringLiteral("--hub"), hub.url(),
        QStringLiteral("--code"), hub.enrolmentCode(), QStringLiteral("--device"), name });
    EventStore store;
    store.open(db);
    return store.metaValue(QStringLiteral("sync_token"));
}

bool push(QNetworkAccessManager &network, const QString &hub, const QString &token, const QString &device,
    const QString &attendeeId)
{
    CheckInEvent ev;
    ev.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ev.attendeeId = attendeeId;
    ev.device = device;
    ev.method = QStringLiteral("camera");
    ev.occurredAt = QDateTime::currentDateTimeUtc();
    ev.hlc = HybridClock::format(QDateTime::currentMSecsSinceEpoch(), 0, device);
    QNetworkRequest request(QUrl(hub + QStringLiteral("/v1/push")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = finished(network.post(request,
        QJsonDocument(QJsonObject { { QStringLiteral("events"), QJsonArray { SyncProtocol::toJson(ev) } } })
            .toJson(QJsonDocument::Compact)));
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
}

} // namespace

void ConsoleBench::run(bool quick)
{
    QTemporaryDir dir;
    const int rows = quick ? 10000 : 100000;
    const int devices = 20;
    const QString hubDb = dir.filePath(QStringLiteral("hub.sqlite"));
    HubProcess::accueil(
        { QStringLiteral("--db"), hubDb, QStringLiteral("init"), QStringLiteral("--event"), QStringLiteral("Bench") });
    QFile csv(dir.filePath(QStringLiteral("people.csv")));
    csv.open(QIODevice::WriteOnly);
    csv.write(SyntheticAttendees::csv(rows, 7));
    csv.close();
    HubProcess::accueil(
        { QStringLiteral("--db"), hubDb, QStringLiteral("import"), QStringLiteral("attendees"), csv.fileName() },
        nullptr, nullptr, 600000);
    QProcess user;
    user.start(QStringLiteral(ACCUEIL_BIN_DIR "/accueil-hub"),
        { QStringLiteral("--db"), hubDb, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bench"),
            QStringLiteral("--role"), QStringLiteral("viewer") });
    user.write((password + QLatin1Char('\n')).toUtf8());
    user.closeWriteChannel();
    user.waitForFinished();
    QVector<QString> people;
    {
        EventStore store;
        store.open(hubDb);
        for (const Attendee &a : AttendeeTable(store.database()).all())
            people << a.id;
    }
    HubProcess hub(hubDb);
    QString error;
    if (!hub.start(&error)) {
        QTextStream(stdout) << "Console: skipped (" << error << ")\n";
        return;
    }
    QVector<QString> tokens;
    for (int i = 0; i < devices; ++i)
        tokens << deviceToken(
            hub, dir.filePath(QStringLiteral("kiosk-%1.sqlite").arg(i)), QStringLiteral("kiosk-%1").arg(i));

    QNetworkAccessManager network;
    auto consoleRequest = [&](const QString &path, const QByteArray &cookie) {
        QNetworkRequest request(QUrl(hub.url() + path));
        if (!cookie.isEmpty())
            request.setRawHeader("Cookie", cookie);
        return request;
    };
    QNetworkRequest login = consoleRequest(QStringLiteral("/console/api/login"), {});
    login.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *loggedIn = finished(network.post(login,
        QJsonDocument(QJsonObject { { QStringLiteral("name"), QStringLiteral("bench") },
                          { QStringLiteral("password"), password } })
            .toJson(QJsonDocument::Compact)));
    const QByteArray cookie = loggedIn->rawHeader("Set-Cookie").split(';').first();
    loggedIn->deleteLater();

    // The open page: an event stream, and the dashboard fetched on each event.
    qint64 lastSeen = -1;
    QNetworkReply *events = network.get(consoleRequest(QStringLiteral("/console/api/events"), cookie));
    QByteArray pending;
    QEventLoop *waiting = nullptr;
    QObject::connect(events, &QNetworkReply::readyRead, [&] {
        pending += events->readAll();
        int end;
        while ((end = pending.indexOf("\n\n")) >= 0) {
            const QByteArray block = pending.left(end);
            pending.remove(0, end + 2);
            const int data = block.indexOf("data: ");
            if (block.contains("event: change") && data >= 0)
                lastSeen = block.mid(data + 6).trimmed().toLongLong();
            if (waiting)
                waiting->quit();
        }
    });
    auto awaitChange = [&](qint64 after) {
        QEventLoop loop;
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, &loop, &QEventLoop::quit);
        tick.start(100);
        QElapsedTimer limit;
        limit.start();
        waiting = &loop;
        while (lastSeen <= after && limit.elapsed() < 10000)
            loop.exec();
        waiting = nullptr;
    };
    awaitChange(-2); // the stream's first event
    QVector<qint64> latency;
    const int samples = quick ? 30 : 200;
    for (int i = 0; i < samples; ++i) {
        const qint64 before = lastSeen;
        QElapsedTimer t;
        t.start();
        if (!push(network, hub.url(), tokens.at(i % devices), QStringLiteral("kiosk-%1").arg(i % devices),
                people.at((qsizetype(i) * 7919) % people.size())))
            continue;
        awaitChange(before);
        finished(network.get(consoleRequest(QStringLiteral("/console/api/dashboard"), cookie)))->deleteLater();
        latency << t.nsecsElapsed();
    }
    QVector<qint64> pageLoad;
    for (int i = 0; i < (quick ? 10 : 30); ++i) {
        QElapsedTimer t;
        t.start();
        for (const QString &path : { QStringLiteral("/console/"), QStringLiteral("/console/console.css"),
                 QStringLiteral("/console/console.js"), QStringLiteral("/console/i18n/fr.json"),
                 QStringLiteral("/console/api/me"), QStringLiteral("/console/api/dashboard") })
            finished(network.get(consoleRequest(path, cookie)))->deleteLater();
        pageLoad << t.nsecsElapsed();
    }
    events->abort();
    events->deleteLater();
    const auto update = BenchTable::fromNanoseconds(latency);
    const auto load = BenchTable::fromNanoseconds(pageLoad);
    QTextStream(stdout) << "\nOrganisers' console, hub with " << rows << " attendees and " << devices
                        << " devices (loopback, plain HTTP)\n\n";
    BenchTable table({ QStringLiteral("measure"), QStringLiteral("p50"), QStringLiteral("p99"), QStringLiteral("max"),
        QStringLiteral("samples") });
    table.addRow({ QStringLiteral("push → event → dashboard JSON"), BenchTable::ms(update.p50Ms),
        BenchTable::ms(update.p99Ms), BenchTable::ms(update.maxMs), QString::number(update.samples) });
    table.addRow({ QStringLiteral("page load (6 requests in a row)"), BenchTable::ms(load.p50Ms),
        BenchTable::ms(load.p99Ms), BenchTable::ms(load.maxMs), QString::number(load.samples) });
    table.print();
}
