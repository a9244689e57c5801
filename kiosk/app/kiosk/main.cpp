#include "kiosk/app/controllers/StaffController.h"
#include "kiosk/app/kiosk/HashPinCommand.h"
#include "kiosk/app/kiosk/KioskApplication.h"
#include "kiosk/app/kiosk/KioskBenchmark.h"
#include "kiosk/app/kiosk/ScreenshotTour.h"
#include "kiosk/app/kiosk/SelfTest.h"
#include "kiosk/core/StaffPin.h"
#include "kiosk/core/Translations.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QSettings>
#include <QTextStream>
#include <QtQml/qqmlextensionplugin.h>

#include <unistd.h>
#include <vector>

Q_IMPORT_QML_PLUGIN(Accueil_ControllersPlugin)
Q_IMPORT_QML_PLUGIN(AccueilPlugin)

int main(int argc, char *argv[])
{
    // Before any GUI: it runs where there is no display (a terminal, a script).
    if (HashPinCommand::wanted(argc, argv))
        return HashPinCommand::run(argc, argv);
    // The arguments as given, for starting again once enrolled (Qt takes its own out of argv).
    const std::vector<char *> arguments(argv, argv + argc + 1);
    // The screen's own keyboard, for the self-search of people without a code.
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("accueil-kiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACCUEIL_VERSION));
    QTextStream err(stderr);

    QStringList languages;
    for (const Translations::Language &language : Translations::languages())
        languages << language.code;
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { QStringLiteral("config"), QCoreApplication::translate("kiosk", "Configuration file (see deploy/kiosk.conf)."),
            QStringLiteral("FILE") },
        { QStringLiteral("db"), QCoreApplication::translate("kiosk", "Event database."), QStringLiteral("FILE") },
        { QStringLiteral("camera"), QCoreApplication::translate("kiosk", "Camera id or part of its name."),
            QStringLiteral("NAME") },
        { QStringLiteral("camera-images"),
            QCoreApplication::translate("kiosk", "Show the images of a folder instead of a camera."),
            QStringLiteral("DIR") },
        { QStringLiteral("printer"), QCoreApplication::translate("kiosk", "CUPS queue for badges."),
            QStringLiteral("QUEUE") },
        { QStringLiteral("hub"),
            QCoreApplication::translate("kiosk", "The hub's address, when it changed since this device enrolled."),
            QStringLiteral("URL") },
        { QStringLiteral("template"), QCoreApplication::translate("kiosk", "Badge template."), QStringLiteral("NAME") },
        { QStringLiteral("language"),
            QCoreApplication::translate("kiosk", "Language of the screens: %1.")
                .arg(languages.join(QStringLiteral(", "))),
            QStringLiteral("CODE") },
        { QStringLiteral("mode"), QCoreApplication::translate("kiosk", "self-service (default) or door."),
            QStringLiteral("MODE") },
        { QStringLiteral("session"),
            QCoreApplication::translate("kiosk", "The session of a door (its code); chosen on screen when not given."),
            QStringLiteral("CODE") },
        { QStringLiteral("fullscreen"), QCoreApplication::translate("kiosk", "Fill the screen (the real kiosk).") },
        { QStringLiteral("log"), QCoreApplication::translate("kiosk", "Log every decision on standard error.") },
        { QStringLiteral("self-test"),
            QCoreApplication::translate(
                "kiosk", "Load every screen in every language and exit; fails on any QML warning.") },
        { QStringLiteral("benchmark"),
            QCoreApplication::translate(
                "kiosk", "Time N scans from camera frame to greeting on a demo event, and report memory."),
            QStringLiteral("N") },
        { QStringLiteral("hash-pin"),
            QCoreApplication::translate("kiosk",
                "Read a staff PIN from standard input, print its hash for the configuration file, and exit "
                "(with --config FILE: write it there too). Needs no display.") },
        { QStringLiteral("screenshots"),
            QCoreApplication::translate(
                "kiosk", "Render every screen in French, English and Spanish at three sizes into DIR."),
            QStringLiteral("DIR") },
        { QStringLiteral("enrol-on-screen"),
            QCoreApplication::translate("kiosk",
                "Until this device is enrolled, show \"scan the enrolment code\" and enrol from the hub's QR code.") },
    });
    parser.process(app);

    // The configuration file first, the command line over it.
    QSettings config(parser.value(QStringLiteral("config")), QSettings::IniFormat);
    auto setting = [&](const char *option, const char *key, const QString &fallback = QString()) {
        return parser.isSet(QString::fromLatin1(option)) ? parser.value(QString::fromLatin1(option))
                                                         : config.value(QString::fromLatin1(key), fallback).toString();
    };
    KioskApplication::Options options;
    options.database = setting("db", "kiosk/database");
    options.cameraDevice = setting("camera", "camera/device");
    options.cameraImages = setting("camera-images", "camera/images");
    options.printer = setting("printer", "printing/printer");
    options.hub = setting("hub", "sync/hub");
    options.badgeTemplate = setting("template", "printing/template", QStringLiteral("a6"));
    options.language = setting("language", "kiosk/language", QStringLiteral("fr"));
    options.fullscreen
        = parser.isSet(QStringLiteral("fullscreen")) || config.value(QStringLiteral("kiosk/fullscreen")).toBool();
    options.logDecisions
        = parser.isSet(QStringLiteral("log")) || QGuiApplication::platformName() == QLatin1String("offscreen");
    options.enrolOnScreen = parser.isSet(QStringLiteral("enrol-on-screen"))
        || config.value(QStringLiteral("sync/enrol_on_screen"), false).toBool();
    options.staffPinHash = StaffPin::hashFromSetting(config.value(QStringLiteral("staff/pin_hash")));
    options.selfSearch = config.value(QStringLiteral("kiosk/self_search"), false).toBool();
    options.selfSearchProof
        = config.value(QStringLiteral("kiosk/self_search_proof"), QStringLiteral("email")).toString();
    options.selfSearchTries = config.value(QStringLiteral("kiosk/self_search_tries"), 3).toInt();
    options.staffLanguage = config.value(QStringLiteral("staff/language")).toString();
    options.doorExit = config.value(QStringLiteral("door/direction")).toString() == QLatin1String("exit");
    options.doorMode = setting("mode", "kiosk/mode", QStringLiteral("self-service")) == QLatin1String("door");
    options.session = setting("session", "door/session");
    options.greetingSeconds = config.value(QStringLiteral("timeouts/greeting"), 6).toInt();
    options.refusalSeconds = config.value(QStringLiteral("timeouts/refusal"), 9).toInt();
    options.samePersonSeconds = config.value(QStringLiteral("timeouts/same_person"), 120).toInt();
    options.languageSeconds = config.value(QStringLiteral("timeouts/language"), 30).toInt();
    options.noCodeSeconds = config.value(QStringLiteral("timeouts/no_code"), 15).toInt();
    options.moreTimeSeconds = config.value(QStringLiteral("timeouts/more_time"), 20).toInt();
    options.extensionSeconds = config.value(QStringLiteral("timeouts/extension"), 20).toInt();
    options.extensions = config.value(QStringLiteral("timeouts/extensions"), 10).toInt();
    options.screenBottomMm = config.value(QStringLiteral("screen/bottom_edge_mm"), 750).toReal();
    options.screenHeightLandscapeMm = config.value(QStringLiteral("screen/height_landscape_mm"), 299).toReal();
    options.screenHeightPortraitMm = config.value(QStringLiteral("screen/height_portrait_mm"), 531).toReal();
    options.speechWithHeadphones = config.value(QStringLiteral("speech/start_with_headphones"), true).toBool();
    if (config.contains(QStringLiteral("speech/headphone_names")))
        options.headphoneNames = config.value(QStringLiteral("speech/headphone_names")).toStringList();
    options.speechVolume = config.value(QStringLiteral("speech/volume"), 80).toInt();
    const QString resolution = config.value(QStringLiteral("camera/resolution"), QStringLiteral("1280x720")).toString();
    options.cameraResolution
        = QSize(resolution.section(QLatin1Char('x'), 0, 0).toInt(), resolution.section(QLatin1Char('x'), 1, 1).toInt());

    if (parser.isSet(QStringLiteral("self-test"))) {
        QStringList problems;
        const bool ok = SelfTest(options).run(&problems);
        for (const QString &p : problems)
            err << p << '\n';
        err << (ok ? "self-test passed" : "self-test failed") << Qt::endl;
        return ok ? 0 : 1;
    }
    if (parser.isSet(QStringLiteral("benchmark"))) {
        QString error;
        if (!KioskBenchmark(options).run(std::max(1, parser.value(QStringLiteral("benchmark")).toInt()), &error)) {
            err << error << Qt::endl;
            return 1;
        }
        return 0;
    }
    if (parser.isSet(QStringLiteral("screenshots"))) {
        QString error;
        if (!ScreenshotTour(options).run(parser.value(QStringLiteral("screenshots")), &error)) {
            err << error << Qt::endl;
            return 1;
        }
        return 0;
    }
    if (options.database.isEmpty()) {
        err << QCoreApplication::translate(
            "kiosk", "accueil-kiosk needs an event database: --db FILE or kiosk/database in --config.")
            << Qt::endl;
        return 2;
    }
    int status = 0;
    {
        KioskApplication kiosk(options);
        QString error;
        if (!kiosk.start(&error)) {
            err << error << Qt::endl;
            return 1;
        }
        QObject::connect(&kiosk, &KioskApplication::restartRequested, &app,
            [] { QCoreApplication::exit(KioskApplication::restartStatus); });
        status = QGuiApplication::exec();
    }
    if (status == KioskApplication::restartStatus) {
        // Just enrolled: the same process starts again as an enrolled device
        // (same PID for systemd, the window made anew).
        ::execv("/proc/self/exe", arguments.data());
        err << QCoreApplication::translate("kiosk", "The kiosk could not start again; start it by hand.") << Qt::endl;
        return 1;
    }
    return status;
}
