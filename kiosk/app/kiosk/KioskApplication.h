#pragma once

#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

class QQmlApplicationEngine;

// The composition root of the kiosk: builds the store, the check-in service,
// the scan pipeline and its source, the wedge scanner, the print queue runner
// and the sync thread, wires them to the self-service controller and loads
// the QML. Also runs the self-test and the screenshot tour.
class KioskApplication : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString database;
        QString cameraDevice;
        QSize cameraResolution { 1280, 720 };
        QString cameraImages; // a folder of images instead of a camera
        QString printer;      // empty: no printing
        QString hub;          // the hub's address, when it changed since enrolment
        QString badgeTemplate { QStringLiteral("a6") };
        QString language { QStringLiteral("fr") };
        QString staffPinHash; // SHA-256 of the staff PIN (accueil-kiosk --hash-pin)
        bool doorMode = false; // a session door rather than self-service
        bool selfSearch = false; // people without a code may find themselves by name
        QString session;       // the door's session (code or id); empty: chosen on screen
        bool fullscreen = false;
        bool logDecisions = false;
        int greetingSeconds = 6;
        int refusalSeconds = 9;
    };

    explicit KioskApplication(const Options &options, QObject *parent = nullptr);
    ~KioskApplication() override;

    bool start(QString *error);
    // Loads every screen in every language; false when QML warned.
    bool selfTest(QStringList *problems);
    bool screenshots(const QString &folder, QString *error);
    // Frames carrying codes go through the whole pipeline, `scans` times;
    // prints frame-to-greeting times and the resident memory afterwards.
    bool benchmark(int scans, QString *error);

private:
    struct Parts;
    std::unique_ptr<Parts> d;
};
