#include "tests/bench/CoreBench.h"

#include "kiosk/core/AttendeeSearch.h"
#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/core/StaffPin.h"
#include "kiosk/core/TextFolding.h"
#include "kiosk/core/WriteTransaction.h"
#include "kiosk/import/AttendeeImporter.h"
#include "kiosk/import/SyntheticAttendees.h"
#include "tests/bench/BenchTable.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <atomic>
#include <ctime>
#include <thread>

namespace {

// Writes a meta value every 10 ms on its own connection until stopped; how
// long each write waited for the lock is what a check-in or a sync push waits.
class ConcurrentWriter {
public:
    explicit ConcurrentWriter(const QString &path)
        : m_thread([this, path] { run(path); })
    {
    }
    BenchTable::Stats stop()
    {
        m_stop = true;
        m_thread.join();
        return BenchTable::fromNanoseconds(m_waitsNs);
    }

private:
    void run(const QString &path)
    {
        EventStore store;
        if (!store.open(path))
            return;
        for (int n = 0; !m_stop; ++n) {
            QElapsedTimer waited;
            waited.start();
            WriteTransaction transaction(store.database());
            if (transaction.begin() && store.setMetaValue(QStringLiteral("bench_writer"), QString::number(n))
                && transaction.commit())
                m_waitsNs << waited.nsecsElapsed();
            QThread::msleep(10);
        }
    }

