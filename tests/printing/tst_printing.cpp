#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/scan/FrameDecoder.h"
#include "printing/BadgeTemplate.h"
#include "printing/CupsClient.h"
#include "printing/PrintQueue.h"
#include "printing/PrintQueueRunner.h"
#include "tests/printing/PdfTools.h"
#include "tests/support/CupsServer.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

// Printing through a real, throwaway cupsd: jobs complete and come out as PDFs
// of the template's size whose QR code reads back; a disabled queue holds the
// job with the reason reported, across a restart; an unreachable printer is
// reported and its job can be moved; nothing is lost.
class TestPrinting : public QObject {
    Q_OBJECT

    CupsServer m_cups;
    QTemporaryDir m_dir;
    std::unique_ptr<EventStore> m_store;
    QString m_marie;
    QString m_sakura;

    // Runs queue rounds until the job is in `state` or time runs out.
    PrintJob runUntil(PrintQueue &queue, const QString &jobId, PrintJob::State state, int seconds = 60)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            queue.process();
            const PrintJob job = *queue.job(jobId);
            if (job.state == state || timer.elapsed() > seconds * 1000)
                return job;
            QThread::msleep(250);
        }
    }

    static QString captured(const QString &folder, const QString &jobId)
    {
        for (const QFileInfo &f : QDir(folder).entryInfoList({ QStringLiteral("*.pdf") }, QDir::Files)) {
            if (f.fileName().contains(jobId.left(8)))
                return f.absoluteFilePath();
        }
        return QString();
    }

    void checkPrintedPdf(const QString &pdf, const QString &templateName, const QStringList &names, bool checkText)
    {
        QString error;
        const auto t = BadgeTemplate::load(templateName, &error);
        const QSizeF size = PdfTools::pageSizeMm(pdf);
        QVERIFY2(std::abs(size.width() - t->pageMm.width()) < 1 && std::abs(size.height() - t->pageMm.height()) < 1,
            qPrintable(QStringLiteral("%1 is %2 × %3 mm").arg(pdf).arg(size.width()).arg(size.height())));
        if (checkText) {
            const QString text = PdfTools::letters(PdfTools::text(pdf));
            for (const QString &name : names)
                QVERIFY2(text.contains(PdfTools::letters(name)), qPrintable(name));
        }
        FrameDecoder::Options options;
        options.allPasses = true;
        const QString png
            = PdfTools::rasterise(pdf, m_dir.filePath(QStringLiteral("printed-") + QFileInfo(pdf).completeBaseName()));
        const FrameDecoder::Result qr = FrameDecoder(options).decode(LumaImage::fromImage(QImage(png)));
        QVERIFY2(qr.found, qPrintable(pdf));
        QVERIFY(qr.text.startsWith(QStringLiteral("CUF-2026-")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString reason = CupsServer::unavailableReason();
        if (!reason.isEmpty())
            QSKIP(qPrintable(reason));
        QString error;
        QVERIFY2(m_cups.start(&error), qPrintable(error));
        m_store = std::make_unique<EventStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("event.sqlite"))));
        m_store->setMetaValue(QStringLiteral("event_name"), QStringLiteral("RAICT 2026"));
        m_marie = TestSupport::addAttendee(*m_store, QStringLiteral("CUF-2026-0417"), QStringLiteral("Marie-Thérèse"),
            QStringLiteral("de La Tour d'Auvergne-Lauraguais"), QStringLiteral("Région Auvergne-Rhône-Alpes"));
        m_sakura = TestSupport::addAttendee(*m_store, QStringLiteral("CUF-2026-0418"), QStringLiteral("さくら"),
            QStringLiteral("山田"), QStringLiteral("静岡県"));
    }

    void listsQueuesWithTheirState()
    {
        QString error;
        const QVector<CupsClient::Printer> printers = CupsClient().printers(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList names;
        for (const auto &p : printers)
            names << p.name;
        QVERIFY(names.contains(QStringLiteral("badges")));
        QVERIFY(names.contains(QStringLiteral("capture")));
        QVERIFY(names.contains(QStringLiteral("unreachable")));
        const auto badges = CupsClient().printer(QStringLiteral("badges"), &error);
        QVERIFY(badges->accepting);
        QVERIFY(badges->ready());
        QVERIFY(!badges->media.isEmpty());
        QCOMPARE(CupsClient().defaultPrinter(), QStringLiteral("capture"));
    }

    void printsThroughCapture_data()
    {
        QTest::addColumn<QString>("templateName");
        QTest::newRow("id1-card") << QStringLiteral("id1-card");
        QTest::newRow("a6") << QStringLiteral("a6");
        QTest::newRow("dymo-89x36") << QStringLiteral("dymo-89x36");
    }
    void printsThroughCapture()
    {
        QFETCH(QString, templateName);
        CupsClient client;
        PrintQueue queue(*m_store, client);
        QString error;
        const QString id = queue.enqueue(m_marie, templateName, QStringLiteral("capture"), false, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QCOMPARE(queue.job(id)->state, PrintJob::State::Pending); // written before it is sent
        const PrintJob job = runUntil(queue, id, PrintJob::State::Completed);
        QVERIFY2(job.state == PrintJob::State::Completed, qPrintable(job.lastError));
        QVERIFY(job.cupsJobId > 0);
        const QString pdf = captured(m_cups.captureFolder(), id);
        QVERIFY2(!pdf.isEmpty(), "CUPS did not hand the job to the device");
        checkPrintedPdf(pdf, templateName,
            { QStringLiteral("Marie-Thérèse"), QStringLiteral("de La Tour d'Auvergne-Lauraguais") }, true);
    }

    void printsThroughCupsPdf()
    {
        CupsClient client;
        PrintQueue queue(*m_store, client);
        QString error;
        const QString id = queue.enqueue(m_sakura, QStringLiteral("id1-card"), QStringLiteral("badges"), false, &error);
        const PrintJob job = runUntil(queue, id, PrintJob::State::Completed);
        QVERIFY2(job.state == PrintJob::State::Completed, qPrintable(job.lastError));
        QString pdf;
        for (int i = 0; i < 40 && pdf.isEmpty(); ++i) {
            pdf = captured(CupsServer::cupsPdfFolder(), id);
            QThread::msleep(250);
        }
        QVERIFY2(!pdf.isEmpty(), "cups-pdf wrote no file");
        // cups-pdf turns the page into PostScript and back, which keeps the size and the code.
        checkPrintedPdf(pdf, QStringLiteral("id1-card"), {}, false);
        QFile::remove(pdf);
    }

    void disabledQueueWaitsAcrossRestarts()
    {
        QString error;
        QVERIFY2(m_cups.disable(QStringLiteral("capture"), &error), qPrintable(error));
        QString id;
        {
            CupsClient client;
            PrintQueue queue(*m_store, client);
            id = queue.enqueue(m_marie, QStringLiteral("id1-card"), QStringLiteral("capture"), true, &error);
            const PrintQueue::Round round = queue.process();
            const PrintJob job = *queue.job(id);
            QCOMPARE(job.state, PrintJob::State::Sent);
            QVERIFY2(job.lastError.contains(QStringLiteral("paused")), qPrintable(job.lastError));
            QVERIFY(!round.problems.isEmpty());
            QThread::msleep(1500);
            queue.process();
            QCOMPARE(queue.job(id)->state, PrintJob::State::Sent); // waiting, not lost, not failed
        }
        // The queue owner restarts (a new store connection, a new queue), and so does cupsd.
        m_store = std::make_unique<EventStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("event.sqlite"))));
        QVERIFY2(m_cups.restart(&error), qPrintable(error));
        CupsClient client;
        PrintQueue queue(*m_store, client);
        queue.process();
        QCOMPARE(queue.job(id)->state, PrintJob::State::Sent);
        QVERIFY2(m_cups.enable(QStringLiteral("capture"), &error), qPrintable(error));
        const PrintJob job = runUntil(queue, id, PrintJob::State::Completed);
        QVERIFY2(job.state == PrintJob::State::Completed, qPrintable(job.lastError));
        QVERIFY(job.lastError.isEmpty());
    }

    void unreachablePrinterIsReportedAndTheJobMoved()
    {
        CupsClient client;
        PrintQueue queue(*m_store, client);
        QString error;
        const QString id
            = queue.enqueue(m_sakura, QStringLiteral("id1-card"), QStringLiteral("unreachable"), false, &error);
        QElapsedTimer timer;
        timer.start();
        PrintJob job;
        do {
            queue.process();
            job = *queue.job(id);
            QThread::msleep(300);
        } while (job.lastError.isEmpty() && timer.elapsed() < 45000);
        QVERIFY(job.state != PrintJob::State::Completed);
        QVERIFY2(!job.lastError.isEmpty(), "no reason was reported for the unreachable printer");
        QVERIFY(queue.move(id, QStringLiteral("capture"), &error));
        job = runUntil(queue, id, PrintJob::State::Completed);
        QVERIFY2(job.state == PrintJob::State::Completed, qPrintable(job.lastError));
        QCOMPARE(job.printer, QStringLiteral("capture"));
    }

    void refusedSubmissionIsRetriedNotLost()
    {
        QDateTime now = QDateTime::currentDateTimeUtc();
        CupsClient client;
        PrintQueue queue(*m_store, client, [&] { return now; });
        QString error;
        const QString id = queue.enqueue(m_marie, QStringLiteral("a6"), QStringLiteral("no-such-queue"), false, &error);
        queue.process();
        PrintJob job = *queue.job(id);
        QCOMPARE(job.state, PrintJob::State::Pending);
        QCOMPARE(job.attempts, 1);
        QVERIFY(job.lastError.contains(QStringLiteral("no-such-queue")));
        QCOMPARE(job.nextAttemptAt, now.addSecs(5));
        queue.process(); // too early: not tried again
        QCOMPARE(queue.job(id)->attempts, 1);
        now = now.addSecs(6);
        queue.process();
        QCOMPARE(queue.job(id)->attempts, 2);
        QCOMPARE(PrintQueue::backoffSeconds(3), 20);
        QCOMPARE(PrintQueue::backoffSeconds(30), 300);
        QVERIFY(queue.cancel(id, &error));
        QCOMPARE(queue.job(id)->state, PrintJob::State::Cancelled);
        QVERIFY(!queue.cancel(id, &error));
    }

    void firstBadgeOnlyOnce()
    {
        CupsClient client;
        PrintQueue queue(*m_store, client);
        QString error;
        const QString other = TestSupport::addAttendee(
            *m_store, QStringLiteral("CUF-2026-0500"), QStringLiteral("Hélène"), QStringLiteral("Lefèvre"));
        const QString first = queue.enqueueFirstBadge(other, QStringLiteral("a6"), QStringLiteral("capture"), &error);
        QCOMPARE(queue.enqueueFirstBadge(other, QStringLiteral("a6"), QStringLiteral("capture"), &error), first);
        QCOMPARE(queue.jobsFor(other).size(), 1);
    }

    void backgroundRunnerReportsThroughSignals()
    {
        QString error;
        QVERIFY(m_cups.disable(QStringLiteral("capture"), &error));
        PrintQueueRunner runner(m_store->path(), QStringLiteral("id1-card"), QStringLiteral("capture"));
        QSignalSpy problems(&runner, &PrintQueueRunner::printerProblem);
        QSignalSpy changes(&runner, &PrintQueueRunner::jobChanged);
        runner.start();
        const QString someone = TestSupport::addAttendee(
            *m_store, QStringLiteral("CUF-2026-0600"), QStringLiteral("Lucía"), QStringLiteral("Núñez"));
        runner.printFirstBadge(someone);
        QTRY_VERIFY_WITH_TIMEOUT(
            !problems.isEmpty() && problems.last().at(1).toString().contains(QStringLiteral("paused")), 20000);
        QVERIFY(m_cups.enable(QStringLiteral("capture"), &error));
        QTRY_VERIFY_WITH_TIMEOUT(
            !changes.isEmpty() && changes.last().at(2).toString() == QStringLiteral("completed"), 30000);
        QCOMPARE(changes.last().at(1).toString(), someone);
        QTRY_VERIFY_WITH_TIMEOUT(problems.last().at(1).toString().isEmpty(), 10000); // the problem is over
        runner.stop();
    }

    void commandLine()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CUPS_SERVER"), m_cups.socketPath());
        p.setProcessEnvironment(env);
        p.start(TestSupport::binary(QStringLiteral("accueil")),
            { QStringLiteral("--db"), m_store->path(), QStringLiteral("print"), QStringLiteral("CUF-2026-0417"),
                QStringLiteral("--printer"), QStringLiteral("capture"), QStringLiteral("--wait"),
                QStringLiteral("--json") });
        QVERIFY(p.waitForFinished(90000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("state")).toString(),
            QStringLiteral("completed"));
        p.start(
            TestSupport::binary(QStringLiteral("accueil")), { QStringLiteral("printers"), QStringLiteral("--json") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QJsonDocument::fromJson(p.readAllStandardOutput()).array().size() >= 3);
        // Waiting on a disabled queue ends with a non-zero exit and the reason.
        QString error;
        QVERIFY(m_cups.disable(QStringLiteral("badges"), &error));
        p.start(TestSupport::binary(QStringLiteral("accueil")),
            { QStringLiteral("--db"), m_store->path(), QStringLiteral("print"), QStringLiteral("CUF-2026-0418"),
                QStringLiteral("--printer"), QStringLiteral("badges"), QStringLiteral("--wait"),
                QStringLiteral("--timeout"), QStringLiteral("3") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("paused")));
        QVERIFY(m_cups.enable(QStringLiteral("badges"), &error));
    }
};

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
