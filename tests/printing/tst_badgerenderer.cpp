#include "kiosk/scan/FrameDecoder.h"
#include "printing/BadgeComposer.h"
#include "printing/BadgeRenderer.h"
#include "printing/BadgeTemplate.h"
#include "printing/CategoryStyles.h"
#include "printing/TextFitter.h"
#include "tests/printing/PdfTools.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QFontMetricsF>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

// Badges in every template for the hardest names: whole, readable, the right
// size, and with a QR code that reads back.
class TestBadgeRenderer : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static BadgeData badge(
        const QString &first, const QString &last, const QString &organisation, const QString &category)
    {
        BadgeData d;
        d.firstName = first;
        d.lastName = last;
        d.organisation = organisation;
        d.role = QStringLiteral("Vice-présidente déléguée aux relations internationales");
        d.country = QStringLiteral("France");
        d.categoryLabel = CategoryStyles::instance().labelFor(category);
        d.categoryColour = CategoryStyles::instance().styleFor(category).colour;
        d.eventTitle = QStringLiteral("Rencontres de l'Action Internationale des Collectivités Territoriales 2026");
        d.eventDates = QStringLiteral("8–9 juillet 2026");
        d.code = QStringLiteral("CUF-2026-0417");
        return d;
    }

    static QVector<BadgeData> hardNames()
    {
        return { badge(QStringLiteral("Marie-Thérèse"), QStringLiteral("de La Tour d'Auvergne-Lauraguais"),
                     QStringLiteral("Région Auvergne-Rhône-Alpes"), QStringLiteral("Élu·e")),
            badge(QStringLiteral("さくら"), QStringLiteral("山田"), QStringLiteral("静岡県"),
                QStringLiteral("Intervenant·e")),
            badge(QStringLiteral("أمينة"), QStringLiteral("بن علي"), QStringLiteral("مجلس جهة طنجة"),
                QStringLiteral("Presse")),
            badge(QStringLiteral("Thị Hương"), QStringLiteral("Nguyễn"), QStringLiteral("Comité populaire de Hanoï"),
                QStringLiteral("Partenaire")) };
    }

    static FrameDecoder::Result decodeImage(const QString &path)
    {
        FrameDecoder::Options options;
        options.allPasses = true;
        return FrameDecoder(options).decode(LumaImage::fromImage(QImage(path)));
    }

