#include "kiosk/codes/QrCodeImage.h"
#include "sync/EnrolmentInvite.h"
#include "sync/TerminalQr.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The enrolment QR code: its text read back whatever the event's name, wrong
// texts refused, the terminal drawing true to the modules, and the hub's
// `enrolment-code --qr` image read by the kiosk's own decoder.
class TestEnrolmentInvite : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("hub");
        QTest::addColumn<QString>("fingerprint");
        QTest::addColumn<QString>("eventName");
        const QString fp = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
        QTest::newRow("plain") << QStringLiteral("https://192.168.1.10:8642") << fp << QStringLiteral("RAICT 2026");
        QTest::newRow("reserved characters")
            << QStringLiteral("https://hub.local:8642") << fp << QStringLiteral("A&B=C+D %20 ?#/");
        QTest::newRow("accents and scripts")
            << QStringLiteral("https://[fe80::1]:8642") << fp << QStringLiteral("Rencontres — Collectivités 東京 2026");
        QTest::newRow("plain HTTP, no event name") << QStringLiteral("http://127.0.0.1:8642") << QString() << QString();
    }
    void roundTrip()
    {
        QFETCH(QString, hub);
        QFETCH(QString, fingerprint);
        QFETCH(QString, eventName);
        const EnrolmentInvite invite { hub, QStringLiteral("K7Q2-MX4P"), fingerprint, eventName };
        const QString text = invite.toText();
        QVERIFY(text.startsWith(QLatin1String("accueil:enrol?v=1&")));
        QString error;
        const auto read = EnrolmentInvite::fromText(text, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->hub, hub);
        QCOMPARE(read->code, invite.code);
        QCOMPARE(read->fingerprint, fingerprint);
        QCOMPARE(read->eventName, eventName);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("a confirmation code") << QStringLiteral("RAICT-7K2Q9");
        QTest::newRow("another version") << QStringLiteral(
            "accueil:enrol?v=9&hub=https%3A%2F%2Fh%3A1&code=X&fp=sha256%3Aab");
        QTest::newRow("no code") << QStringLiteral("accueil:enrol?v=1&hub=http%3A%2F%2Fh%3A1");
        QTest::newRow("no hub") << QStringLiteral("accueil:enrol?v=1&code=X");
        QTest::newRow("https without fingerprint")
            << QStringLiteral("accueil:enrol?v=1&hub=https%3A%2F%2Fh%3A1&code=X");
        QTest::newRow("not a web address") << QStringLiteral("accueil:enrol?v=1&hub=file%3A%2F%2F%2Fetc&code=X");
    }
    void refused()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!EnrolmentInvite::fromText(text, &error));
        QVERIFY(!error.isEmpty());
    }

    // Each character cell holds two modules; light modules are drawn.
    void terminalDrawingMatchesTheModules()
    {
        const QrCodeImage qr = QrCodeImage::encode(QStringLiteral("accueil:enrol?v=1&hub=x"));
        QVERIFY(!qr.isNull());
        const int quiet = 2;
        const QStringList lines = TerminalQr::render(qr, quiet).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const int side = qr.size() + 2 * quiet;
        QCOMPARE(lines.size(), (side + 1) / 2);
        auto light = [&](int x, int y) {
            const int cx = x - quiet;
            const int cy = y - quiet;
            return cx < 0 || cy < 0 || cx >= qr.size() || cy >= qr.size() || !qr.module(cx, cy);
        };
        for (int row = 0; row < lines.size(); ++row) {
            QCOMPARE(lines.at(row).size(), side);
            for (int x = 0; x < side; ++x) {
                const QChar c = lines.at(row).at(x);
                const bool top = c == QChar(0x2588) || c == QChar(0x2580);
                const bool bottom = c == QChar(0x2588) || c == QChar(0x2584);
                QCOMPARE(top, light(x, 2 * row));
                QCOMPARE(bottom, 2 * row + 1 < side && light(x, 2 * row + 1));
            }
        }
    }

    void hubQrImageReadsBack()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("hub.sqlite"));
        const QString png = dir.filePath(QStringLiteral("enrol.png"));
        QProcess init;
        init.start(TestSupport::binary(QStringLiteral("accueil")),
            { QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--event"),
                QStringLiteral("Rencontres & co") });
        QVERIFY(init.waitForFinished(60000));
        QCOMPARE(init.exitCode(), 0);
        QProcess hub;
        hub.start(TestSupport::binary(QStringLiteral("accueil-hub")),
            { QStringLiteral("--db"), db, QStringLiteral("--tls-dir"), dir.filePath(QStringLiteral("tls")),
                QStringLiteral("--url"), QStringLiteral("https://10.0.0.2:8642"), QStringLiteral("enrolment-code"),
                QStringLiteral("--qr"), QStringLiteral("--png"), png });
        QVERIFY(hub.waitForFinished(60000));
        QCOMPARE(hub.exitCode(), 0);
        const QString shown = QString::fromUtf8(hub.readAllStandardOutput());
        QVERIFY(shown.contains(QChar(0x2588)));
        QProcess decode;
        decode.start(TestSupport::binary(QStringLiteral("accueil")), { QStringLiteral("decode"), png });
        QVERIFY(decode.waitForFinished(60000));
        QCOMPARE(decode.exitCode(), 0);
        const QString text = QString::fromUtf8(decode.readAllStandardOutput()).trimmed().section(QLatin1Char('\t'), 1);
        QString error;
        const auto invite = EnrolmentInvite::fromText(text, &error);
        QVERIFY2(invite, qPrintable(error + QStringLiteral(": ") + text));
        QCOMPARE(invite->hub, QStringLiteral("https://10.0.0.2:8642"));
        QCOMPARE(invite->eventName, QStringLiteral("Rencontres & co"));
        QVERIFY(invite->fingerprint.startsWith(QLatin1String("sha256:")));
        QVERIFY(shown.contains(invite->code));
        QVERIFY(shown.contains(invite->fingerprint));
    }

    // A device enrols from the image alone, pins the hub's certificate and syncs.
    void deviceEnrolsFromTheQrImage_data()
    {
        QTest::addColumn<bool>("fromImage");
        QTest::newRow("image") << true;
        QTest::newRow("text") << false;
    }
    void deviceEnrolsFromTheQrImage()
    {
        QFETCH(bool, fromImage);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("hub.sqlite"));
        const QString tls = dir.filePath(QStringLiteral("tls"));
        const QString png = dir.filePath(QStringLiteral("enrol.png"));
        const QString device = dir.filePath(QStringLiteral("kiosk.sqlite"));
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--event"),
                     QStringLiteral("E") }),
            0);
        HubProcess hub(db, { QStringLiteral("--tls-dir"), tls });
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        QProcess code;
        code.start(TestSupport::binary(QStringLiteral("accueil-hub")),
            { QStringLiteral("--db"), db, QStringLiteral("--tls-dir"), tls, QStringLiteral("--url"), hub.url(),
                QStringLiteral("enrolment-code"), QStringLiteral("--qr"), QStringLiteral("--png"), png });
        QVERIFY(code.waitForFinished(60000));
        QCOMPARE(code.exitCode(), 0);
        QStringList arguments { QStringLiteral("--db"), device, QStringLiteral("enroll"), QStringLiteral("--device"),
            QStringLiteral("kiosk-1") };
        if (fromImage) {
            arguments << QStringLiteral("--from-qr") << png;
        } else {
            QByteArray text;
            QCOMPARE(HubProcess::accueil({ QStringLiteral("decode"), png }, &text), 0);
            arguments << QStringLiteral("--payload") << QString::fromUtf8(text).trimmed().section(QLatin1Char('\t'), 1);
        }
        QCOMPARE(HubProcess::accueil(arguments, nullptr, &error), 0);
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), device, QStringLiteral("sync") }, nullptr, &error), 0);
        // An image with no enrolment code in it is refused as a usage error.
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), dir.filePath(QStringLiteral("other.sqlite")),
                     QStringLiteral("enroll"), QStringLiteral("--payload"), QStringLiteral("RAICT-7K2Q9") }),
            2);
    }
    // An unenrolled kiosk shows "scan the enrolment code", reads the hub's QR
    // image from its camera, enrols, starts again as an enrolled device and
    // syncs: the attendee registered on the hub is on the kiosk.
    void kioskEnrolsFromItsCamera()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("hub.sqlite"));
        const QString tls = dir.filePath(QStringLiteral("tls"));
        const QString images = dir.filePath(QStringLiteral("camera"));
        const QString device = dir.filePath(QStringLiteral("kiosk.sqlite"));
        QVERIFY(QDir().mkpath(images));
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--event"),
                     QStringLiteral("Rencontres 2026") }),
            0);
        QCOMPARE(
            HubProcess::accueil({ QStringLiteral("--db"), db, QStringLiteral("walkin"), QStringLiteral("--first-name"),
                QStringLiteral("Hélène"), QStringLiteral("--last-name"), QStringLiteral("Lefèvre") }),
            0);
        HubProcess hub(db, { QStringLiteral("--tls-dir"), tls });
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        QProcess code;
        code.start(TestSupport::binary(QStringLiteral("accueil-hub")),
            { QStringLiteral("--db"), db, QStringLiteral("--tls-dir"), tls, QStringLiteral("--url"), hub.url(),
                QStringLiteral("enrolment-code"), QStringLiteral("--qr"), QStringLiteral("--png"),
                QDir(images).filePath(QStringLiteral("enrol.png")) });
        QVERIFY(code.waitForFinished(60000));
        QCOMPARE(code.exitCode(), 0);

        QProcess kiosk;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("accueil.*.info=true"));
        kiosk.setProcessEnvironment(environment);
        kiosk.setProcessChannelMode(QProcess::MergedChannels);
        kiosk.start(TestSupport::binary(QStringLiteral("accueil-kiosk")),
            { QStringLiteral("--db"), device, QStringLiteral("--enrol-on-screen"), QStringLiteral("--camera-images"),
                images });
        QByteArray log;
        // Not enrolled, then enrolled, then ready again as an enrolled device.
        auto waitFor = [&](const QByteArray &line, int from) {
            for (int i = 0; i < 1200 && log.indexOf(line, from) < 0; ++i) {
                kiosk.waitForReadyRead(100);
                log += kiosk.readAll();
                if (kiosk.state() == QProcess::NotRunning)
                    break;
            }
            return log.indexOf(line, from);
        };
        const int waiting = waitFor("not enrolled: waiting for the hub's enrolment code", 0);
        QVERIFY2(waiting >= 0, log.constData());
        const int enrolled = waitFor("enrolled with the hub: starting again", waiting);
        QVERIFY2(enrolled >= 0, log.constData());
        const int ready = waitFor("ready", enrolled);
        QVERIFY2(ready >= 0, log.constData());
        const qint64 pid = kiosk.processId();
        QVERIFY2(log.indexOf("not enrolled", enrolled) < 0, log.constData()); // the second start is enrolled
        kiosk.terminate();
        QVERIFY(kiosk.waitForFinished(30000));
        QVERIFY(pid > 0);

        QByteArray found;
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), device, QStringLiteral("sync") }, nullptr, &error), 0);
        QCOMPARE(HubProcess::accueil(
                     { QStringLiteral("--db"), device, QStringLiteral("search"), QStringLiteral("lefevre") }, &found),
            0);
        QVERIFY2(found.contains("LEFÈVRE Hélène"), found.constData());
        QByteArray devices;
        QProcess list;
        list.start(TestSupport::binary(QStringLiteral("accueil-hub")),
            { QStringLiteral("--db"), db, QStringLiteral("devices") });
        QVERIFY(list.waitForFinished(60000));
        QCOMPARE(list.readAllStandardOutput().count('\n'), 1); // one device, enrolled once
    }

    // A revoked device is refused; enrolled again with a new code, it syncs
    // again with the same database and nothing it held is lost.
    void reEnrolmentAfterRevoke()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("hub.sqlite"));
        const QString device = dir.filePath(QStringLiteral("desk.sqlite"));
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--event"),
                     QStringLiteral("E") }),
            0);
        HubProcess hub(db);
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), device, QStringLiteral("enroll"),
                                         QStringLiteral("--hub"), hub.url(), QStringLiteral("--code"),
                                         hub.enrolmentCode(), QStringLiteral("--device"), QStringLiteral("desk-1") },
                     nullptr, &error),
            0);
        QCOMPARE(HubProcess::accueil(
                     { QStringLiteral("--db"), device, QStringLiteral("walkin"), QStringLiteral("--first-name"),
                         QStringLiteral("Ana"), QStringLiteral("--last-name"), QStringLiteral("Núñez") }),
            0);
        QProcess revoke;
        revoke.start(TestSupport::binary(QStringLiteral("accueil-hub")),
            { QStringLiteral("--db"), db, QStringLiteral("revoke"), QStringLiteral("desk-1") });
        QVERIFY(revoke.waitForFinished(60000));
        QCOMPARE(revoke.exitCode(), 0);
        QVERIFY(HubProcess::accueil({ QStringLiteral("--db"), device, QStringLiteral("sync") }, nullptr, &error) != 0);
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), device, QStringLiteral("enroll"),
                                         QStringLiteral("--hub"), hub.url(), QStringLiteral("--code"),
                                         hub.enrolmentCode(), QStringLiteral("--device"), QStringLiteral("desk-1") },
                     nullptr, &error),
            0);
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), device, QStringLiteral("sync") }, nullptr, &error), 0);
        QByteArray found;
        QCOMPARE(HubProcess::accueil(
                     { QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("nunez") }, &found),
            0);
        QVERIFY2(found.contains("NÚÑEZ Ana"), found.constData()); // the walk-in made before the revoke reached the hub
    }
};

QTEST_GUILESS_MAIN(TestEnrolmentInvite)
#include "tst_enrolmentinvite.moc"
