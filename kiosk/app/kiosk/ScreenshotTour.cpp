#include "kiosk/app/kiosk/ScreenshotTour.h"
#include "kiosk/app/kiosk/SelfTest.h"

#include "kiosk/app/controllers/DashboardController.h"
#include "kiosk/app/controllers/DoorController.h"
#include "kiosk/app/controllers/SelfServiceController.h"
#include "kiosk/app/controllers/StaffController.h"
#include "kiosk/core/CheckInService.h"

#include <QCoreApplication>
#include <QDir>
#include <QQuickItem>
#include <QQuickWindow>
#include <QThread>

ScreenshotTour::ScreenshotTour(KioskApplication::Options options)
    : m_options(std::move(options))
{
}

bool ScreenshotTour::run(const QString &folder, QString *error)
{
    SelfTest selfTest(m_options);
    QStringList problems;
    if (!selfTest.run(&problems)) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("ScreenshotTour", "Cannot create the folder %1.").arg(folder);
        return false;
    }
    KioskApplication &kiosk = selfTest.kiosk();
    SelfServiceController &self = *kiosk.selfService();
    StaffController &staff = *kiosk.staff();
    DoorController &door = *kiosk.door();
    QQuickWindow *window = kiosk.window();
    const QVector<Attendee> &people = selfTest.people();
    int newcomer = 2; // the self-test checked in the first attendee only
    QStringList unsaved;
    const QVector<QSize> sizes = { QSize(1920, 1080), QSize(1080, 1920), QSize(1280, 800) };
    for (const QString &language : { QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("es") }) {
        for (const QSize &size : sizes) {
            window->resize(size);
            auto shoot = [&](const QString &name) {
                for (int i = 0; i < 5; ++i)
                    QCoreApplication::processEvents();
                const QString file = QStringLiteral("%1/%2-%3-%4x%5.png")
                                         .arg(folder, name, language)
                                         .arg(size.width())
                                         .arg(size.height());
                if (!window->grabWindow().save(file))
                    unsaved << file;
            };
            auto welcome = [&] {
                self.backToWelcome();
                self.chooseLanguage(language);
            };
            welcome();
            shoot(QStringLiteral("welcome"));
            self.showNoCode();
            self.searchSelf(people.at(3).lastName);
            shoot(QStringLiteral("no-code"));
            self.chooseSelf(people.at(3).id);
            shoot(QStringLiteral("self-search-proof"));
            for (int i = 0; i < 3; ++i)
                self.answerProof(QStringLiteral("?"));
            shoot(QStringLiteral("self-search-to-desk"));
            welcome();
            kiosk.service()->setRepeatWindow(0);
            // A first check-in (someone new each time), then the same code again.
            const QString code = people.at(newcomer++ % people.size()).code;
            self.scan(code, QStringLiteral("camera"));
            self.chooseLanguage(language);
            shoot(QStringLiteral("greeting"));
            welcome();
            self.scan(code, QStringLiteral("camera"));
            self.chooseLanguage(language);
            shoot(QStringLiteral("greeting-again")); // the same person making sure
            welcome();
            const SelfServiceController::Timing timing = self.timing();
            SelfServiceController::Timing longAgo = timing;
            longAgo.samePersonMs = 0;
            self.setTiming(longAgo);
            self.scan(code, QStringLiteral("camera"));
            self.chooseLanguage(language);
            shoot(QStringLiteral("already-checked-in"));
            self.setTiming(timing);
            welcome();
            self.scan(QStringLiteral("RAICT-0000-0000"), QStringLiteral("camera"));
            shoot(QStringLiteral("unknown-code"));
            // Reach mode: every control within 800–1 100 mm, larger text.
            welcome();
            self.setReachMode(true);
            shoot(QStringLiteral("reach-welcome"));
            self.showNoCode();
            self.searchSelf(people.at(3).lastName);
            shoot(QStringLiteral("reach-no-code"));
            self.chooseSelf(people.at(3).id);
            shoot(QStringLiteral("reach-self-search-proof"));
            self.scan(people.at(newcomer++ % people.size()).code, QStringLiteral("camera"));
            self.chooseLanguage(language);
            shoot(QStringLiteral("reach-greeting"));
            // "More time?" once an answer's time is up, in reach mode and not.
            for (const bool reach : { true, false }) {
                welcome();
                self.setReachMode(reach);
                SelfServiceController::Timing asking = timing;
                asking.refusalMs = 1;
                asking.moreTime.askMs = 600000;
                self.setTiming(asking);
                self.scan(QStringLiteral("RAICT-0000-0000"), QStringLiteral("camera"));
                for (int i = 0; i < 200 && !self.timer()->asking(); ++i) {
                    QThread::msleep(5);
                    QCoreApplication::processEvents();
                }
                shoot(reach ? QStringLiteral("reach-more-time") : QStringLiteral("more-time"));
                self.setTiming(timing);
            }
            self.setReachMode(false);
            welcome();
            staff.requestPin();
            shoot(QStringLiteral("staff-pin"));
            staff.unlock(QString::fromLatin1(SelfTest::staffPin));
            staff.setPage(StaffController::Page::SearchPage);
            staff.search(people.at(1).lastName.left(3));
            shoot(QStringLiteral("staff-search"));
            auto typeInto = [&](const char *field) { // the screen's keyboard shows for the focused field
                if (auto *item = window->contentItem()->findChild<QQuickItem *>(QLatin1String(field)))
                    item->forceActiveFocus();
            };
            typeInto("searchField");
            shoot(QStringLiteral("staff-search-keyboard"));
            auto typed = [&] { // the keyboard goes away with the focus
                if (QQuickItem *item = window->activeFocusItem())
                    item->setFocus(false);
            };
            typed();
            staff.select(people.at(1).id);
            shoot(QStringLiteral("staff-attendee"));
            typeInto("editOrganisation");
            shoot(QStringLiteral("staff-attendee-keyboard"));
            typed();
            staff.closeSelection();
            staff.setPage(StaffController::Page::WalkInPage);
            (void)staff.registerWalkIn(people.at(1).firstName, people.at(1).lastName.toUpper(), {}, {}, {});
            shoot(QStringLiteral("staff-walk-in-duplicate"));
            staff.setPage(StaffController::Page::FiguresPage);
            kiosk.dashboard()->refresh();
            shoot(QStringLiteral("staff-figures"));
            staff.setPage(StaffController::Page::SearchPage);
            staff.lock();
            self.setDoorMode(true);
            door.leaveSession();
            shoot(QStringLiteral("door-choose"));
            if (door.chooseSession(QStringLiteral("A1"))) {
                const QString entering = people.at(newcomer++ % people.size()).code;
                door.scan(entering);
                shoot(QStringLiteral("door-answer-in"));
                door.scan(QStringLiteral("RAICT-0000-0000"));
                shoot(QStringLiteral("door-answer-refused"));
                door.dismissAnswer();
                shoot(QStringLiteral("door-counter"));
                door.setLeaving(true);
                door.scan(entering);
                shoot(QStringLiteral("door-answer-out"));
                door.dismissAnswer();
                shoot(QStringLiteral("door-exit"));
                door.setLeaving(false);
                door.requestSessionChange();
                shoot(QStringLiteral("door-pin"));
                door.cancelPin();
            }
            self.setDoorMode(false);
        }
    }
    if (!unsaved.isEmpty()) {
        *error
            = QCoreApplication::translate("ScreenshotTour", "Cannot write %1.").arg(unsaved.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}
