#include "tests/bench/LabelBench.h"

#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "printing/CupsClient.h"
#include "printing/PrintQueue.h"
#include "tests/bench/BenchTable.h"
#include "tests/printing/LabelPrinterLab.h"
#include "tests/support/TestSupport.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTextStream>

namespace LabelBench {

void run(bool quick)
{
    const int samples = quick ? 10 : 40;
    const QString unavailable = LabelPrinterLab::unavailableReason();
    if (!unavailable.isEmpty()) {
        QTextStream(stdout) << "Scan to bytes at the printer: skipped (" << unavailable << ")\n\n";
        return;
    }
    LabelPrinterLab lab;
    QString error;
    if (!lab.start(LabelPrinterLab::standardQueues(), &error)) {
        QTextStream(stdout) << "Scan to bytes at the printer: skipped (" << error << ")\n\n";
        return;
    }
    QTemporaryDir dir;
    EventStore store;
    store.open(dir.filePath(QStringLiteral("bench.sqlite")));
    const QVector<QPair<QString, QString>> queues { { QStringLiteral("ql570"), QStringLiteral("brother-dk11202") },
        { QStringLiteral("ql800"), QStringLiteral("brother-dk22205") },
        { QStringLiteral("lw450"), QStringLiteral("dymo-99012") },
        { QStringLiteral("cupsdymo"), QStringLiteral("dymo-99012") },
        { QStringLiteral("zebra"), QStringLiteral("4x3in") },
        { QStringLiteral("zebra300"), QStringLiteral("zebra-4x6in") },
        { QStringLiteral("eplzebra"), QStringLiteral("4x3in") }, { QStringLiteral("office"), QStringLiteral("a6") } };
    QStringList codes;
    for (int i = 0; i < (samples + 1) * int(queues.size()); ++i) {
        codes << QStringLiteral("LABEL-%1").arg(i);
        TestSupport::addAttendee(store, codes.last(), QStringLiteral("Gaël"), QStringLiteral("Leroy %1").arg(i),
            QStringLiteral("Métropole de Lyon"));
    }
    CupsClient client;
    CheckInService service(store, QStringLiteral("bench"));
    PrintQueue printQueue(store, client);
    int next = 0;
    BenchTable table({ QStringLiteral("queue (driver)"), QStringLiteral("template"), QStringLiteral("p50"),
        QStringLiteral("p99"), QStringLiteral("samples") });
    for (const auto &[queue, templateName] : queues) {
        QVector<qint64> ns;
        for (int i = 0; i <= samples; ++i) { // the first one warms the queue's filters up
            const qint64 start = QDateTime::currentMSecsSinceEpoch();
            CheckInService::Request request;
            request.scanned = codes.at(next++);
            const CheckInResult r = service.scan(request);
            if (!r.attendee || printQueue.enqueueFirstBadge(r.attendee->id, templateName, queue, &error).isEmpty())
                qFatal("%s", qPrintable(error));
            printQueue.process();
            const LabelPrinterLab::Capture capture = lab.take(queue);
            if (capture.bytes.isEmpty())
                qFatal("nothing reached %s: %s", qPrintable(queue), qPrintable(lab.log()));
            if (i > 0)
                ns << (capture.lastByte.toMSecsSinceEpoch() - start) * 1000000;
        }
        const BenchTable::Stats stats = BenchTable::fromNanoseconds(ns);
        table.addRow({ queue, templateName, BenchTable::ms(stats.p50Ms), BenchTable::ms(stats.p99Ms),
            QString::number(stats.samples) });
    }
    QTextStream(stdout) << "Printing: scan to the last byte at the printer, real drivers (ms)\n\n";
    table.print();
}

} // namespace LabelBench
