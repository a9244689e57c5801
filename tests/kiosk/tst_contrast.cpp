// Every foreground/background pair the screens draw, from the theme itself,
// against WCAG 2.1's contrast floors: 7:1 for what attendees read, 4.5:1 for
// any other text (placeholders and field text included), 3:1 for lines and
// shapes (field borders, focus rings, button edges).
#include <QColor>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSet>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

#include <cmath>

Q_IMPORT_QML_PLUGIN(Accueil_ControllersPlugin)
Q_IMPORT_QML_PLUGIN(AccueilPlugin)

namespace {
constexpr double attendeeText = 7.0;
constexpr double otherText = 4.5;
constexpr double graphics = 3.0;

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
// WCAG 2.1 relative luminance of an opaque colour.
double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
// A translucent colour (the scrim) as seen over what it covers.
QColor over(const QColor &top, const QColor &below)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * a + below.redF() * (1 - a)),
        float(top.greenF() * a + below.greenF() * (1 - a)), float(top.blueF() * a + below.blueF() * (1 - a)));
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

class TestContrast : public QObject {
    Q_OBJECT

private:
    QQmlEngine m_engine;
    QObject *m_theme = nullptr;
    QSet<QString> m_checked;

    QColor colour(const QString &name)
    {
        const QVariant value = m_theme->property(name.toLatin1().constData());
        return value.value<QColor>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQmlComponent component(&m_engine);
        component.setData("import QtQuick\nimport Accueil\nQtObject { readonly property QtObject theme: Theme }", {});
        std::unique_ptr<QObject> holder(component.create());
        QVERIFY2(holder, qPrintable(component.errorString()));
        m_theme = holder->property("theme").value<QObject *>();
        QVERIFY(m_theme);
        holder.release()->setParent(this);
    }

    void pairs_data()
    {
        QTest::addColumn<QString>("foreground");
        QTest::addColumn<QString>("background");
        QTest::addColumn<double>("floor");
        auto row = [](const char *fg, const char *bg, double floor, const char *where) {
            QTest::addRow("%s on %s (%s)", fg, bg, where)
                << QString::fromLatin1(fg) << QString::fromLatin1(bg) << floor;
        };
        // Attendee screens: welcome, self-search, answers, more time.
        row("text", "background", attendeeText, "instructions, names, messages");
        row("muted", "background", attendeeText, "dates, organisation, English line, placeholders");
        row("accent", "background", attendeeText, "event name, titles, printing");
        row("success", "background", attendeeText, "greeting title");
        row("warning", "background", attendeeText, "already checked in, badge at the desk, printer alert");
        row("failure", "background", attendeeText, "refusal title");
        row("accent", "surface", attendeeText, "button text");
        row("accent", "surfacePressed", attendeeText, "pressed button text");
        row("onColour", "accent", attendeeText, "chosen button, sign icon");
        row("onColour", "success", attendeeText, "greeting sign");
        row("onColour", "warning", attendeeText, "already-in sign, camera banner");
        row("onColour", "failure", attendeeText, "refusal sign");
        row("onColour", "viewfinder", attendeeText, "text over the camera's picture");
        row("text", "surface", attendeeText, "field text, keyboard keys, more-time panel");
        row("muted", "surface", attendeeText, "placeholder in a field");
        row("text", "surfacePressed", attendeeText, "pressed key");
        // Staff screens.
        row("muted", "surface", otherText, "staff secondary text");
        row("onColour", "scrim", otherText, "text over a covered screen");
        // Lines and shapes.
        row("accent", "background", graphics, "button border");
        row("fieldBorder", "surface", graphics, "field border");
        row("fieldBorder", "background", graphics, "field border on the screen");
        row("focus", "background", graphics, "focus ring");
        row("focus", "surface", graphics, "focus ring on a panel");
        row("outline", "surface", graphics, "key border");
        row("outline", "background", graphics, "accent key border");
        row("onColour", "viewfinder", graphics, "the frame to aim at");
        row("success", "background", graphics, "greeting sign shape");
        row("warning", "background", graphics, "already-in sign shape");
        row("failure", "background", graphics, "refusal sign shape");
        row("accent", "background", graphics, "question and desk sign shape");
    }
    void pairs()
    {
        QFETCH(QString, foreground);
        QFETCH(QString, background);
        QFETCH(double, floor);
        const QColor bg = colour(background).alpha() < 255
            ? over(colour(background), colour(QStringLiteral("background")))
            : colour(background);
        const QColor fg = colour(foreground).alpha() < 255 ? over(colour(foreground), bg) : colour(foreground);
        QVERIFY(fg.isValid() && bg.isValid());
        const double ratio = contrast(fg, bg);
        qInfo("%-12s on %-14s %5.2f:1 (floor %.1f)", qPrintable(foreground), qPrintable(background), ratio, floor);
        m_checked << foreground << background;
        QVERIFY2(ratio >= floor,
            qPrintable(QStringLiteral("%1 on %2: %3:1, below %4:1")
                           .arg(foreground, background, QString::number(ratio, 'f', 2), QString::number(floor))));
    }

    // A colour added to the theme is checked too, or this fails.
    void everyColourIsInAPair()
    {
        const QMetaObject *meta = m_theme->metaObject();
        for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
            const QMetaProperty property = meta->property(i);
            const QString name = QString::fromLatin1(property.name());
            if (property.metaType().id() != QMetaType::QColor || colour(name).alpha() == 0)
                continue;
            QVERIFY2(m_checked.contains(name), qPrintable(name + QStringLiteral(" is in no checked pair")));
        }
    }

    // The check itself, on known values: black on white is 21:1, #767676 on white 4.54:1.
    void knownRatios()
    {
        QCOMPARE(qRound(contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
