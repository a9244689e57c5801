#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/core/WriteTransaction.h"
#include "kiosk/import/AttendeeImporter.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// How an import writes: staged set by set in transactions sized by time,
// with the same rows, search terms and change log entries as one attendee
// saved at a time, and deletions that arrive between two transactions kept.
class TestImportWriter : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;

    bool open(EventStore &store)
    {
        return TestSupport::openFreshStore(store, m_dir, QStringLiteral("e%1.sqlite").arg(++m_run));
    }
    static int count(EventStore &store, const QString &sql)
    {
        QSqlQuery q(store.database());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    // Every search index row, by attendee id, as text.
    static QMap<QString, QString> searchRows(EventStore &store)
    {
        QMap<QString, QString> rows;
        QSqlQuery q(store.database());
        if (!q.exec(QStringLiteral("SELECT a.id, s.first_name, s.last_name, s.organisation, s.joined"
                                   " FROM attendee_search s JOIN attendee a ON a.rowid = s.rowid")))
            return rows;
        while (q.next()) {
            rows.insert(q.value(0).toString(),
                QStringList {
                    q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString() }
                    .join(QLatin1Char('|')));
        }
        return rows;
    }
    static QByteArray people(int rows, const QByteArray &role)
    {
        static const char *const first[] = { "Anne-Sophie", "Zoë", "Jean", "Søren", "Łukasz", "Marie" };
        static const char *const last[] = { "N'Diaye", "Lefèvre-Dubois", "Œuvray", "Straße", "O'Brien", "Martin" };
        QByteArray csv = "Code;Prénom;Nom;Organisation;Fonction\n";
        for (int i = 0; i < rows; ++i) {
            csv += "W-" + QByteArray::number(i) + ';' + first[i % 6] + ';' + last[(i / 6) % 6] + ";Ville n°"
                + QByteArray::number(i % 97) + " d'Évian-les-Bains;" + role + '\n';
        }
        return csv;
    }

private Q_SLOTS:
    // The rows, the search terms and the change log an import writes are
    // those of AttendeeTable::save, row by row.
    void writesWhatSavingOneByOneWrites()
    {
        EventStore imported;
        QVERIFY(open(imported));
        HybridClock clock(QStringLiteral("test"));
        const ImportReport r = AttendeeImporter(imported, clock).importData(people(600, "Maire"), {});
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(r.imported, 600);

        EventStore saved;
        QVERIFY(open(saved));
        const QVector<Attendee> everyone = AttendeeTable(imported.database()).all();
        QCOMPARE(everyone.size(), 600);
        {
            WriteTransaction t(saved.database());
            QVERIFY(t.begin());
            for (const Attendee &a : everyone)
                QVERIFY(AttendeeTable(saved.database()).save(a));
            QVERIFY(t.commit());
        }
        const QVector<Attendee> again = AttendeeTable(saved.database()).all();
        QCOMPARE(again.size(), everyone.size());
        for (qsizetype i = 0; i < everyone.size(); ++i) {
            QCOMPARE(again.at(i).id, everyone.at(i).id);
            QVERIFY(again.at(i).sameContent(everyone.at(i)));
            QCOMPARE(again.at(i).version, everyone.at(i).version);
            QCOMPARE(again.at(i).device, everyone.at(i).device);
        }
        const QMap<QString, QString> importedTerms = searchRows(imported);
        QCOMPARE(importedTerms.size(), 600);
        QCOMPARE(importedTerms, searchRows(saved));
        // The joined forms of hyphenated and apostrophe names are there.
        for (const char *joined : { "ndiaye", "lefevredubois", "annesophie" }) {
            const QStringList terms = importedTerms.values();
            QVERIFY2(
                std::any_of(terms.cbegin(), terms.cend(),
                    [&](const QString &t) { return t.section(QLatin1Char('|'), 3).contains(QLatin1String(joined)); }),
                joined);
        }
        for (EventStore *store : { &imported, &saved }) {
            QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM change_log WHERE kind = 'attendee'")), 600);
            QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM attendee WHERE pending_push = 1")), 600);
        }
    }

    // In many transactions: each attendee is in the change log once, and an
    // update moves exactly the changed ones to its end (what sync sends on).
    void manyTransactionsLogEachAttendeeOnce()
    {
        EventStore store;
        QVERIFY(open(store));
        HybridClock clock(QStringLiteral("test"));
        AttendeeImporter::Options options;
        options.lockBudgetMs = 1; // as many transactions as the writer makes
        const int rows = 5000;
        ImportReport r = AttendeeImporter(store, clock).importData(people(rows, "Maire"), options);
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(r.imported, rows);
        QVERIFY2(r.transactions > 2, qPrintable(QString::number(r.transactions)));
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM change_log WHERE kind = 'attendee'")), rows);
        QCOMPARE(count(store, QStringLiteral("SELECT count(DISTINCT entity_id) FROM change_log")), rows);
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM attendee_search")), rows);
        const int lastSeq = count(store, QStringLiteral("SELECT max(seq) FROM change_log"));

        // Every 7th person changes role.
        QByteArray changed = people(rows, "Maire");
        QList<QByteArray> lines = changed.split('\n');
        int expected = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines.at(i).isEmpty() && (i - 1) % 7 == 0) {
                lines[i].replace(";Maire", ";Adjointe");
                ++expected;
            }
        }
        changed = lines.join('\n');
        r = AttendeeImporter(store, clock).importData(changed, options);
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(r.updated, expected);
        QCOMPARE(r.unchanged, rows - expected);
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM change_log WHERE kind = 'attendee'")), rows);
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM change_log WHERE seq > %1").arg(lastSeq)), expected);
        QCOMPARE(count(store,
                     QStringLiteral("SELECT count(*) FROM change_log c JOIN attendee a ON a.id = c.entity_id"
                                    " WHERE c.seq > %1 AND a.role = 'Adjointe'")
                         .arg(lastSeq)),
            expected);
        // The updated people are found under their names once, not twice.
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM attendee_search")), rows);
        QCOMPARE(
            count(store, QStringLiteral("SELECT count(*) FROM attendee_search WHERE attendee_search MATCH 'ndiaye'")),
            count(store, QStringLiteral("SELECT count(*) FROM attendee WHERE last_name = 'N''Diaye'")));
    }

    // Someone deleted by another writer (a sync) between two of the
    // import's transactions stays deleted and is reported.
    void deletionBetweenTransactionsIsKept()
    {
        EventStore store;
        QVERIFY(open(store));
        HybridClock clock(QStringLiteral("test"));
        const int rows = 3000;
        ImportReport r = AttendeeImporter(store, clock).importData(people(rows, "Maire"), {});
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        // The last id is written in the last transaction.
        QString lastId;
        {
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("SELECT max(id) FROM attendee")) && q.next());
            lastId = q.value(0).toString();
        }
        const int lineOfLast = 1 + AttendeeTable(store.database()).byId(lastId)->code.mid(2).toInt() + 1;

        EventStore other;
        QVERIFY(other.open(store.path()));
        HybridClock otherClock(QStringLiteral("hub"));
        bool deleted = false;
        AttendeeImporter::Options options;
        options.lockBudgetMs = 1;
        options.progress = [&](qint64 done, qint64 total) {
            if (done <= total / 2 || deleted)
                return;
            WriteTransaction t(other.database());
            deleted = t.begin() && AttendeeTable(other.database()).remove(lastId, otherClock.tick()) && t.commit();
        };
        r = AttendeeImporter(store, clock).importData(people(rows, "Adjoint"), options);
        QVERIFY(deleted);
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QVERIFY2(r.transactions > 1, qPrintable(QString::number(r.transactions)));
        QCOMPARE(r.skippedDeleted, QVector<int> { lineOfLast });
        QCOMPARE(r.updated, rows - 1);
        QVERIFY(AttendeeTable(store.database()).tombstone(lastId).has_value());
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM attendee_search")), rows - 1);
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM attendee WHERE deleted = 0 AND role = 'Adjoint'")),
            rows - 1);
    }
};

QTEST_GUILESS_MAIN(TestImportWriter)
#include "tst_importwriter.moc"
