#include "kiosk/app/kiosk/KioskApplication.h"
#include "kiosk/app/kiosk/KioskLog.h"

#include "kiosk/import/AttendeeImporter.h"
#include "kiosk/import/ProgrammeImporter.h"
#include "kiosk/core/AttendeeTable.h"
#include "printing/BadgeComposer.h"
#include "kiosk/app/controllers/BadgePreviewProvider.h"
#include "kiosk/camera/CameraSource.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/camera/ImageSequenceSource.h"
#include "printing/PrintQueueRunner.h"
#include "kiosk/codes/QrCodeImage.h"
#include "kiosk/camera/VideoFrameLuma.h"
#include "kiosk/camera/ScanPipeline.h"
#include "kiosk/app/controllers/SelfServiceController.h"
#include "kiosk/app/controllers/DashboardController.h"
#include "kiosk/app/controllers/DoorController.h"
#include "kiosk/app/controllers/StaffController.h"
#include "sync/SyncClient.h"
#include "kiosk/import/SyntheticAttendees.h"
#include "kiosk/core/Translations.h"
#include "kiosk/camera/WedgeScanner.h"

#include <QDir>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QTextStream>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QThread>
#include <QVideoSink>

struct KioskApplication::Parts
{
    Options options;
    EventStore store;
    std::unique_ptr<CheckInService> service;
    std::unique_ptr<SelfServiceController> controller;
    std::unique_ptr<StaffController> staff;
    std::unique_ptr<DoorController> door;
    std::unique_ptr<DashboardController> dashboard;
    std::unique_ptr<ScanPipeline> pipeline;
    std::unique_ptr<FrameSource> source;
    std::unique_ptr<WedgeScanner> wedge;
    std::unique_ptr<PrintQueueRunner> printing;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QThread *syncThread = nullptr;
    std::atomic<SyncClient *> syncClient { nullptr };
    QStringList warnings;
    std::unique_ptr<QTemporaryDir> selfTestDir; // the demo event of the self-test
    std::unique_ptr<QSoundEffect> acceptedSound;
    std::unique_ptr<QSoundEffect> refusedSound;
};

KioskApplication::KioskApplication(const Options &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Parts>())
{
    d->options = options;
}

KioskApplication::~KioskApplication()
{
    if (SyncClient *client = d->syncClient.load())
        client->stop();
    if (d->syncThread) {
        d->syncThread->wait(30000);
        delete d->syncThread;
    }
}

