#include "kiosk/app/kiosk/KioskApplication.h"
#include "kiosk/app/kiosk/ItemLocator.h"
#include "kiosk/app/kiosk/KioskDeviceState.h"
#include "kiosk/app/kiosk/KioskLog.h"
#include "kiosk/app/kiosk/SyncThread.h"
#include "kiosk/app/kiosk/SystemdNotifier.h"

#include "kiosk/app/controllers/BadgePreviewProvider.h"
#include "kiosk/app/controllers/DashboardController.h"
#include "kiosk/app/controllers/DoorController.h"
#include "kiosk/app/controllers/EnrolmentController.h"
#include "kiosk/app/controllers/HeadphoneWatch.h"
#include "kiosk/app/controllers/KioskSpeech.h"
#include "kiosk/app/controllers/SelfServiceController.h"
#include "kiosk/app/controllers/StaffController.h"
#include "kiosk/camera/CameraSource.h"
#include "kiosk/camera/ImageSequenceSource.h"
#include "kiosk/camera/ScanPipeline.h"
#include "kiosk/camera/WedgeScanner.h"
#include "kiosk/core/Attendance.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/StaffPin.h"
#include "kiosk/core/Translations.h"
#include "printing/BadgeComposer.h"
#include "printing/MediaFit.h"
#include "printing/PrintJob.h"
#include "printing/PrintQueueRunner.h"

#include <QAudioDevice>
#include <QGuiApplication>
#include <QMediaDevices>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QScreen>
#include <QSoundEffect>
#include <QTextToSpeech>
#include <QTimer>
#include <QVideoSink>

struct KioskApplication::Parts {
    Options options;
    EventStore store;
    std::unique_ptr<CheckInService> service;
    std::unique_ptr<SelfServiceController> controller;
    std::unique_ptr<StaffController> staff;
    std::unique_ptr<DoorController> door;
    std::unique_ptr<DashboardController> dashboard;
    std::unique_ptr<EnrolmentController> enrolment;
    std::unique_ptr<ScanPipeline> pipeline;
    std::unique_ptr<FrameSource> source;
    std::unique_ptr<WedgeScanner> wedge;
    std::unique_ptr<PrintQueueRunner> printing;
    // What the sync thread tells the hub about this kiosk (its printer).
    std::shared_ptr<KioskDeviceState> deviceState;
    std::unique_ptr<SyncThread> sync;
    std::unique_ptr<SystemdNotifier> notifier;
    std::unique_ptr<QTextToSpeech> voice;
    std::unique_ptr<HeadphoneWatch> headphones;
    std::unique_ptr<KioskSpeech> speech; // before the engine: the screens go first
    std::unique_ptr<QQmlApplicationEngine> engine;
    std::unique_ptr<QSoundEffect> acceptedSound;
    std::unique_ptr<QSoundEffect> refusedSound;
    std::unique_ptr<QSoundEffect> attentionSound;
    QStringList warnings;
};

KioskApplication::KioskApplication(const Options &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Parts>())
{
    d->options = options;
}

KioskApplication::~KioskApplication()
{
    if (d->sync)
        d->sync->stop();
}

SelfServiceController *KioskApplication::selfService() const
{
    return d->controller.get();
}
StaffController *KioskApplication::staff() const
{
    return d->staff.get();
}
DoorController *KioskApplication::door() const
{
    return d->door.get();
}
DashboardController *KioskApplication::dashboard() const
{
    return d->dashboard.get();
}
KioskSpeech *KioskApplication::speech() const
{
    return d->speech.get();
}
CheckInService *KioskApplication::service() const
{
    return d->service.get();
}
ScanPipeline *KioskApplication::pipeline() const
{
    return d->pipeline.get();
}
FrameSource *KioskApplication::source() const
{
    return d->source.get();
}
EnrolmentController *KioskApplication::enrolment() const
{
    return d->enrolment.get();
}
QStringList KioskApplication::warnings() const
{
    return d->warnings;
}

QQuickWindow *KioskApplication::window() const
{
    return d->engine && !d->engine->rootObjects().isEmpty()
        ? qobject_cast<QQuickWindow *>(d->engine->rootObjects().first())
        : nullptr;
}

