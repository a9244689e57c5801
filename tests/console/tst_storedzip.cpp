// The console's ZIP writer: the CRC-32 of ZIP, and archives that the zipfile
// module of Python (another implementation) lists and checks entry by entry.
#include "sync/console/StoredZip.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestStoredZip : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void crc_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<quint32>("crc");
        QTest::newRow("empty") << QByteArray() << quint32(0);
        QTest::newRow("check value") << QByteArray("123456789") << quint32(0xCBF43926u);
        QTest::newRow("one zero byte") << QByteArray(1, '\0') << quint32(0xD202EF8Du);
        QTest::newRow("fox") << QByteArray("The quick brown fox jumps over the lazy dog") << quint32(0x414FA339u);
    }
    void crc()
    {
        QFETCH(QByteArray, data);
        QFETCH(quint32, crc);
        QCOMPARE(StoredZip::crc32(data), crc);
    }

    void readByAnotherImplementation_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::newRow("nothing") << QStringList();
        QTest::newRow("one") << QStringList { QStringLiteral("codes.csv") };
        QTest::newRow("images and a list") << QStringList { QStringLiteral("codes.csv"),
            QStringLiteral("RAICT-0001.png"), QStringLiteral("0d9f3c2e-aaaa-4bbb-8ccc-123456789abc.png") };
        QTest::newRow("accented name") << QStringList { QStringLiteral("Lefèvre-Østergaard.png") };
    }
    void readByAnotherImplementation()
    {
        QFETCH(QStringList, names);
        StoredZip zip(QDateTime(QDate(2026, 7, 9), QTime(9, 30, 14)));
        QStringList expected;
        for (int i = 0; i < names.size(); ++i) {
            // Contents of different sizes, with every byte value.
            QByteArray data;
            for (int b = 0; b < 300 * (i + 1); ++b)
                data += char((b * 7 + i) % 256);
            zip.add(names.at(i), data);
            expected << QStringLiteral("%1 %2 %3").arg(names.at(i)).arg(data.size()).arg(StoredZip::crc32(data));
        }
        QCOMPARE(zip.count(), names.size());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("test.zip")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(zip.finish());
        file.close();
        QProcess python;
        python.start(QStringLiteral("python3"),
            { QStringLiteral("-c"),
                QStringLiteral("import sys, zipfile\n"
                               "z = zipfile.ZipFile(sys.argv[1])\n"
                               "assert z.testzip() is None\n"
                               "for i in z.infolist():\n"
                               "    assert i.compress_type == zipfile.ZIP_STORED\n"
                               "    assert i.date_time == (2026, 7, 9, 9, 30, 14)\n"
                               "    print(i.filename, i.file_size, i.CRC)\n"),
                file.fileName() });
        QVERIFY(python.waitForFinished(30000));
        QCOMPARE(python.readAllStandardError(), QByteArray());
        QCOMPARE(python.exitCode(), 0);
        const QString listed = QString::fromUtf8(python.readAllStandardOutput()).trimmed();
        QCOMPARE(listed.isEmpty() ? QStringList() : listed.split(QLatin1Char('\n')), expected);
    }
};

QTEST_GUILESS_MAIN(TestStoredZip)
#include "tst_storedzip.moc"
