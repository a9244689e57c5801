#include "printing/TextFitter.h"

#include <QFontMetricsF>

#include <algorithm>

namespace {

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF);
}

double widest(const QStringList &lines, const QFontMetricsF &m)
{
    double w = 0;
    for (const QString &l : lines)
        w = std::max(w, m.horizontalAdvance(l));
    return w;
}

bool fits(const QStringList &lines, const QFont &font, const QSizeF &box)
{
    const QFontMetricsF m(font);
    return widest(lines, m) <= box.width() && m.height() * lines.size() <= box.height() * 1.02;
}

} // namespace

namespace TextFitter {

QStringList split(const QString &text, int count, const QFont &font)
{
    const QString t = text.simplified();
    if (count <= 1 || t.isEmpty())
        return { t };
    const QFontMetricsF m(font);
    // Break after a space or hyphen, or between two CJK characters.
    QVector<int> breaks;
    for (int i = 1; i < t.size(); ++i) {
        const QChar before = t.at(i - 1);
        if (before == QLatin1Char(' ') || before == QLatin1Char('-') || (isCjk(before) && isCjk(t.at(i))))
            breaks << i;
    }
    if (breaks.isEmpty())
        return { t };
    QStringList best { t };
    double bestWidth = m.horizontalAdvance(t);
    for (int b : std::as_const(breaks)) {
        const QString first = t.left(b).trimmed();
        const QStringList rest = split(t.mid(b).trimmed(), count - 1, font);
        const QStringList candidate = QStringList { first } + rest;
        const double w = widest(candidate, m);
        if (w < bestWidth) {
            bestWidth = w;
            best = candidate;
        }
    }
    return best;
}

Fit fit(const QString &text, QFont font, const QSizeF &boxPx, double sizePt, double minPt, int maxLines, double dpi)
{
    Fit result;
    const double pxPerPt = dpi / 72.0;
    auto attempt = [&](double pt, int lineCount) {
        font.setPixelSize(std::max(1, int(pt * pxPerPt)));
        const QStringList lines = split(text, lineCount, font);
        if (fits(lines, font, boxPx)) {
            result = Fit { lines, font.pixelSize() };
            return true;
        }
        return false;
    };
    const double step = std::max(0.25, 1.0 / pxPerPt);
    for (int lineCount = 1; lineCount <= maxLines; ++lineCount) {
        for (double pt = sizePt; pt >= minPt - 1e-6; pt -= step) {
            if (attempt(pt, lineCount))
                return result;
        }
    }
    // Nothing fits at the minimum: smaller still, but whole.
    for (double pt = minPt; pt >= 1.0; pt -= step) {
        if (attempt(pt, maxLines))
            return result;
    }
    font.setPixelSize(std::max(1, int(pxPerPt)));
    return Fit { split(text, maxLines, font), font.pixelSize() };
}

} // namespace TextFitter
