// Qt Quick tests of the attendee and door screens, driven as people do: taps
// and typing with the pauses of a real person, on a real event database.
#include "kiosk/app/controllers/DoorController.h"
#include "kiosk/app/controllers/SelfServiceController.h"
#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInLog.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/SessionTable.h"
#include "tests/support/TestSupport.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Accueil_ControllersPlugin)
Q_IMPORT_QML_PLUGIN(AccueilPlugin)

// What the QML tests ask of the database directly.
class Ledger : public QObject {
    Q_OBJECT

public:
    explicit Ledger(EventStore &store)
        : m_store(store)
    {
    }
    Q_INVOKABLE bool checkedIn(const QString &code) const
    {
        const auto a = AttendeeTable(m_store.database()).byCode(code);
        return a && CheckInLog(m_store.database()).firstCheckIn(a->id, QString());
    }

private:
    EventStore &m_store;
};

class Setup : public QObject {
    Q_OBJECT

public:
    Setup()
        : m_ledger(m_store)
    {
        m_store.open(m_dir.filePath(QStringLiteral("attendee.sqlite")));
        AttendeeTable table(m_store.database());
        const QStringList names = { QStringLiteral("Lefèvre"), QStringLiteral("Lefebvre"), QStringLiteral("Lefort"),
            QStringLiteral("Leffe"), QStringLiteral("Lefranc"), QStringLiteral("Lefeuvre"),
            QStringLiteral("Lefrançois") };
        // Mailboxes not made of the names, as in organisations with role addresses.
        const QStringList mailboxes = { QStringLiteral("mle"), QStringLiteral("ceo"), QStringLiteral("direction"),
            QStringLiteral("elus"), QStringLiteral("mairie"), QStringLiteral("presse"), QStringLiteral("secretariat") };
        for (int i = 0; i < names.size(); ++i) {
            TestSupport::addAttendee(m_store, QStringLiteral("Q-%1").arg(i + 1), QStringLiteral("Marie"), names.at(i),
                QStringLiteral("Ville de Lyon"));
            Attendee a = *table.byCode(QStringLiteral("Q-%1").arg(i + 1));
            a.email = mailboxes.at(i) + QStringLiteral("@example.org");
            (void)table.save(a);
        }
        for (int i = 1; i <= 3; ++i)
            TestSupport::addAttendee(
                m_store, QStringLiteral("D-%1").arg(i), QStringLiteral("P%1").arg(i), QStringLiteral("Door"));
        Session s;
        s.id = QStringLiteral("s-a1");
        s.code = QStringLiteral("A1");
        s.titleEn = QStringLiteral("Climate workshop");
        s.capacity = 2;
        s.version = QStringLiteral("1");
        (void)SessionTable(m_store.database()).save(s);
        m_service = std::make_unique<CheckInService>(m_store, QStringLiteral("kiosk-1"));
        m_selfService = std::make_unique<SelfServiceController>(
            *m_service, QStringLiteral("RAICT 2026"), QStringLiteral("8–9 July 2026"), QStringLiteral("en"));
        m_selfService->setSelfSearch(true);
        m_selfService->setSelfSearchProof(SelfServiceController::Proof::EmailStart, 3);
        m_door = std::make_unique<DoorController>(m_store, *m_service, QStringLiteral("en"));
        m_door->setPinCheck([](const QString &pin, QString *) { return pin == QLatin1String("2468"); });
    }

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *)
    {
        qmlRegisterSingletonInstance("AccueilTest", 1, 0, "TestSelfService", m_selfService.get());
        qmlRegisterSingletonInstance("AccueilTest", 1, 0, "TestDoor", m_door.get());
        qmlRegisterSingletonInstance("AccueilTest", 1, 0, "TestLedger", &m_ledger);
    }

private:
    QTemporaryDir m_dir;
    EventStore m_store;
    Ledger m_ledger;
    std::unique_ptr<CheckInService> m_service;
    std::unique_ptr<SelfServiceController> m_selfService;
    std::unique_ptr<DoorController> m_door;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_attendeescreens, Setup)

#include "tst_attendeescreens.moc"
