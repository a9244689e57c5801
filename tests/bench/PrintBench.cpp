#include "tests/bench/PrintBench.h"

#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "printing/BadgeComposer.h"
#include "printing/BadgeRenderer.h"
#include "printing/BadgeTemplate.h"
#include "printing/CategoryStyles.h"
#include "printing/CupsClient.h"
#include "printing/PrintQueue.h"
#include "tests/bench/BenchTable.h"
#include "tests/support/CupsServer.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTextStream>

namespace PrintBench {

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
    for (int i = 0; i < samples + 5; ++i) {
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
    const auto full = BenchTable::measure(
        samples,
        [&](int) {
            CheckInService::Request request;
            request.scanned = codes.at(next++);
            const CheckInResult r = service.scan(request);
            if (queue.enqueueFirstBadge(r.attendee->id, QStringLiteral("id1-card"), QStringLiteral("capture"), &error)
                    .isEmpty())
                qFatal("%s", qPrintable(error));
            queue.process();
        },
        2);
    QTextStream(stdout) << "Printing: check-in to badge job accepted by a real cupsd (ms)\n\n";
    BenchTable accepted(
        { QStringLiteral("path"), QStringLiteral("p50"), QStringLiteral("p99"), QStringLiteral("p50 vs baseline") });
    accepted.addRow({ QStringLiteral("baseline: submit a ready PDF (libcups)"), BenchTable::ms(bare.p50Ms),
        BenchTable::ms(bare.p99Ms), QString() });
    accepted.addRow({ QStringLiteral("scan → check-in → queue → render → accepted"), BenchTable::ms(full.p50Ms),
        BenchTable::ms(full.p99Ms), QStringLiteral("%1×").arg(full.p50Ms / bare.p50Ms, 0, 'f', 2) });
    accepted.print();
    cups.stop();
}

} // namespace PrintBench
