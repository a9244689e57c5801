#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

// Where the screen's pixels are above the floor, from the kiosk's stated
// mounting (the height of the screen's bottom edge and the screen's physical
// height in each orientation), so that controls are laid out within reach:
// 380–1 220 mm always, 800–1 100 mm in reach mode (EN 301 549, 8.3).
class ReachGeometry : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the application")
    Q_PROPERTY(qreal bottomEdgeMm READ bottomEdgeMm CONSTANT)

public:
    struct Mounting {
        qreal bottomEdgeMm = 750; // the screen's lowest visible row above the floor
        qreal landscapeHeightMm = 299; // a 24-inch 16:9 screen, landscape
        qreal portraitHeightMm = 531; // the same screen turned
    };
    // The bands of the standard, in millimetres above the floor.
    static constexpr qreal lowestReach = 380;
    static constexpr qreal highestReach = 1220;
    static constexpr qreal lowestComfort = 800;
    static constexpr qreal highestComfort = 1100;
    static constexpr qreal readableCapitalsMm = 6; // capital letters read from 500 mm

    explicit ReachGeometry(QObject *parent = nullptr);

    void setMounting(const Mounting &mounting) { m_mounting = mounting; }
    const Mounting &mounting() const { return m_mounting; }
    qreal bottomEdgeMm() const { return m_mounting.bottomEdgeMm; }

    // Pixels per millimetre of a window filling the screen.
    Q_INVOKABLE qreal pixelsPerMm(qreal width, qreal height) const;
    // The height above the floor of the row `y` of a window filling the screen.
    Q_INVOKABLE qreal heightAt(qreal y, qreal width, qreal height) const;
    // The row at a height above the floor, kept within the window.
    Q_INVOKABLE qreal rowAt(qreal heightMm, qreal width, qreal height) const;
    // The highest and lowest rows where controls may sit (reach mode: the narrower band).
    Q_INVOKABLE qreal bandTop(bool reachMode, qreal width, qreal height) const;
    Q_INVOKABLE qreal bandBottom(bool reachMode, qreal width, qreal height) const;
    // The font pixel size whose capital letters are `mm` high on this screen.
    Q_INVOKABLE qreal pixelSizeForCapitals(qreal mm, qreal width, qreal height) const;

private:
    Mounting m_mounting;
};
