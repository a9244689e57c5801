#include "kiosk/import/CsvReader.h"
#include "kiosk/import/TextDecoding.h"

#include <QTest>

class TestCsvReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void separator_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("separator");
        QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3") << QStringLiteral(",");
        QTest::newRow("semicolon") << QStringLiteral("Nom;Prénom;Société, SA\n") << QStringLiteral(";");
        QTest::newRow("tab") << QStringLiteral("a\tb\tc, d\n") << QStringLiteral("\t");
        QTest::newRow("quoted commas do not count") << QStringLiteral("\"a,b,c\";d;e\n") << QStringLiteral(";");
        QTest::newRow("single column") << QStringLiteral("Name\nMarie") << QStringLiteral(",");
    }
    void separator()
    {
        QFETCH(QString, text);
        QFETCH(QString, separator);
        QCOMPARE(QString(CsvReader::detectSeparator(text)), separator);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::newRow("lf") << QStringLiteral("a,b\n1,2\n") << QList<int> { 1, 2 }
                            << QList<QStringList> { { QStringLiteral("a"), QStringLiteral("b") },
                                   { QStringLiteral("1"), QStringLiteral("2") } };
        QTest::newRow("crlf, no final newline") << QStringLiteral("a,b\r\n1,2") << QList<int> { 1, 2 }
                                                << QList<QStringList> { { QStringLiteral("a"), QStringLiteral("b") },
                                                       { QStringLiteral("1"), QStringLiteral("2") } };
        QTest::newRow("quoted separator, quote and newline")
            << QStringLiteral("a,b\n\"x, y\",\"say \"\"hi\"\"\r\nnow\"\n3,4\n") << QList<int> { 1, 2, 4 }
            << QList<QStringList> { { QStringLiteral("a"), QStringLiteral("b") },
                   { QStringLiteral("x, y"), QStringLiteral("say \"hi\"\nnow") },
                   { QStringLiteral("3"), QStringLiteral("4") } };
        QTest::newRow("blank lines and bare separators skipped")
            << QStringLiteral("a,b\n\n , \n,\n1,2\n\n") << QList<int> { 1, 5 }
            << QList<QStringList> { { QStringLiteral("a"), QStringLiteral("b") },
                   { QStringLiteral("1"), QStringLiteral("2") } };
        QTest::newRow("empty fields kept")
            << QStringLiteral("a,,c\n") << QList<int> { 1 }
            << QList<QStringList> { { QStringLiteral("a"), QString(), QStringLiteral("c") } };
        QTest::newRow("space before quote") << QStringLiteral("a, \"b,c\"\n") << QList<int> { 1 }
                                            << QList<QStringList> { { QStringLiteral("a"), QStringLiteral("b,c") } };
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, lines);
        QFETCH(QList<QStringList>, records);
        QVector<CsvRecord> parsed;
        QVERIFY(CsvReader::parse(text, QLatin1Char(','), &parsed));
        QCOMPARE(parsed.size(), records.size());
        for (int i = 0; i < parsed.size(); ++i) {
            QCOMPARE(parsed.at(i).line, lines.at(i));
            QCOMPARE(parsed.at(i).fields, records.at(i));
        }
    }

    void unterminatedQuote()
    {
        QVector<CsvRecord> parsed;
        int line = 0;
        QVERIFY(!CsvReader::parse(QStringLiteral("a,b\n1,2\n\"open,3\n4,5\n"), QLatin1Char(','), &parsed, &line));
        QCOMPARE(line, 3);
    }

    void decoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("utf-8") << QByteArray("H\xc3\xa9l\xc3\xa8ne") << QStringLiteral("Hélène")
                               << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 bom") << QByteArray("\xef\xbb\xbf\xc5\x92uvray") << QStringLiteral("Œuvray")
                                   << QStringLiteral("UTF-8 (BOM)");
        QTest::newRow("windows-1252") << QByteArray("H\xe9l\xe8ne \x8cuvray \x80 \x92")
                                      << QStringLiteral("Hélène Œuvray € ’") << QStringLiteral("Windows-1252");
        QTest::newRow("utf-16le") << QByteArray("\xff\xfe"
                                                "A\0\xe9\0",
            6) << QStringLiteral("Aé")
                                  << QStringLiteral("UTF-16LE");
    }
    void decoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        QString detected;
        QCOMPARE(TextDecoding::decode(bytes, &detected), text);
        QCOMPARE(detected, encoding);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
