#include "kiosk/core/EventStore.h"
#include "printing/BadgeRenderer.h"
#include "printing/CategoryStyles.h"
#include "printing/CupsClient.h"
#include "printing/PrintQueue.h"
#include "printing/PrinterBadge.h"
#include "tests/printing/LabelPrinterLab.h"
#include "tests/printing/PrinterStreams.h"
#include "tests/support/TestSupport.h"

#include <ZXing/ReadBarcode.h>

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

Q_DECLARE_METATYPE(BadgeData)

// Badges through Debian's real label printer drivers, in a private cupsd whose
// queues end in a backend that keeps what the printer would receive: the
// bytes are decoded back into the printed dots and compared with our render.
class TestLabelPrinters : public QObject {
    Q_OBJECT

    LabelPrinterLab m_lab;
    QTemporaryDir m_dir;

    static BadgeData badge(const QString &first, const QString &last, const QString &organisation)
    {
        BadgeData d;
        d.firstName = first;
        d.lastName = last;
        d.organisation = organisation;
        d.role = QStringLiteral("Vice-présidente déléguée aux relations internationales");
        d.country = QStringLiteral("France");
        d.categoryLabel = CategoryStyles::instance().labelFor(QStringLiteral("Élu·e"));
        d.categoryColour = CategoryStyles::instance().styleFor(QStringLiteral("Élu·e")).colour;
        d.eventTitle = QStringLiteral("Rencontres de l'Action Internationale des Collectivités Territoriales 2026");
        d.eventDates = QStringLiteral("8–9 juillet 2026");
        d.code = QStringLiteral("RAICT26-7Q4K-9X2M-GL");
        return d;
    }

