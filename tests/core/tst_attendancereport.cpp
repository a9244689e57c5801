// Who attended what: per session and per attendee, from the check-in log, in
// the event's time zone; and the CSV files organisers open in Excel.
#include "kiosk/core/AttendanceCsv.h"
#include "kiosk/core/AttendanceReport.h"
#include "kiosk/core/CsvText.h"
#include "kiosk/core/OrganisationType.h"
#include "tests/support/AttendanceFixture.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

class TestAttendanceReport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    EventStore m_store;

    static QStringList lastNames(const QVector<AttendanceReport::SessionRow> &rows)
    {
        QStringList names;
        for (const auto &r : rows)
            names << r.attendee.lastName;
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(TestSupport::openFreshStore(m_store, m_dir));
        QVERIFY(AttendanceFixture::build(m_store));
    }

    void bySession()
    {
        const AttendanceReport report(m_store);
        const auto sessions = report.bySession();
        QVERIFY(sessions);
        QCOMPARE(sessions->size(), 3);
        const auto &a1 = sessions->at(0);
        QCOMPARE(a1.session.code, QStringLiteral("A1"));
        QCOMPARE(lastNames(a1.rows),
            (QStringList {
                QStringLiteral("Lefèvre"), QStringLiteral("Παπαδοπούλου"), QStringLiteral("=cmd|' /C calc'!A0") }));
        const AttendanceReport::Presence &helene = a1.rows.at(0).presence;
        QCOMPARE(
            helene.firstIn.toString(QStringLiteral("yyyy-MM-dd HH:mm t")), QStringLiteral("2026-07-08 10:02 CEST"));
        QCOMPARE(helene.exits.size(), 1);
        QCOMPARE(helene.exits.first().time(), QTime(11, 20));
        QCOMPARE(a1.byCategory.value(QStringLiteral("élu·e")), 1);
        QCOMPARE(a1.byCategory.value(QStringLiteral("technicien·ne")), 1);
        QCOMPARE(a1.byCategory.value(QStringLiteral("presse")), 1);
        QCOMPARE(a1.byOrganisationType.value(QStringLiteral("local_government")), 2);
        QCOMPARE(a1.byOrganisationType.value(QStringLiteral("association")), 1);
        // The undone check-in at A2 is not there.
        QCOMPARE(lastNames(sessions->at(1).rows), QStringList { QStringLiteral("山田") });
        QCOMPARE(lastNames(sessions->at(2).rows), QStringList { QStringLiteral("Lefèvre") });

        const auto one = report.bySession(QStringLiteral("P1"));
        QVERIFY(one);
        QCOMPARE(one->size(), 1);
        QCOMPARE(one->first().session.code, QStringLiteral("P1"));
        QVERIFY(!report.bySession(QStringLiteral("Z9")));
    }

    void byAttendee()
    {
        const AttendanceReport report(m_store);
        QHash<QString, QStringList> visited;
        for (const auto &a : report.byAttendee()) {
            QStringList codes;
            for (const auto &v : a.visits)
                codes << v.session.code;
            visited.insert(a.attendee.code, codes);
        }
        QCOMPARE(visited.size(), 5); // not the one never checked in
        QVERIFY(!visited.contains(QStringLiteral("P-NON")));
        QCOMPARE(visited.value(QStringLiteral("P-HEL")), (QStringList { QStringLiteral("A1"), QStringLiteral("P1") }));
        QCOMPARE(visited.value(QStringLiteral("P-GRK")), QStringList { QStringLiteral("A1") });
        QCOMPARE(visited.value(QStringLiteral("P-ARA")), QStringList());
        const auto amina = report.forAttendee(QStringLiteral("p-ara"));
        QVERIFY(amina);
        QCOMPARE(amina->venueIn.time(), QTime(9, 30));
        const auto absent = report.forAttendee(QStringLiteral("P-NON"));
        QVERIFY(absent);
        QVERIFY(!absent->venueIn.isValid() && absent->visits.isEmpty());
        QVERIFY(!report.forAttendee(QStringLiteral("nobody")));
    }

    void organisationTypes_data()
    {
        QTest::addColumn<QString>("organisation");
        QTest::addColumn<int>("kind");
        QTest::newRow("ville") << QStringLiteral("Ville de Château-Thierry") << int(OrganisationType::LocalGovernment);
        QTest::newRow("métropole") << QStringLiteral("Métropole européenne de Lille")
                                   << int(OrganisationType::LocalGovernment);
        QTest::newRow("conseil départemental")
            << QStringLiteral("Conseil départemental du Nord") << int(OrganisationType::LocalGovernment);
        QTest::newRow("kommune") << QStringLiteral("Aarhus Kommune") << int(OrganisationType::LocalGovernment);
        QTest::newRow("ambassade") << QStringLiteral("Ambassade du Sénégal") << int(OrganisationType::State);
        QTest::newRow("ministère") << QStringLiteral("Ministère de l'Europe et des Affaires étrangères")
                                   << int(OrganisationType::State);
        QTest::newRow("cglu") << QStringLiteral("CGLU Afrique") << int(OrganisationType::International);
        QTest::newRow("association") << QStringLiteral("Cités Unies France") << int(OrganisationType::Association);
        QTest::newRow("media") << QStringLiteral("Gazeta Wyborcza") << int(OrganisationType::Media);
        QTest::newRow("company") << QStringLiteral("Veolia SA") << int(OrganisationType::Company);
        QTest::newRow("unknown") << QStringLiteral("静岡県") << int(OrganisationType::Other);
    }
    void organisationTypes()
    {
        QFETCH(QString, organisation);
        QFETCH(int, kind);
        QCOMPARE(int(OrganisationType::of(organisation)), kind);
    }

    void spreadsheetFields_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("Lefèvre") << QStringLiteral("Lefèvre");
        QTest::newRow("separator") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
        QTest::newRow("quote") << QStringLiteral("Ville de \"X\"") << QStringLiteral("\"Ville de \"\"X\"\"\"");
        QTest::newRow("line break") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("formula") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("plus") << QStringLiteral("+33 1 23") << QStringLiteral("'+33 1 23");
        QTest::newRow("minus") << QStringLiteral("-2") << QStringLiteral("'-2");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("formula and separator") << QStringLiteral("=A;B") << QStringLiteral("\"'=A;B\"");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }
    void spreadsheetFields()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(CsvText::spreadsheetField(value, QLatin1Char(';')), written);
    }

    void csvBySession()
    {
        const AttendanceReport report(m_store);
        const QByteArray bytes = AttendanceCsv().bySession(*report.bySession(), report.timeZone());
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // the BOM Excel needs to read UTF-8
        QVERIFY(!bytes.contains("\n\n") && !QByteArray(bytes).replace("\r\n", "").contains('\n'));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        QVERIFY2(lines.first().contains(QStringLiteral("First entry (Europe/Paris)")), qPrintable(lines.first()));
        QVERIFY(lines.contains(QStringLiteral("A1;Coopération décentralisée et climat;2026-07-08 10:00:00;Salle Jaurès;"
                                              "P-HEL;Lefèvre;Hélène;élu·e;Ville de Lyon;Local government;France;"
                                              "2026-07-08 10:02:00;2026-07-08 11:20:00")));
        QVERIFY(lines.contains(QStringLiteral("A1;Coopération décentralisée et climat;2026-07-08 10:00:00;Salle Jaurès;"
                                              "P-FRM;'=cmd|' /C calc'!A0;Eve;presse;\"Ville de \"\"Saint-Denis\"\"; "
                                              "Seine\";Local government;France;2026-07-08 10:15:00;")));
        QVERIFY(lines.contains(QStringLiteral("A1;Coopération décentralisée et climat;Total;;3")));
        QVERIFY(lines.contains(QStringLiteral("A1;Coopération décentralisée et climat;Category;élu·e;1")));
        QVERIFY(lines.contains(
            QStringLiteral("A1;Coopération décentralisée et climat;Organisation type;Local government;2")));
        QVERIFY(lines.contains(QStringLiteral("A2;Mobilité des jeunes;Total;;1")));
    }

    void csvByAttendee()
    {
        const AttendanceReport report(m_store);
        const QByteArray bytes
            = AttendanceCsv(QLatin1Char(','), QStringLiteral("en")).byAttendee(report.byAttendee(), report.timeZone());
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 1 + 6 + 1); // header, one line per visit or venue-only person, the final CRLF
        QVERIFY(lines.contains(QStringLiteral("P-HEL,Lefèvre,Hélène,élu·e,Ville de Lyon,Local government,France,"
                                              "2026-07-08 08:45:00,P1,Closing plenary,2026-07-09 09:00:00,"
                                              "2026-07-09 09:05:00,")));
        QVERIFY(lines.contains(QStringLiteral("P-ARA,بن علي,أمينة,élu·e,Commune de Rabat,Local government,Maroc,"
                                              "2026-07-08 09:30:00,,,,,")));
        QCOMPARE(lines.filter(QStringLiteral("P-GRK")).size(), 1);
        QCOMPARE(lines.filter(QStringLiteral("P-NON")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAttendanceReport)
#include "tst_attendancereport.moc"
