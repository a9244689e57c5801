#include "kiosk/core/AttendeeSearch.h"
#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInLog.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/import/AttendeeImporter.h"
#include "kiosk/import/SyntheticAttendees.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Each file under data/import/attendees is imported into a fresh database;
// the report and the resulting attendee list must match <name>.expected.json.
class TestAttendeeImport : public QObject {
    Q_OBJECT

    static QByteArray snapshot(const ImportReport &report, EventStore &store)
    {
        QJsonObject json = report.toJson();
        QJsonArray attendees;
        for (const Attendee &a : AttendeeTable(store.database()).all()) {
            QJsonObject o = a.toJson();
            o.remove(QStringLiteral("id"));
            o.insert(QStringLiteral("external_ref"), a.externalRef);
            o.insert(QStringLiteral("email"), a.email);
            o.insert(QStringLiteral("language"), a.language);
            attendees.append(o);
        }
        json.insert(QStringLiteral("attendees"), attendees);
        return QJsonDocument(json).toJson(QJsonDocument::Indented);
    }

    static int count(EventStore &store, const char *sql)
    {
        QSqlQuery q(store.database());
        return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(TestSupport::dataPath(QStringLiteral("import/attendees")));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            if (name.contains(QLatin1String(".expected.")) || name.contains(QLatin1String(".actual."))
                || name.endsWith(QLatin1String(".map")))
                continue;
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
        }
    }
    void golden()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(TestSupport::openFreshStore(store, dir));
        HybridClock clock(QStringLiteral("test"));
        AttendeeImporter importer(store, clock);
        AttendeeImporter::Options options;
        QFile map(file.section(QLatin1Char('.'), 0, -2) + QStringLiteral(".map"));
        if (map.open(QIODevice::ReadOnly))
            options.columnMap = QString::fromUtf8(map.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const ImportReport report = importer.importFile(file, options);
        const QString golden = file.section(QLatin1Char('.'), 0, -2) + QStringLiteral(".expected.json");
        QString message;
        QVERIFY2(TestSupport::matchesGolden(golden, snapshot(report, store), &message), qPrintable(message));
        if (!report.ok())
            QCOMPARE(count(store, "SELECT count(*) FROM attendee"), 0);
    }

    void brokenFileListsEveryProblem()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(TestSupport::openFreshStore(store, dir));
        HybridClock clock(QStringLiteral("test"));
        const ImportReport report
            = AttendeeImporter(store, clock)
                  .importFile(TestSupport::dataPath(QStringLiteral("import/attendees/broken.csv")), {});
        QList<int> lines;
        for (const auto &p : report.errors)
            lines << p.line;
        QCOMPARE(lines, (QList<int> { 3, 4, 5, 6 }));
        QCOMPARE(count(store, "SELECT count(*) FROM attendee"), 0);
    }

    void reimportUpdatesWithoutDuplicatesOrTouchingCheckins()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(TestSupport::openFreshStore(store, dir));
        HybridClock clock(QStringLiteral("test"));
        AttendeeImporter importer(store, clock);
        const QByteArray first = "Code;Prénom;Nom;Organisation;Order code\n"
                                 "K-1;Marie;Lefevre;Ville de Lyon;O-1\n"
                                 "K-2;Jean;Dupont;Ville de Nice;O-2\n"
                                 ";Anne;Sans-Code;Ville de Brest;O-3\n";
        ImportReport r = importer.importData(first, {});
        QVERIFY(r.ok());
        QCOMPARE(r.imported, 3);
        CheckInService service(store, QStringLiteral("kiosk"));
        CheckInService::Request request;
        request.scanned = QStringLiteral("K-1");
        const QString eventId = service.scan(request).eventId;
        QVERIFY(!eventId.isEmpty());

        // Spelling fixed, one new person, a new code given to O-3 by the platform.
        const QByteArray second = "Code;Prénom;Nom;Organisation;Order code\n"
                                  "K-1;Marie;Lefèvre;Ville de Lyon;O-1\n"
                                  "K-2;Jean;Dupont;Ville de Nice;O-2\n"
                                  "K-3;Anne;Sans-Code;Ville de Brest;O-3\n"
                                  "K-4;Paul;Nouveau;Ville de Metz;O-4\n";
        AttendeeImporter::Options dry;
        dry.dryRun = true;
        r = importer.importData(second, dry);
        QCOMPARE(r.imported, 1);
        QCOMPARE(r.updated, 2);
        QCOMPARE(r.unchanged, 1);
        QCOMPARE(AttendeeTable(store.database()).byCode(QStringLiteral("K-1"))->lastName, QStringLiteral("Lefevre"));

        r = importer.importData(second, {});
        QVERIFY(r.ok());
        QCOMPARE(r.imported, 1);
        QCOMPARE(r.updated, 2);
        QCOMPARE(r.unchanged, 1);
        QCOMPARE(count(store, "SELECT count(*) FROM attendee"), 4);
        QCOMPARE(AttendeeTable(store.database()).byCode(QStringLiteral("K-1"))->lastName, QStringLiteral("Lefèvre"));
        QCOMPARE(AttendeeTable(store.database()).byCode(QStringLiteral("K-3"))->externalRef, QStringLiteral("O-3"));
        QVERIFY(CheckInLog(store.database()).byId(eventId).has_value());
        QCOMPARE(count(store, "SELECT count(*) FROM checkin_event"), 1);

        // The same file again changes nothing; a file without a column keeps that field.
        r = importer.importData(second, {});
        QCOMPARE(r.unchanged, 4);
        r = importer.importData("Code;Prénom;Nom\nK-4;Paul;Nouveau-Nom\n", {});
        QCOMPARE(r.updated, 1);
        QCOMPARE(AttendeeTable(store.database()).byCode(QStringLiteral("K-4"))->organisation,
            QStringLiteral("Ville de Metz"));

        // A cancellation in a later export.
        r = importer.importData("Code;Nom;Status\nK-2;Dupont;Annulé\n", {});
        QCOMPARE(r.updated, 1);
        QCOMPARE(AttendeeTable(store.database()).byCode(QStringLiteral("K-2"))->status, Attendee::Status::Cancelled);
    }

    void codeWithoutNameIsRefused_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::newRow("empty names") << QByteArray("Code;Prénom;Nom\nK-1;Marie;Lefèvre\nK-2;;\nK-3;Jean;Dupont\n") << 3;
        QTest::newRow("empty full name") << QByteArray("Code,Name\nK-1,Marie Lefèvre\nK-2,Jean Dupont\nK-3,\n") << 4;
        QTest::newRow("blank names") << QByteArray("Code;Prénom;Nom\nK-1;  ;  \n") << 2;
        QTest::newRow("no name column, new code") << QByteArray("Code;Catégorie\nK-404;presse\n") << 2;
    }
    void codeWithoutNameIsRefused()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(TestSupport::openFreshStore(store, dir));
        HybridClock clock(QStringLiteral("test"));
        const ImportReport r = AttendeeImporter(store, clock).importData(csv, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().line, line);
        QCOMPARE(count(store, "SELECT count(*) FROM attendee"), 0);
    }

    void codeOnlyFileUpdatesKnownPeople()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(TestSupport::openFreshStore(store, dir));
        HybridClock clock(QStringLiteral("test"));
        AttendeeImporter importer(store, clock);
        QVERIFY(importer.importData("Code;Prénom;Nom\nK-1;Marie;Lefèvre\n", {}).ok());
        const ImportReport r = importer.importData("Code;Catégorie\nK-1;presse\n", {});
        QVERIFY(r.ok());
        QCOMPARE(r.updated, 1);
        const auto marie = AttendeeTable(store.database()).byCode(QStringLiteral("K-1"));
        QCOMPARE(marie->category, QStringLiteral("presse"));
        QCOMPARE(marie->lastName, QStringLiteral("Lefèvre"));
    }

    void largeImportKeepsIndexAndChangeLog()
    {
        // Many rows go through the bulk path: each must still be searchable,
        // logged once for sync, and a second import must match every one.
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(TestSupport::openFreshStore(store, dir));
        HybridClock clock(QStringLiteral("test"));
        AttendeeImporter importer(store, clock);
        const QByteArray csv = SyntheticAttendees::csv(5000, 11);
        qint64 lastDone = -1;
        qint64 lastTotal = 0;
        AttendeeImporter::Options options;
        options.progress = [&](qint64 done, qint64 total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
        };
        ImportReport r = importer.importData(csv, options);
        QVERIFY(r.ok());
        QCOMPARE(r.imported, 5000);
        QCOMPARE(lastDone, lastTotal);
        QVERIFY(lastTotal > 0);
        QCOMPARE(count(store, "SELECT count(*) FROM attendee"), 5000);
        QCOMPARE(count(store, "SELECT count(*) FROM attendee_search"), 5000);
        QCOMPARE(count(store, "SELECT count(*) FROM change_log WHERE kind = 'attendee'"), 5000);
        QCOMPARE(count(store, "SELECT count(*) FROM attendee WHERE pending_push = 1"), 5000);
        const Attendee someone = AttendeeTable(store.database()).all().at(1234);
        const QVector<Attendee> found
            = AttendeeSearch(store.database()).find(someone.firstName + QLatin1Char(' ') + someone.lastName, 200);
        bool seen = false;
        for (const Attendee &a : found)
            seen = seen || a.id == someone.id;
        QVERIFY2(seen, qPrintable(someone.displayName()));

        r = importer.importData(csv, {});
        QVERIFY(r.ok());
        QCOMPARE(r.unchanged, 5000);
        QCOMPARE(count(store, "SELECT count(*) FROM attendee"), 5000);
    }

    void badOverride()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(TestSupport::openFreshStore(store, dir));
        HybridClock clock(QStringLiteral("test"));
        AttendeeImporter::Options options;
        options.columnMap = QStringList { QStringLiteral("Nope=last_name") };
        ImportReport r = AttendeeImporter(store, clock).importData("Nom,Code\nA,1\n", options);
        QVERIFY(!r.ok());
        options.columnMap = QStringList { QStringLiteral("Nom=shoe_size") };
        r = AttendeeImporter(store, clock).importData("Nom,Code\nA,1\n", options);
        QVERIFY(!r.ok());
        QVERIFY(r.errors.first().message.contains(QStringLiteral("last_name")));
    }

    void unrecognisedHeader()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(TestSupport::openFreshStore(store, dir));
        HybridClock clock(QStringLiteral("test"));
        const ImportReport r = AttendeeImporter(store, clock).importData("Foo;Bar\n1;2\n", {});
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.first().line, 1);
    }
};

QTEST_GUILESS_MAIN(TestAttendeeImport)
#include "tst_attendeeimport.moc"