bool KioskApplication::start(QString *error)
{
    if (!d->store.open(d->options.database)) {
        *error = d->store.errorString();
        return false;
    }
    const QString device = d->store.deviceName();
    d->service = std::make_unique<CheckInService>(d->store, device);
    d->controller = std::make_unique<SelfServiceController>(*d->service, d->store.eventName(),
        BadgeComposer::eventDates(d->store, d->options.language), d->options.language);
    d->staff = std::make_unique<StaffController>(d->store, *d->service, d->options.staffPinHash);
    d->staff->setLanguage(d->options.staffLanguage.isEmpty() ? d->options.language : d->options.staffLanguage);
    if (!d->options.staffPinHash.isEmpty() && !StaffPin::isCurrentHash(d->options.staffPinHash))
        qCWarning(lcKiosk, "the staff PIN hash is in an old, unsafe form and is refused: run accueil-kiosk --hash-pin");
    d->door = std::make_unique<DoorController>(d->store, *d->service, d->options.language);
    d->dashboard = std::make_unique<DashboardController>(d->store, d->options.language);
    if (!d->options.session.isEmpty())
        d->door->chooseSession(d->options.session);
    SelfServiceController::Timing timing;
    timing.greetingMs = d->options.greetingSeconds * 1000;
    timing.refusalMs = d->options.refusalSeconds * 1000;
    timing.samePersonMs = d->options.samePersonSeconds * 1000;
    timing.languageMs = d->options.languageSeconds * 1000;
    timing.noCodeMs = d->options.noCodeSeconds * 1000;
    timing.moreTime.askMs = d->options.moreTimeSeconds * 1000;
    timing.moreTime.extensionMs = d->options.extensionSeconds * 1000;
    timing.moreTime.extensions = d->options.extensions;
    d->controller->reach()->setMounting(
        { d->options.screenBottomMm, d->options.screenHeightLandscapeMm, d->options.screenHeightPortraitMm });
    d->controller->setTiming(timing);
    d->controller->setSelfSearch(d->options.selfSearch);
    d->controller->setSelfSearchProof(
        SelfServiceController::proofFromName(d->options.selfSearchProof), d->options.selfSearchTries);
    d->controller->setDoorMode(d->options.doorMode);
    // The event's dates in the language on the screen, unless the organisers wrote them.
    if (d->store.metaValue(QStringLiteral("event_dates")).isEmpty()) {
        const QPair<QDate, QDate> days = Attendance(d->store).eventDays();
        d->controller->setEventDates(
            [days](const QString &language) { return Translations::dateRange(days.first, days.second, language); });
    }
    d->door->setLeaving(d->options.doorExit);
    // The door's staff actions take the staff PIN, with its lockout.
    d->door->setPinCheck([this](const QString &pin, QString *message) {
        if (!d->staff->unlock(pin)) {
            *message = d->staff->pinMessage();
            return false;
        }
        d->staff->lock();
        return true;
    });
    Translations::install(Translations::locale(d->options.language));

    connectScanning();
    connectPrinting();

    // A device never enrolled asks for the hub's enrolment code first, when told to.
    const bool enrolled = !d->store.metaValue(QStringLiteral("sync_token")).isEmpty();
    d->enrolment
        = std::make_unique<EnrolmentController>(d->options.database, device, d->options.enrolOnScreen && !enrolled);
    connect(d->enrolment.get(), &EnrolmentController::enrolled, this, [this] {
        qCInfo(lcKiosk, "enrolled with the hub: starting again");
        QTimer::singleShot(1500, this, &KioskApplication::restartRequested); // time to read the message
    });
    if (d->enrolment->needed())
        qCInfo(lcKiosk, "not enrolled: waiting for the hub's enrolment code");
    // Sync in the background when this device is enrolled with a hub.
    if (!d->options.hub.isEmpty())
        d->store.setMetaValue(QStringLiteral("sync_hub_url"), d->options.hub); // a hub that moved
    if (!d->store.metaValue(QStringLiteral("sync_token")).isEmpty()) {
        d->sync = std::make_unique<SyncThread>(
            d->options.database, [state = d->deviceState](EventStore &store) { return state->read(store); });
        d->sync->start();
    }

    connectFeedback();
    connectSpeech();
    if (!loadScreens(error))
        return false;
    d->source->start();
    // As a service: tell systemd, feed its watchdog, and show no pointer on the touch screen.
    d->notifier = std::make_unique<SystemdNotifier>();
    if (d->notifier->isAvailable() && d->options.fullscreen)
        QGuiApplication::setOverrideCursor(Qt::BlankCursor);
    d->notifier->start();
    qCInfo(lcKiosk, "ready");
    return true;
}