    static QString zbar(const QString &png)
    {
        QProcess p;
        p.start(QStringLiteral("zbarimg"), { QStringLiteral("--raw"), QStringLiteral("-q"), png });
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    static QString zxing(const QImage &image)
    {
        const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
        ZXing::DecodeHints hints;
        hints.setFormats(ZXing::BarcodeFormat::QRCode);
        try {
            const ZXing::Result r = ZXing::ReadBarcode(ZXing::ImageView(grey.constBits(), grey.width(), grey.height(),
                                                           ZXing::ImageFormat::Lum, int(grey.bytesPerLine())),
                hints);
            return r.isValid() ? QString::fromStdString(r.text()) : QString();
        } catch (const std::exception &) {
            return QString();
        }
    }

    // Ink (grey below half) as a byte per dot.
    static QVector<uchar> inkMap(const QImage &image)
    {
        const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
        QVector<uchar> ink(qsizetype(grey.width()) * grey.height());
        for (int y = 0; y < grey.height(); ++y) {
            const uchar *line = grey.constScanLine(y);
            for (int x = 0; x < grey.width(); ++x)
                ink[y * grey.width() + x] = line[x] < 128;
        }
        return ink;
    }

    // The shift of `b` against `a` along one axis that best lines up their ink profiles.
    static int bestShift(const QVector<int> &a, const QVector<int> &b, int range)
    {
        int best = 0;
        double bestScore = -1;
        for (int shift = -range; shift <= range; ++shift) {
            double score = 0;
            for (int i = 0; i < a.size(); ++i) {
                const int j = i + shift;
                if (j >= 0 && j < b.size())
                    score += double(a.at(i)) * b.at(j);
            }
            if (score > bestScore) {
                bestScore = score;
                best = shift;
            }
        }
        return best;
    }

    struct Comparison {
        QPoint offset; // where our page's origin lies in the printed dots
        int ours = 0; // dots of ink in our render
        int missing = 0; // of those, printed nowhere within one dot
        int outside = 0; // ink of our render outside the printable area
        int extra = 0; // printed dots with no ink of ours within reach: stray dots
    };

    // `reach`: how far, in dots, a printed dot may be from ours (a rasteriser
    // of its own draws edges half a dot apart).
    static Comparison compare(const QImage &ours, const QImage &printed, const QRect &printable, int reach)
    {
        Comparison c;
        const QVector<uchar> a = inkMap(ours);
        const QVector<uchar> b = inkMap(printed);
        const int aw = ours.width(), ah = ours.height(), bw = printed.width(), bh = printed.height();
        QVector<int> aCols(aw), aRows(ah), bCols(bw), bRows(bh);
        for (int y = 0; y < ah; ++y)
            for (int x = 0; x < aw; ++x)
                if (a[y * aw + x])
                    ++aCols[x], ++aRows[y];
        for (int y = 0; y < bh; ++y)
            for (int x = 0; x < bw; ++x)
                if (b[y * bw + x])
                    ++bCols[x], ++bRows[y];
        // A head wider than the label (a narrow tape in a Brother QL) adds its difference.
        c.offset = QPoint(bestShift(aCols, bCols, 80 + std::max(0, bw - aw)), bestShift(aRows, bRows, 120));
        for (int y = 0; y < ah; ++y) {
            for (int x = 0; x < aw; ++x) {
                if (!a[y * aw + x])
                    continue;
                ++c.ours;
                if (!printable.contains(x, y))
                    ++c.outside;
                bool found = false;
                for (int dy = -reach; dy <= reach && !found; ++dy) {
                    for (int dx = -reach; dx <= reach && !found; ++dx) {
                        const int px = x + c.offset.x() + dx, py = y + c.offset.y() + dy;
                        found = px >= 0 && py >= 0 && px < bw && py < bh && b[py * bw + px];
                    }
                }
                if (!found)
                    ++c.missing;
            }
        }
        for (int y = 0; y < bh; ++y) {
            for (int x = 0; x < bw; ++x) {
                if (!b[y * bw + x])
                    continue;
                bool found = false;
                for (int dy = -reach; dy <= reach && !found; ++dy) {
                    for (int dx = -reach; dx <= reach && !found; ++dx) {
                        const int ax = x - c.offset.x() + dx, ay = y - c.offset.y() + dy;
                        found = ax >= 0 && ay >= 0 && ax < aw && ay < ah && a[ay * aw + ax];
                    }
                }
                if (!found)
                    ++c.extra;
            }
        }
        return c;
    }

    // Prints `data` with template `templateName` on `queue` and checks what
    // the printer receives: the label's size, every dot of our render, the QR
    // code read by ZBar and ZXing. A template the queue has no media for is
    // refused with a message naming the template and the queue's sizes.
    void printAndCheck(const QString &queue, const QString &driver, const QString &templateName, const BadgeData &data,
        bool fits = true)
    {
        QString error;
        const auto badgeTemplate = BadgeTemplate::load(templateName, &error);
        QVERIFY2(badgeTemplate, qPrintable(error));
        const PrinterMedia media = PrinterMedia::query(queue, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const PrinterBadge printed = PrinterBadge::render(media, *badgeTemplate, data);
        if (!fits) {
            QVERIFY2(printed.pdf.isEmpty(), "printed on media it does not fit");
            QVERIFY2(printed.error.contains(templateName) && printed.error.contains(queue), qPrintable(printed.error));
            qInfo("%s on %s refused: %s", qPrintable(templateName), qPrintable(queue), qPrintable(printed.error));
            return;
        }
        QVERIFY2(!printed.pdf.isEmpty(), qPrintable(printed.error));
        const CupsClient::Submission submission
            = CupsClient().submit(queue, printed.pdf, QStringLiteral("badge"), printed.pageMm);
        QVERIFY2(submission.jobId > 0, qPrintable(submission.error));
        const LabelPrinterLab::Capture capture = m_lab.take(queue);
        QVERIFY2(!capture.bytes.isEmpty(), qPrintable(m_lab.log()));
        // A printer that takes PDF draws our vectors at its own resolution:
        // compare at 300 dpi, enough to see a lost mark, small enough for A4.
        MediaFit fit = printed.fit;
        if (driver == QLatin1String("ipp"))
            fit.dpi = std::min(fit.dpi, 300);
        const PrinterStreams::Decoded printedDots = PrinterStreams::decode(driver, capture.bytes, fit.dpi);
        QVERIFY2(!printedDots.image.isNull(), qPrintable(printedDots.error));

        // The label the printer is told to print is the template's, give or take a millimetre.
        const double dotsPerMm = fit.dpi / 25.4;
        const QSize label = printedDots.labelDots;
        QVERIFY(label.width() > 0 || label.height() > 0);
        if (label.width() > 0)
            QVERIFY2(std::abs(label.width() / dotsPerMm - fit.pageMm.width()) <= 1.0,
                qPrintable(QStringLiteral("label width %1 dots for %2 mm").arg(label.width()).arg(fit.pageMm.width())));
        else
            QVERIFY(printedDots.image.width() / dotsPerMm <= fit.pageMm.width() + 1.0);
        if (label.height() > 0)
            QVERIFY2(std::abs(label.height() / dotsPerMm - fit.pageMm.height()) <= 1.0,
                qPrintable(
                    QStringLiteral("label length %1 dots for %2 mm").arg(label.height()).arg(fit.pageMm.height())));
        QVERIFY(std::abs(std::max(badgeTemplate->pageMm.width(), badgeTemplate->pageMm.height())
                    - std::max(fit.pageMm.width(), fit.pageMm.height()))
            <= MediaFit::toleranceMm);

        // Every dot of our own render, which keeps to the printable area, is printed.
        const QImage ours = BadgeRenderer::page(*badgeTemplate, data, fit, true);
        QRectF printableMm = fit.printableMm;
        if (fit.rotated) // back to the page's own orientation
            printableMm = QRectF(fit.pageMm.width() - printableMm.bottom(), printableMm.left(), printableMm.height(),
                printableMm.width());
        const QRect printable = QRectF(printableMm.topLeft() * dotsPerMm, printableMm.size() * dotsPerMm)
                                    .toAlignedRect()
                                    .adjusted(-1, -1, 1, 1);
        // Our dots go to a raster driver as they are; a PDF printer draws our
        // vectors itself, so compare with the same rasteriser drawing our PDF.
        const Comparison c = driver == QLatin1String("ipp")
            ? compare(PrinterStreams::pdf(printed.pdf, fit.dpi).image, printedDots.image, printable, 1)
            : compare(ours, printedDots.image, printable, 1);
        QCOMPARE(compare(ours, ours, printable, 0).outside, 0);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString png = m_dir.filePath(tag + QStringLiteral(".png"));
        printedDots.image.save(png);
        if (tag.endsWith(QLatin1String("-latin")) || c.missing > 0) {
            QDir().mkpath(QStringLiteral(ACCUEIL_SOURCE_DIR "/docs/labels"));
            printedDots.image.save(QStringLiteral(ACCUEIL_SOURCE_DIR "/docs/labels/%1.png").arg(tag));
        }
        qInfo("%s: %s, %dx%d dots, label %dx%d, offset %d,%d, ink %d, missing %d, outside %d, stray %d",
            qPrintable(tag), qPrintable(fit.media), printedDots.image.width(), printedDots.image.height(),
            label.width(), label.height(), c.offset.x(), c.offset.y(), c.ours, c.missing, c.outside, c.extra);
        QVERIFY(c.ours > 1000);
        QCOMPARE(c.outside, 0);
        QCOMPARE(c.missing, 0);
        QCOMPARE(c.extra, 0);
        // Drivers that send only the printable area start there: no further than the margins
        // (and a head wider than the label, by the difference).
        const QRectF pageMm(QPointF(0, 0), fit.pageMm);
        const int widerHead = label.width() > 0 ? std::max(0, printedDots.image.width() - label.width()) : 0;
        QVERIFY2(std::abs(c.offset.x())
                    <= (std::max(printableMm.left(), pageMm.right() - printableMm.right()) + 1) * dotsPerMm + widerHead
                && std::abs(c.offset.y())
                    <= (std::max(printableMm.top(), pageMm.bottom() - printableMm.bottom()) + 1) * dotsPerMm,
            "the badge is not where it was drawn");

        // The QR code reads, with ZBar and with ZXing, from the printed dots.
        QCOMPARE(zbar(png), data.code);
        QCOMPARE(zxing(printedDots.image), data.code);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = LabelPrinterLab::unavailableReason();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        QString error;
        QVERIFY2(m_lab.start(LabelPrinterLab::standardQueues(), &error), qPrintable(error + m_lab.log()));
        // A new driverless queue learns its printer's media a moment after it is made.
        QTRY_VERIFY_WITH_TIMEOUT(!PrinterMedia::query(QStringLiteral("office"), &error).sizes.isEmpty(), 30000);
    }

    void printsWhole_data()
    {
        QTest::addColumn<QString>("queue");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<BadgeData>("data");
        const QVector<QPair<QString, BadgeData>> names {
            { QStringLiteral("latin"),
                badge(QStringLiteral("Gaël"), QStringLiteral("LEROY"), QStringLiteral("Métropole de Lyon")) },
            { QStringLiteral("arabic"),
                badge(
                    QStringLiteral("أمينة"), QStringLiteral("بن علي"), QStringLiteral("مجلس جهة طنجة تطوان الحسيمة")) },
            { QStringLiteral("japanese"),
                badge(QStringLiteral("さくら"), QStringLiteral("山田"), QStringLiteral("静岡県浜松市")) },
            { QStringLiteral("vietnamese"),
                badge(QStringLiteral("Thị Hương"), QStringLiteral("Nguyễn"),
                    QStringLiteral("Ủy ban nhân dân thành phố Hà Nội")) },
        };
        const QVector<QStringList> queues {
            { QStringLiteral("lw450"), QStringLiteral("dymo"), QStringLiteral("dymo-99012") },
            { QStringLiteral("cupsdymo"), QStringLiteral("dymo"), QStringLiteral("dymo-99012") },
            { QStringLiteral("ql570"), QStringLiteral("ptouch"), QStringLiteral("brother-dk11202") },
            { QStringLiteral("ql800"), QStringLiteral("ptouch"), QStringLiteral("brother-dk22205") },
            { QStringLiteral("zebra"), QStringLiteral("zpl"), QStringLiteral("4x3in") },
            { QStringLiteral("zebra300"), QStringLiteral("zpl"), QStringLiteral("zebra-4x6in") },
            { QStringLiteral("eplzebra"), QStringLiteral("epl"), QStringLiteral("4x3in") },
            { QStringLiteral("office"), QStringLiteral("ipp"), QStringLiteral("a6") },
        };
        for (const QStringList &q : queues) {
            for (const auto &n : names)
                QTest::newRow(qPrintable(q.at(0) + QLatin1Char('-') + n.first))
                    << q.at(0) << q.at(1) << q.at(2) << n.second;
        }
    }

    // A healthy driverless printer says many things while it works
    // (cups-waiting-for-job-completed, cups-remote-processing, "Connected to
    // printer."): none of them reaches staff as a problem, over 50 badges.
    void healthyDriverlessQueueRaisesNoAlarm()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("event.sqlite"))));
        CupsClient cups;
        PrintQueue queue(store, cups);
        QString error;
        for (int i = 0; i < 50; ++i) {
            const QString attendee = TestSupport::addAttendee(store, QStringLiteral("HEALTHY-%1").arg(i),
                QStringLiteral("Gaël"), QStringLiteral("Leroy %1").arg(i), QStringLiteral("Métropole de Lyon"));
            QVERIFY2(!queue.enqueue(attendee, QStringLiteral("a6"), QStringLiteral("office"), false, &error).isEmpty(),
                qPrintable(error));
        }
        QStringList alarms;
        int labels = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 180000) {
            const PrintQueue::Round round = queue.process();
            alarms << round.problems;
            const auto printer = cups.printer(QStringLiteral("office"), &error);
            QVERIFY2(printer, qPrintable(error));
            if (const QString said = CupsClient::describe(*printer, 0); !said.isEmpty())
                alarms << said;
            while (!m_lab.take(QStringLiteral("office"), 0).bytes.isEmpty())
                ++labels;
            bool done = true;
            for (const PrintJob &job : queue.jobs()) {
                done = done && job.state == PrintJob::State::Completed;
                QVERIFY2(!job.waitsForStaff(), qPrintable(job.lastError));
            }
            if (done && labels == 50)
                break;
            QTest::qWait(100);
        }
        alarms.removeDuplicates();
        QVERIFY2(alarms.isEmpty(), qPrintable(alarms.join(QLatin1Char('\n'))));
        QCOMPARE(labels, 50);
        for (const PrintJob &job : queue.jobs())
            QCOMPARE(job.state, PrintJob::State::Completed);
    }

    void printsWhole()
    {
        QFETCH(QString, queue);
        QFETCH(QString, driver);
        QFETCH(QString, templateName);
        QFETCH(BadgeData, data);
        printAndCheck(queue, driver, templateName, data);
    }

    // Every built-in template on every queue: printed whole, or refused with
    // a message that says why where the queue has no media for it (a label
    // roll narrower than the badge, a label printer for a sheet, an office
    // printer for a label).
    void everyTemplateOnEveryQueue_data()
    {
        QTest::addColumn<QString>("queue");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<bool>("fits");
        const QStringList wide { QStringLiteral("4x3in"), QStringLiteral("a4-8up"), QStringLiteral("a6"),
            QStringLiteral("badge-105x74"), QStringLiteral("zebra-4x6in") };
        const QStringList brother { QStringLiteral("brother-dk11202"), QStringLiteral("brother-dk22205"),
            QStringLiteral("brother-ql-62") };
        const QHash<QString, QStringList> refused {
            { QStringLiteral("ql570"), wide },
            { QStringLiteral("ql800"), wide },
            { QStringLiteral("lw450"), wide + brother },
            { QStringLiteral("cupsdymo"),
                wide + brother + QStringList { QStringLiteral("dymo-11356"), QStringLiteral("id1-card") } },
            { QStringLiteral("eplzebra"), { QStringLiteral("a4-8up"), QStringLiteral("a6") } },
            { QStringLiteral("office"),
                brother
                    + QStringList { QStringLiteral("4x3in"), QStringLiteral("badge-105x74"),
                        QStringLiteral("dymo-11356"), QStringLiteral("dymo-89x36"), QStringLiteral("dymo-99012"),
                        QStringLiteral("id1-card"), QStringLiteral("zebra-4x6in") } },
        };
        for (const LabelPrinterLab::Queue &q : LabelPrinterLab::standardQueues()) {
            for (const QString &name : BadgeTemplate::available())
                QTest::newRow(qPrintable(q.name + QLatin1Char('-') + name))
                    << q.name << q.driver << name << !refused.value(q.name).contains(name);
        }
    }

    void everyTemplateOnEveryQueue()
    {
        QFETCH(QString, queue);
        QFETCH(QString, driver);
        QFETCH(QString, templateName);
        QFETCH(bool, fits);
        printAndCheck(queue, driver, templateName,
            badge(QStringLiteral("Gaël"), QStringLiteral("LEROY"), QStringLiteral("Métropole de Lyon")), fits);
    }
};

QTEST_MAIN(TestLabelPrinters)
#include "tst_labelprinters.moc"
