#pragma once

#include <QFont>
#include <QRectF>
#include <QStringList>

// Fits a text in a box without ever cutting it: the largest size from the
// template's size down to its minimum on one line, then on more lines, and
// below the minimum only when nothing else fits. Works in device pixels.
namespace TextFitter {

struct Fit {
    QStringList lines;
    int pixelSize = 0;
};

// `font` gives families and weight; sizes are in points at `dpi`.
Fit fit(const QString &text, QFont font, const QSizeF &boxPx, double sizePt, double minPt, int maxLines, double dpi);

// Splits a text into `count` lines of balanced width, at spaces or hyphens
// (anywhere in Chinese and Japanese).
QStringList split(const QString &text, int count, const QFont &font);

} // namespace TextFitter
