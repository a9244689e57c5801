#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/FieldLimits.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/core/Registrations.h"
#include "kiosk/core/WriteTransaction.h"
#include "kiosk/import/AttendeeImporter.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Importing the routine "updated export" again: after deletions and
// cancellations in Accueil, with fields over the limits, and in short
// transactions that another writer can get between.
class TestReimport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<HybridClock> m_clock;
    int m_run = 0;

    int count(const char *sql) const
    {
        QSqlQuery q(m_store->database());
        return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toInt() : -1;
    }
    ImportReport import(const QByteArray &csv, const AttendeeImporter::Options &options = {})
    {
        return AttendeeImporter(*m_store, *m_clock).importData(csv, options);
    }
    QString idOf(const char *code) const
    {
        return AttendeeTable(m_store->database()).byCode(QString::fromLatin1(code))->id;
    }

    static QByteArray exportFile()
    {
        return "Code;Prénom;Nom;Organisation;Statut\n"
               "K-1;Marie;Lefèvre;Ville de Lyon;Payé\n"
               "K-2;Jean;Dupont;Ville de Nice;Payé\n"
               "K-3;Anne;Martin;Ville de Brest;Payé\n"
               "K-4;Paul;Durand;Ville de Metz;Payé\n";
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<EventStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("e%1.sqlite").arg(++m_run))));
        m_clock = std::make_unique<HybridClock>(QStringLiteral("organiser"));
    }
    void cleanup() { m_store.reset(); }

    void deletedPeopleAreSkippedOnReimport()
    {
        QVERIFY(import(exportFile()).ok());
        Registrations desk(*m_store, QStringLiteral("desk"));
        QVERIFY(desk.remove(idOf("K-2")).ok);
        QVERIFY(desk.remove(idOf("K-4")).ok);

        const ImportReport r = import(exportFile());
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(r.skippedDeleted, (QVector<int> { 3, 5 }));
        QCOMPARE(r.unchanged, 2);
        QCOMPARE(r.imported + r.updated, 0);
        QVERIFY2(r.summary().contains(QLatin1String("3, 5")), qPrintable(r.summary()));
        QVERIFY(r.summary().contains(QLatin1String("--restore-deleted")));
        QCOMPARE(r.toJson().value(QStringLiteral("skipped_deleted")).toArray(), (QJsonArray { 3, 5 }));
        QCOMPARE(count("SELECT count(*) FROM attendee WHERE deleted = 1"), 2);
        QCOMPARE(count("SELECT count(*) FROM attendee"), 4);

        // A dry run says the same.
        AttendeeImporter::Options dry;
        dry.dryRun = true;
        QCOMPARE(import(exportFile(), dry).skippedDeleted, (QVector<int> { 3, 5 }));

        // Their codes stay refused at the kiosk.
        CheckInService service(*m_store, QStringLiteral("kiosk"));
        CheckInService::Request scan;
        scan.scanned = QStringLiteral("K-2");
        QCOMPARE(service.scan(scan).outcome, CheckInResult::Outcome::Cancelled);
    }

    void deletedPeopleMatchedByExternalIdAreSkipped()
    {
        QVERIFY(import("Order code;Prénom;Nom\nO-1;Marie;Lefèvre\nO-2;Jean;Dupont\n").ok());
        QVERIFY(Registrations(*m_store, QStringLiteral("desk"))
                    .remove(AttendeeTable(m_store->database()).byExternalRef(QStringLiteral("O-2")).first().id)
                    .ok);
        const ImportReport r = import("Order code;Prénom;Nom\nO-1;Marie;Lefèvre\nO-2;Jean;Dupont\n");
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(r.skippedDeleted, (QVector<int> { 3 }));
        QCOMPARE(count("SELECT count(*) FROM attendee"), 2);
    }

    void restoreDeletedBringsThemBack()
    {
        QVERIFY(import(exportFile()).ok());
        const QString jean = idOf("K-2");
        QVERIFY(Registrations(*m_store, QStringLiteral("desk")).remove(jean).ok);
        AttendeeImporter::Options restore;
        restore.restoreDeleted = true;
        const ImportReport r = import(exportFile(), restore);
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(r.restored, 1);
        QCOMPARE(r.updated, 1);
        QVERIFY(r.skippedDeleted.isEmpty());
        const auto back = AttendeeTable(m_store->database()).byId(jean);
        QVERIFY(back.has_value());
        QCOMPARE(back->code, QStringLiteral("K-2"));
        QCOMPARE(count("SELECT count(*) FROM attendee WHERE deleted = 1"), 0);
        QCOMPARE(count("SELECT count(*) FROM attendee_search"), 4);
        QCOMPARE(count("SELECT pending_push FROM attendee WHERE code = 'K-2'"), 1); // replicates
    }

    // Cancelled in Accueil: the file can cancel, but not register again
    // unless asked.
    void cancelledPeopleStayCancelled()
    {
        QVERIFY(import(exportFile()).ok());
        QVERIFY(Registrations(*m_store, QStringLiteral("desk")).cancel(idOf("K-3")).ok);
        ImportReport r = import(exportFile());
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(r.keptCancelled, (QVector<int> { 4 }));
        QVERIFY(r.summary().contains(QLatin1String("--restore-cancelled")));
        QCOMPARE(AttendeeTable(m_store->database()).byCode(QStringLiteral("K-3"))->status, Attendee::Status::Cancelled);

        // A file without a status column does not touch it either.
        r = import("Code;Prénom;Nom\nK-3;Anne;Martin\n");
        QVERIFY(r.keptCancelled.isEmpty());
        QCOMPARE(AttendeeTable(m_store->database()).byCode(QStringLiteral("K-3"))->status, Attendee::Status::Cancelled);

        // The file cancels someone.
        r = import("Code;Prénom;Nom;Statut\nK-1;Marie;Lefèvre;Annulé\n");
        QCOMPARE(r.updated, 1);
        QCOMPARE(AttendeeTable(m_store->database()).byCode(QStringLiteral("K-1"))->status, Attendee::Status::Cancelled);

        AttendeeImporter::Options restore;
        restore.restoreCancelled = true;
        r = import(exportFile(), restore);
        QVERIFY(r.keptCancelled.isEmpty());
        QCOMPARE(r.updated, 2);
        QCOMPARE(
            AttendeeTable(m_store->database()).byCode(QStringLiteral("K-3"))->status, Attendee::Status::Registered);
    }

    void overLongFieldRefusesTheLineOnly_data()
    {
        QTest::addColumn<int>("column"); // 0 code, 1 first name, 2 last name, 3 organisation
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("field");
        QTest::newRow("organisation 3000") << 3 << 3000 << QStringLiteral("organisation");
        QTest::newRow("last name 2001") << 2 << FieldLimits::maxTextLength + 1 << QStringLiteral("last name");
        QTest::newRow("code 513") << 0 << FieldLimits::maxCodeLength + 1 << QStringLiteral("code");
    }
    void overLongFieldRefusesTheLineOnly()
    {
        QFETCH(int, column);
        QFETCH(int, length);
        QFETCH(QString, field);
        QStringList row { QStringLiteral("K-2"), QStringLiteral("Jean"), QStringLiteral("Dupont"),
            QStringLiteral("Ville") };
        row[column] = QString(length, QLatin1Char('x'));
        const QByteArray csv = "Code;Prénom;Nom;Organisation\nK-1;Marie;Lefèvre;Ville de Lyon\n"
            + row.join(QLatin1Char(';')).toUtf8() + "\nK-3;Anne;Martin;Ville de Brest\n";
        const ImportReport r = import(csv);
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.refused.size(), 1);
        QCOMPARE(r.refused.first().line, 3);
        QVERIFY2(r.refused.first().message.contains(field), qPrintable(r.refused.first().message));
        QVERIFY(r.refused.first().message.contains(QString::number(length)));
        QVERIFY(r.summary().contains(QLatin1String("line 3")));
        QCOMPARE(count("SELECT count(*) FROM attendee"), 2);
        QCOMPARE(count("SELECT max(length(organisation)) <= 2000 FROM attendee"), 1);
        // At the limit is fine.
        row[column] = QString(column == 0 ? FieldLimits::maxCodeLength : FieldLimits::maxTextLength, QLatin1Char('y'));
        QCOMPARE(import("Code;Prénom;Nom;Organisation\n" + row.join(QLatin1Char(';')).toUtf8() + "\n").imported, 1);
    }

    // Each short transaction is committed before the next begins: another
    // connection sees the rows arrive, and may write between them.
    void largeImportCommitsInShortTransactions()
    {
        QByteArray csv = "Code;Prénom;Nom;Organisation\n";
        const int rows = 20000;
        for (int i = 0; i < rows; ++i)
            csv += "C-" + QByteArray::number(i) + ";Prénom" + QByteArray::number(i) + ";Nom;Ville\n";
        EventStore other;
        QVERIFY(other.open(m_store->path()));
        QVector<int> seen;
        int otherWrites = 0;
        AttendeeImporter::Options options;
        options.progress = [&](qint64 done, qint64 total) {
            if (done <= total / 2)
                return; // reading and matching
            QSqlQuery q(other.database());
            if (q.exec(QStringLiteral("SELECT count(*) FROM attendee")) && q.next())
                seen << q.value(0).toInt();
            // A check-in's own write transaction gets in between two of the import's.
            WriteTransaction t(other.database());
            if (t.begin() && other.setMetaValue(QStringLiteral("between"), QString::number(done)) && t.commit())
                ++otherWrites;
        };
        const ImportReport r = import(csv, options);
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(r.imported, rows);
        QVERIFY2(seen.size() >= 2, "the import was written in one transaction");
        QVERIFY(seen.first() > 0);
        QVERIFY2(seen.first() < rows, "nothing was committed before the end");
        QCOMPARE(otherWrites, seen.size());
        QCOMPARE(count("SELECT count(*) FROM attendee"), rows);
        QCOMPARE(m_store->metaValue(QStringLiteral("import_unfinished")), QString());
    }

    // An import stopped half-way says so, is told by the next one, and the
    // same import run again finishes it without duplicating anyone (even
    // people without a code).
    void interruptedImportIsFinishedByRunningItAgain()
    {
        QByteArray csv = "Code;Prénom;Nom\n";
        const int rows = 20000;
        for (int i = 0; i < rows; ++i)
            csv += (i % 2 ? "C-" + QByteArray::number(i) : QByteArray()) + ";P" + QByteArray::number(i) + ";Nom\n";
        EventStore other;
        QVERIFY(other.open(m_store->path()));
        bool blocked = false;
        AttendeeImporter::Options options;
        options.label = QStringLiteral("export.csv");
        options.progress = [&](qint64 done, qint64 total) {
            if (done <= total / 2 || blocked)
                return;
            blocked = true;
            // Someone else takes the codes of every row not written yet: the
            // import's next transaction fails on them.
            QSqlQuery q(other.database());
            QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE wanted (code TEXT)")));
            for (int i = 1; i < rows; i += 2) {
                q.prepare(QStringLiteral("INSERT INTO wanted VALUES (?)"));
                q.addBindValue(QStringLiteral("C-%1").arg(i));
                QVERIFY(q.exec());
            }
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO attendee (id, code, last_name, version) SELECT 'x-' || code, code, 'Autre', '0'"
                " FROM temp.wanted WHERE code NOT IN (SELECT code FROM attendee WHERE code IS NOT NULL)")));
        };
        ImportReport r = import(csv, options);
        QVERIFY(blocked);
        QVERIFY(!r.ok());
        QVERIFY(r.stopped);
        QVERIFY(r.written > 0 && r.written < rows);
        QVERIFY2(r.summary().contains(QLatin1String("again")), qPrintable(r.summary()));
        QVERIFY(!m_store->metaValue(QStringLiteral("import_unfinished")).isEmpty());
        const int written = count("SELECT count(*) FROM attendee WHERE id NOT LIKE 'x-%'");
        QCOMPARE(written, r.written);

        r = import(csv, options);
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QVERIFY2(r.unfinishedBefore.contains(QLatin1String("export.csv")), qPrintable(r.unfinishedBefore));
        QCOMPARE(r.unchanged, written);
        QCOMPARE(count("SELECT count(*) FROM attendee"), rows);
        QCOMPARE(m_store->metaValue(QStringLiteral("import_unfinished")), QString());
        QCOMPARE(import(csv, options).unchanged, rows);
    }
};

QTEST_GUILESS_MAIN(TestReimport)
#include "tst_reimport.moc"
