// The demo's stand-in camera holds back the next code while an answer is on
// screen, so the welcome screen and its viewfinder are seen between codes.
#include "kiosk/camera/ImageSequenceSource.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoFrame>

class TestDemoFeed : public QObject {
    Q_OBJECT

    // 'A' (white), 'B' (black, larger) or '-' (the empty frame between codes).
    static QChar shown(QVideoFrame frame)
    {
        if (frame.width() == 48)
            return QLatin1Char('B');
        if (!frame.map(QVideoFrame::ReadOnly))
            return QLatin1Char('?');
        const uchar blue = frame.bits(0)[0];
        frame.unmap();
        return blue > 200 ? QLatin1Char('A') : QLatin1Char('-');
    }

private Q_SLOTS:
    void nothingNewWhileAnAnswerShows()
    {
        QTemporaryDir dir;
        QImage a(32, 32, QImage::Format_RGB32);
        a.fill(Qt::white);
        QImage b(48, 48, QImage::Format_RGB32);
        b.fill(Qt::black);
        QVERIFY(a.save(dir.filePath(QStringLiteral("1-a.png"))));
        QVERIFY(b.save(dir.filePath(QStringLiteral("2-b.png"))));
        ImageSequenceSource::Timing timing;
        timing.framesPerSecond = 100;
        timing.holdMs = 100;
        timing.gapMs = 100;
        ImageSequenceSource source(dir.path(), timing);
        QString seen;
        connect(
            &source, &FrameSource::frameAvailable, this, [&seen](const QVideoFrame &frame) { seen += shown(frame); });
        source.start();
        QTRY_VERIFY(seen.contains(QLatin1Char('A')));
        // A code was read: the answer is up, nobody holds up another code.
        source.pause();
        seen.clear();
        QTest::qWait(600); // three whole cycles of the images
        QVERIFY2(!seen.isEmpty() && seen.count(QLatin1Char('-')) == seen.size(), qPrintable(seen));
        // Back to the welcome screen: a pause, then the next person's code, not the same one again.
        source.resume();
        seen.clear();
        QTRY_VERIFY(seen.contains(QLatin1Char('B')));
        QVERIFY2(seen.startsWith(QLatin1Char('-')), qPrintable(seen));
        QVERIFY2(!seen.contains(QLatin1Char('A')), qPrintable(seen));
    }
};

QTEST_MAIN(TestDemoFeed)
#include "tst_demofeed.moc"
