#pragma once

#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

class CheckInService;
class DashboardController;
class DoorController;
class KioskSpeech;
class EnrolmentController;
class FrameSource;
class QQuickWindow;
class ScanPipeline;
class SelfServiceController;
class StaffController;

// The composition root of the kiosk: builds the store, the check-in service,
// the controllers, the scan pipeline and its source, the wedge scanner, the
// print queue runner and the sync thread, wires them together and loads the
// QML. The self-test, the screenshot tour and the benchmark drive it from
// outside, through its controllers.
class KioskApplication : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString database;
        QString cameraDevice;
        QSize cameraResolution { 1280, 720 };
        QString cameraImages; // a folder of images instead of a camera
        QString printer; // empty: no printing
        QString hub; // the hub's address, when it changed since enrolment
        QString badgeTemplate { QStringLiteral("a6") };
        QString language { QStringLiteral("fr") };
        QString staffLanguage; // of staff mode; empty: `language`
        QString staffPinHash; // Argon2id hash of the staff PIN (accueil-kiosk --hash-pin)
        bool doorMode = false; // a session door rather than self-service
        bool selfSearch = false; // people without a code may find themselves by name
        QString selfSearchProof { QStringLiteral("email") }; // what they must know: email, reference or desk
        int selfSearchTries = 3; // wrong answers before the desk
        bool doorExit = false; // a door that counts people going out
        QString session; // the door's session (code or id); empty: chosen on screen
        bool fullscreen = false;
        bool enrolOnScreen = false; // not enrolled: ask for the hub's enrolment QR code first
        bool logDecisions = false;
        int greetingSeconds = 6;
        int refusalSeconds = 9;
        int samePersonSeconds = 120; // the same code again on this kiosk: the greeting again
        int languageSeconds = 30; // a language chosen, then nobody: back to `language`
        int noCodeSeconds = 15; // the steps of finding oneself by name
        int moreTimeSeconds = 20; // "more time?" waits this long for an answer (0: not asked)
        int extensionSeconds = 20; // each "more time" gives this
        int extensions = 10; // how many times one screen may be kept
        // Where the screen is: its bottom edge above the floor, its height in each orientation.
        qreal screenBottomMm = 750;
        qreal screenHeightLandscapeMm = 299;
        qreal screenHeightPortraitMm = 531;
        bool speechWithHeadphones = true; // plugging headphones in starts speech
        QStringList headphoneNames { QStringLiteral("headphone"), QStringLiteral("headset") };
        int speechVolume = 80; // percent, for each new person
    };

    // The exit status that asks main() to start the kiosk again (after enrolment).
    static constexpr int restartStatus = 75;

    explicit KioskApplication(const Options &options, QObject *parent = nullptr);
    // Stops the sync thread and waits for it.
    ~KioskApplication() override;

    [[nodiscard]] bool start(QString *error);

    // The parts, once started.
    SelfServiceController *selfService() const;
    StaffController *staff() const;
    DoorController *door() const;
    DashboardController *dashboard() const;
    KioskSpeech *speech() const;
    CheckInService *service() const;
    ScanPipeline *pipeline() const;
    FrameSource *source() const;
    QQuickWindow *window() const;
    EnrolmentController *enrolment() const;
    // The QML warnings so far.
    QStringList warnings() const;

Q_SIGNALS:
    // Enrolled: the kiosk should start again as an enrolled device.
    void restartRequested();

private:
    void connectScanning();
    void connectPrinting();
    void connectFeedback();
    void connectSpeech();
    [[nodiscard]] bool loadScreens(QString *error);

    struct Parts;
    std::unique_ptr<Parts> d;
};
