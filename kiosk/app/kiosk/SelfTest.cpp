#include "kiosk/app/kiosk/SelfTest.h"

#include "kiosk/app/controllers/DashboardController.h"
#include "kiosk/app/controllers/DoorController.h"
#include "kiosk/app/controllers/SelfServiceController.h"
#include "kiosk/app/controllers/StaffController.h"
#include "kiosk/camera/FrameSource.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/Translations.h"

#include <QCoreApplication>

SelfTest::SelfTest(KioskApplication::Options options)
    : m_options(std::move(options))
{
}

bool SelfTest::run(QStringList *problems)
{
    QString error;
    if (!m_event.create(QStringLiteral("Rencontres de l'Action Internationale des Collectivités Territoriales 2026"),
            demoPeople, &error)) {
        *problems << error;
        return false;
    }
    KioskApplication::Options options = m_options;
    options.database = m_event.database();
    options.cameraImages = m_event.noImages(); // no camera needed
    options.printer.clear();
    options.hub.clear();
    options.staffPinHash = StaffController::hashPin(QString::fromLatin1(staffPin));
    options.selfSearch = true; // its screen and keyboard are loaded too
    options.doorMode = false;
    m_kiosk = std::make_unique<KioskApplication>(options);
    if (!m_kiosk->start(&error)) {
        *problems << error;
        return false;
    }
    m_kiosk->source()->stop();
    tour();
    *problems << m_kiosk->warnings();
    return m_kiosk->warnings().isEmpty();
}

void SelfTest::tour()
{
    SelfServiceController &self = *m_kiosk->selfService();
    StaffController &staff = *m_kiosk->staff();
    const QVector<Attendee> &people = m_event.people();
    // The banners are drawn too.
    self.setCameraProblem(QStringLiteral("test"));
    self.setPrinterAlert(QStringLiteral("badges"), QStringLiteral("test"));
    QCoreApplication::processEvents();
    self.setCameraProblem(QString());
    self.setPrinterAlert(QString(), QString());
    for (const Translations::Language &language : Translations::languages()) {
        self.chooseLanguage(language.code);
        QCoreApplication::processEvents();
        self.showNoCode();
        QCoreApplication::processEvents();
        self.searchSelf(people.first().lastName);
        QCoreApplication::processEvents();
        // The question only the person can answer, and a wrong answer.
        self.chooseSelf(people.first().id);
        QCoreApplication::processEvents();
        self.answerProof(QStringLiteral("?"));
        QCoreApplication::processEvents();
        self.backToWelcome();
        // A first check-in, the same code again, a code nobody has.
        for (const QString &code : { people.first().code, people.first().code, QStringLiteral("NOT-A-CODE") }) {
            m_kiosk->service()->setRepeatWindow(0);
            self.scan(code, QStringLiteral("scanner"));
            QCoreApplication::processEvents();
            self.backToWelcome();
            QCoreApplication::processEvents();
        }
        // The staff screens, each page.
        staff.requestPin();
        QCoreApplication::processEvents();
        staff.unlock(QString::fromLatin1(staffPin));
        staff.search(people.last().lastName);
        QCoreApplication::processEvents();
        staff.select(people.first().id);
        QCoreApplication::processEvents();
        staff.closeSelection();
        for (const StaffController::Page page : { StaffController::Page::WalkInPage, StaffController::Page::FiguresPage,
                 StaffController::Page::SearchPage }) {
            staff.setPage(page);
            m_kiosk->dashboard()->refresh();
            QCoreApplication::processEvents();
        }
        staff.lock();
        // A session door.
        self.setDoorMode(true);
        m_kiosk->door()->chooseSession(QStringLiteral("A1"));
        m_kiosk->door()->scan(people.first().code);
        QCoreApplication::processEvents();
        m_kiosk->door()->requestSessionChange(); // the PIN pad
        QCoreApplication::processEvents();
        m_kiosk->door()->cancelPin();
        m_kiosk->door()->dismissAnswer();
        m_kiosk->door()->leaveSession();
        QCoreApplication::processEvents();
        self.setDoorMode(false);
    }
}
