#include "kiosk/app/controllers/ReachGeometry.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>

#include <algorithm>
#include <cmath>

ReachGeometry::ReachGeometry(QObject *parent)
    : QObject(parent)
{
}

qreal ReachGeometry::pixelsPerMm(qreal width, qreal height) const
{
    const qreal screenMm = width > height ? m_mounting.landscapeHeightMm : m_mounting.portraitHeightMm;
    return screenMm > 0 ? height / screenMm : 1;
}

qreal ReachGeometry::heightAt(qreal y, qreal width, qreal height) const
{
    return m_mounting.bottomEdgeMm + (height - y) / pixelsPerMm(width, height);
}

qreal ReachGeometry::rowAt(qreal heightMm, qreal width, qreal height) const
{
    const qreal y = height - (heightMm - m_mounting.bottomEdgeMm) * pixelsPerMm(width, height);
    return std::clamp(y, qreal(0), height);
}

qreal ReachGeometry::bandTop(bool reachMode, qreal width, qreal height) const
{
    return rowAt(reachMode ? highestComfort : highestReach, width, height);
}

qreal ReachGeometry::bandBottom(bool reachMode, qreal width, qreal height) const
{
    return rowAt(reachMode ? lowestComfort : lowestReach, width, height);
}

qreal ReachGeometry::pixelSizeForCapitals(qreal mm, qreal width, qreal height) const
{
    // Measured on the font the screens use, not guessed from a typical ratio.
    QFont font = QGuiApplication::font();
    font.setPixelSize(100);
    const qreal capitals = QFontMetricsF(font).capHeight();
    const qreal ratio = capitals > 0 ? capitals / 100 : 0.7;
    return std::ceil(mm * pixelsPerMm(width, height) / ratio);
}
