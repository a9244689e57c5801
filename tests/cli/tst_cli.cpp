#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The `accueil` command line end to end, as organisers and scripts use it.
class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QString err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    Run accueil(const QStringList &arguments, const QString &lang = QStringLiteral("C.UTF-8"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), lang);
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.remove(QStringLiteral("LANGUAGE"));
        p.setProcessEnvironment(env);
        p.start(TestSupport::binary(QStringLiteral("accueil")), arguments);
        p.waitForFinished(60000);
        Run r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QJsonObject checkin(const QString &code, int expectedExit, const QStringList &extra = {})
    {
        const Run r = accueil(
            QStringList { QStringLiteral("--db"), m_db, QStringLiteral("checkin"), code, QStringLiteral("--json") }
            + extra);
        if (r.exitCode != expectedExit)
            qWarning() << r.out << r.err;
        [&] { QCOMPARE(r.exitCode, expectedExit); }();
        return r.json().object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("raict.sqlite"));
        Run r = accueil({ QStringLiteral("init"), QStringLiteral("--event"), QStringLiteral("RAICT 2026"),
            QStringLiteral("--db"), m_db, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("event_name")).toString(), QStringLiteral("RAICT 2026"));
        QVERIFY(QFile::exists(m_db));
        r = accueil({ QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("attendees"),
            TestSupport::dataPath(QStringLiteral("import/attendees/pretix.csv")), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = r.json().object();
        QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 4);
        QCOMPARE(report.value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("unchanged")).toInt(), 0);
        QVERIFY(report.value(QStringLiteral("errors")).toArray().isEmpty());
        r = accueil({ QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("programme"),
            QStringLiteral(ACCUEIL_SOURCE_DIR "/deploy/demo-data/programme.csv") });
        QCOMPARE(r.exitCode, 0);
    }

    void brokenImportIsRefused()
    {
        const Run r = accueil({ QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("attendees"),
            TestSupport::dataPath(QStringLiteral("import/attendees/broken.csv")), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        const QJsonArray errors = r.json().object().value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 4);
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
        QVERIFY(!errors.at(0).toObject().value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("line 3")));
    }

    void checkinOutcomes()
    {
        QJsonObject first = checkin(QStringLiteral("k3s9x2mzq8v7w4hn"), 0);
        QCOMPARE(first.value(QStringLiteral("result")).toString(), QStringLiteral("checked_in"));
        QVERIFY(!first.value(QStringLiteral("event_id")).toString().isEmpty());
        const QJsonObject attendee = first.value(QStringLiteral("attendee")).toObject();
        for (const char *key :
            { "id", "code", "first_name", "last_name", "organisation", "role", "country", "category", "status" })
            QVERIFY2(attendee.contains(QLatin1String(key)), key);
        QCOMPARE(
            attendee.value(QStringLiteral("last_name")).toString(), QStringLiteral("de La Tour d'Auvergne-Lauraguais"));
        QCOMPARE(attendee.value(QStringLiteral("status")).toString(), QStringLiteral("registered"));

        const QJsonObject again
            = checkin(QStringLiteral("k3s9x2mzq8v7w4hn"), 3, { QStringLiteral("--device"), QStringLiteral("kiosk-4") });
        QCOMPARE(again.value(QStringLiteral("result")).toString(), QStringLiteral("already_checked_in"));
        QVERIFY(again.value(QStringLiteral("event_id")).isNull());
        QVERIFY(again.value(QStringLiteral("first_checkin")).toObject().contains(QStringLiteral("at")));
        QVERIFY(again.value(QStringLiteral("first_checkin")).toObject().contains(QStringLiteral("device")));

        const QJsonObject unknown = checkin(QStringLiteral("NOT-A-CODE"), 3);
        QCOMPARE(unknown.value(QStringLiteral("result")).toString(), QStringLiteral("unknown_code"));
        QVERIFY(unknown.value(QStringLiteral("attendee")).isNull());

        const QJsonObject cancelled = checkin(QStringLiteral("z9y8x7w6v5u4t3s2"), 3);
        QCOMPARE(cancelled.value(QStringLiteral("result")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(cancelled.value(QStringLiteral("attendee")).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("cancelled"));
    }

    void sessionMode()
    {
        QJsonObject r
            = checkin(QStringLiteral("p2q7r8t9u3v4w5x6"), 0, { QStringLiteral("--session"), QStringLiteral("A1") });
        QCOMPARE(r.value(QStringLiteral("result")).toString(), QStringLiteral("checked_in"));
        r = checkin(QStringLiteral("p2q7r8t9u3v4w5x6"), 3, { QStringLiteral("--session"), QStringLiteral("A1") });
        QCOMPARE(r.value(QStringLiteral("result")).toString(), QStringLiteral("already_checked_in"));
        // Unknown session: a usage error, not a refusal.
        const Run bad = accueil({ QStringLiteral("checkin"), QStringLiteral("p2q7r8t9u3v4w5x6"),
            QStringLiteral("--session"), QStringLiteral("NOPE"), QStringLiteral("--db"), m_db });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("NOPE")));
    }

    void undoThenCheckInAgain()
    {
        const QJsonObject r = checkin(QStringLiteral("a1b2c3d4e5f6g7h8"), 0);
        const QString eventId = r.value(QStringLiteral("event_id")).toString();
        Run undo = accueil({ QStringLiteral("undo"), eventId, QStringLiteral("--db"), m_db });
        QCOMPARE(undo.exitCode, 0);
        QCOMPARE(checkin(QStringLiteral("a1b2c3d4e5f6g7h8"), 0).value(QStringLiteral("result")).toString(),
            QStringLiteral("checked_in"));
        undo = accueil({ QStringLiteral("undo"), eventId, QStringLiteral("--db"), m_db });
        QCOMPARE(undo.exitCode, 1);
        QVERIFY(!undo.err.isEmpty());
    }

    void searchStatsExport()
    {
        Run r = accueil({ QStringLiteral("--db"), m_db, QStringLiteral("search"), QStringLiteral("ostergaard"),
            QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray found = r.json().array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).toObject().value(QStringLiteral("first_name")).toString(), QStringLiteral("Søren"));

        r = accueil({ QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--db"), m_db });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject stats = r.json().object();
        QCOMPARE(stats.value(QStringLiteral("registered")).toInt(), 3);
        QVERIFY(stats.value(QStringLiteral("checked_in")).toInt() >= 2);
        const QJsonArray sessions = stats.value(QStringLiteral("sessions")).toArray();
        QCOMPARE(sessions.size(), 15);
        for (const QJsonValue &s : sessions) {
            for (const char *key : { "id", "title", "checked_in", "capacity" })
                QVERIFY2(s.toObject().contains(QLatin1String(key)), key);
        }

        const QString csv = m_dir.filePath(QStringLiteral("attendance.csv"));
        r = accueil({ QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("attendance"), csv });
        QCOMPARE(r.exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("checked_in_at")));
        QVERIFY(text.contains(QStringLiteral("Østergaard")));
        QVERIFY(text.contains(QStringLiteral("A1")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList { QStringLiteral("fly") };
        QTest::newRow("missing code") << QStringList { QStringLiteral("checkin") };
        QTest::newRow("unknown option") << QStringList { QStringLiteral("stats"), QStringLiteral("--colour") };
        QTest::newRow("import what") << QStringList { QStringLiteral("import"), QStringLiteral("badgers"),
            QStringLiteral("x.csv") };
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run r = accueil(QStringList { QStringLiteral("--db"), m_db } + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void frenchMessages()
    {
        const Run r = accueil({ QStringLiteral("--db"), m_db, QStringLiteral("checkin"), QStringLiteral("NOT-A-CODE") },
            QStringLiteral("fr_FR.UTF-8"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(
            r.err.contains(QStringLiteral("accueil")) && r.err.contains(QStringLiteral("liste")), qPrintable(r.err));
        const Run usage
            = accueil({ QStringLiteral("--db"), m_db, QStringLiteral("fly") }, QStringLiteral("fr_FR.UTF-8"));
        QVERIFY2(usage.err.contains(QStringLiteral("Commande inconnue")), qPrintable(usage.err));
    }

    void signedCodeIssuedAfterTheLastImportIsAcceptedOffline()
    {
        // The organiser's database makes a key; a kiosk has a copy from before the late registration.
        const QString hub = m_dir.filePath(QStringLiteral("hub.sqlite"));
        const QString kiosk = m_dir.filePath(QStringLiteral("kiosk.sqlite"));
        QVERIFY(QFile::copy(m_db, hub));
        Run r = accueil({ QStringLiteral("--db"), hub, QStringLiteral("keygen"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QString keyFile = r.json().object().value(QStringLiteral("key_file")).toString();
        QCOMPARE(QFile::permissions(keyFile) & 0x0077, QFileDevice::Permissions()); // nobody else may read it
        QCOMPARE(QFile::permissions(keyFile) & (QFileDevice::ReadOwner | QFileDevice::WriteOwner),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(QFile::copy(hub, kiosk));

        const QString late = m_dir.filePath(QStringLiteral("late.csv"));
        QFile csv(late);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Prénom;Nom;Catégorie\nInès;Benali;Presse\n");
        csv.close();
        QCOMPARE(accueil({ QStringLiteral("--db"), hub, QStringLiteral("import"), QStringLiteral("attendees"), late })
                     .exitCode,
            0);
        const QString out = m_dir.filePath(QStringLiteral("codes"));
        r = accueil({ QStringLiteral("--db"), hub, QStringLiteral("issue"), QStringLiteral("--out"), out,
            QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray codes = r.json().object().value(QStringLiteral("codes")).toArray();
        QCOMPARE(codes.size(), 1);
        const QString code = codes.at(0).toObject().value(QStringLiteral("code")).toString();
        QVERIFY(QFile::exists(out + QStringLiteral("/codes.csv")));
        QVERIFY(QFile::exists(codes.at(0).toObject().value(QStringLiteral("svg")).toString()));

        // The QR image reads back to the code through the camera pipeline.
        r = accueil({ QStringLiteral("decode"), codes.at(0).toObject().value(QStringLiteral("png")).toString() });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out).trimmed().section(QLatin1Char('\t'), 1), code);

        QJsonObject result
            = accueil({ QStringLiteral("--db"), kiosk, QStringLiteral("checkin"), code, QStringLiteral("--json") })
                  .json()
                  .object();
        QCOMPARE(result.value(QStringLiteral("result")).toString(), QStringLiteral("checked_in"));
        QVERIFY(result.value(QStringLiteral("provisional")).toBool());
        QCOMPARE(result.value(QStringLiteral("attendee")).toObject().value(QStringLiteral("last_name")).toString(),
            QStringLiteral("Benali"));

        QString tampered = code;
        tampered[20] = QChar(char16_t(tampered.at(20).unicode() ^ 0x02));
        r = accueil({ QStringLiteral("--db"), kiosk, QStringLiteral("checkin"), tampered, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.json().object().value(QStringLiteral("result")).toString(), QStringLiteral("invalid_code"));
    }

    void missingFile()
    {
        const Run r = accueil({ QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("attendees"),
            QStringLiteral("/nonexistent.csv") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("/nonexistent.csv")));
    }

    void undoAndEditByCodeInEitherCase()
    {
        // After undoThenCheckInAgain the person is checked in; their code, typed in upper case, finds them.
        Run undo
            = accueil({ QStringLiteral("undo"), QStringLiteral("A1B2C3D4E5F6G7H8"), QStringLiteral("--db"), m_db });
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.err));
        QCOMPARE(checkin(QStringLiteral("A1B2C3D4E5F6G7H8"), 0).value(QStringLiteral("result")).toString(),
            QStringLiteral("checked_in"));
        const Run edit
            = accueil({ QStringLiteral("edit"), QStringLiteral("A1B2C3D4E5F6G7H8"), QStringLiteral("--organisation"),
                QStringLiteral("Ville de Brest"), QStringLiteral("--json"), QStringLiteral("--db"), m_db });
        QVERIFY2(edit.exitCode == 0, qPrintable(edit.err));
        QCOMPARE(
            edit.json().object().value(QStringLiteral("organisation")).toString(), QStringLiteral("Ville de Brest"));
        const Run noName = accueil({ QStringLiteral("edit"), QStringLiteral("a1b2c3d4e5f6g7h8"),
            QStringLiteral("--last-name"), QStringLiteral(" "), QStringLiteral("--db"), m_db });
        QCOMPARE(noName.exitCode, 1);
        QVERIFY(!noName.err.isEmpty());
    }

    void walkinNeedsALastName()
    {
        const QString db = m_dir.filePath(QStringLiteral("walkin.sqlite"));
        QCOMPARE(accueil({ QStringLiteral("init"), QStringLiteral("--event"), QStringLiteral("Walk-ins"),
                             QStringLiteral("--db"), db })
                     .exitCode,
            0);
        const Run refused = accueil({ QStringLiteral("walkin"), QStringLiteral("--first-name"), QStringLiteral("Inès"),
            QStringLiteral("--db"), db });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(QStringLiteral("--last-name")));
        const Run accepted = accueil({ QStringLiteral("walkin"), QStringLiteral("--first-name"), QStringLiteral("Inès"),
            QStringLiteral("--last-name"), QStringLiteral("Benali"), QStringLiteral("--json"), QStringLiteral("--db"),
            db });
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
        QCOMPARE(accepted.json().object().value(QStringLiteral("result")).toString(), QStringLiteral("checked_in"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
