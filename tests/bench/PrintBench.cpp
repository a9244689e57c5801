#include "tests/bench/PrintBench.h"

#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "printing/BadgeComposer.h"
#include "printing/BadgeRenderer.h"
#include "printing/BadgeTemplate.h"
#include "printing/CategoryStyles.h"
#include "printing/CupsClient.h"
#include "printing/PrintQueue.h"
#include "printing/PrintQueueRunner.h"
#include "tests/bench/BenchTable.h"
#include "tests/support/CupsServer.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

namespace PrintBench {

// 5 `accueil print` at once and a kiosk's print runner on one database, 10
// badges a round: the labels a capture backend receives, and how long it took.
void concurrentSenders(CupsServer &cups, int rounds)
{
    QString error;
    QTemporaryDir dir;
    EventStore store;
    store.open(dir.filePath(QStringLiteral("senders.sqlite")));
    int labels = 0;
    int duplicates = 0;
    QVector<qint64> ns;
    for (int round = 0; round < rounds; ++round) {
        const QString printer = QStringLiteral("senders%1").arg(round);
        const QString out = QFileInfo(cups.captureFolder()).absolutePath() + QLatin1Char('/') + printer;
        if (!cups.addCaptureQueue(printer, out, &error))
            qFatal("%s", qPrintable(error));
        QStringList attendees;
        for (int i = 0; i < 10; ++i)
            attendees << TestSupport::addAttendee(store, QStringLiteral("S-%1-%2").arg(round).arg(i),
                QStringLiteral("Nguyễn"), QStringLiteral("Văn %1").arg(i));
        QElapsedTimer timer;
        timer.start();
        PrintQueueRunner runner(store.path(), QStringLiteral("id1-card"), printer);
        runner.start();
        for (int i = 0; i < 5; ++i)
            runner.printFirstBadge(attendees.at(i));
        std::vector<std::unique_ptr<QProcess>> senders;
        for (int i = 5; i < 10; ++i) {
            senders.push_back(std::make_unique<QProcess>());
            senders.back()->start(TestSupport::binary(QStringLiteral("accueil")),
                { QStringLiteral("--db"), store.path(), QStringLiteral("print"),
                    QStringLiteral("S-%1-%2").arg(round).arg(i), QStringLiteral("--printer"), printer,
                    QStringLiteral("--template"), QStringLiteral("id1-card"), QStringLiteral("--wait") });
        }
        for (auto &p : senders)
            p->waitForFinished(120000);
        CupsClient client;
        PrintQueue queue(store, client);
        for (int wait = 0; wait < 600 && !queue.jobs(true).isEmpty(); ++wait)
            QThread::msleep(100);
        runner.stop();
        ns << timer.nsecsElapsed();
        // Wait for the backend to write what CUPS marked completed.
        const int files = int(QDir(out).entryList({ QStringLiteral("*.pdf") }, QDir::Files).size());
        labels += files;
        duplicates += std::max(0, files - 10);
    }
    const BenchTable::Stats s = BenchTable::fromNanoseconds(ns);
    QTextStream(stdout) << "Printing: 5 `accueil print` + a print runner, 10 badges a round, " << rounds
                        << " rounds\n\n";
    BenchTable table({ QStringLiteral("labels expected"), QStringLiteral("labels at the printer"),
        QStringLiteral("duplicates"), QStringLiteral("round p50"), QStringLiteral("round p99") });
    table.addRow({ QString::number(rounds * 10), QString::number(labels), QString::number(duplicates),
        BenchTable::ms(s.p50Ms), BenchTable::ms(s.p99Ms) });
    table.print();
}

void run(bool quick)
{
    const int samples = quick ? 20 : 60;
    BadgeData d;
    d.firstName = QStringLiteral("Marie-Thérèse");
    d.lastName = QStringLiteral("de La Tour d'Auvergne-Lauraguais");
    d.organisation = QStringLiteral("Région Auvergne-Rhône-Alpes");
    d.role = QStringLiteral("Vice-présidente");
    d.country = QStringLiteral("France");
    d.categoryLabel = CategoryStyles::instance().labelFor(QStringLiteral("élu·e"));
    d.eventTitle = QStringLiteral("RAICT 2026");
    d.eventDates = QStringLiteral("8–9 juillet 2026");
    d.code = QStringLiteral("CUF-2026-0417");

    QTextStream(stdout) << "Badges: render time per badge (ms)\n\n";
    BenchTable render({ QStringLiteral("template"), QStringLiteral("PDF p50"), QStringLiteral("PDF p99"),
        QStringLiteral("300 dpi p50"), QStringLiteral("300 dpi p99"), QStringLiteral("203 dpi 1-bit p50"),
        QStringLiteral("203 dpi 1-bit p99") });
    QString error;
    for (const QString &name : { QStringLiteral("id1-card"), QStringLiteral("a6"), QStringLiteral("4x3in"),
             QStringLiteral("brother-ql-62"), QStringLiteral("dymo-89x36") }) {
        const auto t = BadgeTemplate::load(name, &error);
        const auto pdf = BenchTable::measure(samples, [&](int) { BadgeRenderer::pdf(*t, { d }, &error); });
        const auto raster = BenchTable::measure(samples, [&](int) { BadgeRenderer::raster(*t, d, 300, false); });
        const auto mono = BenchTable::measure(samples, [&](int) { BadgeRenderer::raster(*t, d, 203, true); });
        render.addRow({ name, BenchTable::ms(pdf.p50Ms), BenchTable::ms(pdf.p99Ms), BenchTable::ms(raster.p50Ms),
            BenchTable::ms(raster.p99Ms), BenchTable::ms(mono.p50Ms), BenchTable::ms(mono.p99Ms) });
    }
    render.print();

    const QString unavailable = CupsServer::unavailableReason();
    if (!unavailable.isEmpty()) {
        QTextStream(stdout) << "Check-in to job accepted by cupsd: skipped (" << unavailable << ")\n\n";
        return;
    }
    CupsServer cups;
    if (!cups.start(&error)) {
        QTextStream(stdout) << "Check-in to job accepted by cupsd: skipped (" << error << ")\n\n";
        return;
    }
    cups.disable(QStringLiteral("capture"), &error); // accepted and held: the measure stops at acceptance
    QTemporaryDir dir;
    EventStore store;
    store.open(dir.filePath(QStringLiteral("bench.sqlite")));
    QStringList codes;
    for (int i = 0; i < 2 * (samples + 5); ++i) {
        codes << QStringLiteral("BENCH-%1").arg(i);
        TestSupport::addAttendee(store, codes.last(), QStringLiteral("Marie-Thérèse"),
            QStringLiteral("Lefèvre-Dubois %1").arg(i), QStringLiteral("Ville de Lyon"));
    }
    CupsClient client;
    const auto t = BadgeTemplate::load(QStringLiteral("id1-card"), &error);
    const QByteArray ready = BadgeRenderer::pdf(*t, { d }, &error);
    const auto bare = BenchTable::measure(samples,
        [&](int i) { client.submit(QStringLiteral("capture"), ready, QStringLiteral("bare-%1").arg(i), t->pageMm); });
    CheckInService service(store, QStringLiteral("bench"));
    PrintQueue queue(store, client);
    int next = 0;
    const QString someone = TestSupport::addAttendee(
        store, QStringLiteral("HELD"), QStringLiteral("Zoé"), QStringLiteral("Ngô"), QStringLiteral("Hà Nội"));
    QTextStream(stdout)
        << "Printing: check-in to badge job accepted by a real cupsd, jobs held on a paused queue (ms)\n\n";
    BenchTable accepted({ QStringLiteral("path"), QStringLiteral("held jobs"), QStringLiteral("p50"),
        QStringLiteral("p99"), QStringLiteral("p50 vs baseline"), QStringLiteral("p99 vs baseline") });
    accepted.addRow({ QStringLiteral("baseline: submit a ready PDF (libcups)"), QString(), BenchTable::ms(bare.p50Ms),
        BenchTable::ms(bare.p99Ms), QString(), QString() });
    auto ratio = [](double a, double b) { return QStringLiteral("%1×").arg(a / b, 0, 'f', 2); };
    for (const int held : { 0, 100 }) {
        while (queue.waitingCount() < held) { // badges waiting in CUPS on the paused queue
            if (queue.enqueue(someone, QStringLiteral("id1-card"), QStringLiteral("capture"), true, &error).isEmpty())
                qFatal("%s", qPrintable(error));
            queue.sendPending();
        }
        auto checkIn = [&] {
            CheckInService::Request request;
            request.scanned = codes.at(next++);
            const CheckInResult r = service.scan(request);
            if (queue.enqueueFirstBadge(r.attendee->id, QStringLiteral("id1-card"), QStringLiteral("capture"), &error)
                    .isEmpty())
                qFatal("%s", qPrintable(error));
        };
        const auto sent = BenchTable::measure(
            samples / 2,
            [&](int) {
                checkIn();
                queue.sendPending();
            },
            1);
        const auto round = BenchTable::measure(
            samples / 2,
            [&](int) {
                checkIn();
                queue.process(); // send, then follow every job in one request
            },
            1);
        accepted.addRow({ QStringLiteral("scan → check-in → queue → claim → render → accepted"), QString::number(held),
            BenchTable::ms(sent.p50Ms), BenchTable::ms(sent.p99Ms), ratio(sent.p50Ms, bare.p50Ms),
            ratio(sent.p99Ms, bare.p99Ms) });
        accepted.addRow({ QStringLiteral("the same, and following every sent job"), QString::number(held),
            BenchTable::ms(round.p50Ms), BenchTable::ms(round.p99Ms), ratio(round.p50Ms, bare.p50Ms),
            ratio(round.p99Ms, bare.p99Ms) });
    }
    accepted.print();
    concurrentSenders(cups, quick ? 5 : 20);
    cups.stop();
}

} // namespace PrintBench