void KioskApplication::connectScanning()
{
    // A camera or, for demos and tests, images shown in turn.
    d->pipeline = std::make_unique<ScanPipeline>();
    if (!d->options.cameraImages.isEmpty()) {
        auto images = std::make_unique<ImageSequenceSource>(d->options.cameraImages);
        // Like people in a queue, the next code comes once the welcome screen is back.
        connect(d->controller.get(), &SelfServiceController::changed, images.get(), [this, source = images.get()] {
            if (d->controller->screen() == SelfServiceController::Screen::WelcomeScreen
                || d->controller->screen() == SelfServiceController::Screen::DoorScreen)
                source->resume();
            else
                source->pause();
        });
        d->source = std::move(images);
    } else
        d->source = std::make_unique<CameraSource>(d->options.cameraDevice, d->options.cameraResolution);
    d->pipeline->setSource(d->source.get());
    // In staff mode a scan opens that person's page at the desk; otherwise it
    // goes to the door when this is a session door, else to self-service.
    auto route = [this](const QString &text, const QString &method) {
        if (d->enrolment->needed()) {
            qCInfo(lcKiosk, "code read for enrolment (%s)", qPrintable(method));
            d->enrolment->scan(text);
        } else if (d->staff->unlocked() || d->staff->pinRequested()) {
            qCInfo(lcKiosk, "code read in staff mode (%s)", qPrintable(method));
            d->staff->scan(text);
        } else if (d->options.doorMode) {
            d->door->scan(text, method);
        } else {
            d->controller->scan(text, method);
        }
    };
    connect(d->pipeline.get(), &ScanPipeline::codeScanned, d->controller.get(),
        [route](const QString &text) { route(text, QStringLiteral("camera")); });
    d->wedge = std::make_unique<WedgeScanner>();
    qGuiApp->installEventFilter(d->wedge.get());
    connect(d->wedge.get(), &WedgeScanner::scanned, d->controller.get(),
        [route](const QString &text) { route(text, QStringLiteral("scanner")); });
    connect(d->source.get(), &FrameSource::failed, this, [this](const QString &message) {
        qCWarning(lcKiosk).noquote() << message;
        d->controller->setCameraProblem(message);
    });
}