bool KioskApplication::start(QString *error)
{
    if (!d->store.open(d->options.database)) {
        *error = d->store.errorString();
        return false;
    }
    d->service = std::make_unique<CheckInService>(d->store, d->store.deviceName());
    d->controller = std::make_unique<SelfServiceController>(*d->service, d->store.eventName(), BadgeComposer::eventDates(d->store, d->options.language),
                                                            d->options.language);
    d->staff = std::make_unique<StaffController>(d->store, *d->service, d->options.staffPinHash);
    d->door = std::make_unique<DoorController>(d->store, *d->service, d->options.language);
    d->dashboard = std::make_unique<DashboardController>(d->store, d->options.language);
    if (!d->options.session.isEmpty())
        d->door->chooseSession(d->options.session);
    SelfServiceController::Timing timing;
    timing.greetingMs = d->options.greetingSeconds * 1000;
    timing.refusalMs = d->options.refusalSeconds * 1000;
    d->controller->setTiming(timing);
    d->controller->setSelfSearch(d->options.selfSearch);
    Translations::install(QLocale(d->options.language));

    // Scanning: a camera or, for demos and tests, images shown in turn.
    d->pipeline = std::make_unique<ScanPipeline>();
    if (!d->options.cameraImages.isEmpty())
        d->source = std::make_unique<ImageSequenceSource>(d->options.cameraImages);
    else
        d->source = std::make_unique<CameraSource>(d->options.cameraDevice, d->options.cameraResolution);
    d->pipeline->setSource(d->source.get());
    // A scan goes to the door when this is a session door, else to self-service.
    auto route = [this](const QString &text, const QString &method) {
        if (d->options.doorMode)
            d->door->scan(text, method);
        else
            d->controller->scan(text, method);
    };
    connect(d->pipeline.get(), &ScanPipeline::codeScanned, d->controller.get(),
            [route](const QString &text) { route(text, QStringLiteral("camera")); });
    d->wedge = std::make_unique<WedgeScanner>();
    qGuiApp->installEventFilter(d->wedge.get());
    connect(d->wedge.get(), &WedgeScanner::scanned, d->controller.get(),
            [route](const QString &text) { route(text, QStringLiteral("scanner")); });

    // Printing in the background; the greeting follows the badge.
    if (!d->options.printer.isEmpty()) {
        d->printing = std::make_unique<PrintQueueRunner>(d->options.database, d->options.badgeTemplate, d->options.printer);
        d->controller->setPrinting(true);
        connect(d->controller.get(), &SelfServiceController::badgeWanted, d->printing.get(), &PrintQueueRunner::printFirstBadge);
        connect(d->staff.get(), &StaffController::badgeWanted, d->printing.get(), &PrintQueueRunner::printFirstBadge);
        connect(d->staff.get(), &StaffController::reprintWanted, d->printing.get(), &PrintQueueRunner::reprint);
        connect(d->printing.get(), &PrintQueueRunner::printerProblem, d->dashboard.get(), &DashboardController::setPrinterProblem);
        connect(d->printing.get(), &PrintQueueRunner::printerProblem, d->controller.get(), &SelfServiceController::setPrinterAlert);
        d->dashboard->setPrinter(d->options.printer);
        connect(d->dashboard.get(), &DashboardController::printerChosen, d->printing.get(), &PrintQueueRunner::setPrinter);
        connect(d->printing.get(), &PrintQueueRunner::jobChanged, d->controller.get(),
                [this](const QString &, const QString &attendeeId, const QString &state, const QString &message) {
                    if (state == QLatin1String("completed"))
                        d->controller->badgePrinted(attendeeId);
                    else if (state == QLatin1String("failed") || !message.isEmpty())
                        d->controller->badgeProblem(attendeeId);
                });
        d->printing->start();
    }

    // Sync in the background when this device is enrolled with a hub.
    if (!d->options.hub.isEmpty())
        d->store.setMetaValue(QStringLiteral("sync_hub_url"), d->options.hub); // a hub that moved
    if (!d->store.metaValue(QStringLiteral("sync_token")).isEmpty()) {
        const QString path = d->options.database;
        d->syncThread = QThread::create([this, path] {
            EventStore store;
            if (!store.open(path))
                return;
            SyncClient client(store);
            d->syncClient = &client;
            client.follow();
            d->syncClient = nullptr;
        });
        d->syncThread->start();
    }

    // Distinct sounds for "come in" and "go to the desk", where there is a speaker.
    if (!QMediaDevices::audioOutputs().isEmpty()) {
        d->acceptedSound = std::make_unique<QSoundEffect>();
        d->acceptedSound->setSource(QUrl(QStringLiteral("qrc:/sounds/accepted.wav")));
        d->refusedSound = std::make_unique<QSoundEffect>();
        d->refusedSound->setSource(QUrl(QStringLiteral("qrc:/sounds/refused.wav")));
        connect(d->controller.get(), &SelfServiceController::accepted, d->acceptedSound.get(), &QSoundEffect::play);
        connect(d->controller.get(), &SelfServiceController::refused, d->refusedSound.get(), &QSoundEffect::play);
    }

    if (d->options.logDecisions) {
        auto log = [this] {
            qCInfo(lcKiosk).noquote() << "decision:" << CheckInResult::outcomeName(d->controller->lastResult().outcome) << '|'
                              << d->controller->title() << '|' << d->controller->attendeeName();
        };
        connect(d->controller.get(), &SelfServiceController::accepted, this, log);
        connect(d->controller.get(), &SelfServiceController::refused, this, log);
        if (d->printing) {
            connect(d->printing.get(), &PrintQueueRunner::jobChanged, this,
                    [](const QString &jobId, const QString &, const QString &state, const QString &message) {
                        qCInfo(lcKiosk).noquote() << "badge:" << jobId.left(8) << state << message;
                    });
        }
    }

    d->engine = std::make_unique<QQmlApplicationEngine>();
    d->engine->addImageProvider(QStringLiteral("badge"), new BadgePreviewProvider(d->store, d->options.badgeTemplate));
    connect(d->engine.get(), &QQmlApplicationEngine::warnings, this, [this](const QList<QQmlError> &warnings) {
        for (const QQmlError &w : warnings)
            d->warnings << w.toString();
    });
    connect(d->controller.get(), &SelfServiceController::languageRequested, this, [this](const QString &language) {
        Translations::install(QLocale(language));
        d->engine->retranslate();
    });
    d->engine->setInitialProperties({ { QStringLiteral("controller"), QVariant::fromValue(d->controller.get()) },
                                      { QStringLiteral("staff"), QVariant::fromValue(d->staff.get()) },
                                      { QStringLiteral("door"), QVariant::fromValue(d->door.get()) },
                                      { QStringLiteral("dashboard"), QVariant::fromValue(d->dashboard.get()) },
                                      { QStringLiteral("doorMode"), d->options.doorMode } });
    d->engine->load(QUrl(QStringLiteral("qrc:/qt-project.org/imports/Accueil/Main.qml")));
    auto *window = d->engine->rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(d->engine->rootObjects().first());
    if (!window) {
        *error = tr("The kiosk screens could not be loaded: %1").arg(d->warnings.join(QLatin1Char('\n')));
        return false;
    }
    if (d->options.fullscreen)
        window->showFullScreen();
    // The viewfinder shows the frames the decoder reads.
    if (QObject *viewfinder = window->findChild<QObject *>(QStringLiteral("viewfinder"))) {
        if (auto *sink = viewfinder->property("videoSink").value<QVideoSink *>())
            connect(d->source.get(), &FrameSource::frameAvailable, sink, &QVideoSink::setVideoFrame);
    }
    connect(d->source.get(), &FrameSource::failed, this, [this](const QString &message) {
        qCWarning(lcKiosk).noquote() << message;
        d->controller->setCameraProblem(message);
    });
    d->source->start();
    qCInfo(lcKiosk, "ready");
    return true;
}