private Q_SLOTS:
    void everyTemplateLoads()
    {
        const QStringList names = BadgeTemplate::available();
        for (const char *expected : { "id1-card", "a6", "4x3in", "brother-ql-62", "dymo-89x36", "a4-8up" })
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        QString error;
        QCOMPARE(BadgeTemplate::load(QStringLiteral("id1-card"), &error)->pageMm, QSizeF(85.6, 54));
        QCOMPARE(BadgeTemplate::load(QStringLiteral("dymo-89x36"), &error)->pageMm, QSizeF(89, 36));
        QVERIFY(BadgeTemplate::load(QStringLiteral("brother-ql-62"), &error)->monochrome);
        QVERIFY(BadgeTemplate::load(QStringLiteral("a4-8up"), &error)->isSheet());
        QVERIFY(!BadgeTemplate::load(QStringLiteral("no-such-template"), &error));
        QVERIFY(error.contains(QStringLiteral("id1-card")));
        QVERIFY(!BadgeTemplate::fromJson("{\"page\": {\"width_mm\": 10}}", &error));
    }

    void namesAreNeverCut_data()
    {
        QTest::addColumn<QString>("templateName");
        for (const QString &name : BadgeTemplate::available()) {
            if (name != QLatin1String("a4-8up"))
                QTest::newRow(qPrintable(name)) << name;
        }
    }
    void namesAreNeverCut()
    {
        QFETCH(QString, templateName);
        QString error;
        const auto t = BadgeTemplate::load(templateName, &error);
        QVERIFY2(t, qPrintable(error));
        const double k = 300 / 25.4;
        for (const BadgeData &d : hardNames()) {
            for (const BadgeTemplate::Element &e : t->elements) {
                if (e.type != BadgeTemplate::Element::Type::Text)
                    continue;
                const QString text = e.uppercase ? d.field(e.field).toUpper() : d.field(e.field);
                QFont font;
                font.setFamilies(t->fonts);
                font.setBold(e.bold);
                const TextFitter::Fit fit
                    = TextFitter::fit(text, font, QSizeF(e.w * k, e.h * k), e.size, e.minSize, e.lines, 300);
                // Every character is there, and every line fits in the box.
                QCOMPARE(PdfTools::letters(fit.lines.join(QString())), PdfTools::letters(text));
                font.setPixelSize(fit.pixelSize);
                for (const QString &line : fit.lines)
                    QVERIFY2(QFontMetricsF(font).horizontalAdvance(line) <= e.w * k,
                        qPrintable(templateName + QLatin1Char(' ') + line));
            }
        }
    }

    void pdfOfEveryTemplate_data() { namesAreNeverCut_data(); }
    void pdfOfEveryTemplate()
    {
        QFETCH(QString, templateName);
        QString error;
        const auto t = BadgeTemplate::load(templateName, &error);
        const QString pdf = m_dir.filePath(templateName + QStringLiteral(".pdf"));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY2(BadgeRenderer::writePdf(&file, *t, hardNames(), &error), qPrintable(error));
        file.close();
        QCOMPARE(PdfTools::pageCount(pdf), 4);
        const QSizeF size = PdfTools::pageSizeMm(pdf);
        QVERIFY2(std::abs(size.width() - t->pageMm.width()) < 0.5 && std::abs(size.height() - t->pageMm.height()) < 0.5,
            qPrintable(QStringLiteral("%1 × %2 mm").arg(size.width()).arg(size.height())));
        const QString text = PdfTools::letters(PdfTools::text(pdf));
        for (const BadgeData &d : hardNames()) {
            QVERIFY2(text.contains(PdfTools::letters(d.firstName)), qPrintable(d.firstName));
            QVERIFY2(text.contains(PdfTools::letters(d.lastName)), qPrintable(d.lastName));
        }
        const FrameDecoder::Result qr = decodeImage(PdfTools::rasterise(pdf, m_dir.filePath(templateName)));
        QVERIFY(qr.found);
        QCOMPARE(qr.text, QStringLiteral("CUF-2026-0417"));
    }

    void thermalRasterIsOneBitAndCrisp_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::newRow("203 dpi") << 203;
        QTest::newRow("300 dpi") << 300;
        QTest::newRow("600 dpi") << 600;
    }
    void thermalRasterIsOneBitAndCrisp()
    {
        QFETCH(int, dpi);
        QString error;
        const auto t = BadgeTemplate::load(QStringLiteral("dymo-89x36"), &error);
        const QImage image = BadgeRenderer::raster(*t, hardNames().first(), dpi, true);
        QCOMPARE(image.format(), QImage::Format_Mono);
        QCOMPARE(image.width(), qRound(89 / 25.4 * dpi));
        QCOMPARE(image.height(), qRound(36 / 25.4 * dpi));
        const QString png = m_dir.filePath(QStringLiteral("dymo-%1.png").arg(dpi));
        QVERIFY(image.save(png));
        const FrameDecoder::Result qr = decodeImage(png);
        QVERIFY(qr.found);
        QCOMPARE(qr.text, QStringLiteral("CUF-2026-0417"));
        QCOMPARE(qr.pass, QStringLiteral("plain")); // crisp: read at the first try
    }

    void sheetOfEight()
    {
        QString error;
        const auto t = BadgeTemplate::load(QStringLiteral("a4-8up"), &error);
        QVector<BadgeData> badges;
        for (int i = 0; i < 10; ++i)
            badges << hardNames().at(i % 4);
        const QString pdf = m_dir.filePath(QStringLiteral("sheet.pdf"));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(BadgeRenderer::writePdf(&file, *t, badges, &error));
        file.close();
        QCOMPARE(PdfTools::pageCount(pdf), 2);
        const QSizeF size = PdfTools::pageSizeMm(pdf);
        QVERIFY(std::abs(size.width() - 210) < 0.5 && std::abs(size.height() - 297) < 0.5);
    }

    // One badge on a sheet sent to a printer with margins: in the first cell,
    // every mark inside the printable area, the code readable.
    void sheetOnAPrinterKeepsToItsMargins()
    {
        QString error;
        const auto t = BadgeTemplate::load(QStringLiteral("a4-8up"), &error);
        QVERIFY2(t, qPrintable(error));
        MediaFit fit = MediaFit::exact(t->pageMm, true, 150);
        fit.printableMm = QRectF(QPointF(0, 0), t->pageMm).marginsRemoved(QMarginsF(6, 6, 6, 6));
        const QImage page = BadgeRenderer::page(*t, hardNames().at(0), fit, true);
        const double k = 150 / 25.4;
        const QRect printable = QRectF(fit.printableMm.topLeft() * k, fit.printableMm.size() * k).toAlignedRect();
        int inside = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x) {
                if (page.pixelIndex(x, y) != 1)
                    continue;
                QVERIFY2(printable.adjusted(-1, -1, 1, 1).contains(x, y),
                    qPrintable(QStringLiteral("ink at %1,%2").arg(x).arg(y)));
                ++inside;
            }
        }
        QVERIFY(inside > 1000);
        const QString png = m_dir.filePath(QStringLiteral("sheet-cell.png"));
        QVERIFY(page.copy(0, 0, page.width() / 2, page.height() / 4 + 40).save(png));
        QCOMPARE(decodeImage(png).text, hardNames().at(0).code);
        QVERIFY(!BadgeRenderer::pdf(*t, hardNames().at(0), fit, &error).isEmpty());
    }

    void templatePerCategory()
    {
        QTemporaryDir extra;
        QFile variant(extra.filePath(QStringLiteral("a6.presse.json")));
        QVERIFY(variant.open(QIODevice::WriteOnly));
        variant.write(R"({"name": "a6.presse", "page": {"width_mm": 105, "height_mm": 148}, "elements": []})");
        variant.close();
        BadgeTemplate::setExtraFolder(extra.path());
        const QString press = CategoryStyles::instance().styleFor(QStringLiteral("Presse")).key;
        QCOMPARE(press, QStringLiteral("presse"));
        QCOMPARE(BadgeTemplate::forCategory(QStringLiteral("a6"), press), QStringLiteral("a6.presse"));
        QCOMPARE(BadgeTemplate::forCategory(QStringLiteral("a6"), QStringLiteral("elu")), QStringLiteral("a6"));
        QCOMPARE(BadgeTemplate::forCategory(QStringLiteral("id1-card"), press), QStringLiteral("id1-card"));
        QCOMPARE(BadgeTemplate::forCategory(QStringLiteral("a6"), QString()), QStringLiteral("a6"));
        BadgeTemplate::setExtraFolder(QString());
    }

    void logo()
    {
        QString error;
        auto t = BadgeTemplate::fromJson(R"({"page": {"width_mm": 60, "height_mm": 30}, "elements": [
            {"type": "image", "path": "logo.svg", "x": 0, "y": 0, "w": 60, "h": 30}]})",
            &error);
        QVERIFY2(t, qPrintable(error));
        t->folder = TestSupport::dataPath(QStringLiteral("badges"));
        const QImage image = BadgeRenderer::raster(*t, hardNames().first(), 100, false);
        // The logo's blue fills the middle of the badge, its orange block is on the right.
        const QColor middle = image.pixelColor(image.width() / 2, image.height() / 8);
        QVERIFY2(middle.blue() > 120 && middle.red() < 80, qPrintable(middle.name()));
        QCOMPARE(image.pixelColor(int(image.width() * 0.7), image.height() / 2).name(), QStringLiteral("#d9822b"));
        // A missing image leaves the badge as it is, without failing it.
        t->elements.first().path = QStringLiteral("missing.png");
        QCOMPARE(BadgeRenderer::raster(*t, hardNames().first(), 100, false).pixelColor(10, 10), QColor(Qt::white));
    }

    void goldenRenders_data()
    {
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<int>("person");
        QTest::newRow("id1-card-latin") << QStringLiteral("id1-card") << 0;
        QTest::newRow("a6-japanese") << QStringLiteral("a6") << 1;
        QTest::newRow("4x3in-arabic") << QStringLiteral("4x3in") << 2;
        QTest::newRow("brother-ql-62-vietnamese") << QStringLiteral("brother-ql-62") << 3;
    }
    void goldenRenders()
    {
        QFETCH(QString, templateName);
        QFETCH(int, person);
        QString error;
        const auto t = BadgeTemplate::load(templateName, &error);
        const QImage actual = BadgeRenderer::raster(*t, hardNames().at(person), 150, t->monochrome)
                                  .convertToFormat(QImage::Format_RGB32);
        const QString golden = TestSupport::dataPath(
            QStringLiteral("badges/%1.expected.png").arg(QString::fromLatin1(QTest::currentDataTag())));
        const QString actualPath = TestSupport::dataPath(
            QStringLiteral("badges/%1.actual.png").arg(QString::fromLatin1(QTest::currentDataTag())));
        const QImage expected = QImage(golden).convertToFormat(QImage::Format_RGB32);
        int differing = 0;
        if (expected.size() == actual.size()) {
            for (int y = 0; y < actual.height(); ++y) {
                for (int x = 0; x < actual.width(); ++x) {
                    const QRgb a = actual.pixel(x, y);
                    const QRgb b = expected.pixel(x, y);
                    if (std::abs(qGray(a) - qGray(b)) > 64)
                        ++differing;
                }
            }
        }
        // A tolerance for font rasterisation; a moved or missing element is far more.
        const bool same = expected.size() == actual.size() && differing <= actual.width() * actual.height() / 200;
        if (!same)
            actual.save(actualPath);
        else
            QFile::remove(actualPath);
        QVERIFY2(same,
            qPrintable(QStringLiteral("%1 pixels differ from %2; the render is in %3")
                           .arg(differing)
                           .arg(golden, actualPath)));
    }
};

QTEST_MAIN(TestBadgeRenderer)
#include "tst_badgerenderer.moc"
