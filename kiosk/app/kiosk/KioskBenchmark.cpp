#include "kiosk/app/kiosk/KioskBenchmark.h"
#include "kiosk/app/kiosk/DemoEvent.h"

#include "kiosk/app/controllers/SelfServiceController.h"
#include "kiosk/camera/FrameSource.h"
#include "kiosk/camera/ScanPipeline.h"
#include "kiosk/camera/VideoFrameLuma.h"
#include "kiosk/codes/QrCodeImage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QQuickWindow>
#include <QTextStream>

#include <algorithm>

namespace {
QString residentMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QString();
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return QString::fromLatin1(line.mid(6).simplified());
    }
    return QString();
}
} // namespace

KioskBenchmark::KioskBenchmark(KioskApplication::Options options)
    : m_options(std::move(options))
{
}

bool KioskBenchmark::run(int scans, QString *error)
{
    DemoEvent event;
    if (!event.create(QStringLiteral("RAICT 2026"), std::max(scans, 10), error))
        return false;
    KioskApplication::Options options = m_options;
    options.database = event.database();
    options.cameraImages = event.noImages();
    options.printer.clear();
    options.hub.clear();
    options.doorMode = false;
    options.logDecisions = false;
    KioskApplication kiosk(options);
    if (!kiosk.start(error))
        return false;
    kiosk.source()->stop();
    SelfServiceController &self = *kiosk.selfService();
    QQuickWindow *window = kiosk.window();
    const QVector<Attendee> &people = event.people();
    // A camera-like frame: the code on a 1280×720 scene, made before timing.
    auto frameFor = [&](int i) {
        QImage scene(1280, 720, QImage::Format_RGB32);
        scene.fill(QColor(110, 115, 120));
        const QImage code = QrCodeImage::encode(people.at(i % people.size()).code).toImage(6);
        QPainter(&scene).drawImage(500, 150, code);
        return VideoFrameLuma::frameFromImage(scene, QVideoFrameFormat::Format_NV12);
    };
    kiosk.pipeline()->setGoneAfter(0);
    QVector<qint64> latencies;
    QElapsedTimer timer;
    bool shown = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        if (self.screen() != SelfServiceController::Screen::WelcomeScreen)
            shown = true;
    });
    for (int i = 0; i < scans; ++i) {
        self.backToWelcome();
        QCoreApplication::processEvents();
        const QVideoFrame frame = frameFor(i);
        shown = false;
        timer.start();
        kiosk.pipeline()->offerFrame(frame);
        while (!shown && timer.elapsed() < 5000) {
            window->update();
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        latencies << timer.nsecsElapsed();
    }
    std::sort(latencies.begin(), latencies.end());
    QTextStream(stdout) << "frame-to-greeting p50 " << latencies.at(latencies.size() / 2) / 1e6 << " ms, p99 "
                        << latencies.at(std::min<qsizetype>(latencies.size() - 1, latencies.size() * 99 / 100)) / 1e6
                        << " ms, scans " << scans << ", resident memory " << residentMemory() << Qt::endl;
    return true;
}