    std::atomic<bool> m_stop { false };
    QVector<qint64> m_waitsNs;
    std::thread m_thread;
};

QString ratio(const BenchTable::Stats &s, const BenchTable::Stats &baseline)
{
    return baseline.p50Ms > 0 ? QStringLiteral("%1×").arg(s.p50Ms / baseline.p50Ms, 0, 'f', 2) : QString();
}

QStringList row(const QString &what, int size, const BenchTable::Stats &s, const QString &versus = QString())
{
    return { what, QString::number(size), BenchTable::ms(s.p50Ms), BenchTable::ms(s.p99Ms),
        QString::number(qRound(s.perSecond())), versus };
}

double secondsOf(const std::function<void()> &run)
{
    QElapsedTimer timer;
    timer.start();
    run();
    return timer.nsecsElapsed() / 1e9;
}

QString loadAverage();

// Importing 100 000 rows against the least such a write can cost: the same
// rows bound into a prepared INSERT of a bare table, in one transaction, in
// the same database settings (WAL, synchronous=FULL), in the same run.
void importVersusBulkInsert()
{
    constexpr int rows = 100000;
    const QByteArray csv = SyntheticAttendees::csv(rows, 7);
    QVector<QStringList> fields;
    fields.reserve(rows);
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).isEmpty())
            fields << QString::fromUtf8(lines.at(i)).split(QLatin1Char(';'));
    }
    BenchTable table({ QStringLiteral("100 000 rows"), QStringLiteral("seconds"), QStringLiteral("rows per s"),
        QStringLiteral("vs baseline") });
    auto addRow = [&table](const QString &what, double seconds, double baseline) {
        table.addRow({ what, QString::number(seconds, 'f', 2), QString::number(qRound(rows / seconds)),
            baseline > 0 ? QStringLiteral("%1×").arg(seconds / baseline, 0, 'f', 1) : QString() });
    };

    QTemporaryDir dir;
    EventStore bare;
    bare.open(dir.filePath(QStringLiteral("bare.sqlite")));
    QSqlDatabase db = bare.database();
    QSqlQuery(db).exec(
        QStringLiteral("CREATE TABLE bulk (code TEXT, first_name TEXT, last_name TEXT, organisation TEXT,"
                       " role TEXT, country TEXT, category TEXT, email TEXT, language TEXT)"));
    const double baseline = secondsOf([&] {
        WriteTransaction t(db);
        if (!t.begin())
            qFatal("cannot begin the baseline's transaction");
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO bulk VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QStringList &f : std::as_const(fields)) {
            for (int k = 0; k < 9; ++k)
                q.bindValue(k, f.value(k));
            q.exec();
        }
        if (!t.commit())
            qFatal("cannot commit the baseline's transaction");
    });
    addRow(QStringLiteral("baseline: bare bulk INSERT of 100 000 rows in one transaction"), baseline, 0);

    EventStore store;
    store.open(dir.filePath(QStringLiteral("import.sqlite")));
    HybridClock clock(QStringLiteral("bench"));
    ImportReport report;
    // Another writer (a check-in, a sync push) tries every 10 ms while the import runs.
    BenchTable locks({ QStringLiteral("100 000 new rows, another writer every 10 ms"), QStringLiteral("seconds"),
        QStringLiteral("vs one transaction"), QStringLiteral("longest hold"), QStringLiteral("writer's p50 wait"),
        QStringLiteral("p99"), QStringLiteral("longest") });
    EventStore single;
    single.open(dir.filePath(QStringLiteral("single.sqlite")));
    AttendeeImporter::Options oneTransaction;
    oneTransaction.lockBudgetMs = 0;
    ConcurrentWriter beforeWriter(single.path());
    const double before = secondsOf([&] { report = AttendeeImporter(single, clock).importData(csv, oneTransaction); });
    const BenchTable::Stats beforeWaits = beforeWriter.stop();
    const qint64 beforeHold = report.longestLockMs;
    ConcurrentWriter writer(store.path());
    const double first = secondsOf([&] { report = AttendeeImporter(store, clock).importData(csv, {}); });
    const BenchTable::Stats waits = writer.stop();
    addRow(QStringLiteral("import 100 000 rows (new: checks, index, change log)"), first, baseline);
    if (report.imported != rows)
        QTextStream(stdout) << "import failed: " << report.summary() << '\n';
    addRow(QStringLiteral("import 100 000 rows in one transaction"), before, baseline);
    locks.addRow({ QStringLiteral("baseline: in one transaction"), QString::number(before, 'f', 2), QString(),
        QString::number(beforeHold), BenchTable::ms(beforeWaits.p50Ms), BenchTable::ms(beforeWaits.p99Ms),
        BenchTable::ms(beforeWaits.maxMs) });
    locks.addRow({ QStringLiteral("in %1 transactions of about %2 ms each (sized by time)")
                       .arg(report.transactions)
                       .arg(AttendeeImporter::Options().lockBudgetMs),
        QString::number(first, 'f', 2), QStringLiteral("%1×").arg(first / before, 0, 'f', 2),
        QString::number(report.longestLockMs), BenchTable::ms(waits.p50Ms), BenchTable::ms(waits.p99Ms),
        BenchTable::ms(waits.maxMs) });
    const double again = secondsOf([&] { report = AttendeeImporter(store, clock).importData(csv, {}); });
    addRow(QStringLiteral("re-import the same 100 000 rows (all unchanged)"), again, baseline);
    QByteArray changed = csv;
    changed.replace("Maire;", "Maire honoraire;");
    const double update = secondsOf([&] { report = AttendeeImporter(store, clock).importData(changed, {}); });
    addRow(QStringLiteral("re-import with %1 rows changed").arg(report.updated), update, baseline);
    QTextStream(stdout) << "\nImport against a bare bulk insert (load average " << loadAverage() << ")\n\n";
    table.print();
    QTextStream(stdout) << "\nImport and the write lock (times in ms)\n\n";
    locks.print();
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
                                          : QStringLiteral("unknown");
}

