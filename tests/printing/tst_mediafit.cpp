#include "printing/BadgeRenderer.h"
#include "printing/MediaFit.h"

#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(PrinterMedia)

// Which media a badge goes on, and where its marks go: from the sizes and
// margins the real drivers report (Dymo LabelWriter 450, Brother QL, Zebra).
class TestMediaFit : public QObject {
    Q_OBJECT

    static PrinterMedia dymo()
    {
        PrinterMedia m;
        m.queue = QStringLiteral("lw450");
        m.dpi = 300;
        m.sizes = { { QStringLiteral("custom_28.62x87.29mm_28.62x87.29mm"), QSizeF(28.62, 87.29),
                        QMarginsF(1.52, 5.08, 1.02, 1.52) },
            { QStringLiteral("custom_35.73x88.56mm_35.73x88.56mm"), QSizeF(35.73, 88.56),
                QMarginsF(1.52, 5.67, 1.02, 1.52) },
            { QStringLiteral("custom_41.32x88.9mm_41.32x88.9mm"), QSizeF(41.32, 88.9),
                QMarginsF(1.44, 5.84, 1.02, 1.52) } };
        return m;
    }

    static PrinterMedia zebra()
    {
        PrinterMedia m;
        m.queue = QStringLiteral("zebra");
        m.dpi = 203;
        m.sizes = { { QStringLiteral("custom_4x3in_4x3in_borderless"), QSizeF(101.6, 76.2), QMarginsF() },
            { QStringLiteral("custom_4x6in_4x6in_borderless"), QSizeF(101.6, 152.4), QMarginsF() } };
        return m;
    }

    // A Brother QL: named rolls (62 mm and 29 mm continuous, a 62 × 29 mm
    // die-cut label) and any length on them.
    static PrinterMedia brother()
    {
        PrinterMedia m;
        m.queue = QStringLiteral("ql570");
        m.dpi = 300;
        m.sizes = { { QStringLiteral("oe_62mm_2.4445x3.9445in"), QSizeF(62.09, 100.19),
                        QMarginsF(1.52, 2.96, 1.52, 2.96) },
            { QStringLiteral("oe_29mm_1.1389x3.9445in"), QSizeF(28.93, 100.19), QMarginsF(1.52, 2.96, 1.52, 2.96) },
            { QStringLiteral("oe_62x29mm_2.4445x1.1389in"), QSizeF(62.09, 28.93), QMarginsF(1.52, 2.96, 1.52, 2.96) } };
        m.customSizes = true;
        m.customMinMm = QSizeF(12.7, 12.7);
        m.customMaxMm = QSizeF(35277, 35277);
        return m;
    }

private Q_SLOTS:
    // A length of tape the driver cuts to, in whole points (the driver drops
    // a point's fraction, and the dots in it), named in hundredths of a
    // millimetre that come back to exactly those points.
    void rasterIsWholeDeviceDots_data()
    {
        QTest::addColumn<int>("device");
        QTest::addColumn<int>("raster");
        QTest::newRow("zebra") << 203 << 203;
        QTest::newRow("brother") << 300 << 300;
        QTest::newRow("laser 600") << 600 << 600;
        QTest::newRow("laser 1200") << 1200 << 600;
        QTest::newRow("inkjet 720") << 720 << 360;
        QTest::newRow("2400") << 2400 << 600;
        QTest::newRow("odd 1201") << 1201 << 1201; // no whole fraction: the device's own
        QTest::newRow("not said") << 0 << 300;
    }

    // A monochrome page is drawn at the device's resolution or a whole
    // fraction of it no finer than 600 dpi.
    void rasterIsWholeDeviceDots()
    {
        QFETCH(int, device);
        QFETCH(int, raster);
        PrinterMedia laser;
        laser.queue = QStringLiteral("laser");
        laser.dpi = device;
        laser.sizes = { { QStringLiteral("iso_a6_105x148mm"), QSizeF(105, 148), QMarginsF(4, 4, 4, 4) } };
        QString error;
        const auto fit = MediaFit::choose(QStringLiteral("a6"), QSizeF(105, 148), laser, &error);
        QVERIFY2(fit, qPrintable(error));
        QCOMPARE(fit->dpi, raster);
    }

