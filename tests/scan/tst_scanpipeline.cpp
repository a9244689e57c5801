#include "kiosk/camera/CameraSource.h"
#include "kiosk/camera/ImageSequenceSource.h"
#include "kiosk/camera/RepeatFilter.h"
#include "kiosk/camera/ScanPipeline.h"
#include "kiosk/camera/ScanWorker.h"
#include "kiosk/camera/VideoFileSource.h"
#include "kiosk/camera/VideoFrameLuma.h"
#include "kiosk/codes/QrCodeImage.h"

#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestScanPipeline : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    const QStringList m_codes { QStringLiteral("CUF-2026-0417"), QStringLiteral("RAICT-7K4M-PQ2X"),
        QStringLiteral("0042000003") };

    static QImage scene(const QString &text)
    {
        QImage image(640, 480, QImage::Format_RGB32);
        image.fill(QColor(120, 120, 110));
        if (!text.isEmpty()) {
            const QImage code = QrCodeImage::encode(text).toImage(5);
            for (int y = 0; y < code.height(); ++y) {
                for (int x = 0; x < code.width(); ++x)
                    image.setPixel(200 + x, 100 + y, code.pixel(x, y));
            }
        }
        return image;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("codes")));
        for (int i = 0; i < m_codes.size(); ++i)
            QVERIFY(scene(m_codes.at(i)).save(m_dir.filePath(QStringLiteral("codes/%1.png").arg(i))));
    }

    void repeatFilter()
    {
        RepeatFilter f(2000);
        QVERIFY(f.read(QStringLiteral("A"), 0));
        QVERIFY(!f.read(QStringLiteral("A"), 100)); // still in view
        QVERIFY(!f.read(QStringLiteral("A"), 1900)); // a few frames missed it: same presentation
        QVERIFY(!f.read(QStringLiteral("A"), 3800));
        QVERIFY(f.read(QStringLiteral("A"), 6000)); // gone for more than 2 s: shown again
        QVERIFY(f.read(QStringLiteral("B"), 6100)); // another code at once
        QVERIFY(f.read(QStringLiteral("A"), 6200));
    }

    void imagesHeldUpAreOneScanEach()
    {
        ImageSequenceSource::Timing timing;
        timing.framesPerSecond = 20;
        timing.holdMs = 600;
        timing.gapMs = 400;
        timing.loop = false;
        ImageSequenceSource source(m_dir.filePath(QStringLiteral("codes")), timing);
        QCOMPARE(source.files().size(), 3);
        ScanPipeline pipeline;
        pipeline.setGoneAfter(300);
        pipeline.setSource(&source);
        QSignalSpy scans(&pipeline, &ScanPipeline::codeScanned);
        QThread *decoderThread = nullptr;
        connect(&pipeline, &ScanPipeline::frameDecoded, this, [&] { decoderThread = QThread::currentThread(); });
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(!source.isActive(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(scans.size(), 3, 5000);
        QTest::qWait(200);
        QCOMPARE(scans.size(), 3); // one scan per presentation, not per frame
        for (int i = 0; i < 3; ++i)
            QCOMPARE(scans.at(i).at(0).toString(), m_codes.at(i));
        QVERIFY(pipeline.framesDecoded() > 20);
        QCOMPARE(decoderThread, QThread::currentThread()); // results come back to the GUI thread
    }

    void decodesOnItsOwnThreadAndDropsStaleFrames()
    {
        ScanWorker worker(FrameDecoder::Options {});
        QThread thread;
        worker.moveToThread(&thread);
        thread.start();
        // Written on the decoder thread, read on this one: every access under the lock.
        QMutex lock;
        QSet<QThread *> decodedOn;
        QVector<qint64> decodedStamps;
        connect(
            &worker, &ScanWorker::frameDecoded, &worker,
            [&](const FrameDecoder::Result &, qint64 stamp) {
                const QMutexLocker locker(&lock);
                decodedOn.insert(QThread::currentThread());
                decodedStamps << stamp;
            },
            Qt::DirectConnection);
        const auto lastStamp = [&] {
            const QMutexLocker locker(&lock);
            return decodedStamps.isEmpty() ? qint64(-1) : decodedStamps.last();
        };
        // A burst of frames much faster than they can be decoded.
        const QVideoFrame frame = VideoFrameLuma::frameFromImage(scene(QString()), QVideoFrameFormat::Format_NV12);
        for (int i = 0; i < 300; ++i)
            worker.offer(frame, i);
        QTRY_COMPARE_WITH_TIMEOUT(lastStamp(), qint64(299), 10000);
        thread.quit();
        thread.wait(); // the decoder thread is done: no lock needed from here on
        QCOMPARE(worker.framesOffered(), quint64(300));
        QVERIFY(worker.framesDecoded() < 300); // dropped, not queued
        QCOMPARE(worker.framesDecoded(), quint64(decodedStamps.size()));
        QCOMPARE(decodedOn, QSet<QThread *> { &thread });
        for (int i = 1; i < decodedStamps.size(); ++i)
            QVERIFY(decodedStamps.at(i) > decodedStamps.at(i - 1)); // always newer
    }

    void videoFile()
    {
        const QString gst = QStandardPaths::findExecutable(QStringLiteral("gst-launch-1.0"));
        if (gst.isEmpty())
            QSKIP("gst-launch-1.0 is needed to make the test video");
        // Ten seconds of MJPEG video showing the first code.
        const QString video = m_dir.filePath(QStringLiteral("scene.avi"));
        QProcess encode;
        encode.start(gst,
            { QStringLiteral("-q"), QStringLiteral("multifilesrc"),
                QStringLiteral("location=") + m_dir.filePath(QStringLiteral("codes/0.png")),
                QStringLiteral("num-buffers=40"), QStringLiteral("caps=image/png,framerate=10/1"), QStringLiteral("!"),
                QStringLiteral("pngdec"), QStringLiteral("!"), QStringLiteral("videoconvert"), QStringLiteral("!"),
                QStringLiteral("jpegenc"), QStringLiteral("!"), QStringLiteral("avimux"), QStringLiteral("!"),
                QStringLiteral("filesink"), QStringLiteral("location=") + video });
        QVERIFY(encode.waitForFinished(60000));
        QVERIFY2(encode.exitCode() == 0 && QFileInfo(video).size() > 0, encode.readAllStandardError().constData());
        VideoFileSource source(video);
        ScanPipeline pipeline;
        pipeline.setSource(&source);
        QSignalSpy scans(&pipeline, &ScanPipeline::codeScanned);
        QSignalSpy failures(&source, &FrameSource::failed);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(!scans.isEmpty() || !failures.isEmpty(), 20000);
        QVERIFY2(failures.isEmpty(), qPrintable(source.errorString()));
        QCOMPARE(scans.first().at(0).toString(), m_codes.first());
        source.stop();
    }

    void missingCameraIsReported()
    {
        CameraSource camera(QStringLiteral("no-such-camera-here"));
        QSignalSpy failures(&camera, &FrameSource::failed);
        camera.start();
        QCOMPARE(failures.size(), 1);
        QVERIFY(!camera.errorString().isEmpty());
        QVERIFY(!camera.isActive());
    }

    void emptyFolderIsReported()
    {
        QTemporaryDir empty;
        ImageSequenceSource source(empty.path());
        QSignalSpy failures(&source, &FrameSource::failed);
        source.start();
        QCOMPARE(failures.size(), 1);
    }
};

QTEST_MAIN(TestScanPipeline)
#include "tst_scanpipeline.moc"
