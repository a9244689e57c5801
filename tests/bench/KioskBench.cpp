#include "tests/bench/KioskBench.h"

#include "kiosk/core/EventStore.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/import/AttendeeImporter.h"
#include "kiosk/import/SyntheticAttendees.h"
#include "tests/bench/BenchTable.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTextStream>

namespace KioskBench {

void run(bool quick)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("kiosk.sqlite"));
    {
        EventStore store;
        store.open(db);
        store.setMetaValue(QStringLiteral("event_name"), QStringLiteral("RAICT 2026"));
        HybridClock clock(QStringLiteral("bench"));
        AttendeeImporter(store, clock).importData(SyntheticAttendees::csv(520), {});
    }
    const QString kiosk = QStringLiteral(ACCUEIL_BIN_DIR "/accueil-kiosk");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    // Start to ready: the process launched until its screens are up and the camera runs.
    QVector<qint64> starts;
    for (int i = 0; i < (quick ? 3 : 10); ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer t;
        t.start();
        p.start(kiosk, { QStringLiteral("--db"), db, QStringLiteral("--camera-images"), dir.path() });
        QByteArray out;
        while (!out.contains("ready") && p.waitForReadyRead(10000))
            out += p.readAll();
        starts << t.nsecsElapsed();
        p.kill();
        p.waitForFinished();
    }
    const auto start = BenchTable::fromNanoseconds(starts);

    QProcess b;
    b.setProcessEnvironment(env);
    b.start(kiosk, { QStringLiteral("--benchmark"), QString::number(quick ? 200 : 1000) });
    b.waitForFinished(600000);
    const QString line = QString::fromUtf8(b.readAllStandardOutput()).trimmed();

    QTextStream(stdout) << "Kiosk (offscreen, simulated camera)\n\n";
    BenchTable table({ QStringLiteral("measure"), QStringLiteral("figure") });
    table.addRow({ QStringLiteral("start to ready (p50 / p99)"),
        QStringLiteral("%1 ms / %2 ms").arg(BenchTable::ms(start.p50Ms), BenchTable::ms(start.p99Ms)) });
    table.addRow({ QStringLiteral("frame with a code to greeting shown"), line });
    table.print();
}

} // namespace KioskBench
