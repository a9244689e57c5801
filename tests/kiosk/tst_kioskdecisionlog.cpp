// The kiosk's log of decisions, one line per answer shown to an attendee:
// it names what was decided, and someone sent to the desk is not an error.
#include "kiosk/app/controllers/SelfServiceController.h"
#include "kiosk/app/kiosk/DemoEvent.h"
#include "kiosk/app/kiosk/KioskApplication.h"

#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Accueil_ControllersPlugin)
Q_IMPORT_QML_PLUGIN(AccueilPlugin)

namespace {

QStringList decisions;
QtMessageHandler previousHandler = nullptr;

void keepDecisions(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("decision:")))
        decisions << message;
    previousHandler(type, context, message);
}

} // namespace

class TestKioskDecisionLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { previousHandler = qInstallMessageHandler(keepDecisions); }
    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void eachAnswerIsLoggedByName()
    {
        DemoEvent event;
        QString error;
        QVERIFY2(event.create(QStringLiteral("Decisions"), 5, &error), qPrintable(error));
        KioskApplication::Options options;
        options.database = event.database();
        options.cameraImages = event.noImages();
        options.language = QStringLiteral("en");
        options.selfSearch = true;
        options.selfSearchProof = QStringLiteral("desk"); // nobody proves it at the screen: all go to the desk
        options.logDecisions = true;
        KioskApplication kiosk(options);
        QVERIFY2(kiosk.start(&error), qPrintable(error));
        SelfServiceController &screen = *kiosk.selfService();

        decisions.clear();
        screen.scan(event.people().at(0).code, QStringLiteral("scanner"));
        QCOMPARE(decisions.size(), 1);
        QVERIFY2(decisions.last().startsWith(QLatin1String("decision: checked_in")), qPrintable(decisions.last()));

        // Someone without a code who finds their name is sent to the desk: that is what the log says.
        screen.backToWelcome();
        const Attendee &someone = event.people().at(1);
        screen.showNoCode();
        screen.searchSelf(someone.lastName);
        screen.chooseSelf(someone.id);
        QCOMPARE(screen.state(), SelfServiceController::State::ToDesk);
        QCOMPARE(decisions.size(), 2);
        QVERIFY2(decisions.last().startsWith(QLatin1String("decision: sent_to_desk")), qPrintable(decisions.last()));
    }
};

QTEST_MAIN(TestKioskDecisionLog)
#include "tst_kioskdecisionlog.moc"