double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// What one staff PIN costs to hash and to check: what a stolen configuration
// costs an attacker per guess. Issue 10 asks for at least 0.2 s of CPU.
void staffPin()
{
    QTemporaryDir dir;
    EventStore store;
    store.open(dir.filePath(QStringLiteral("pin.sqlite")));
    BenchTable table(
        { QStringLiteral("staff PIN, Argon2id t=%1 m=%2 MiB").arg(StaffPin::opsLimit).arg(StaffPin::memLimit >> 20),
            QStringLiteral("CPU s (mean of 3)"), QStringLiteral("wall s") });
    auto measure = [&table](const QString &what, const std::function<void()> &run) {
        double cpu = 0;
        double wall = 0;
        for (int i = 0; i < 3; ++i) {
            const double start = threadCpuSeconds();
            wall += secondsOf(run);
            cpu += threadCpuSeconds() - start;
        }
        table.addRow({ what, QString::number(cpu / 3, 'f', 3), QString::number(wall / 3, 'f', 3) });
    };
    QString hash;
    measure(
        QStringLiteral("hash a 6-digit PIN (--hash-pin)"), [&] { hash = StaffPin::hash(QStringLiteral("482913")); });
    int right = 0;
    measure(QStringLiteral("check the right PIN"),
        [&] { right += StaffPin(store, hash).check(QStringLiteral("482913")).result == StaffPin::Result::Accepted; });
    // A wrong guess costs the same (checked before any lockout starts).
    measure(QStringLiteral("check a wrong PIN"), [&] {
        (void)StaffPin(store, hash).check(QStringLiteral("000000"));
        store.setMetaValue(QStringLiteral("staff_pin_failures"), QStringLiteral("0"));
    });
    QTextStream(stdout) << "\nStaff PIN (" << right << "/3 right PINs accepted)\n\n";
    table.print();
}

} // namespace

