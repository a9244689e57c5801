// The attendance certificate lists exactly the sessions a person was checked
// into, in French or English, in any script; and the `accueil certificate`
// and `accueil export attendance` commands that write it and the CSV files.
#include "printing/AttendanceCertificate.h"
#include "tests/printing/PdfTools.h"
#include "tests/support/AttendanceFixture.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestAttendanceCertificate : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    EventStore m_store;
    QString m_db;

    // Every session title of the programme, in both languages, by code.
    static QHash<QString, QStringList> titles()
    {
        return { { QStringLiteral("A1"),
                     { QStringLiteral("Coopération décentralisée et climat"),
                         QStringLiteral("Decentralised cooperation and climate") } },
            { QStringLiteral("A2"), { QStringLiteral("Mobilité des jeunes"), QStringLiteral("Youth mobility") } },
            { QStringLiteral("P1"), { QStringLiteral("Plénière de clôture"), QStringLiteral("Closing plenary") } } };
    }

    // The codes of the sessions whose title (in the language) the text shows.
    static QStringList sessionsIn(const QString &text, int language)
    {
        const QString flat = PdfTools::letters(text);
        QStringList found;
        const auto all = titles();
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (flat.contains(PdfTools::letters(it.value().at(language))))
                found << it.key();
        }
        found.sort();
        return found;
    }

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run accueil(const QStringList &arguments)
    {
        QProcess p;
        p.start(
            TestSupport::binary(QStringLiteral("accueil")), QStringList { QStringLiteral("--db"), m_db } + arguments);
        p.waitForFinished(120000);
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("event.sqlite"));
        QVERIFY(TestSupport::openFreshStore(m_store, m_dir));
        QVERIFY(AttendanceFixture::build(m_store));
        QVERIFY(AttendanceCertificate::canRender());
    }

    void listsExactlyTheSessionsAttended_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("sessions");
        QTest::addColumn<QString>("name");
        QTest::newRow("two sessions, fr")
            << QStringLiteral("P-HEL") << QStringLiteral("fr")
            << QStringList { QStringLiteral("A1"), QStringLiteral("P1") } << QStringLiteral("Hélène Lefèvre");
        QTest::newRow("greek, undone check-in left out, en")
            << QStringLiteral("P-GRK") << QStringLiteral("en") << QStringList { QStringLiteral("A1") }
            << QStringLiteral("Ωμέγα Παπαδοπούλου");
        QTest::newRow("japanese, fr") << QStringLiteral("P-JPN") << QStringLiteral("fr")
                                      << QStringList { QStringLiteral("A2") } << QStringLiteral("山田");
        QTest::newRow("arabic, venue only, en")
            << QStringLiteral("P-ARA") << QStringLiteral("en") << QStringList() << QStringLiteral("أمينة");
    }
    void listsExactlyTheSessionsAttended()
    {
        QFETCH(QString, code);
        QFETCH(QString, language);
        QFETCH(QStringList, sessions);
        QFETCH(QString, name);
        const auto attendance = AttendanceReport(m_store).forAttendee(code);
        QVERIFY(attendance);
        const QString pdf = m_dir.filePath(code + QLatin1Char('-') + language + QStringLiteral(".pdf"));
        QString error;
        QVERIFY2(AttendanceCertificate(m_store, language).writeFile(pdf, { *attendance }, &error), qPrintable(error));
        QCOMPARE(PdfTools::pageCount(pdf), 1);
        QCOMPARE(PdfTools::pageSizeMm(pdf).toSize(), QSize(210, 297));
        const QString text = PdfTools::text(pdf);
        QCOMPARE(sessionsIn(text, language == QLatin1String("en") ? 1 : 0), sessions);
        QCOMPARE(sessionsIn(text, language == QLatin1String("en") ? 0 : 1), QStringList()); // not the other language
        QVERIFY2(PdfTools::letters(text).contains(PdfTools::letters(name)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("RAICT 2026")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Marie Dupont")), qPrintable(text)); // the organiser in the settings
        QVERIFY2(text.contains(language == QLatin1String("en") ? QStringLiteral("July") : QStringLiteral("juillet")),
            qPrintable(text));
    }

    void attendanceTimesAreShown()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("times.pdf"));
        QString error;
        AttendanceCertificate certificate(m_store, QStringLiteral("en"));
        certificate.setSignatory(QString());
        QVERIFY(
            certificate.writeFile(pdf, { *AttendanceReport(m_store).forAttendee(QStringLiteral("P-HEL")) }, &error));
        const QString text = PdfTools::text(pdf);
        QVERIFY2(text.contains(QStringLiteral("10:02–11:20")), qPrintable(text)); // first entry, exit
        QVERIFY2(text.contains(QStringLiteral("10:00–11:30")), qPrintable(text)); // as scheduled
        QVERIFY2(!text.contains(QStringLiteral("Marie Dupont")), qPrintable(text));
    }

    // What the hub's console calls: the PDF in memory.
    void inMemory()
    {
        QString error;
        const QByteArray pdf = AttendanceCertificate(m_store, QStringLiteral("en"))
                                   .toPdf(AttendanceReport(m_store).byAttendee(), &error);
        QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(error));
        QFile file(m_dir.filePath(QStringLiteral("memory.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(pdf) == pdf.size());
        file.close();
        QCOMPARE(PdfTools::pageCount(file.fileName()), 5);
    }

    void nobodyCheckedInGetsNoCertificate()
    {
        QString error;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(!AttendanceCertificate(m_store).write(
            &buffer, { *AttendanceReport(m_store).forAttendee(QStringLiteral("P-NON")) }, &error));
        QVERIFY(error.contains(QStringLiteral("Absente")));
    }

    void commandLine()
    {
        const QString one = m_dir.filePath(QStringLiteral("one.pdf"));
        Run r = accueil({ QStringLiteral("certificate"), QStringLiteral("P-GRK"), QStringLiteral("--lang"),
            QStringLiteral("en"), QStringLiteral("--out"), one, QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(sessionsIn(PdfTools::text(one), 1), QStringList { QStringLiteral("A1") });
        const QString all = m_dir.filePath(QStringLiteral("all.pdf"));
        r = accueil({ QStringLiteral("certificate"), QStringLiteral("--all"), QStringLiteral("--out"), all,
            QStringLiteral("--signed-by"), QStringLiteral("Jean Martin") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(PdfTools::pageCount(all), 5); // everyone checked in, one page each
        QVERIFY(PdfTools::text(all).contains(QStringLiteral("Jean Martin")));
        QCOMPARE(
            accueil({ QStringLiteral("certificate"), QStringLiteral("NOBODY"), QStringLiteral("--out"), all }).exitCode,
            1);
        QCOMPARE(accueil({ QStringLiteral("certificate"), QStringLiteral("--out"), all }).exitCode, 2);
        QCOMPARE(accueil({ QStringLiteral("certificate"), QStringLiteral("P-HEL"), QStringLiteral("--lang"),
                             QStringLiteral("de"), QStringLiteral("--out"), all })
                     .exitCode,
            2);

        const QString bySession = m_dir.filePath(QStringLiteral("by-session.csv"));
        r = accueil(
            { QStringLiteral("export"), QStringLiteral("attendance"), QStringLiteral("--by"), QStringLiteral("session"),
                QStringLiteral("--session"), QStringLiteral("A2"), QStringLiteral("--out"), bySession });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile file(bySession);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains(QStringLiteral("A2;Mobilité des jeunes;Total;;1\r\n").toUtf8()));
        QVERIFY(!csv.contains("A1;"));
        r = accueil({ QStringLiteral("export"), QStringLiteral("attendance"), QStringLiteral("--by"),
            QStringLiteral("attendee"), QStringLiteral("--separator"), QStringLiteral(",") });
        QVERIFY2(r.exitCode == 0, r.err.constData()); // to stdout
        QVERIFY(r.out.startsWith("\xEF\xBB\xBF"));
        QVERIFY(r.out.contains("P-GRK,"));
        QCOMPARE(accueil({ QStringLiteral("export"), QStringLiteral("attendance"), QStringLiteral("--by"),
                             QStringLiteral("room") })
                     .exitCode,
            2);
        QCOMPARE(accueil({ QStringLiteral("export"), QStringLiteral("attendance"), QStringLiteral("--by"),
                             QStringLiteral("session"), QStringLiteral("--session"), QStringLiteral("Z9") })
                     .exitCode,
            1);
    }
};

QTEST_MAIN(TestAttendanceCertificate)
#include "tst_attendancecertificate.moc"
