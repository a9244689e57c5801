#include "kiosk/app/controllers/HeadphoneWatch.h"
#include "kiosk/app/controllers/KioskSpeech.h"
#include "kiosk/app/controllers/SelfServiceController.h"
#include "kiosk/app/controllers/SpokenTexts.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/Translations.h"
#include "printing/BadgeComposer.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>

// A person who cannot see the screen checks in by ear: the spoken texts of a
// whole check-in, in order, in French, English and Spanish, and what must never
// be said (the name on the loudspeaker, anything in staff mode).
class TestSpeech : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<CheckInService> m_service;
    std::unique_ptr<SelfServiceController> m_controller;
    std::unique_ptr<KioskSpeech> m_speech;
    std::unique_ptr<QSignalSpy> m_spoken;
    QString m_marie;
    int m_run = 0;

    void makeKiosk(const QString &language)
    {
        m_speech.reset();
        m_controller
            = std::make_unique<SelfServiceController>(*m_service, QStringLiteral("RAICT 2026"), QString(), language);
        m_controller->setPrinting(true);
        // As the application does: the screens' language follows the controller's.
        connect(m_controller.get(), &SelfServiceController::languageRequested, this,
            [](const QString &code) { Translations::install(Translations::locale(code)); });
        Translations::install(Translations::locale(language));
        m_speech = std::make_unique<KioskSpeech>(*m_controller);
        m_speech->setBadgeReader([this](const Attendee &a) { return BadgeComposer::compose(a, *m_store); });
        m_spoken = std::make_unique<QSignalSpy>(m_speech.get(), &KioskSpeech::spoken);
    }
    // Lets the screens settle (the speech waits for the last of several changes).
    void settle()
    {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }
    QStringList said() const
    {
        QStringList texts;
        for (const QList<QVariant> &args : *m_spoken)
            texts << args.at(0).toString();
        return texts;
    }
    // Each fragment is in `text`, in this order.
    static bool inOrder(const QString &text, const QStringList &fragments)
    {
        qsizetype from = 0;
        for (const QString &fragment : fragments) {
            from = text.indexOf(fragment, from);
            if (from < 0) {
                qWarning().noquote() << "missing" << fragment << "in" << text;
                return false;
            }
            from += fragment.size();
        }
        return true;
    }

