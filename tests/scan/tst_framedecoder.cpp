#include "kiosk/camera/VideoFrameLuma.h"
#include "kiosk/codes/QrCodeImage.h"
#include "kiosk/scan/FrameDecoder.h"
#include "kiosk/scan/LabelRectifier.h"
#include "kiosk/scan/MotionDeblur.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QtMath>

// The decoding pipeline on corpora of real and camera-like images: the decode
// rate is held to a floor, and a wrong text is never accepted.
class TestFrameDecoder : public QObject {
    Q_OBJECT

    struct Rate {
        int read = 0;
        int total = 0;
        QStringList wrong;
        QStringList missed;
        QMap<QString, int> byPass; // which pass read how many

        QString passes() const
        {
            QStringList list;
            for (auto it = byPass.cbegin(); it != byPass.cend(); ++it)
                list << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
            return list.join(QLatin1String(", "));
        }
    };

    static Rate runCorpus(const QStringList &folders)
    {
        Rate rate;
        FrameDecoder::Options options;
        options.allPasses = true;
        for (const QString &folder : folders) {
            const QDir dir(folder);
            for (const QString &name :
                dir.entryList({ QStringLiteral("*.png"), QStringLiteral("*.jpg") }, QDir::Files, QDir::Name)) {
                QFile expected(dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".txt")));
                if (!expected.open(QIODevice::ReadOnly))
                    continue;
                ++rate.total;
                QImageReader reader(dir.filePath(name));
                reader.setAutoTransform(true);
                FrameDecoder decoder(options);
                const FrameDecoder::Result r = decoder.decode(LumaImage::fromImage(reader.read()));
                const QString shown = folders.size() > 1 ? dir.dirName() + QLatin1Char('/') + name : name;
                if (!r.found) {
                    rate.missed << shown;
                } else if (r.text.toUtf8() == expected.readAll()) {
                    ++rate.read;
                    ++rate.byPass[r.pass];
                } else {
                    rate.wrong << shown;
                }
            }
        }
        return rate;
    }

