// Every attendee screen of the real kiosk, at the three window sizes and with
// reach mode off and on, measured against the mounting stated in
// deploy/kiosk.conf: every attendee control between 380 and 1 220 mm above
// the floor (800–1 100 mm in reach mode), capitals of 6 mm in reach mode, and
// every control named for screen readers and in the keyboard's focus chain.
#include "kiosk/app/controllers/ReachGeometry.h"
#include "kiosk/app/controllers/SelfServiceController.h"
#include "kiosk/app/controllers/StaffController.h"
#include "kiosk/app/kiosk/SelfTest.h"
#include "kiosk/core/CheckInService.h"

#include <QAccessible>
#include <QFontMetricsF>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QSettings>
#include <QtTest>

namespace {
using State = SelfServiceController::State;

bool isA(const QObject *o, const char *className)
{
    return o->inherits(className);
}
// The on-screen keyboard is itself the alternative to a physical one: its
// keys are measured as one control and not asked to take the focus.
bool isKeyboard(const QQuickItem *item)
{
    return isA(item, "QtVirtualKeyboard::InputPanel")
        || QByteArray(item->metaObject()->className()).contains("InputPanel");
}
bool isControl(const QQuickItem *item)
{
    return isA(item, "QQuickAbstractButton") || isA(item, "QQuickTextInput") || isKeyboard(item);
}
// Seen on screen: visible, not faded out, inside every clipping parent (a list's rows scrolled away are not).
bool shown(const QQuickItem *item, QRectF *scene)
{
    if (!item->isVisible() || item->opacity() <= 0 || item->width() <= 0 || item->height() <= 0)
        return false;
    QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (p->clip())
            rect = rect.intersected(p->mapRectToScene(QRectF(0, 0, p->width(), p->height())));
        if (p->opacity() <= 0)
            return false;
    }
    *scene = rect;
    return rect.height() > 1 && rect.width() > 1;
}
} // namespace