    void continuousTapeIsCutInWholePoints()
    {
        QString error;
        const auto fit = MediaFit::choose(QStringLiteral("long"), QSizeF(62, 150), brother(), &error);
        QVERIFY2(fit, qPrintable(error));
        QVERIFY(!fit->rotated);
        QCOMPARE(qRound(fit->pageMm.width() * 72 / 25.4 * 1000), 176000); // the 62 mm roll: 176 pt
        QCOMPARE(qRound(fit->pageMm.height() * 72 / 25.4 * 1000), 425000); // 150 mm is 425.2 pt: 425
        QCOMPARE(fit->media, QStringLiteral("Custom.62.09x149.94mm"));
        // What the driver makes of it: whole points, the fraction dropped.
        QCOMPARE(int(std::floor(62.09 * 72 / 25.4)), 176);
        QCOMPARE(int(std::floor(149.94 * 72 / 25.4)), 425);
        QCOMPARE(fit->printableMm, QRectF(1.52, 2.96, fit->badgeMm.width() - 3.04, fit->badgeMm.height() - 5.92));
        // A 29 mm wide badge on the 29 mm roll, a card on neither.
        QCOMPARE(MediaFit::choose(QStringLiteral("narrow"), QSizeF(29, 90), brother(), &error)->media,
            QStringLiteral("Custom.28.93x89.96mm"));
        QVERIFY(MediaFit::choose(QStringLiteral("wide"), QSizeF(101.6, 76.2), brother(), &error) == std::nullopt);
        QVERIFY2(error.contains(QLatin1String("wide")), qPrintable(error));
        // Turned when only the turned badge is as wide as a roll.
        const auto turned = MediaFit::choose(QStringLiteral("turned"), QSizeF(120, 62), brother(), &error);
        QVERIFY2(turned, qPrintable(error));
        QVERIFY(turned->rotated);
        // The job's media names the same size again from the page alone.
        cups_option_t *options = nullptr;
        const int count = MediaFit::addJobOptions(nullptr, nullptr, fit->pageMm, 0, &options);
        QCOMPARE(QString::fromUtf8(cupsGetOption("media", count, options)), fit->media);
        cupsFreeOptions(count, options);
    }

    void choosesTheLabel_data()
    {
        QTest::addColumn<PrinterMedia>("printer");
        QTest::addColumn<QSizeF>("badge");
        QTest::addColumn<QString>("media");
        QTest::addColumn<bool>("rotated");
        QTest::addColumn<int>("dpi");
        QTest::newRow("dymo 99012 turned")
            << dymo() << QSizeF(89, 36) << QStringLiteral("custom_35.73x88.56mm_35.73x88.56mm") << true << 300;
        QTest::newRow("dymo 11356 turned")
            << dymo() << QSizeF(89, 41) << QStringLiteral("custom_41.32x88.9mm_41.32x88.9mm") << true << 300;
        QTest::newRow("dymo as fed") << dymo() << QSizeF(36, 89) << QStringLiteral("custom_35.73x88.56mm_35.73x88.56mm")
                                     << false << 300;
        QTest::newRow("zebra 4x3") << zebra() << QSizeF(101.6, 76.2) << QStringLiteral("custom_4x3in_4x3in_borderless")
                                   << false << 203;
        QTest::newRow("zebra 4x6") << zebra() << QSizeF(101.6, 152.4) << QStringLiteral("custom_4x6in_4x6in_borderless")
                                   << false << 203;
    }

    void choosesTheLabel()
    {
        QFETCH(PrinterMedia, printer);
        QFETCH(QSizeF, badge);
        QFETCH(QString, media);
        QFETCH(bool, rotated);
        QFETCH(int, dpi);
        QString error;
        const auto fit = MediaFit::choose(QStringLiteral("t"), badge, printer, &error);
        QVERIFY2(fit, qPrintable(error));
        QCOMPARE(fit->media, media);
        QCOMPARE(fit->rotated, rotated);
        QCOMPARE(fit->dpi, dpi);
        QVERIFY(fit->monochrome);
        QVERIFY(std::abs(fit->badgeMm.width() - badge.width()) <= MediaFit::toleranceMm);
        QVERIFY(std::abs(fit->badgeMm.height() - badge.height()) <= MediaFit::toleranceMm);
    }

