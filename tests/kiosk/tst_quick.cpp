// Qt Quick tests of the kiosk screens, driven like a person at the desk, on a
// real event database.
#include "kiosk/app/controllers/BadgePreviewProvider.h"
#include "kiosk/app/controllers/DashboardController.h"
#include "kiosk/app/controllers/SelfServiceController.h"
#include "kiosk/app/controllers/StaffController.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "tests/support/TestSupport.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Accueil_ControllersPlugin)
Q_IMPORT_QML_PLUGIN(AccueilPlugin)

// The staff controller's clock, which the tests move on instead of waiting.
class TestClock : public QObject {
    Q_OBJECT

public:
    QDateTime now() const { return m_now; }
    Q_INVOKABLE void advance(int seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now { QDate(2026, 7, 8), QTime(8, 0), Qt::UTC };
};

class Setup : public QObject {
    Q_OBJECT

public:
    Setup()
    {
        m_store.open(m_dir.filePath(QStringLiteral("quick.sqlite")));
        TestSupport::addAttendee(m_store, QStringLiteral("K-1"), QStringLiteral("Hélène"),
            QStringLiteral("Lefèvre-Dubois"), QStringLiteral("Ville de Lyon"));
        m_service = std::make_unique<CheckInService>(m_store, QStringLiteral("desk-1"));
        m_staff = std::make_unique<StaffController>(m_store, *m_service,
            StaffController::hashPin(QStringLiteral("2468")), nullptr, [this] { return m_clock.now(); });
        m_dashboard = std::make_unique<DashboardController>(m_store, QStringLiteral("fr"));
        m_selfService = std::make_unique<SelfServiceController>(
            *m_service, QStringLiteral("RAICT 2026"), QStringLiteral("8–9 juillet 2026"), QStringLiteral("en"));
    }

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImageProvider(
            QStringLiteral("badge"), new BadgePreviewProvider(m_store, QStringLiteral("id1-card")));
        qmlRegisterSingletonInstance("AccueilTest", 1, 0, "TestStaff", m_staff.get());
        qmlRegisterSingletonInstance("AccueilTest", 1, 0, "TestDashboard", m_dashboard.get());
        qmlRegisterSingletonInstance("AccueilTest", 1, 0, "TestSelfService", m_selfService.get());
        qmlRegisterSingletonInstance("AccueilTest", 1, 0, "TestClock", &m_clock);
    }

private:
    QTemporaryDir m_dir;
    TestClock m_clock;
    EventStore m_store;
    std::unique_ptr<CheckInService> m_service;
    std::unique_ptr<StaffController> m_staff;
    std::unique_ptr<DashboardController> m_dashboard;
    std::unique_ptr<SelfServiceController> m_selfService;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_quick, Setup)

#include "tst_quick.moc"