private Q_SLOTS:
    void init()
    {
        m_speech.reset();
        m_controller.reset();
        m_service.reset();
        m_store = std::make_unique<EventStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_run))));
        m_marie = TestSupport::addAttendee(*m_store, QStringLiteral("K-1"), QStringLiteral("Marie"),
            QStringLiteral("Lefèvre"), QStringLiteral("Ville de Lyon"));
        m_service = std::make_unique<CheckInService>(*m_store, QStringLiteral("kiosk-1"));
    }
    void cleanupTestCase() { Translations::install(QLocale(QLocale::English)); }

    void wholeCheckInByEar_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("welcome");
        QTest::addColumn<QStringList>("greeting");
        QTest::addColumn<QString>("takeBadge");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringList { QStringLiteral("RAICT 2026."), QStringLiteral("Scannez votre code QR."),
                                   QStringLiteral("Présentez le code de votre confirmation à la caméra, sur votre "
                                                  "téléphone ou sur papier.") }
                            << QStringList { QStringLiteral("Bienvenue, Marie !"),
                                   QStringLiteral("Vous êtes enregistré·e."), QStringLiteral("Marie Lefèvre"),
                                   QStringLiteral("Ville de Lyon"), QStringLiteral("Votre badge s’imprime…") }
                            << QStringLiteral("Prenez votre badge.");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList { QStringLiteral("RAICT 2026."), QStringLiteral("Scan your QR code."),
                                   QStringLiteral("Hold the code of your confirmation up to the camera, on your "
                                                  "phone or on paper.") }
                            << QStringList { QStringLiteral("Welcome, Marie!"), QStringLiteral("You are checked in."),
                                   QStringLiteral("Marie Lefèvre"), QStringLiteral("Ville de Lyon"),
                                   QStringLiteral("Your badge is printing…") }
                            << QStringLiteral("Please take your badge.");
        QTest::newRow("es") << QStringLiteral("es")
                            << QStringList { QStringLiteral("RAICT 2026."), QStringLiteral("Escanee su código QR."),
                                   QStringLiteral("Muestre a la cámara el código de su confirmación, en el "
                                                  "teléfono o en papel.") }
                            << QStringList { QStringLiteral("¡Bienvenido/a, Marie!"),
                                   QStringLiteral("Está registrado/a."), QStringLiteral("Marie Lefèvre"),
                                   QStringLiteral("Ville de Lyon"),
                                   QStringLiteral("Su acreditación se está imprimiendo…") }
                            << QStringLiteral("Tome su acreditación.");
    }
    // Headphones in, welcome, code shown, greeting with the badge, badge printed, back to welcome.
    void wholeCheckInByEar()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, welcome);
        QFETCH(QStringList, greeting);
        QFETCH(QString, takeBadge);
        makeKiosk(language);
        QSignalSpy wanted(m_controller.get(), &SelfServiceController::badgeWanted);

        m_speech->setHeadphones(true); // plugging headphones in starts speech
        QVERIFY(m_speech->active());
        QCOMPARE(said().size(), 1);
        QVERIFY(said().at(0).startsWith(SpokenTexts::howToUse(true)));
        QVERIFY(inOrder(said().at(0), welcome));

        m_controller->scan(QStringLiteral("K-1"));
        settle();
        QCOMPARE(said().size(), 2);
        QVERIFY(inOrder(said().at(1), greeting));
        QCOMPARE(wanted.size(), 1);

        m_controller->badgePrinted(m_marie);
        settle();
        QCOMPARE(said().size(), 3);
        QCOMPARE(said().at(2), takeBadge);

        m_controller->backToWelcome();
        settle();
        QCOMPARE(said().size(), 4);
        QVERIFY(inOrder(said().at(3), welcome));
        QVERIFY(!said().at(3).contains(QStringLiteral("Marie")));
        QVERIFY(m_speech->active()); // headphones still in: speech stays on for the next person
        for (const QList<QVariant> &args : *m_spoken) {
            QCOMPARE(args.at(1).toString(), language);
            qInfo().noquote() << args.at(0).toString(); // the check-in as heard, for the record
        }
    }

    // Started from the control, on the loudspeaker: never the name, off when the person has gone.
    void loudspeakerKeepsTheNamePrivate()
    {
        makeKiosk(QStringLiteral("fr"));
        m_speech->setStartVolume(60);
        m_speech->start();
        QCOMPARE(said().size(), 1);
        QVERIFY(said().at(0).contains(QStringLiteral("Scannez votre code QR.")));
        m_speech->louder();
        QCOMPARE(m_speech->volume(), 70);
        m_controller->scan(QStringLiteral("K-1"));
        settle();
        QVERIFY(said().last().startsWith(QStringLiteral("Bienvenue ! Vous êtes enregistré·e.")));
        for (const QString &text : said()) {
            QVERIFY2(!text.contains(QStringLiteral("Marie")) && !text.contains(QStringLiteral("Lefèvre"))
                    && !text.contains(QStringLiteral("Ville de Lyon")),
                qPrintable(text));
        }
        const int before = said().size();
        m_controller->backToWelcome();
        settle();
        QVERIFY(!m_speech->active());
        QCOMPARE(m_speech->volume(), 60); // reset for the next person
        QCOMPARE(said().size(), before); // nobody asked for speech any more
    }

    // A screen whose time is up asks "more time?" aloud too, in the person's language.
    void moreTimeIsAskedAloud()
    {
        makeKiosk(QStringLiteral("es"));
        m_speech->start();
        m_controller->scan(QStringLiteral("K-1"));
        settle();
        const int before = int(said().size());
        Q_EMIT m_controller->moreTimeAsked();
        QCOMPARE(int(said().size()), before + 1);
        QVERIFY2(said().last().startsWith(QStringLiteral("¿Necesita más tiempo?")), qPrintable(said().last()));
        m_speech->stop();
        Q_EMIT m_controller->moreTimeAsked();
        QCOMPARE(int(said().size()), before + 1); // speech off: the sound alone
    }

    void headphonesOutMidSentenceStopsTheName()
    {
        makeKiosk(QStringLiteral("en"));
        m_speech->setHeadphones(true);
        m_controller->scan(QStringLiteral("K-1"));
        settle();
        QVERIFY(said().last().contains(QStringLiteral("Welcome, Marie!")));
        m_speech->setHeadphones(false); // started by headphones: ends with them
        QVERIFY(!m_speech->active());
        m_speech->start();
        QVERIFY(said().last().contains(QStringLiteral("Welcome!")));
        QVERIFY(!said().last().contains(QStringLiteral("Marie")));
    }

    void tapInterruptsAndHearAgainRepeats()
    {
        makeKiosk(QStringLiteral("en"));
        m_speech->start();
        QSignalSpy interrupted(m_speech.get(), &KioskSpeech::interrupted);
        QObject target;
        target.installEventFilter(m_speech.get());
        QMouseEvent press(
            QEvent::MouseButtonPress, QPointF(5, 5), QPointF(5, 5), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&target, &press);
        QCOMPARE(interrupted.size(), 1);
        const QString first = said().last();
        m_speech->repeat();
        QCOMPARE(said().size(), 2);
        QVERIFY(first.endsWith(said().last())); // the screen again, without the instructions for speech
        m_controller->scan(QStringLiteral("NOBODY"));
        settle();
        QVERIFY(said().last().startsWith(QStringLiteral("Code not recognised.")));
        m_speech->stop();
        QCoreApplication::sendEvent(&target, &press);
        QCOMPARE(interrupted.size(), 1); // nothing to interrupt once stopped
    }

    void staffModeIsSilent()
    {
        makeKiosk(QStringLiteral("fr"));
        m_speech->start();
        const int before = said().size();
        m_speech->setQuiet(true); // the PIN pad is open
        m_speech->repeat();
        m_controller->scan(QStringLiteral("K-1"));
        settle();
        QCOMPARE(said().size(), before);
        m_speech->setQuiet(false);
        settle();
        QCOMPARE(said().size(), before + 1);
        QVERIFY(said().last().contains(QStringLiteral("Bienvenue")));
    }

    void staffAreToldWhatIsMissing()
    {
        const QStringList languages { QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("es") };
        const QString noOutput = KioskSpeech::problem(false, nullptr, languages);
        const QString noEngine = KioskSpeech::problem(true, nullptr, languages);
        QVERIFY(!noOutput.isEmpty());
        QVERIFY(!noEngine.isEmpty());
        QVERIFY(noOutput != noEngine);
    }

    // The real engine: speech-dispatcher with espeak-ng has the three voices and
    // speaks them (to ALSA's null device, in a private speech-dispatcher).
    void realVoicesSpeak()
    {
        if (!QTextToSpeech::availableEngines().contains(QStringLiteral("speechd")))
            QSKIP("qt6-speech-speechd-plugin is not installed (deploy/setup installs it)");
        QTemporaryDir home;
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("config/speech-dispatcher")));
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("run")));
        QFile::setPermissions(home.filePath(QStringLiteral("run")),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile conf(home.filePath(QStringLiteral("config/speech-dispatcher/speechd.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("AudioOutputMethod \"alsa\"\nAudioALSADevice \"null\"\nDefaultModule espeak-ng\n"
                   "AddModule \"espeak-ng\" \"sd_espeak-ng\" \"espeak-ng.conf\"\nTimeout 2\n");
        conf.close();
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_RUNTIME_DIR", home.filePath(QStringLiteral("run")).toUtf8());
        QTextToSpeech voice(QStringLiteral("speechd"));
        QVERIFY2(voice.state() != QTextToSpeech::Error, qPrintable(voice.errorString()));
        const QStringList languages { QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("es") };
        QCOMPARE(KioskSpeech::problem(true, &voice, languages), QString());
        makeKiosk(QStringLiteral("es"));
        m_speech->setVoice(&voice);
        QSignalSpy states(&voice, &QTextToSpeech::stateChanged);
        m_speech->start();
        auto spoke = [&states] {
            return std::any_of(states.cbegin(), states.cend(), [](const QList<QVariant> &args) {
                return args.at(0).value<QTextToSpeech::State>() == QTextToSpeech::Speaking;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(spoke(), 30000);
        QCOMPARE(voice.locale().language(), QLocale::Spanish);
        m_speech->stop();
        QTRY_COMPARE_WITH_TIMEOUT(voice.state(), QTextToSpeech::Ready, 30000);
        m_speech->setVoice(nullptr);
    }

    void headphonesByName_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<bool>("headphones");
        QTest::newRow("usb headset") << QStringLiteral("Jabra EVOLVE 20 Headset Analog Stereo") << true;
        QTest::newRow("jack port") << QStringLiteral("Built-in Audio Analog Stereo (Headphones)") << true;
        QTest::newRow("loudspeaker") << QStringLiteral("Built-in Audio Analog Stereo") << false;
        QTest::newRow("hdmi") << QStringLiteral("HDA Intel PCH HDMI 0") << false;
    }
    void headphonesByName()
    {
        QFETCH(QString, description);
        QFETCH(bool, headphones);
        QCOMPARE(HeadphoneWatch::isHeadphones(
                     description, { QStringLiteral("headphone"), QStringLiteral("headset"), QString() }),
            headphones);
    }
};

QTEST_GUILESS_MAIN(TestSpeech)
#include "tst_speech.moc"
