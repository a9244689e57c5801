#include "kiosk/core/EventStore.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/core/SessionTable.h"
#include "kiosk/import/ProgrammeImporter.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

class TestProgrammeImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoProgramme()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(TestSupport::openFreshStore(store, dir));
        HybridClock clock(QStringLiteral("test"));
        ProgrammeImporter importer(store, clock);
        const ImportReport report
            = importer.importFile(QStringLiteral(ACCUEIL_SOURCE_DIR "/deploy/demo-data/programme.csv"));
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        QCOMPARE(report.imported, 15);
        const QVector<Session> sessions = SessionTable(store.database()).all();
        QCOMPARE(sessions.size(), 15);
        // 14:30 in Paris in July is 12:30 UTC.
        const auto a1 = SessionTable(store.database()).byCode(QStringLiteral("A1"));
        QCOMPARE(a1->startsAt, QDateTime(QDate(2026, 7, 8), QTime(12, 30), Qt::UTC));
        QCOMPARE(a1->endsAt, QDateTime(QDate(2026, 7, 8), QTime(14, 0), Qt::UTC));
        QCOMPARE(a1->capacity, 120);
        QCOMPARE(a1->kind, QStringLiteral("atelier"));
        QVERIFY(a1->titleFr.contains(QStringLiteral("changement climatique")));
        QVERIFY(a1->titleEn.contains(QStringLiteral("climate")));
        QCOMPARE(sessions.first().code, QStringLiteral("A1")); // ordered by time
        QCOMPARE(sessions.last().code, QStringLiteral("CL"));
        // Importing again changes nothing and keeps the ids.
        const ImportReport again
            = importer.importFile(QStringLiteral(ACCUEIL_SOURCE_DIR "/deploy/demo-data/programme.csv"));
        QCOMPARE(again.unchanged, 15);
        QCOMPARE(SessionTable(store.database()).byCode(QStringLiteral("A1"))->id, a1->id);
    }

    void json()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(TestSupport::openFreshStore(store, dir));
        HybridClock clock(QStringLiteral("test"));
        const ImportReport report
            = ProgrammeImporter(store, clock)
                  .importFile(TestSupport::dataPath(QStringLiteral("import/programme/programme.json")));
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        QCOMPARE(report.imported, 2);
        const auto w1 = SessionTable(store.database()).byCode(QStringLiteral("W1"));
        QCOMPARE(w1->startsAt, QDateTime(QDate(2026, 7, 9), QTime(7, 30), Qt::UTC));
        QCOMPARE(w1->capacity, 40);
        QCOMPARE(w1->room, QStringLiteral("Salon Iéna"));
        const auto w2 = SessionTable(store.database()).byCode(QStringLiteral("W2"));
        QCOMPARE(w2->startsAt, QDateTime(QDate(2026, 7, 9), QTime(9, 30), Qt::UTC));
        QVERIFY(w2->restricted);
        QCOMPARE(w2->kind, QStringLiteral("pleniere"));
    }

    void brokenFileIsRefusedWhole()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(TestSupport::openFreshStore(store, dir));
        HybridClock clock(QStringLiteral("test"));
        const ImportReport report
            = ProgrammeImporter(store, clock)
                  .importFile(TestSupport::dataPath(QStringLiteral("import/programme/broken.csv")));
        QList<int> lines;
        for (const auto &p : report.errors)
            lines << p.line;
        QCOMPARE(lines, (QList<int> { 3, 4, 5, 6, 7, 8 }));
        QCOMPARE(SessionTable(store.database()).all().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProgrammeImport)
#include "tst_programmeimport.moc"