namespace CoreBench {

void runImport()
{
    importVersusBulkInsert();
}

void run(bool quick)
{
    QTextStream(stdout) << "Core: check-in decisions, code lookup and name search (times in ms)\n\n";
    BenchTable table({ QStringLiteral("operation"), QStringLiteral("attendees"), QStringLiteral("p50"),
        QStringLiteral("p99"), QStringLiteral("per s"), QStringLiteral("p50 vs baseline") });
    BenchTable imports(
        { QStringLiteral("import"), QStringLiteral("rows"), QStringLiteral("seconds"), QStringLiteral("rows per s") });

    const QVector<int> sizes = quick ? QVector<int> { 1000, 10000 } : QVector<int> { 1000, 10000, 100000 };
    for (int size : sizes) {
        QTemporaryDir dir;
        EventStore store;
        store.open(dir.filePath(QStringLiteral("bench.sqlite")));
        HybridClock clock(QStringLiteral("bench"));
        const QByteArray csv = SyntheticAttendees::csv(size, 7);
        QElapsedTimer importTimer;
        importTimer.start();
        const ImportReport report = AttendeeImporter(store, clock).importData(csv, {});
        const double seconds = importTimer.nsecsElapsed() / 1e9;
        imports.addRow({ QStringLiteral("attendees CSV"), QString::number(report.imported),
            QString::number(seconds, 'f', 2), QString::number(qRound(report.imported / seconds)) });

        QVector<Attendee> everyone = AttendeeTable(store.database()).all();
        QSqlDatabase db = store.database();

        // Baseline: the least a durable decision costs — one INSERT committed with synchronous=FULL.
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE IF NOT EXISTS bench_write (id INTEGER PRIMARY KEY, v TEXT)"));
        const BenchTable::Stats durableWrite = BenchTable::measure(500, [&](int i) {
            WriteTransaction t(db);
            if (!t.begin())
                qFatal("%s", qPrintable(t.errorString()));
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO bench_write (v) VALUES (?)"));
            q.addBindValue(QString::number(i));
            q.exec();
            if (!t.commit())
                qFatal("%s", qPrintable(t.errorString()));
        });
        table.addRow(row(QStringLiteral("baseline: bare durable INSERT + COMMIT"), size, durableWrite));

        CheckInService service(store, QStringLiteral("bench"));
        service.setRepeatWindow(0);
        const int scans = std::min<int>(500, int(everyone.size()) / 2);
        CheckInService::Request request;
        const BenchTable::Stats firstScan = BenchTable::measure(scans, [&](int i) {
            request.scanned = everyone.at(i < 0 ? scans - i : i).code;
            [[maybe_unused]] const CheckInResult r = service.scan(request);
        });
        table.addRow(row(
            QStringLiteral("check-in decision, admitted (writes)"), size, firstScan, ratio(firstScan, durableWrite)));
        const BenchTable::Stats repeatScan = BenchTable::measure(scans, [&](int i) {
            request.scanned = everyone.at(i < 0 ? 0 : i).code;
            [[maybe_unused]] const CheckInResult r = service.scan(request);
        });
        table.addRow(row(QStringLiteral("check-in decision, already checked in"), size, repeatScan));
        const BenchTable::Stats unknownScan = BenchTable::measure(scans, [&](int i) {
            request.scanned = QStringLiteral("NOPE-%1").arg(i);
            [[maybe_unused]] const CheckInResult r = service.scan(request);
        });
        table.addRow(row(QStringLiteral("check-in decision, unknown code"), size, unknownScan));

        // Code lookup against a bare prepared SELECT.
        QSqlQuery raw(db);
        raw.prepare(QStringLiteral("SELECT id FROM attendee WHERE code = ?"));
        const BenchTable::Stats rawLookup = BenchTable::measure(1000, [&](int i) {
            raw.bindValue(0, everyone.at(std::abs(i * 7919) % everyone.size()).code);
            raw.exec();
            raw.next();
        });
        const AttendeeTable attendees(db);
        const BenchTable::Stats lookup = BenchTable::measure(
            1000, [&](int i) { attendees.byCode(everyone.at(std::abs(i * 7919) % everyone.size()).code); });
        table.addRow(row(QStringLiteral("baseline: bare SELECT by code"), size, rawLookup));
        table.addRow(row(QStringLiteral("code lookup (full attendee)"), size, lookup, ratio(lookup, rawLookup)));
        // A code typed in the other case: the exact lookup misses, the lower(code) index finds it.
        const BenchTable::Stats otherCase = BenchTable::measure(1000, [&](int i) {
            const QString code = everyone.at(std::abs(i * 7919) % everyone.size()).code;
            attendees.byCodeAnyCase(code.toLower() == code ? code.toUpper() : code.toLower());
        });
        table.addRow(
            row(QStringLiteral("code lookup, typed in the other case"), size, otherCase, ratio(otherCase, rawLookup)));

        // Name search: what the desk types, from two letters to a full name.
        QStringList queries;
        for (int i = 0; i < 200; ++i) {
            const Attendee &a = everyone.at((qsizetype(i) * 104729) % everyone.size());
            const QStringList last = TextFolding::words(a.lastName);
            const QString word = last.isEmpty() ? QStringLiteral("ma") : last.first();
            switch (i % 5) {
            case 0:
                queries << word.left(2);
                break;
            case 1:
                queries << word.left(4);
                break;
            case 2:
                queries << word;
                break;
            case 3:
                queries << a.firstName + QLatin1Char(' ') + a.lastName;
                break;
            case 4:
                queries << TextFolding::words(a.organisation).value(2, QStringLiteral("ville"));
                break;
            }
        }
        const AttendeeSearch search(db);
        const BenchTable::Stats searchStats
            = BenchTable::measure(1000, [&](int i) { search.find(queries.at(std::abs(i) % queries.size()), 20); });
        // Baseline: the naive LIKE scan many tools use (no accent folding, no ranking).
        QSqlQuery like(db);
        like.prepare(QStringLiteral("SELECT id FROM attendee WHERE first_name LIKE ? OR last_name LIKE ?"
                                    " OR organisation LIKE ? LIMIT 20"));
        const BenchTable::Stats likeStats = BenchTable::measure(size >= 100000 ? 100 : 300, [&](int i) {
            const QString pattern = QLatin1Char('%') + queries.at(std::abs(i) % queries.size()) + QLatin1Char('%');
            for (int k = 0; k < 3; ++k)
                like.bindValue(k, pattern);
            like.exec();
            while (like.next()) { }
        });
        table.addRow(row(QStringLiteral("baseline: LIKE '%text%' scan"), size, likeStats));
        table.addRow(row(QStringLiteral("name search (folded, ranked, 20 results)"), size, searchStats,
            ratio(searchStats, likeStats)));
    }
    table.print();
    imports.print();
    importVersusBulkInsert();
    staffPin();
}

} // namespace CoreBench
