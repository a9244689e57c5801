#include "kiosk/core/AttendeeSearch.h"
#include "kiosk/core/EventStore.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestSupport.h"

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/WriteTransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestSearch : public QObject {
    Q_OBJECT

public:
    explicit TestSearch(QString postgresUri = QString())
        : m_postgres(std::move(postgresUri))
    {
    }

private:
    QString m_postgres;
    QTemporaryDir m_dir;
    EventStore m_store;

    QStringList lastNames(const QString &query)
    {
        QStringList names;
        for (const Attendee &a : AttendeeSearch(m_store.database()).find(query))
            names << a.lastName;
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (m_postgres.isEmpty())
            QVERIFY(TestSupport::openFreshStore(m_store, m_dir));
        else
            QVERIFY2(m_store.open(m_postgres), qPrintable(m_store.errorString()));
        struct {
            const char *code, *first, *last, *organisation;
        } people[] = {
            { "C01", "Gaël", "Œuvray", "Ville de Château-Thierry" },
            { "C02", "Hélène", "Lefèvre-Dubois", "Métropole européenne de Lille" },
            { "C03", "Aminata", "N'Diaye", "Ville de Dakar" },
            { "C04", "さくら", "山田", "静岡県" },
            { "C05", "Søren", "Østergaard", "Aarhus Kommune" },
            { "C06", "Łukasz", "Nowak", "Gazeta Wyborcza" },
            { "C07", "Zoé", "Straße", "Ville de Besançon" },
            { "C08", "Jean", "Château", "Région Bretagne" },
            { "C09", "أمينة", "بن علي", "Commune de Rabat" },
            { "C10", "Thị Hương", "Nguyễn", "Comité populaire de Hanoï" },
            { "C11", "Marie", "Martin", "Ville de Lyon" },
            { "C12", "Martine", "Lyonnet", "Ville de Paris" },
        };
        for (const auto &p : people) {
            QVERIFY(!TestSupport::addAttendee(m_store, QString::fromUtf8(p.code), QString::fromUtf8(p.first),
                QString::fromUtf8(p.last), QString::fromUtf8(p.organisation))
                         .isEmpty());
        }
    }

    void finds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expectedFirst");
        QTest::newRow("ligature") << QStringLiteral("oeuvray") << QStringLiteral("Œuvray");
        QTest::newRow("ligature typed as such") << QStringLiteral("ŒUVRAY") << QStringLiteral("Œuvray");
        QTest::newRow("accents and hyphen") << QStringLiteral("lefevre") << QStringLiteral("Lefèvre-Dubois");
        QTest::newRow("second part of hyphenated") << QStringLiteral("dubois") << QStringLiteral("Lefèvre-Dubois");
        QTest::newRow("apostrophe joined") << QStringLiteral("ndiaye") << QStringLiteral("N'Diaye");
        QTest::newRow("apostrophe typed") << QStringLiteral("n'diaye") << QStringLiteral("N'Diaye");
        QTest::newRow("japanese") << QStringLiteral("山田") << QStringLiteral("山田");
        QTest::newRow("japanese given name") << QStringLiteral("さくら") << QStringLiteral("山田");
        QTest::newRow("o slash") << QStringLiteral("ostergaard") << QStringLiteral("Østergaard");
        QTest::newRow("l stroke") << QStringLiteral("lukasz") << QStringLiteral("Nowak");
        QTest::newRow("sharp s") << QStringLiteral("strasse") << QStringLiteral("Straße");
        QTest::newRow("arabic") << QStringLiteral("أمينة") << QStringLiteral("بن علي");
        QTest::newRow("vietnamese") << QStringLiteral("nguyen") << QStringLiteral("Nguyễn");
        QTest::newRow("prefix") << QStringLiteral("chat") << QStringLiteral("Château");
        QTest::newRow("first and last") << QStringLiteral("marie mart") << QStringLiteral("Martin");
        QTest::newRow("organisation") << QStringLiteral("dakar") << QStringLiteral("N'Diaye");
        QTest::newRow("code") << QStringLiteral("C07") << QStringLiteral("Straße");
    }
    void finds()
    {
        QFETCH(QString, query);
        QFETCH(QString, expectedFirst);
        const QStringList names = lastNames(query);
        QVERIFY2(!names.isEmpty(), qPrintable(query));
        QCOMPARE(names.first(), expectedFirst);
    }

    void namesRankAboveOrganisations()
    {
        // "chat" is Jean Château's name and Gaël Œuvray's town: the name comes first.
        const QStringList names = lastNames(QStringLiteral("chateau"));
        QCOMPARE(names, (QStringList { QStringLiteral("Château"), QStringLiteral("Œuvray") }));
        // "lyon": Lyonnet by name before Martin of Ville de Lyon.
        QCOMPARE(lastNames(QStringLiteral("lyon")).first(), QStringLiteral("Lyonnet"));
    }

    void everyWordMustMatch()
    {
        QCOMPARE(lastNames(QStringLiteral("marie lyonnet")), QStringList());
        QCOMPARE(lastNames(QStringLiteral("zzz")), QStringList());
        QCOMPARE(lastNames(QStringLiteral("  ")), QStringList());
        QCOMPARE(lastNames(QStringLiteral("\"*(")), QStringList());
    }

    void editsAndDeletionsAreSeen()
    {
        const QString id = TestSupport::addAttendee(
            m_store, QStringLiteral("C20"), QStringLiteral("Bruno"), QStringLiteral("Vasseur"), QStringLiteral("ADF"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(lastNames(QStringLiteral("vasseur")), QStringList { QStringLiteral("Vasseur") });
        AttendeeTable table(m_store.database());
        Attendee renamed = *table.byId(id);
        renamed.lastName = QStringLiteral("Vasseür-Lœb");
        renamed.version = QStringLiteral("000000000000002.000000.test");
        {
            WriteTransaction transaction(m_store.database());
            QVERIFY(transaction.begin());
            QVERIFY2(table.save(renamed), qPrintable(table.errorString()));
            QVERIFY(transaction.commit());
        }
        QCOMPARE(lastNames(QStringLiteral("vasseur loeb")), QStringList { renamed.lastName });
        QCOMPARE(lastNames(QStringLiteral("vasseurloeb")), QStringList { renamed.lastName });
        {
            WriteTransaction transaction(m_store.database());
            QVERIFY(transaction.begin());
            QVERIFY(table.remove(id, QStringLiteral("000000000000003.000000.test")));
            QVERIFY(transaction.commit());
        }
        QCOMPARE(lastNames(QStringLiteral("vasseur")), QStringList());
        // A row removed by hand (maintenance, tests) takes its index row along.
        QVERIFY(QSqlQuery(m_store.database()).exec(QStringLiteral("DELETE FROM attendee WHERE code = 'C20'")));
    }

    // A database written before its index existed (an older hub) is indexed when opened.
    void indexCatchesUpWhenOpened()
    {
        if (m_postgres.isEmpty())
            QSKIP("PostgreSQL only: the SQLite index is written with every row");
        QVERIFY(QSqlQuery(m_store.database()).exec(QStringLiteral("DROP TABLE attendee_folded")));
        QVERIFY(m_store.open(m_postgres));
        QCOMPARE(lastNames(QStringLiteral("lefevre")), QStringList { QStringLiteral("Lefèvre-Dubois") });
        QVERIFY(QSqlQuery(m_store.database())
                    .exec(QStringLiteral("DELETE FROM attendee_folded WHERE id IN"
                                         " (SELECT id FROM attendee WHERE code = 'C05')")));
        QVERIFY(m_store.open(m_postgres));
        QCOMPARE(lastNames(QStringLiteral("soren")), QStringList { QStringLiteral("Østergaard") });
    }

    void limit() { QCOMPARE(AttendeeSearch(m_store.database()).find(QStringLiteral("ville"), 2).size(), 2); }
};

// `tst_search` searches a SQLite database; `tst_search --postgres` (CTest:
// tst_search_postgres) the same people in a real PostgreSQL server.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return runOnSqliteOrPostgres<TestSearch>(argc, argv, QStringLiteral("search"));
}
#include "tst_search.moc"
