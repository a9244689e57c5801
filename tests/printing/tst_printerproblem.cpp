#include "printing/CupsClient.h"
#include "printing/PrintJob.h"

#include <QTest>

// What staff are told about a printer, from attribute sets recorded on real
// queues (driverless, USB, socket, label printers, stopped and refusing queues):
// only real problems are problems, said in plain words.
class TestPrinterProblem : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void describesOnlyRealProblems_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QStringList>("reasons");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("accepting");
        QTest::addColumn<int>("waited");
        QTest::addColumn<QString>("expected"); // a part of the sentence, or empty for "no problem"

        const QStringList none;
        auto reasons = [](std::initializer_list<const char *> list) {
            QStringList l;
            for (const char *r : list)
                l << QString::fromLatin1(r);
            return l;
        };
        QTest::newRow("driverless printing")
            << 4 << reasons({ "cups-waiting-for-job-completed", "cups-remote-processing" })
            << QStringLiteral("Connected to printer.") << true << 30 << QString();
        QTest::newRow("driverless pending remotely")
            << 4 << reasons({ "cups-remote-pending", "cups-remote-pending-held" })
            << QStringLiteral("Waiting for job to complete.") << true << 30 << QString();
        QTest::newRow("connecting, briefly") << 4 << reasons({ "connecting-to-device" })
                                             << QStringLiteral("Connecting to printer.") << true << 1 << QString();
        QTest::newRow("idle after a job")
            << 3 << none << QStringLiteral("Connected to printer.") << true << 0 << QString();
        QTest::newRow("conformance report")
            << 3 << reasons({ "cups-ipp-conformance-failure-report", "cups-ipp-missing-job-history" }) << QString()
            << true << 0 << QString();
        QTest::newRow("supplies low") << 3
                                      << reasons(
                                             { "media-low-report", "toner-low-warning", "marker-supply-low-warning" })
                                      << QString() << true << 0 << QString();
        QTest::newRow("filters tip") << 3 << reasons({ "cups-insecure-filter-report" })
                                     << QStringLiteral("Printer does not support IPP Everywhere; try connecting again.")
                                     << true << 0 << QString();
        QTest::newRow("out of labels") << 4 << reasons({ "media-empty-error" }) << QString() << true << 0
                                       << QStringLiteral("out of labels");
        QTest::newRow("media needed") << 4 << reasons({ "media-needed" }) << QString() << true << 0
                                      << QStringLiteral("out of labels");
        QTest::newRow("paper out on a parallel port")
            << 4 << reasons({ "media-empty-warning" }) << QString() << true << 0 << QStringLiteral("out of labels");
        QTest::newRow("jam") << 4 << reasons({ "media-jam-error" }) << QString() << true << 0
                             << QStringLiteral("jammed");
        QTest::newRow("door") << 4 << reasons({ "door-open-error" }) << QString() << true << 0
                              << QStringLiteral("is open");
        QTest::newRow("usb unplugged, runloop")
            << 4 << reasons({ "offline-report" }) << QStringLiteral("The printer is not connected.") << true << 0
            << QStringLiteral("cannot be reached");
        QTest::newRow("usb unplugged, libusb")
            << 4 << none << QStringLiteral("Waiting for printer to become available.") << true << 0
            << QStringLiteral("cannot be reached");
        QTest::newRow("network printer off")
            << 4 << reasons({ "connecting-to-device" }) << QStringLiteral("The printer is unreachable at this time.")
            << true << 0 << QStringLiteral("cannot be reached");
        QTest::newRow("network printer off, German backend")
            << 4 << reasons({ "connecting-to-device" }) << QStringLiteral("Der Drucker ist derzeit nicht erreichbar.")
            << true << 0 << QStringLiteral("cannot be reached");
        QTest::newRow("connection refused for a while") << 4 << none << QStringLiteral("The printer is in use.") << true
                                                        << 30 << QStringLiteral("cannot be reached");
        QTest::newRow("connection refused, briefly")
            << 4 << none << QStringLiteral("The printer is in use.") << true << 2 << QString();
        QTest::newRow("still looking the printer up")
            << 4 << reasons({ "connecting-to-device" }) << QStringLiteral("Unable to locate printer \"labels.local\".")
            << true << 30 << QStringLiteral("cannot be reached");
        QTest::newRow("offline message of an idle queue")
            << 3 << none << QStringLiteral("The printer is unreachable at this time.") << true << 0 << QString();
        QTest::newRow("paused by staff") << 5 << reasons({ "paused" }) << QStringLiteral("Paused") << true << 0
                                         << QStringLiteral("is paused. Resume it");
        QTest::newRow("paused with a reason") << 5 << reasons({ "paused" }) << QStringLiteral("Lunch break") << true
                                              << 0 << QStringLiteral("is paused (Lunch break)");
        QTest::newRow("stopped by CUPS after a device error")
            << 5 << reasons({ "paused" })
            << QStringLiteral("Printer stopped due to backend errors; please consult the error_log file for details.")
            << true << 0 << QStringLiteral("stopped the printer \"q\" after it failed to print");
        QTest::newRow("stopped, out of labels") << 5 << reasons({ "paused", "media-empty-error" }) << QString() << true
                                                << 0 << QStringLiteral("out of labels");
        QTest::newRow("refusing jobs") << 3 << none << QString() << false << 0
                                       << QStringLiteral("does not take new badges");
        QTest::newRow("missing filter") << 3 << reasons({ "cups-missing-filter-warning" }) << QString() << true << 0
                                        << QStringLiteral("driver is missing");
        QTest::newRow("other error") << 4 << reasons({ "fuser-over-temp-error" }) << QString() << true << 0
                                     << QStringLiteral("reports a problem");
    }
    void describesOnlyRealProblems()
    {
        QFETCH(int, state);
        QFETCH(QStringList, reasons);
        QFETCH(QString, message);
        QFETCH(bool, accepting);
        QFETCH(int, waited);
        QFETCH(QString, expected);
        CupsClient::Printer p;
        p.name = QStringLiteral("q");
        p.state = CupsClient::PrinterState(state);
        p.reasons = reasons;
        p.message = message;
        p.accepting = accepting;
        const QString problem = CupsClient::describe(p, waited);
        if (expected.isEmpty()) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        } else {
            QVERIFY2(problem.contains(expected), qPrintable(problem));
            for (const QString &r : reasons) { // no CUPS keywords for people
                if (r.contains(QLatin1Char('-')))
                    QVERIFY2(!problem.contains(r), qPrintable(problem));
            }
        }
        if (waited == 0) // a snapshot, as `accueil printers` shows it
            QCOMPARE(p.ready(), expected.isEmpty());
    }

    void reasonsAloneAreHonest()
    {
        QVERIFY(CupsClient::describe(
            { QStringLiteral("cups-waiting-for-job-completed"), QStringLiteral("cups-remote-processing") },
            QStringLiteral("q"))
                    .isEmpty());
        QVERIFY(CupsClient::describe({ QStringLiteral("offline-report") }, QStringLiteral("q"))
                    .contains(QStringLiteral("cannot be reached")));
        QVERIFY(CupsClient::describe({ QStringLiteral("media-empty-report") }, QStringLiteral("q")).isEmpty());
    }

    void jobStatesRoundTrip()
    {
        for (const char *name :
            { "pending", "sending", "sent", "held", "uncertain", "lost", "completed", "failed", "cancelled" })
            QCOMPARE(PrintJob::stateName(PrintJob::stateFromName(QLatin1String(name))), QLatin1String(name));
        QVERIFY(PrintJob::waitsForStaff(PrintJob::State::Held));
        QVERIFY(!PrintJob::waitsForStaff(PrintJob::State::Sent));
    }
};

QTEST_GUILESS_MAIN(TestPrinterProblem)
#include "tst_printerproblem.moc"
