#include "kiosk/core/TextFolding.h"

#include <QTest>

class TestTextFolding : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("accents") << QStringLiteral("Hélène Lefèvre") << QStringLiteral("helene lefevre");
        QTest::newRow("cedilla and umlaut") << QStringLiteral("François Müller") << QStringLiteral("francois muller");
        QTest::newRow("oe ligature") << QStringLiteral("Œuvray cœur") << QStringLiteral("oeuvray coeur");
        QTest::newRow("ae ligature") << QStringLiteral("Æsa Cæsar") << QStringLiteral("aesa caesar");
        QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
        QTest::newRow("o slash") << QStringLiteral("Søren Østergaard") << QStringLiteral("soren ostergaard");
        QTest::newRow("l stroke") << QStringLiteral("Łukasz Wałęsa") << QStringLiteral("lukasz walesa");
        QTest::newRow("vietnamese") << QStringLiteral("Nguyễn Văn Đức") << QStringLiteral("nguyen van duc");
        QTest::newRow("japanese kept") << QStringLiteral("山田 さくら") << QStringLiteral("山田 さくら");
        QTest::newRow("voiced kana kept") << QStringLiteral("ガ") << QStringLiteral("ガ");
        QTest::newRow("arabic kept") << QStringLiteral("أمينة بن علي") << QStringLiteral("امينة بن علي");
        QTest::newRow("full width") << QStringLiteral("ＡＢＣ") << QStringLiteral("abc");
    }
    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextFolding::fold(input), expected);
    }

    void words_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("hyphen") << QStringLiteral("Lefèvre-Dubois")
                                << QStringList { QStringLiteral("lefevre"), QStringLiteral("dubois") };
        QTest::newRow("apostrophe") << QStringLiteral("N'Diaye")
                                    << QStringList { QStringLiteral("n"), QStringLiteral("diaye") };
        QTest::newRow("typographic apostrophe")
            << QStringLiteral("d’Auvergne") << QStringList { QStringLiteral("d"), QStringLiteral("auvergne") };
        QTest::newRow("spaces") << QStringLiteral("  Ville   de Lyon ")
                                << QStringList { QStringLiteral("ville"), QStringLiteral("de"),
                                       QStringLiteral("lyon") };
        QTest::newRow("empty") << QString() << QStringList();
    }
    void words()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, expected);
        QCOMPARE(TextFolding::words(input), expected);
    }

    void indexTerms_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("apostrophe joined") << QStringLiteral(
            "N'Diaye") << QStringList { QStringLiteral("n"), QStringLiteral("diaye"), QStringLiteral("ndiaye") };
        QTest::newRow("hyphen joined") << QStringLiteral("Lefèvre-Dubois")
                                       << QStringList { QStringLiteral("lefevre"), QStringLiteral("dubois"),
                                              QStringLiteral("lefevredubois") };
        QTest::newRow("plain") << QStringLiteral("Marie Martin")
                               << QStringList { QStringLiteral("marie"), QStringLiteral("martin") };
        QTest::newRow("two joined runs") << QStringLiteral("Jean-Pierre d'Ormesson")
                                         << QStringList { QStringLiteral("jean"), QStringLiteral("pierre"),
                                                QStringLiteral("d"), QStringLiteral("ormesson"),
                                                QStringLiteral("jeanpierre"), QStringLiteral("dormesson") };
    }
    void indexTerms()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, expected);
        QCOMPARE(TextFolding::indexTerms(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestTextFolding)
#include "tst_textfolding.moc"