    void turnedMarginsFollowTheBadge()
    {
        QString error;
        const auto fit = MediaFit::choose(QStringLiteral("dymo-99012"), QSizeF(89, 36), dymo(), &error);
        QVERIFY(fit);
        // The page's 5.67 mm end is the badge's left edge once turned clockwise.
        QCOMPARE(fit->printableMm.left(), 5.67);
        QCOMPARE(fit->printableMm.top(), 1.02);
        QVERIFY(qFuzzyCompare(fit->printableMm.right(), 88.56 - 1.52));
        QVERIFY(qFuzzyCompare(fit->printableMm.bottom(), 35.73 - 1.52));
    }

    void refusesWhatDoesNotFit()
    {
        QString error;
        QVERIFY(!MediaFit::choose(QStringLiteral("a6"), QSizeF(105, 148), dymo(), &error));
        QVERIFY2(error.contains(QLatin1String("\"a6\"")) && error.contains(QStringLiteral("105 × 148 mm"))
                && error.contains(QLatin1String("lw450")) && error.contains(QStringLiteral("35.7 × 88.6 mm")),
            qPrintable(error));
        // 2.5 mm off is too far.
        QVERIFY(!MediaFit::choose(QStringLiteral("t"), QSizeF(89, 38.3), dymo(), &error));
    }

    void marksStayInsideThePrintableArea_data()
    {
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<PrinterMedia>("printer");
        QTest::newRow("dymo-99012") << QStringLiteral("dymo-99012") << dymo();
        QTest::newRow("dymo-11356") << QStringLiteral("dymo-11356") << dymo();
        QTest::newRow("4x3in") << QStringLiteral("4x3in") << zebra();
        QTest::newRow("zebra-4x6in") << QStringLiteral("zebra-4x6in") << zebra();
    }

    void marksStayInsideThePrintableArea()
    {
        QFETCH(QString, templateName);
        QFETCH(PrinterMedia, printer);
        QString error;
        const auto t = BadgeTemplate::load(templateName, &error);
        QVERIFY2(t, qPrintable(error));
        const auto fit = MediaFit::choose(t->name, t->pageMm, printer, &error);
        QVERIFY2(fit, qPrintable(error));
        const BadgeTemplate arranged = MediaFit::arrange(*t, *fit);
        QCOMPARE(arranged.elements.size(), t->elements.size());
        for (const BadgeTemplate::Element &e : arranged.elements) {
            const QRectF box(e.x, e.y, e.w, e.h);
            QVERIFY2(fit->printableMm.adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(box),
                qPrintable(QStringLiteral("%1,%2 %3x%4").arg(e.x).arg(e.y).arg(e.w).arg(e.h)));
            QVERIFY(e.w > 0 && e.h > 0);
        }
        // A borderless label keeps its full-bleed bands.
        if (fit->printableMm == QRectF(QPointF(0, 0), fit->badgeMm)) {
            for (int i = 0; i < t->elements.size(); ++i)
                QCOMPARE(arranged.elements.at(i).w, t->elements.at(i).w);
        }
        // The 1-bit page is pure black and white at the device's resolution.
        BadgeData badge;
        badge.firstName = QStringLiteral("Gaël");
        badge.lastName = QStringLiteral("LEROY");
        badge.code = QStringLiteral("RAICT26-7Q4K");
        const QImage page = BadgeRenderer::page(*t, badge, *fit, true);
        QCOMPARE(page.format(), QImage::Format_Mono);
        QCOMPARE(page.width(), qRound(fit->pageMm.width() / 25.4 * fit->dpi));
        QCOMPARE(page.height(), qRound(fit->pageMm.height() / 25.4 * fit->dpi));
    }
};

QTEST_MAIN(TestMediaFit)
#include "tst_mediafit.moc"
