#include "tests/bench/ScanBench.h"

#include "kiosk/camera/VideoFrameLuma.h"
#include "kiosk/codes/QrCodeImage.h"
#include "kiosk/scan/FrameDecoder.h"
#include "tests/bench/BenchTable.h"

#include <ZXing/ReadBarcode.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

namespace {

QImage scene(QSize size, bool withCode)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, size.width(), size.height());
    g.setColorAt(0, QColor(70, 80, 90));
    g.setColorAt(1, QColor(180, 170, 150));
    p.fillRect(image.rect(), g);
    // Clutter with edges, so that a frame without a code is not trivially empty.
    for (int i = 0; i < 40; ++i) {
        p.setBrush(QColor((i * 53) % 255, (i * 97) % 255, (i * 31) % 255));
        p.drawRect((i * 131) % size.width(), (i * 71) % size.height(), 30 + i % 60, 20 + i % 40);
    }
    if (withCode) {
        const QImage code = QrCodeImage::encode(QStringLiteral("RAICT-7K4M-PQ2X")).toImage(1);
        const int side = size.height() / 3;
        p.translate(size.width() * 0.6, size.height() * 0.45);
        p.rotate(14);
        p.drawImage(QRect(-side / 2, -side / 2, side, side), code);
    }
    return image;
}

struct CorpusImage {
    QString path;
    QByteArray expected;
};

QVector<CorpusImage> corpus(const QString &root)
{
    QVector<CorpusImage> images;
    QStringList folders { root };
    for (const QString &sub : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        folders << root + QLatin1Char('/') + sub;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        for (const QString &name :
            dir.entryList({ QStringLiteral("*.png"), QStringLiteral("*.jpg") }, QDir::Files, QDir::Name)) {
            QFile txt(dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".txt")));
            if (txt.open(QIODevice::ReadOnly))
                images.append({ dir.filePath(name), txt.readAll() });
        }
    }
    return images;
}

QString baselineRead(const LumaImage &l)
{
    try {
        const auto r = ZXing::ReadBarcode(
            ZXing::ImageView(l.data(), l.width(), l.height(), ZXing::ImageFormat::Lum, l.stride()), {});
        return r.isValid() ? QString::fromStdString(r.text()) : QString();
    } catch (...) {
        return QString();
    }
}

} // namespace

namespace ScanBench {

void run(bool quick)
{
    QTextStream(stdout) << "Scanning: time per camera frame (ms; NV12 frame → luminance → decode)\n\n";
    BenchTable frames({ QStringLiteral("frame"), QStringLiteral("code"), QStringLiteral("pipeline p50"),
        QStringLiteral("pipeline p99"), QStringLiteral("baseline p50"), QStringLiteral("baseline p99"),
        QStringLiteral("pipeline / baseline") });
    const int samples = quick ? 40 : 150;
    for (const QSize size : { QSize(640, 480), QSize(1280, 720), QSize(1920, 1080) }) {
        for (bool withCode : { true, false }) {
            QVideoFrame frame = VideoFrameLuma::frameFromImage(scene(size, withCode), QVideoFrameFormat::Format_NV12);
            FrameDecoder decoder; // camera settings: QR, 15 ms budget, passes continued across frames
            int found = 0;
            const auto pipeline = BenchTable::measure(samples, [&](int) {
                frame.map(QVideoFrame::ReadOnly);
                found += decoder.decode(VideoFrameLuma::extract(frame)).found ? 1 : 0;
                frame.unmap();
            });
            int baselineFound = 0;
            const auto baseline = BenchTable::measure(samples, [&](int) {
                frame.map(QVideoFrame::ReadOnly);
                baselineFound += baselineRead(VideoFrameLuma::extract(frame)).isEmpty() ? 0 : 1;
                frame.unmap();
            });
            frames.addRow({ QStringLiteral("%1×%2").arg(size.width()).arg(size.height()),
                withCode ? QStringLiteral("yes (read %1/%2, baseline %3/%4)")
                               .arg(found)
                               .arg(samples + 5)
                               .arg(baselineFound)
                               .arg(samples + 5)
                         : QStringLiteral("no"),
                BenchTable::ms(pipeline.p50Ms), BenchTable::ms(pipeline.p99Ms), BenchTable::ms(baseline.p50Ms),
                BenchTable::ms(baseline.p99Ms),
                QStringLiteral("%1×").arg(pipeline.p50Ms / baseline.p50Ms, 0, 'f', 2) });
        }
    }
    frames.print();

    QTextStream(stdout) << "Scanning: decode rate on still images (a wrong text counts as a failure)\n\n";
    BenchTable rates({ QStringLiteral("corpus"), QStringLiteral("images"), QStringLiteral("pipeline"),
        QStringLiteral("wrong"), QStringLiteral("ZXing default"), QStringLiteral("zbarimg"),
        QStringLiteral("pipeline ms/image p50"), QStringLiteral("p99") });
    const QString zbar = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    const QVector<QPair<QString, QString>> corpora = {
        { QStringLiteral("camera-like (tests/data/scan/corpus)"),
            QStringLiteral(ACCUEIL_SOURCE_DIR "/tests/data/scan/corpus") },
        { QStringLiteral("motion blur (tests/data/scan/motion-blur)"),
            QStringLiteral(ACCUEIL_SOURCE_DIR "/tests/data/scan/motion-blur") },
        { QStringLiteral("ZXing-C++ photographs (tests/data/scan/zxing-qrcode)"),
            QStringLiteral(ACCUEIL_SOURCE_DIR "/tests/data/scan/zxing-qrcode") },
    };
    for (const auto &[name, root] : corpora) {
        const QVector<CorpusImage> images = corpus(root);
        if (images.isEmpty())
            continue;
        int read = 0, wrong = 0, baseline = 0, zbarRead = 0;
        QVector<qint64> ns;
        for (const CorpusImage &image : images) {
            QImageReader reader(image.path);
            reader.setAutoTransform(true);
            const LumaImage luma = LumaImage::fromImage(reader.read());
            FrameDecoder::Options options;
            options.allPasses = true;
            FrameDecoder decoder(options);
            QElapsedTimer t;
            t.start();
            const FrameDecoder::Result r = decoder.decode(luma);
            ns << t.nsecsElapsed();
            if (r.found)
                r.text.toUtf8() == image.expected ? ++read : ++wrong;
            baseline += baselineRead(luma).toUtf8() == image.expected ? 1 : 0;
            if (!zbar.isEmpty()) {
                QProcess p;
                p.start(zbar, { QStringLiteral("-q"), QStringLiteral("--raw"), image.path });
                p.waitForFinished(30000);
                const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
                zbarRead += lines.contains(image.expected) ? 1 : 0;
            }
        }
        const auto stats = BenchTable::fromNanoseconds(ns);
        rates.addRow({ name, QString::number(images.size()), QString::number(read), QString::number(wrong),
            QString::number(baseline), zbar.isEmpty() ? QStringLiteral("n/a") : QString::number(zbarRead),
            BenchTable::ms(stats.p50Ms), BenchTable::ms(stats.p99Ms) });
    }
    rates.print();
}

} // namespace ScanBench