void KioskApplication::connectPrinting()
{
    // Printing in the background; the greeting follows the badge.
    d->deviceState = std::make_shared<KioskDeviceState>(d->options.printer);
    if (d->options.printer.isEmpty())
        return;
    d->printing = std::make_unique<PrintQueueRunner>(d->options.database, d->options.badgeTemplate, d->options.printer);
    d->controller->setPrinting(true);
    d->staff->setPrinting(true);
    connect(d->controller.get(), &SelfServiceController::badgeWanted, d->printing.get(),
        &PrintQueueRunner::printFirstBadge);
    connect(d->staff.get(), &StaffController::badgeWanted, d->printing.get(), &PrintQueueRunner::printFirstBadge);
    connect(d->staff.get(), &StaffController::reprintWanted, d->printing.get(), &PrintQueueRunner::reprint);
    connect(d->printing.get(), &PrintQueueRunner::printerProblem, d->dashboard.get(),
        &DashboardController::setPrinterProblem);
    connect(d->printing.get(), &PrintQueueRunner::printerProblem, d->controller.get(),
        &SelfServiceController::setPrinterAlert);
    d->dashboard->setPrinter(d->options.printer);
    connect(d->dashboard.get(), &DashboardController::printerChosen, d->printing.get(), &PrintQueueRunner::setPrinter);
    // The hub hears of the printer as staff do.
    connect(d->printing.get(), &PrintQueueRunner::printerProblem, this,
        [state = d->deviceState](
            const QString &printer, const QString &message) { state->setPrinterProblem(printer, message); });
    connect(d->dashboard.get(), &DashboardController::printerChosen, this,
        [state = d->deviceState](const QString &printer) { state->setPrinter(printer); });
    connect(d->printing.get(), &PrintQueueRunner::jobChanged, d->controller.get(),
        [this](const QString &, const QString &attendeeId, const QString &state, const QString &) {
            if (state == QLatin1String("completed"))
                d->controller->badgePrinted(attendeeId);
            else if (PrintJob::waitsForStaff(PrintJob::stateFromName(state)))
                d->controller->badgeProblem(attendeeId); // "at the desk": the queue holds it for staff
        });
    d->printing->start();
    // A template that fits none of the printer's labels is said at start, not at the first badge.
    const QString fit = MediaFit::check(d->options.badgeTemplate, d->options.printer);
    if (!fit.isEmpty()) {
        qCWarning(lcKiosk).noquote() << fit;
        d->dashboard->setPrinterProblem(d->options.printer, fit);
        d->deviceState->setPrinterProblem(d->options.printer, fit);
    }
}