bool KioskApplication::selfTest(QStringList *problems)
{
    // Every screen in every language, driven through the controller.
    d->selfTestDir = std::make_unique<QTemporaryDir>();
    QTemporaryDir &dir = *d->selfTestDir;
    Options options = d->options;
    EventStore demo;
    demo.open(dir.filePath(QStringLiteral("self-test.sqlite")));
    demo.setMetaValue(QStringLiteral("event_name"), QStringLiteral("Rencontres de l'Action Internationale des Collectivités Territoriales 2026"));
    HybridClock clock(QStringLiteral("self-test"));
    AttendeeImporter(demo, clock).importData(SyntheticAttendees::csv(5), {});
    ProgrammeImporter(demo, clock).importData(
        "code;date;start;end;kind;room;capacity;title_fr;title_en\n"
        "A1;2026-07-08;14:30;16:00;atelier;Salon Iéna;120;« L’AICT face au changement climatique »;Climate change workshop\n"
        "PL1;2026-07-08;16:45;18:30;plénière;Grand Salon;550;Conférence plénière;Plenary\n",
        false);
    const QVector<Attendee> people = AttendeeTable(demo.database()).all();
    demo.close();
    options.database = dir.filePath(QStringLiteral("self-test.sqlite"));
    options.cameraImages = dir.path(); // no images: no camera needed
    options.printer.clear();
    options.staffPinHash = StaffController::hashPin(QStringLiteral("0000"));
    options.selfSearch = true; // its screen and keyboard are loaded too
    d->options = options;
    QString error;
    if (!start(&error)) {
        *problems << error;
        return false;
    }
    d->source->stop();
    d->controller->setCameraProblem(QStringLiteral("test")); // the banners are drawn too
    d->controller->setPrinterAlert(QStringLiteral("badges"), QStringLiteral("test"));
    QCoreApplication::processEvents();
    d->controller->setCameraProblem(QString());
    d->controller->setPrinterAlert(QString(), QString());
    for (const QString &language : { QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("es") }) {
        d->controller->chooseLanguage(language);
        QCoreApplication::processEvents();
        d->controller->showNoCode();
        QCoreApplication::processEvents();
        d->controller->searchSelf(people.first().lastName);
        QCoreApplication::processEvents();
        d->controller->backToWelcome();
        for (const QString &code : { people.first().code, people.first().code, QStringLiteral("NOT-A-CODE") }) {
            d->service->setRepeatWindow(0);
            d->controller->scan(code, QStringLiteral("scanner"));
            QCoreApplication::processEvents();
            d->controller->backToWelcome();
            QCoreApplication::processEvents();
        }
        // The staff screens too.
        d->staff->unlock(QStringLiteral("0000"));
        d->staff->search(people.last().lastName);
        QCoreApplication::processEvents();
        d->staff->select(people.first().id);
        QCoreApplication::processEvents();
        d->dashboard->refresh();
        QCoreApplication::processEvents();
        d->staff->lock();
        d->door->chooseSession(QStringLiteral("A1"));
        d->door->scan(people.first().code);
        QCoreApplication::processEvents();
    }
    *problems << d->warnings;
    return d->warnings.isEmpty();
}