class TestReach : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SelfTest> m_selfTest;
    QQuickWindow *m_window = nullptr;
    SelfServiceController *m_self = nullptr;
    QStringList m_table;
    SelfServiceController::Timing m_timing; // as configured

    struct Control {
        QQuickItem *item;
        QRectF rect;
        QString name;
    };
    void walk(QQuickItem *item, QVector<Control> *controls, QVector<QQuickItem *> *texts, bool inKeyboard)
    {
        QRectF rect;
        if (!shown(item, &rect) && !item->isVisible())
            return;
        const bool keyboard = inKeyboard || isKeyboard(item);
        if (!inKeyboard && isControl(item) && item->isEnabled() && shown(item, &rect)) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(item);
            const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
            controls->append({ item, rect, name });
        }
        if (!keyboard && isA(item, "QQuickText") && shown(item, &rect)
            && !item->property("text").toString().trimmed().isEmpty())
            texts->append(item);
        if (isKeyboard(item))
            return;
        for (QQuickItem *child : item->childItems())
            walk(child, controls, texts, keyboard);
    }
    void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::processEvents();
            (void)m_window->grabWindow(); // lays out and polishes what changed
        }
    }
    // The attendee screens, each set up as a person reaches it.
    static QStringList screenNames()
    {
        return { QStringLiteral("welcome"), QStringLiteral("no-code"), QStringLiteral("proof"),
            QStringLiteral("greeting"), QStringLiteral("already-checked-in"), QStringLiteral("refused"),
            QStringLiteral("more-time") };
    }
    void show(const QString &screen)
    {
        const QVector<Attendee> &people = m_selfTest->people();
        m_self->backToWelcome();
        m_selfTest->kiosk().service()->setRepeatWindow(0);
        SelfServiceController::Timing timing = m_timing;
        // The greeting again for the same person; "already checked in" when it is not them making sure.
        timing.samePersonMs = screen == QLatin1String("greeting") ? 3600000 : -1;
        m_self->setTiming(timing);
        if (screen == QLatin1String("no-code") || screen == QLatin1String("proof")) {
            m_self->showNoCode();
            m_self->searchSelf(people.at(3).lastName);
            if (screen == QLatin1String("proof"))
                m_self->chooseSelf(people.at(3).id);
        } else if (screen == QLatin1String("greeting")) {
            m_self->scan(people.at(5).code, QStringLiteral("camera"));
        } else if (screen == QLatin1String("already-checked-in")) {
            m_self->scan(people.at(6).code, QStringLiteral("camera"));
            m_self->backToWelcome();
            m_self->scan(people.at(6).code, QStringLiteral("camera"));
        } else if (screen == QLatin1String("refused")) {
            m_self->scan(QStringLiteral("RAICT-0000-0000"), QStringLiteral("camera"));
        } else if (screen == QLatin1String("more-time")) {
            timing.refusalMs = 10;
            timing.moreTime.askMs = 600000;
            m_self->setTiming(timing);
            m_self->scan(QStringLiteral("RAICT-0000-0000"), QStringLiteral("camera"));
            QTRY_VERIFY(m_self->timer()->asking());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The mounting the kiosk is configured with.
        QAccessible::setActive(true); // the names a screen reader would read
        QSettings conf(QStringLiteral(ACCUEIL_SOURCE_DIR "/deploy/kiosk.conf"), QSettings::IniFormat);
        KioskApplication::Options options;
        options.screenBottomMm = conf.value(QStringLiteral("screen/bottom_edge_mm")).toReal();
        options.screenHeightLandscapeMm = conf.value(QStringLiteral("screen/height_landscape_mm")).toReal();
        options.screenHeightPortraitMm = conf.value(QStringLiteral("screen/height_portrait_mm")).toReal();
        QVERIFY(
            options.screenBottomMm > 0 && options.screenHeightLandscapeMm > 0 && options.screenHeightPortraitMm > 0);
        m_selfTest = std::make_unique<SelfTest>(options);
        QStringList problems;
        QVERIFY2(m_selfTest->run(&problems), qPrintable(problems.join(QLatin1Char('\n'))));
        m_window = m_selfTest->kiosk().window();
        m_self = m_selfTest->kiosk().selfService();
        QVERIFY(m_window && m_self);
        m_timing = m_self->timing();
        QCOMPARE(m_self->reach()->bottomEdgeMm(), options.screenBottomMm);
    }

    void screens_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("reachMode");
        QTest::addColumn<QString>("screen");
        for (const QSize size : { QSize(1920, 1080), QSize(1080, 1920), QSize(1280, 800) }) {
            for (const bool reach : { false, true }) {
                for (const QString &screen : screenNames())
                    QTest::addRow(
                        "%dx%d %s %s", size.width(), size.height(), reach ? "reach" : "normal", qPrintable(screen))
                        << size << reach << screen;
            }
        }
    }
    void screens()
    {
        QFETCH(QSize, size);
        QFETCH(bool, reachMode);
        QFETCH(QString, screen);
        m_window->resize(size);
        show(screen);
        m_self->setReachMode(reachMode);
        settle();
        QCOMPARE(m_self->reachMode(), reachMode);
        const ReachGeometry &reach = *m_self->reach();
        const qreal low = reachMode ? ReachGeometry::lowestComfort : ReachGeometry::lowestReach;
        const qreal high = reachMode ? ReachGeometry::highestComfort : ReachGeometry::highestReach;

        QVector<Control> controls;
        QVector<QQuickItem *> texts;
        walk(m_window->contentItem(), &controls, &texts, false);
        QVERIFY(!controls.isEmpty());
        // The focus chain, from the window's first item round to it again.
        QSet<QQuickItem *> chain;
        QQuickItem *first = m_window->contentItem()->nextItemInFocusChain(true);
        for (QQuickItem *i = first; i && !chain.contains(i); i = i->nextItemInFocusChain(true))
            chain.insert(i);

        int within = 0;
        qreal lowest = 1e9;
        qreal highest = 0;
        QStringList problems;
        for (const Control &c : controls) {
            const QString what = c.item->objectName().isEmpty() ? QString::fromLatin1(c.item->metaObject()->className())
                                                                : c.item->objectName();
            if (!isKeyboard(c.item) && c.name.trimmed().isEmpty())
                problems << QStringLiteral("%1 has no accessible name").arg(what);
            if (!isKeyboard(c.item) && !chain.contains(c.item))
                problems << QStringLiteral("%1 (%2) is outside the focus chain").arg(what, c.name);
            const qreal top = reach.heightAt(c.rect.top(), size.width(), size.height());
            const qreal bottom = reach.heightAt(c.rect.bottom(), size.width(), size.height());
            lowest = std::min(lowest, bottom);
            highest = std::max(highest, top);
            if (bottom >= low - 0.5 && top <= high + 0.5)
                ++within;
            else
                problems
                    << QStringLiteral("%1 (%2) spans %3–%4 mm").arg(what, c.name).arg(qRound(bottom)).arg(qRound(top));
        }
        qreal smallestCapitals = 1e9;
        if (reachMode) {
            const qreal perMm = reach.pixelsPerMm(size.width(), size.height());
            for (QQuickItem *text : texts) {
                const qreal capitals = QFontMetricsF(text->property("font").value<QFont>()).capHeight() / perMm;
                smallestCapitals = std::min(smallestCapitals, capitals);
                if (capitals < ReachGeometry::readableCapitalsMm - 0.05)
                    problems << QStringLiteral("\"%1\": capitals %2 mm")
                                    .arg(text->property("text").toString().left(40))
                                    .arg(capitals, 0, 'f', 1);
            }
        }
        m_table << QStringLiteral("| %1×%2 | %3 | %4 | %5/%6 | %7–%8 mm | %9 |")
                       .arg(size.width())
                       .arg(size.height())
                       .arg(reachMode ? QStringLiteral("reach") : QStringLiteral("normal"), screen)
                       .arg(within)
                       .arg(controls.size())
                       .arg(qRound(lowest))
                       .arg(qRound(highest))
                       .arg(reachMode ? QString::number(smallestCapitals, 'f', 1) + QStringLiteral(" mm")
                                      : QStringLiteral("–"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        m_self->setReachMode(false);
    }

    // Staff screens: no reach band (staff stand at a desk), but every control
    // has a name a screen reader reads and is in the focus chain.
    void staffScreens_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("screen");
        for (const QSize size : { QSize(1920, 1080), QSize(1080, 1920), QSize(1280, 800) }) {
            for (const char *screen : { "pin", "search", "walk-in", "figures" })
                QTest::addRow("%dx%d %s", size.width(), size.height(), screen) << size << QString::fromLatin1(screen);
        }
    }
    void staffScreens()
    {
        QFETCH(QSize, size);
        QFETCH(QString, screen);
        StaffController &staff = *m_selfTest->kiosk().staff();
        m_window->resize(size);
        show(QStringLiteral("welcome"));
        if (screen == QLatin1String("pin")) {
            staff.lock();
            staff.requestPin();
        } else {
            if (!staff.unlocked())
                QVERIFY(staff.unlock(QString::fromLatin1(SelfTest::staffPin)));
            staff.closeSelection();
            staff.setPage(screen == QLatin1String("search") ? StaffController::Page::SearchPage
                    : screen == QLatin1String("walk-in")    ? StaffController::Page::WalkInPage
                                                            : StaffController::Page::FiguresPage);
            if (screen == QLatin1String("search"))
                staff.search(QStringLiteral("a"));
        }
        settle();
        QVector<Control> controls;
        QVector<QQuickItem *> texts;
        walk(m_window->contentItem(), &controls, &texts, false);
        QVERIFY(!controls.isEmpty());
        QSet<QQuickItem *> chain;
        QQuickItem *first = m_window->contentItem()->nextItemInFocusChain(true);
        for (QQuickItem *i = first; i && !chain.contains(i); i = i->nextItemInFocusChain(true))
            chain.insert(i);
        QStringList problems;
        for (const Control &c : std::as_const(controls)) {
            if (isKeyboard(c.item))
                continue;
            const QString what = c.item->objectName().isEmpty() ? QString::fromLatin1(c.item->metaObject()->className())
                                                                : c.item->objectName();
            if (c.name.trimmed().isEmpty())
                problems << QStringLiteral("%1 has no accessible name").arg(what);
            if (!chain.contains(c.item))
                problems << QStringLiteral("%1 (%2) is outside the focus chain").arg(what, c.name);
        }
        if (screen == QLatin1String("pin"))
            staff.cancelPin();
        else
            staff.lock();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    // The reach control itself is within 800–1 100 mm in every orientation, reach mode or not.
    void reachButtonInTheNarrowBand_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("1080x1920") << QSize(1080, 1920);
        QTest::newRow("1280x800") << QSize(1280, 800);
    }
    void reachButtonInTheNarrowBand()
    {
        QFETCH(QSize, size);
        m_window->resize(size);
        m_self->setReachMode(false);
        show(QStringLiteral("welcome"));
        settle();
        QVector<Control> controls;
        QVector<QQuickItem *> texts;
        walk(m_window->contentItem(), &controls, &texts, false);
        QQuickItem *button = nullptr;
        QRectF rect;
        for (const Control &c : controls) {
            if (c.item->objectName() == QLatin1String("reachButton")) {
                button = c.item;
                rect = c.rect;
            }
        }
        QVERIFY(button);
        const ReachGeometry &reach = *m_self->reach();
        QVERIFY(reach.heightAt(rect.bottom(), size.width(), size.height()) >= ReachGeometry::lowestComfort - 0.5);
        QVERIFY(reach.heightAt(rect.top(), size.width(), size.height()) <= ReachGeometry::highestComfort + 0.5);
    }

    void cleanupTestCase()
    {
        qInfo("| window | mode | screen | controls in band | lowest–highest | smallest capitals |");
        for (const QString &row : std::as_const(m_table))
            qInfo("%s", qPrintable(row));
    }
};

QTEST_MAIN(TestReach)
#include "tst_reach.moc"