private Q_SLOTS:
    void cameraLikeCorpus()
    {
        const Rate rate = runCorpus({ TestSupport::dataPath(QStringLiteral("scan/corpus")) });
        qInfo("camera-like corpus: %d of %d read (%s); missed: %s", rate.read, rate.total, qPrintable(rate.passes()),
            qPrintable(rate.missed.join(QLatin1Char(' '))));
        QCOMPARE(rate.total, 67);
        QVERIFY2(rate.wrong.isEmpty(), qPrintable(rate.wrong.join(QLatin1Char(' '))));
        QVERIFY(rate.read >= 67); // ZXing alone with retries: 65
    }

    void motionBlurCorpus()
    {
        // Codes smeared at five angles and four lengths: read at least as
        // well as zbarimg reads them, and never wrong.
        const QString folder = TestSupport::dataPath(QStringLiteral("scan/motion-blur"));
        const Rate rate = runCorpus({ folder });
        qInfo("motion-blur corpus: %d of %d read (%s); missed: %s", rate.read, rate.total, qPrintable(rate.passes()),
            qPrintable(rate.missed.join(QLatin1Char(' '))));
        QCOMPARE(rate.total, 20);
        QVERIFY2(rate.wrong.isEmpty(), qPrintable(rate.wrong.join(QLatin1Char(' '))));
        QVERIFY(rate.read >= 19); // zbarimg reads 10
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbarimg.isEmpty())
            QSKIP("zbarimg (zbar-tools) is not installed: no comparison");
        int zbarRead = 0;
        const QDir dir(folder);
        for (const QString &name : dir.entryList({ QStringLiteral("*.jpg") }, QDir::Files, QDir::Name)) {
            QFile expected(dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".txt")));
            QVERIFY(expected.open(QIODevice::ReadOnly));
            QProcess zbar;
            zbar.start(zbarimg, { QStringLiteral("-q"), QStringLiteral("--raw"), dir.filePath(name) });
            QVERIFY(zbar.waitForFinished(30000));
            zbarRead += zbar.readAllStandardOutput().split('\n').contains(expected.readAll()) ? 1 : 0;
        }
        qInfo("zbarimg reads %d of %d", zbarRead, rate.total);
        QVERIFY(rate.read >= zbarRead);
    }

    void zxingPhotographs()
    {
        // ZXing-C++'s own black-box photographs (Apache-2.0, see the folder's README.md).
        const QString root = TestSupport::dataPath(QStringLiteral("scan/zxing-qrcode"));
        QStringList folders;
        for (const QString &sub : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            folders << root + QLatin1Char('/') + sub;
        const Rate rate = runCorpus(folders);
        qInfo("ZXing-C++ photographs: %d of %d read (%s); missed: %s", rate.read, rate.total, qPrintable(rate.passes()),
            qPrintable(rate.missed.join(QLatin1Char(' '))));
        QCOMPARE(rate.total, 137);
        QVERIFY2(rate.wrong.isEmpty(), qPrintable(rate.wrong.join(QLatin1Char(' '))));
        QVERIFY(rate.read >= 130); // plain ZXing 1.4 with retries reads 122, zbarimg 94
    }

    void videoFrameFormats_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("NV12") << int(QVideoFrameFormat::Format_NV12);
        QTest::newRow("YUV420P") << int(QVideoFrameFormat::Format_YUV420P);
        QTest::newRow("YUYV") << int(QVideoFrameFormat::Format_YUYV);
        QTest::newRow("UYVY") << int(QVideoFrameFormat::Format_UYVY);
        QTest::newRow("BGRA8888") << int(QVideoFrameFormat::Format_BGRA8888);
        QTest::newRow("BGRX8888") << int(QVideoFrameFormat::Format_BGRX8888);
        QTest::newRow("RGBX8888") << int(QVideoFrameFormat::Format_RGBX8888);
    }
    void videoFrameFormats()
    {
        QFETCH(int, format);
        // A 1280×720 frame with a code off-centre, as a camera would deliver it.
        QImage scene(1280, 720, QImage::Format_RGB32);
        scene.fill(QColor(90, 110, 120));
        const QImage code = QrCodeImage::encode(QStringLiteral("CUF-2026-0417")).toImage(6);
        for (int y = 0; y < code.height(); ++y) {
            for (int x = 0; x < code.width(); ++x)
                scene.setPixel(700 + x, 200 + y, code.pixel(x, y));
        }
        QVideoFrame frame = VideoFrameLuma::frameFromImage(scene, QVideoFrameFormat::PixelFormat(format));
        QVERIFY(frame.isValid());
        QVERIFY(frame.map(QVideoFrame::ReadOnly));
        const LumaImage luma = VideoFrameLuma::extract(frame);
        QCOMPARE(luma.width(), 1280);
        QCOMPARE(luma.height(), 720);
        FrameDecoder decoder;
        const FrameDecoder::Result r = decoder.decode(luma);
        frame.unmap();
        QVERIFY(r.found);
        QCOMPARE(r.text, QStringLiteral("CUF-2026-0417"));
        QCOMPARE(r.format, QStringLiteral("QRCode"));
    }

    void invertedCodeFromADarkModeScreen()
    {
        QImage code = QrCodeImage::encode(QStringLiteral("RAICT-7K4M-PQ2X")).toImage(5);
        code.invertPixels();
        FrameDecoder decoder;
        const FrameDecoder::Result r = decoder.decode(LumaImage::fromImage(code));
        QVERIFY(r.found);
        QCOMPARE(r.text, QStringLiteral("RAICT-7K4M-PQ2X"));
        QCOMPARE(r.pass, QStringLiteral("inverted"));
    }

    void recoveryPassesContinueOnTheNextFrame()
    {
        // With a tiny budget, each frame tries only a few passes, and the next
        // frame carries on: a hard code held still is read within a few frames.
        QImage code = QrCodeImage::encode(QStringLiteral("CUF-2026-0500")).toImage(4);
        code.invertPixels();
        FrameDecoder::Options options;
        options.budgetMs = 1; // room for a pass or two per frame
        FrameDecoder decoder(options);
        const LumaImage frame = LumaImage::fromImage(code);
        bool found = false;
        int frames = 0;
        while (!found && frames < FrameDecoder::passNames().size()) {
            ++frames;
            found = decoder.decode(frame).found;
        }
        QVERIFY(found);
    }

    void motionBlurIsUndoneAlongItsDirection_data()
    {
        QTest::addColumn<int>("angle");
        for (int angle : { 0, 30, 60, 90, 135 })
            QTest::addRow("%d°", angle) << angle;
    }
    void motionBlurIsUndoneAlongItsDirection()
    {
        QFETCH(int, angle);
        // A code smeared over 9 pixels (about two modules) along the angle.
        const QImage code = QrCodeImage::encode(QStringLiteral("CUF-2026-0417")).toImage(5);
        QImage sharp(400, 400, QImage::Format_Grayscale8);
        sharp.fill(Qt::white);
        QPainter(&sharp).drawImage((400 - code.width()) / 2, (400 - code.height()) / 2, code);
        const int length = 9;
        QImage smeared(sharp.size(), QImage::Format_Grayscale8);
        const double dx = std::cos(qDegreesToRadians(double(angle)));
        const double dy = std::sin(qDegreesToRadians(double(angle)));
        for (int y = 0; y < sharp.height(); ++y) {
            for (int x = 0; x < sharp.width(); ++x) {
                int sum = 0;
                for (int i = 0; i < length; ++i) {
                    const int sx = std::clamp(x + int(std::lround(i * dx)), 0, sharp.width() - 1);
                    const int sy = std::clamp(y + int(std::lround(i * dy)), 0, sharp.height() - 1);
                    sum += sharp.constScanLine(sy)[sx];
                }
                smeared.scanLine(y)[x] = uchar(sum / length);
            }
        }
        const LumaImage frame = LumaImage::fromImage(smeared);
        const double found = MotionDeblur::blurAngle(frame);
        const double off = std::min(std::abs(found - angle), 180 - std::abs(found - angle));
        QVERIFY2(off < 10, qPrintable(QStringLiteral("found %1°").arg(found)));
        FrameDecoder::Options options;
        options.allPasses = true;
        const FrameDecoder::Result r = FrameDecoder(options).decode(MotionDeblur::deblurred(frame, found, length));
        QVERIFY(r.found);
        QCOMPARE(r.text, QStringLiteral("CUF-2026-0417"));
    }

    void bentLabelIsRectified_data()
    {
        QTest::addColumn<double>("bow"); // how far the top and bottom sag, in label widths
        QTest::addColumn<double>("sideways"); // how far the left and right sides bulge
        QTest::newRow("flat") << 0.0 << 0.0;
        QTest::newRow("sagging 5 %") << 0.05 << 0.0;
        QTest::newRow("sagging 9 %") << 0.09 << 0.0;
        QTest::newRow("sagging 12 %") << 0.12 << 0.0;
        QTest::newRow("bulging 4 %") << 0.0 << 0.04;
        QTest::newRow("sagging 7 %, bulging 4 %") << 0.07 << 0.04;
    }
    void bentLabelIsRectified()
    {
        QFETCH(double, bow);
        QFETCH(double, sideways);
        // A badge on fabric: a light label, bent, on a dark coat. Each point
        // (u, v) of the flat label lands at (u + sideways·sin πv, v + bow·sin πu).
        const QString text = QStringLiteral("CUF-2026-0417 Ada Lovelace");
        const QrCodeImage code = QrCodeImage::encode(text);
        const int quiet = 2;
        const int cells = code.size() + 2 * quiet;
        const double side = 300;
        const QPointF origin(170, 90);
        QImage scene(640, 480, QImage::Format_Grayscale8);
        for (int y = 0; y < scene.height(); ++y) {
            for (int x = 0; x < scene.width(); ++x) {
                double u = (x - origin.x()) / side;
                double v = (y - origin.y()) / side;
                for (int i = 0; i < 8; ++i) { // the inverse mapping, by fixed-point steps
                    u = (x - origin.x()) / side - sideways * std::sin(M_PI * v);
                    v = (y - origin.y()) / side - bow * std::sin(M_PI * u);
                }
                uchar value = 40; // the coat
                if (u >= 0 && u < 1 && v >= 0 && v < 1) {
                    const int cx = int(u * cells) - quiet;
                    const int cy = int(v * cells) - quiet;
                    const bool dark = cx >= 0 && cy >= 0 && cx < code.size() && cy < code.size() && code.module(cx, cy);
                    value = dark ? 30 : 225;
                }
                scene.scanLine(y)[x] = value;
            }
        }
        const LumaImage frame = LumaImage::fromImage(scene);

        const LabelRectifier::Outline outline = LabelRectifier::outline(frame);
        QVERIFY(outline.found);
        const std::array<QPointF, 4> corners { origin, origin + QPointF(side, 0), origin + QPointF(side, side),
            origin + QPointF(0, side) };
        for (int i = 0; i < 4; ++i) {
            const QPointF off = outline.corners.at(i) - corners.at(i);
            QVERIFY2(std::hypot(off.x(), off.y()) < 4,
                qPrintable(QStringLiteral("corner %1 at %2, %3")
                               .arg(i)
                               .arg(outline.corners.at(i).x())
                               .arg(outline.corners.at(i).y())));
        }
        // Halfway along the top, the traced side sags with the label.
        const QPointF topMiddle = outline.top.at(outline.top.size() / 2);
        QVERIFY2(std::abs(topMiddle.y() - (origin.y() + bow * side)) < 3, qPrintable(QString::number(topMiddle.y())));

        FrameDecoder::Options options;
        options.allPasses = true;
        const FrameDecoder::Result r = FrameDecoder(options).decode(frame);
        QVERIFY(r.found);
        QCOMPARE(r.text, text);
        // No other pass reads a bent label: a single perspective does not fit it.
        QCOMPARE(r.pass, bow == 0 && sideways == 0 ? QStringLiteral("plain") : QStringLiteral("label-rectified"));
        const FrameDecoder::Result rectified = FrameDecoder(options).decode(LabelRectifier::rectified(frame));
        QVERIFY(rectified.found);
        QCOMPARE(rectified.text, text);
        QCOMPARE(rectified.pass, QStringLiteral("plain")); // once rectified, the code is flat
    }

    void noLabelNoOutline()
    {
        // Nothing label-like: no outline, no rectified image, and no cost beyond the look.
        QImage noise(320, 240, QImage::Format_Grayscale8);
        for (int y = 0; y < noise.height(); ++y) {
            for (int x = 0; x < noise.width(); ++x)
                noise.scanLine(y)[x] = uchar((x * 7919 + y * 104729) % 251);
        }
        QVERIFY(!LabelRectifier::outline(LumaImage::fromImage(noise)).found);
        QImage blank(320, 240, QImage::Format_Grayscale8);
        blank.fill(200);
        QVERIFY(!LabelRectifier::outline(LumaImage::fromImage(blank)).found);
        QVERIFY(LabelRectifier::rectified(LumaImage::fromImage(blank)).isNull());
        QVERIFY(LabelRectifier::rectified(LumaImage()).isNull());
    }

    void noCodeNoText()
    {
        QImage noise(640, 480, QImage::Format_Grayscale8);
        for (int y = 0; y < noise.height(); ++y) {
            for (int x = 0; x < noise.width(); ++x)
                noise.scanLine(y)[x] = uchar((x * 7919 + y * 104729) % 251);
        }
        FrameDecoder::Options options;
        options.allPasses = true;
        QVERIFY(!FrameDecoder(options).decode(LumaImage::fromImage(noise)).found);
        QVERIFY(!FrameDecoder().decode(LumaImage()).found);
    }

    void otherFormatsByConfiguration()
    {
        QString unknown;
        QVERIFY(FrameDecoder::validFormats({ QStringLiteral("QRCode"), QStringLiteral("DataMatrix") }, &unknown));
        QVERIFY(!FrameDecoder::validFormats({ QStringLiteral("Hologram") }, &unknown));
        QCOMPARE(unknown, QStringLiteral("Hologram"));
    }
};

QTEST_GUILESS_MAIN(TestFrameDecoder)
#include "tst_framedecoder.moc"