bool KioskApplication::benchmark(int scans, QString *error)
{
    d->selfTestDir = std::make_unique<QTemporaryDir>();
    const QString path = d->selfTestDir->filePath(QStringLiteral("bench.sqlite"));
    {
        EventStore demo;
        demo.open(path);
        demo.setMetaValue(QStringLiteral("event_name"), QStringLiteral("RAICT 2026"));
        HybridClock clock(QStringLiteral("bench"));
        AttendeeImporter(demo, clock).importData(SyntheticAttendees::csv(std::max(scans, 10), 99), {});
    }
    d->options.database = path;
    d->options.cameraImages = d->selfTestDir->path();
    d->options.printer.clear();
    d->options.logDecisions = false;
    if (!start(error))
        return false;
    d->source->stop();
    auto *window = qobject_cast<QQuickWindow *>(d->engine->rootObjects().first());
    EventStore store;
    store.open(path);
    const QVector<Attendee> people = AttendeeTable(store.database()).all();
    // A camera-like frame: the code on a 1280×720 scene, made before timing.
    auto frameFor = [&](int i) {
        QImage scene(1280, 720, QImage::Format_RGB32);
        scene.fill(QColor(110, 115, 120));
        const QImage code = QrCodeImage::encode(people.at(i % people.size()).code).toImage(6);
        QPainter(&scene).drawImage(500, 150, code);
        return VideoFrameLuma::frameFromImage(scene, QVideoFrameFormat::Format_NV12);
    };
    d->pipeline->setGoneAfter(0);
    QVector<qint64> latencies;
    QElapsedTimer timer;
    bool shown = false;
    connect(window, &QQuickWindow::frameSwapped, this, [&] {
        if (d->controller->state() != SelfServiceController::State::Welcome)
            shown = true;
    });
    for (int i = 0; i < scans; ++i) {
        d->controller->backToWelcome();
        QCoreApplication::processEvents();
        const QVideoFrame frame = frameFor(i);
        shown = false;
        timer.start();
        d->pipeline->offerFrame(frame);
        while (!shown && timer.elapsed() < 5000) {
            window->update();
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        latencies << timer.nsecsElapsed();
    }
    std::sort(latencies.begin(), latencies.end());
    QFile status(QStringLiteral("/proc/self/status"));
    QString rss;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                rss = QString::fromLatin1(line.mid(6).simplified());
        }
    }
    QTextStream(stdout) << "frame-to-greeting p50 " << latencies.at(latencies.size() / 2) / 1e6 << " ms, p99 "
                        << latencies.at(std::min<qsizetype>(latencies.size() - 1, latencies.size() * 99 / 100)) / 1e6 << " ms, scans "
                        << scans << ", resident memory " << rss << Qt::endl;
    return true;
}

