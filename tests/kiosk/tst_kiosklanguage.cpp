// The kiosk's languages as they change in the running application: the
// attendee's for their answer, then the kiosk's again; staff mode always in
// the staff's language, never the last attendee's.
#include "kiosk/app/controllers/SelfServiceController.h"
#include "kiosk/app/controllers/StaffController.h"
#include "kiosk/app/kiosk/DemoEvent.h"
#include "kiosk/app/kiosk/KioskApplication.h"
#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/EventStore.h"

#include <QCoreApplication>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Accueil_ControllersPlugin)
Q_IMPORT_QML_PLUGIN(AccueilPlugin)

class TestKioskLanguage : public QObject {
    Q_OBJECT

    static QString wrongPin() { return QCoreApplication::translate("StaffPin", "Wrong PIN."); }

private Q_SLOTS:
    void staffKeepsTheStaffLanguage_data()
    {
        QTest::addColumn<QString>("staffLanguage"); // empty: the kiosk's
        QTest::addColumn<QLocale::Language>("staffLocale");
        QTest::newRow("the kiosk's") << QString() << QLocale::French;
        QTest::newRow("its own") << QStringLiteral("en") << QLocale::English;
    }
    void staffKeepsTheStaffLanguage()
    {
        QFETCH(QString, staffLanguage);
        QFETCH(QLocale::Language, staffLocale);
        DemoEvent event;
        QString error;
        QVERIFY2(event.create(QStringLiteral("Languages"), 5, &error), qPrintable(error));
        Attendee lucia = event.people().at(1);
        {
            EventStore store;
            QVERIFY(store.open(event.database()));
            lucia.language = QStringLiteral("es");
            QVERIFY(AttendeeTable(store.database()).save(lucia));
        }
        KioskApplication::Options options;
        options.database = event.database();
        options.cameraImages = event.noImages();
        options.language = QStringLiteral("fr");
        options.staffLanguage = staffLanguage;
        options.staffPinHash = StaffController::hashPin(QStringLiteral("2468"));
        KioskApplication kiosk(options);
        QVERIFY2(kiosk.start(&error), qPrintable(error));
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(wrongPin(), QStringLiteral("Code erroné."));

        // Lucía's greeting in Spanish.
        kiosk.selfService()->scan(lucia.code, QStringLiteral("scanner"));
        QCOMPARE(kiosk.selfService()->language(), QStringLiteral("es"));
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        // Staff come by while it shows: their screens are in their language.
        QVERIFY(kiosk.staff()->unlock(QStringLiteral("2468")));
        QCOMPARE(QLocale().language(), staffLocale);
        QCOMPARE(kiosk.selfService()->state(), SelfServiceController::State::Welcome);
        // An attendee's language asked for meanwhile does not change staff mode.
        kiosk.selfService()->chooseLanguage(QStringLiteral("es"));
        QCOMPARE(QLocale().language(), staffLocale);
        kiosk.staff()->lock();
        QCOMPARE(QLocale().language(), QLocale::Spanish); // the welcome screen as the attendee left it
        kiosk.selfService()->backToWelcome();
        QCOMPARE(QLocale().language(), QLocale::French);
    }
};

QTEST_MAIN(TestKioskLanguage)
#include "tst_kiosklanguage.moc"
