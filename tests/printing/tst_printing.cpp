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
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cups/cups.h>

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
            PrintJob job = *queue.job(jobId);
            if (job.state == state || timer.elapsed() > qint64(seconds) * 1000)
                return job;
            QThread::msleep(250);
        }
    }

    QString folder(const QString &name) const
    {
        return QFileInfo(m_cups.captureFolder()).absolutePath() + QLatin1Char('/') + name;
    }

    void sql(const QString &statement)
    {
        QSqlQuery q(m_store->database());
        QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
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
            const auto printer = client.printer(QStringLiteral("capture"), &error);
            QVERIFY(!printer->ready());
            QVERIFY(CupsClient::describe(*printer).contains(QStringLiteral("is paused")));
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

    void missingQueueFailsOnce()
    {
        CupsClient client;
        PrintQueue queue(*m_store, client);
        QString error;
        const QString id = queue.enqueue(m_marie, QStringLiteral("a6"), QStringLiteral("no-such-queue"), false, &error);
        queue.process();
        PrintJob job = *queue.job(id);
        QCOMPARE(job.state, PrintJob::State::Failed); // not retried for ever
        QCOMPARE(job.attempts, 0);
        QVERIFY2(
            job.lastError.contains(QStringLiteral("There is no printer \"no-such-queue\"")), qPrintable(job.lastError));
        QVERIFY(!job.lastError.contains(QStringLiteral("client-error")));
        queue.process();
        QCOMPARE(queue.job(id)->state, PrintJob::State::Failed);
        QVERIFY2(queue.move(id, QStringLiteral("capture"), &error), qPrintable(error)); // staff choose a printer
        QVERIFY(runUntil(queue, id, PrintJob::State::Completed).state == PrintJob::State::Completed);
    }

    // libcups answers "the printer does not exist" when no server answers at
    // all: a CUPS restart must not fail every badge for good.
    void noServerIsRetriedNotFailed()
    {
        CupsClient client;
        PrintQueue queue(*m_store, client);
        QString error;
        const QString id = queue.enqueue(m_marie, QStringLiteral("a6"), QStringLiteral("capture"), false, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QTemporaryDir nowhere;
        const QByteArray socket = nowhere.filePath(QStringLiteral("no-cupsd")).toUtf8();
        cupsSetServer(socket.constData());
        queue.process();
        PrintJob job = *queue.job(id);
        cupsSetServer(qPrintable(m_cups.socketPath())); // back to the test's cupsd
        QCOMPARE(job.state, PrintJob::State::Pending);
        QVERIFY2(job.lastError.contains(QStringLiteral("No print server answers")), qPrintable(job.lastError));
        job = runUntil(queue, id, PrintJob::State::Completed);
        QVERIFY2(job.state == PrintJob::State::Completed, qPrintable(job.lastError));
    }

    void refusedSubmissionIsRetriedNotLost()
    {
        QString error;
        QVERIFY2(m_cups.addCaptureQueue(QStringLiteral("refusing"), folder(QStringLiteral("refusing")), &error),
            qPrintable(error));
        QVERIFY2(m_cups.reject(QStringLiteral("refusing"), &error), qPrintable(error));
        QDateTime now = QDateTime::currentDateTimeUtc();
        CupsClient client;
        PrintQueue queue(*m_store, client, [&] { return now; });
        const QString id = queue.enqueue(m_marie, QStringLiteral("a6"), QStringLiteral("refusing"), false, &error);
        queue.process();
        PrintJob job = *queue.job(id);
        QCOMPARE(job.state, PrintJob::State::Pending);
        QCOMPARE(job.attempts, 1);
        QVERIFY2(job.lastError.contains(QStringLiteral("does not take new badges")), qPrintable(job.lastError));
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
        QVERIFY(m_cups.accept(QStringLiteral("refusing"), &error));
    }

    void stoppedQueueSaysWhy()
    {
        QString error;
        QVERIFY2(m_cups.addFailingQueue(QStringLiteral("failing"), &error), qPrintable(error));
        CupsClient client;
        PrintQueue queue(*m_store, client);
        const QString id = queue.enqueue(m_marie, QStringLiteral("a6"), QStringLiteral("failing"), false, &error);
        QElapsedTimer timer;
        timer.start();
        PrintJob job;
        do {
            queue.process();
            job = *queue.job(id);
            QThread::msleep(300);
        } while (!job.lastError.contains(QStringLiteral("after it failed to print")) && timer.elapsed() < 60000);
        QVERIFY2(job.lastError.contains(QStringLiteral("stopped the printer \"failing\" after it failed to print")),
            qPrintable(job.lastError));
        QCOMPARE(job.state, PrintJob::State::Sent); // waiting for the printer, not lost
        const auto printer = client.printer(QStringLiteral("failing"), &error);
        QCOMPARE(printer->state, CupsClient::PrinterState::Stopped);
        QVERIFY(!printer->ready());
        QVERIFY2(queue.cancel(id, &error), qPrintable(error));
        QCOMPARE(client.job(job.cupsJobId, &error)->state, CupsClient::JobState::Cancelled);
    }

    // Out of labels, unplugged, stopped by CUPS, no such queue: each told to
    // staff in its own words, from what the real cupsd says of it.
    void eachProblemSaysItsOwn()
    {
        QString error;
        QVERIFY2(m_cups.addFailingQueue(QStringLiteral("no-labels"), &error, QStringLiteral("media-empty")),
            qPrintable(error));
        QVERIFY2(m_cups.addFailingQueue(QStringLiteral("unplugged"), &error, QStringLiteral("unplugged")),
            qPrintable(error));
        QVERIFY2(m_cups.addFailingQueue(QStringLiteral("stopping"), &error), qPrintable(error));
        const QVector<QPair<QString, QString>> expected { { QStringLiteral("no-labels"),
                                                              QStringLiteral("out of labels") },
            { QStringLiteral("unplugged"), QStringLiteral("cannot be reached") },
            { QStringLiteral("stopping"), QStringLiteral("stopped the printer \"stopping\" after it failed to print") },
            { QStringLiteral("not-a-queue"), QStringLiteral("There is no printer \"not-a-queue\"") } };
        CupsClient client;
        PrintQueue queue(*m_store, client);
        QHash<QString, QString> jobs; // queue → job
        for (const auto &[printer, words] : expected)
            jobs.insert(printer, queue.enqueue(m_marie, QStringLiteral("a6"), printer, true, &error));
        QHash<QString, QString> said; // queue → what staff read
        QElapsedTimer timer;
        timer.start();
        while (said.size() < expected.size() && timer.elapsed() < 60000) {
            const PrintQueue::Round round = queue.process();
            for (const auto &[printer, words] : expected) {
                QStringList heard = round.problems;
                heard << queue.job(jobs.value(printer))->lastError;
                if (const auto state = client.printer(printer, &error))
                    heard << CupsClient::describe(*state, 3600);
                for (const QString &sentence : heard) {
                    if (sentence.contains(QLatin1Char('"') + printer + QLatin1Char('"')) && sentence.contains(words))
                        said.insert(printer, sentence);
                }
            }
            QThread::msleep(300);
        }
        for (const auto &[printer, words] : expected)
            QVERIFY2(said.contains(printer),
                qPrintable(printer + QStringLiteral(": nothing said with \"") + words + QLatin1Char('"')));
        QCOMPARE(QSet<QString>(said.cbegin(), said.cend()).size(), expected.size()); // four different messages
        for (const auto &[printer, sentence] : said.asKeyValueRange())
            qInfo("%s: %s", qPrintable(printer), qPrintable(sentence));
        for (const QString &id : jobs) {
            if (!queue.job(id)->finished())
                QVERIFY2(queue.cancel(id, &error), qPrintable(error));
        }
    }

    void lostJobIsLeftToStaff()
    {
        CupsClient client;
        PrintQueue queue(*m_store, client);
        QString error;
        const QString id = queue.enqueue(m_marie, QStringLiteral("a6"), QStringLiteral("capture"), true, &error);
        sql(QStringLiteral("UPDATE print_job SET state = 'sent', cups_job_id = 987654 WHERE id = '%1'").arg(id));
        queue.process();
        PrintJob job = *queue.job(id);
        QCOMPARE(job.state, PrintJob::State::Lost);
        QVERIFY(job.lastError.contains(QStringLiteral("may or may not have printed")));
        queue.process();
        QCOMPARE(queue.job(id)->state, PrintJob::State::Lost); // never sent again by itself
        QVERIFY(captured(m_cups.captureFolder(), id).isEmpty());
        QVERIFY(queue.release(id, &error));
        QCOMPARE(runUntil(queue, id, PrintJob::State::Completed).state, PrintJob::State::Completed);
    }

    void claimsOfDeadSendersAreSettled()
    {
        CupsClient client;
        PrintQueue queue(*m_store, client);
        QString error;
        QProcess dead;
        dead.start(QStringLiteral("true"));
        QVERIFY(dead.waitForStarted());
        const qint64 deadPid = dead.processId();
        QVERIFY(dead.waitForFinished());
        const QString deadClaimer = QStringLiteral("%1:%2:gone").arg(QSysInfo::machineHostName()).arg(deadPid);
        auto leftHalfSent = [&](const QString &id, int cupsJobId, const QString &claimedAt) {
            sql(QStringLiteral("UPDATE print_job SET state = 'sending', claimed_by = '%1', claimed_at = '%2',"
                               " cups_job_id = %3 WHERE id = '%4'")
                    .arg(deadClaimer, claimedAt, cupsJobId > 0 ? QString::number(cupsJobId) : QStringLiteral("NULL"),
                        id));
        };
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

        // Died before CUPS heard of it (CUPS remembers older jobs): sent again, once.
        const QString unsent = queue.enqueue(m_sakura, QStringLiteral("a6"), QStringLiteral("capture"), true, &error);
        leftHalfSent(unsent, 0, now);
        queue.followSent();
        QCOMPARE(queue.job(unsent)->state, PrintJob::State::Pending);
        QCOMPARE(runUntil(queue, unsent, PrintJob::State::Completed).state, PrintJob::State::Completed);

        // Died after CUPS printed it: completed, not sent again.
        const PrintJob printed = *queue.job(unsent);
        leftHalfSent(unsent, printed.cupsJobId, now);
        queue.followSent();
        QCOMPARE(queue.job(unsent)->state, PrintJob::State::Completed);
        QCOMPARE(queue.job(unsent)->cupsJobId, printed.cupsJobId);

        // Died before it could write the CUPS job id: found by its title, and followed.
        QVERIFY(m_cups.disable(QStringLiteral("capture"), &error));
        const QString created = queue.enqueue(m_sakura, QStringLiteral("a6"), QStringLiteral("capture"), true, &error);
        const QByteArray pdf("%PDF-1.4\n%%EOF\n"); // never printed: the queue is paused, then the job cancelled
        const CupsClient::Submission inCups = client.submit(
            QStringLiteral("capture"), pdf, QStringLiteral("badge-%1-Yamada").arg(created.left(8)), QSizeF(105, 148));
        QVERIFY2(inCups.jobId > 0, qPrintable(inCups.error));
        leftHalfSent(created, 0, now);
        queue.followSent();
        QCOMPARE(queue.job(created)->state, PrintJob::State::Sent);
        QCOMPARE(queue.job(created)->cupsJobId, inCups.jobId);
        QVERIFY(queue.cancel(created, &error));
        QVERIFY(m_cups.enable(QStringLiteral("capture"), &error));

        // Nothing found, and CUPS remembers nothing that old: staff check.
        const QString unsure = queue.enqueue(m_sakura, QStringLiteral("a6"), QStringLiteral("capture"), true, &error);
        leftHalfSent(unsure, 0, QStringLiteral("2020-01-01T00:00:00.000Z"));
        queue.process();
        QCOMPARE(queue.job(unsure)->state, PrintJob::State::Uncertain);
        QVERIFY(queue.job(unsure)->lastError.contains(QStringLiteral("may have printed")));
        queue.process();
        QCOMPARE(queue.job(unsure)->state, PrintJob::State::Uncertain);
        QVERIFY(captured(m_cups.captureFolder(), unsure).isEmpty());

        // A live sender's fresh claim is left alone.
        const QString live = queue.enqueue(m_sakura, QStringLiteral("a6"), QStringLiteral("capture"), true, &error);
        QVERIFY(queue.claim(live));
        PrintQueue other(*m_store, client);
        other.process();
        QCOMPARE(queue.job(live)->state, PrintJob::State::Sending);
        sql(QStringLiteral("UPDATE print_job SET state = 'cancelled' WHERE id = '%1'").arg(live));
    }

    void cancelFromTheCommandLine()
    {
        QString error;
        QVERIFY(m_cups.disable(QStringLiteral("capture"), &error));
        CupsClient client;
        PrintQueue queue(*m_store, client);
        const QString id = queue.enqueue(m_marie, QStringLiteral("a6"), QStringLiteral("capture"), true, &error);
        queue.sendPending();
        const PrintJob sent = *queue.job(id);
        QCOMPARE(sent.state, PrintJob::State::Sent);
        QProcess p;
        p.start(TestSupport::binary(QStringLiteral("accueil")),
            { QStringLiteral("--db"), m_store->path(), QStringLiteral("jobs"), QStringLiteral("--cancel"), id });
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("cancelled")));
        QCOMPARE(queue.job(id)->state, PrintJob::State::Cancelled);
        QCOMPARE(client.job(sent.cupsJobId, &error)->state, CupsClient::JobState::Cancelled);
        QVERIFY(m_cups.enable(QStringLiteral("capture"), &error));
    }

    void concurrentSendersPrintEachBadgeOnce()
    {
        // 5 `accueil print` at once and the kiosk's runner, on one database:
        // every badge comes out once. Two rounds here; the benchmark runs 20.
        for (int round = 0; round < 2; ++round) {
            const QString printer = QStringLiteral("counted%1").arg(round);
            const QString out = folder(printer);
            QString error;
            QVERIFY2(m_cups.addCaptureQueue(printer, out, &error), qPrintable(error));
            QStringList attendees;
            for (int i = 0; i < 10; ++i)
                attendees << TestSupport::addAttendee(*m_store, QStringLiteral("CONC-%1-%2").arg(round).arg(i),
                    QStringLiteral("Nguyễn"), QStringLiteral("Văn %1").arg(i));
            PrintQueueRunner runner(m_store->path(), QStringLiteral("id1-card"), printer);
            runner.start();
            for (int i = 0; i < 5; ++i)
                runner.printFirstBadge(attendees.at(i));
            std::vector<std::unique_ptr<QProcess>> senders;
            for (int i = 5; i < 10; ++i) {
                senders.push_back(std::make_unique<QProcess>());
                senders.back()->start(TestSupport::binary(QStringLiteral("accueil")),
                    { QStringLiteral("--db"), m_store->path(), QStringLiteral("print"),
                        QStringLiteral("CONC-%1-%2").arg(round).arg(i), QStringLiteral("--printer"), printer,
                        QStringLiteral("--template"), QStringLiteral("id1-card"), QStringLiteral("--wait") });
            }
            for (auto &p : senders) {
                QVERIFY(p->waitForFinished(120000));
                QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            }
            CupsClient client;
            PrintQueue queue(*m_store, client);
            auto completed = [&] {
                int n = 0;
                for (const QString &a : attendees) {
                    for (const PrintJob &j : queue.jobsFor(a))
                        n += j.state == PrintJob::State::Completed ? 1 : 0;
                }
                return n;
            };
            QTRY_COMPARE_WITH_TIMEOUT(completed(), 10, 120000);
            runner.stop();
            const QFileInfoList labels = QDir(out).entryInfoList({ QStringLiteral("*.pdf") }, QDir::Files);
            QSet<QString> jobs;
            for (const QString &a : attendees) {
                QCOMPARE(queue.jobsFor(a).size(), 1);
                jobs << queue.jobsFor(a).first().id.left(8);
            }
            QCOMPARE(labels.size(), 10);
            for (const QFileInfo &f : labels)
                QVERIFY2(jobs.remove(f.fileName().section(QLatin1Char('-'), 3, 3)), qPrintable(f.fileName()));
            QVERIFY(jobs.isEmpty());
        }
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

    void atTheDeskMeansHeldForStaff()
    {
        // The kiosk's runner: a badge the printer cannot take is held, and the
        // attendee sent to the desk; it does not print by itself when the printer is back.
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
            !changes.isEmpty() && changes.last().at(2).toString() == QStringLiteral("held"), 20000);
        QCOMPARE(changes.last().at(1).toString(), someone);
        QVERIFY2(changes.last().at(3).toString().contains(QStringLiteral("paused")),
            qPrintable(changes.last().at(3).toString()));
        const QString id = changes.last().at(0).toString();
        QVERIFY(m_cups.enable(QStringLiteral("capture"), &error));
        // Rounds go on (the printer is fine again), and the badge stays held.
        QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty() && problems.last().at(1).toString().isEmpty(), 20000);
        CupsClient client;
        PrintQueue queue(*m_store, client);
        queue.process();
        QCOMPARE(queue.job(id)->state, PrintJob::State::Held);
        QVERIFY(captured(m_cups.captureFolder(), id).isEmpty());
        QVERIFY(client.job(queue.job(id)->cupsJobId, &error)->state != CupsClient::JobState::Completed);
        // Staff release it: it prints, once.
        QVERIFY2(queue.release(id, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(queue.job(id)->state, PrintJob::State::Completed, 30000);
        runner.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!captured(m_cups.captureFolder(), id).isEmpty(), 10000);
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