void KioskApplication::connectFeedback()
{
    // Distinct sounds for "come in" and "go to the desk", where there is a speaker.
    if (!QMediaDevices::audioOutputs().isEmpty()) {
        d->acceptedSound = std::make_unique<QSoundEffect>();
        d->acceptedSound->setSource(QUrl(QStringLiteral("qrc:/sounds/accepted.wav")));
        d->refusedSound = std::make_unique<QSoundEffect>();
        d->refusedSound->setSource(QUrl(QStringLiteral("qrc:/sounds/refused.wav")));
        connect(d->controller.get(), &SelfServiceController::accepted, d->acceptedSound.get(), &QSoundEffect::play);
        connect(d->controller.get(), &SelfServiceController::refused, d->refusedSound.get(), &QSoundEffect::play);
        // "More time?" is heard as well as seen.
        d->attentionSound = std::make_unique<QSoundEffect>();
        d->attentionSound->setSource(QUrl(QStringLiteral("qrc:/sounds/attention.wav")));
        connect(
            d->controller.get(), &SelfServiceController::moreTimeAsked, d->attentionSound.get(), &QSoundEffect::play);
    }
    if (!d->options.logDecisions)
        return;
    auto log = [this] {
        // Someone sent to the desk (by name, without proof) was decided by no scan: the last scan's outcome is not
        // theirs.
        const QString decision = d->controller->state() == SelfServiceController::State::ToDesk
            ? QStringLiteral("sent_to_desk")
            : CheckInResult::outcomeName(d->controller->lastResult().outcome);
        qCInfo(lcKiosk).noquote() << "decision:" << decision << '|' << d->controller->title() << '|'
                                  << d->controller->attendeeName();
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

void KioskApplication::connectSpeech()
{
    d->speech = std::make_unique<KioskSpeech>(*d->controller);
    d->speech->setStartVolume(d->options.speechVolume);
    d->speech->setStartWithHeadphones(d->options.speechWithHeadphones);
    d->speech->setBadgeReader([this](const Attendee &a) { return BadgeComposer::compose(a, d->store); });
    d->headphones = std::make_unique<HeadphoneWatch>(d->options.headphoneNames);
    // The engine is made once the welcome screen shows: speech-dispatcher may
    // take seconds to start, and the screen must not wait for it.
    QTimer::singleShot(0, this, [this] {
        const bool output = d->headphones->hasOutput();
        // Without a sound card the engine waits for ever on its first sentence: no voice then.
        if (output && QTextToSpeech::availableEngines().contains(QStringLiteral("speechd"))) {
            d->voice = std::make_unique<QTextToSpeech>(QStringLiteral("speechd"));
            if (d->voice->state() != QTextToSpeech::Error)
                d->speech->setVoice(d->voice.get());
        }
        QStringList languages;
        for (const Translations::Language &language : Translations::languages())
            languages << language.code;
        // Said to staff at start and kept in their figures, never silently missing.
        const QString problem
            = KioskSpeech::problem(output, d->speech->available() ? d->voice.get() : nullptr, languages);
        if (!problem.isEmpty()) {
            qCWarning(lcKiosk).noquote() << problem;
            d->dashboard->setSpeechProblem(problem);
        }
    });
    connect(d->headphones.get(), &HeadphoneWatch::headphonesChanged, d->speech.get(), &KioskSpeech::setHeadphones);
    d->speech->setHeadphones(d->headphones->headphones());
    qGuiApp->installEventFilter(d->speech.get()); // a touch cuts the sentence short
    // Nothing is said in staff mode (the PIN above all) nor at a session door.
    auto quiet
        = [this] { d->speech->setQuiet(d->staff->unlocked() || d->staff->pinRequested() || d->options.doorMode); };
    connect(d->staff.get(), &StaffController::unlockedChanged, d->speech.get(), quiet);
    connect(d->staff.get(), &StaffController::pinRequestedChanged, d->speech.get(), quiet);
    quiet();
}

bool KioskApplication::loadScreens(QString *error)
{
    d->engine = std::make_unique<QQmlApplicationEngine>();
    d->engine->addImageProvider(QStringLiteral("badge"), new BadgePreviewProvider(d->store, d->options.badgeTemplate));
    connect(d->engine.get(), &QQmlApplicationEngine::warnings, this, [this](const QList<QQmlError> &warnings) {
        for (const QQmlError &w : warnings)
            d->warnings << w.toString();
    });
    // The viewfinder shows the frames the decoder reads.
    connect(d->controller.get(), &SelfServiceController::viewfinderChanged, this, [this] {
        if (auto *sink = qobject_cast<QVideoSink *>(d->controller->viewfinder()))
            connect(
                d->source.get(), &FrameSource::frameAvailable, sink, &QVideoSink::setVideoFrame, Qt::UniqueConnection);
    });
    // Attendees' languages come and go; staff mode keeps the staff's.
    const QString staffLanguage = d->options.staffLanguage.isEmpty() ? d->options.language : d->options.staffLanguage;
    auto speak = [this](const QString &language) {
        Translations::install(Translations::locale(language));
        d->engine->retranslate();
    };
    connect(
        d->controller.get(), &SelfServiceController::languageRequested, this, [this, speak](const QString &language) {
            if (!d->staff->unlocked())
                speak(language);
        });
    connect(d->staff.get(), &StaffController::unlockedChanged, this, [this, speak, staffLanguage] {
        if (d->staff->unlocked()) {
            d->controller->backToWelcome(); // the attendee's answer is over
            speak(staffLanguage);
        } else {
            speak(d->controller->language());
        }
    });
    d->engine->setInitialProperties({ { QStringLiteral("controller"), QVariant::fromValue(d->controller.get()) },
        { QStringLiteral("staff"), QVariant::fromValue(d->staff.get()) },
        { QStringLiteral("door"), QVariant::fromValue(d->door.get()) },
        { QStringLiteral("dashboard"), QVariant::fromValue(d->dashboard.get()) },
        { QStringLiteral("speech"), QVariant::fromValue(d->speech.get()) },
        { QStringLiteral("enrolment"), QVariant::fromValue(d->enrolment.get()) } });
    d->engine->load(QUrl(QStringLiteral("qrc:/qt-project.org/imports/Accueil/Main.qml")));
    QQuickWindow *shown = window();
    if (!shown) {
        *error = tr("The kiosk screens could not be loaded: %1").arg(d->warnings.join(QLatin1Char('\n')));
        return false;
    }
    if (d->options.fullscreen) {
        // Without a window manager (a bare X session) nobody resizes a full-screen window: fill the screen here.
        if (shown->screen())
            shown->setGeometry(shown->screen()->geometry());
        shown->showFullScreen();
    }
    if (lcKioskItems().isDebugEnabled())
        new ItemLocator(shown); // owned by the window
    return true;
}