bool KioskApplication::screenshots(const QString &folder, QString *error)
{
    QStringList problems;
    if (!selfTest(&problems)) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    QDir().mkpath(folder);
    auto *window = qobject_cast<QQuickWindow *>(d->engine->rootObjects().first());
    EventStore store;
    store.open(d->options.database);
    const QVector<Attendee> people = AttendeeTable(store.database()).all();
    const QVector<QSize> sizes = { QSize(1920, 1080), QSize(1080, 1920), QSize(1280, 800) };
    for (const QString &language : { QStringLiteral("fr"), QStringLiteral("en") }) {
        for (const QSize &size : sizes) {
            window->resize(size);
            auto shoot = [&](const QString &name) {
                for (int i = 0; i < 5; ++i)
                    QCoreApplication::processEvents();
                window->grabWindow().save(QStringLiteral("%1/%2-%3-%4x%5.png").arg(folder, name, language).arg(size.width()).arg(size.height()));
            };
            d->controller->backToWelcome();
            d->controller->chooseLanguage(language);
            shoot(QStringLiteral("welcome"));
            d->controller->showNoCode();
            d->controller->searchSelf(people.at(3).lastName);
            shoot(QStringLiteral("no-code"));
            d->controller->backToWelcome();
            d->controller->chooseLanguage(language);
            d->service->setRepeatWindow(0);
            const QString code = people.at(1).code;
            // A first check-in, then the same code again.
            while (d->service->undoLatestCheckIn(people.at(1).id).ok) { }
            d->controller->scan(code, QStringLiteral("camera"));
            d->controller->chooseLanguage(language);
            shoot(QStringLiteral("greeting"));
            d->controller->backToWelcome();
            d->controller->chooseLanguage(language);
            d->controller->scan(code, QStringLiteral("camera"));
            d->controller->chooseLanguage(language);
            shoot(QStringLiteral("already-checked-in"));
            d->controller->backToWelcome();
            d->controller->chooseLanguage(language);
            d->controller->scan(QStringLiteral("RAICT-0000-0000"), QStringLiteral("camera"));
            shoot(QStringLiteral("unknown-code"));
            d->controller->backToWelcome();
            d->controller->chooseLanguage(language);
            d->staff->unlock(QStringLiteral("0000"));
            d->staff->search(people.at(1).lastName.left(3));
            shoot(QStringLiteral("staff-search"));
            d->staff->select(people.at(1).id);
            shoot(QStringLiteral("staff-attendee"));
            d->staff->closeSelection();
            if (QObject *tabs = window->findChild<QObject *>(QStringLiteral("staffTabs"))) {
                tabs->setProperty("currentIndex", 2);
                d->dashboard->refresh();
                shoot(QStringLiteral("staff-figures"));
                tabs->setProperty("currentIndex", 0);
            }
            d->staff->lock();
            window->setProperty("doorMode", true);
            d->door->leaveSession();
            shoot(QStringLiteral("door-choose"));
            if (!d->door->sessions().isEmpty()) {
                d->door->chooseSession(d->door->sessions().first().toMap().value(QStringLiteral("id")).toString());
                d->door->scan(people.at(2).code);
                d->door->scan(QStringLiteral("RAICT-0000-0000"));
                shoot(QStringLiteral("door-counter"));
            }
            window->setProperty("doorMode", false);
        }
    }
    return true;
}
