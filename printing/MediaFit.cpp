#include "printing/MediaFit.h"

#include "printing/PrintLog.h"

#include <QLocale>

#include <cmath>

namespace {

// How far a size is from the badge, either way round.
double distance(const QSizeF &a, const QSizeF &b)
{
    return std::max(std::abs(a.width() - b.width()), std::abs(a.height() - b.height()));
}

double printableArea(const PrinterMedia::Size &s)
{
    const QMarginsF &m = s.marginsMm;
    return (s.mm.width() - m.left() - m.right()) * (s.mm.height() - m.top() - m.bottom());
}

// The closest size, then the one not turned, then the one with most room
// for ink (a borderless variant over the same size with margins).
bool better(double distance, bool rotated, double area, double bestDistance, bool bestRotated, double bestArea)
{
    if (std::abs(distance - bestDistance) > 0.01)
        return distance < bestDistance;
    if (rotated != bestRotated)
        return !rotated;
    return area > bestArea + 1e-6;
}

// Margins of a custom size: those of a listed size of the same width, else the widest ones.
QMarginsF customMargins(const PrinterMedia &printer, double widthMm)
{
    QMarginsF widest;
    for (const PrinterMedia::Size &s : printer.sizes) {
        if (std::abs(s.mm.width() - widthMm) < 0.5)
            return s.marginsMm;
        widest = QMarginsF(std::max(widest.left(), s.marginsMm.left()), std::max(widest.top(), s.marginsMm.top()),
            std::max(widest.right(), s.marginsMm.right()), std::max(widest.bottom(), s.marginsMm.bottom()));
    }
    return widest;
}

constexpr double pointsPerMm = 72 / 25.4;

// A size in whole points, no larger. CUPS hands a custom size to the driver
// in hundredths of a millimetre, the driver makes whole points of it by
// dropping the fraction, and the dots the fraction held are lost: a page of
// whole points is one the driver prints whole.
QSizeF wholePoints(const QSizeF &mm)
{
    return QSizeF(std::floor(mm.width() * pointsPerMm + 1e-6) / pointsPerMm,
        std::floor(mm.height() * pointsPerMm + 1e-6) / pointsPerMm);
}

// CUPS's name for a custom size of whole points: the fewest hundredths of a
// millimetre that are not less than those points, so that the driver's whole
// points are exactly the page's.
QString customName(const QSizeF &mm)
{
    const auto hundredths = [](double mm) {
        const double points = std::round(mm * pointsPerMm);
        return std::ceil(points / pointsPerMm * 100 - 1e-6) / 100;
    };
    return QStringLiteral("Custom.%1x%2mm")
        .arg(QString::number(hundredths(mm.width()), 'f', 2), QString::number(hundredths(mm.height()), 'f', 2));
}

// The width of the media a custom size is cut from: a size the queue names
// within the tolerance (a label roll the driver knows, whose width the badge
// takes), else the badge's own width when no size it names is narrower
// (paper cut to size); a negative number when the queue is narrower than the
// badge, as a 62 mm label printer is for a 4 × 3 in badge.
double rollWidth(const PrinterMedia &printer, double widthMm)
{
    double best = -1;
    for (const PrinterMedia::Size &s : printer.sizes) {
        const double d = std::abs(s.mm.width() - widthMm);
        if (d <= MediaFit::toleranceMm && (best < 0 || d < std::abs(best - widthMm)))
            best = s.mm.width();
    }
    if (best >= 0)
        return best;
    return printer.sizes.isEmpty() || widthMm <= printer.widestMm() ? widthMm : -1;
}

QString number(double mm)
{
    return QLocale().toString(std::round(mm * 10) / 10, 'g', 6);
}

} // namespace

std::optional<MediaFit> MediaFit::choose(
    const QString &templateName, const QSizeF &badgeMm, const PrinterMedia &printer, QString *error)
{
    const PrinterMedia::Size *best = nullptr;
    bool bestRotated = false;
    double bestDistance = toleranceMm + 1;
    double bestArea = 0;
    for (const PrinterMedia::Size &s : printer.sizes) {
        for (const bool rotated : { false, true }) {
            const double d = distance(rotated ? s.mm.transposed() : s.mm, badgeMm);
            if (d <= toleranceMm && better(d, rotated, printableArea(s), bestDistance, bestRotated, bestArea)) {
                best = &s;
                bestRotated = rotated;
                bestDistance = d;
                bestArea = printableArea(s);
            }
        }
    }
    PrinterMedia::Size custom;
    if (printer.customSizes && bestDistance > 0.5) {
        // Continuous tape: a roll the driver knows, cut at the badge's length,
        // the way round the driver takes it.
        for (const bool rotated : { false, true }) {
            QSizeF size = rotated ? badgeMm.transposed() : badgeMm;
            const double roll = rollWidth(printer, size.width());
            if (roll < 0)
                continue;
            size = wholePoints(QSizeF(roll, size.height()));
            if (size.width() >= printer.customMinMm.width() - 0.01 && size.width() <= printer.customMaxMm.width() + 0.01
                && size.height() >= printer.customMinMm.height() - 0.01
                && size.height() <= printer.customMaxMm.height() + 0.01
                && distance(size, rotated ? badgeMm.transposed() : badgeMm) <= toleranceMm) {
                custom = PrinterMedia::Size { customName(size), size, customMargins(printer, size.width()) };
                best = &custom;
                bestRotated = rotated;
                break;
            }
        }
    }
    if (!best) {
        *error = tr("The badge template \"%1\" (%2 × %3 mm) fits none of the labels of the printer \"%4\" (%5). "
                    "Load labels of the template's size, or choose a template for these labels.")
                     .arg(templateName, number(badgeMm.width()), number(badgeMm.height()), printer.queue,
                         printer.sizes.isEmpty() && !printer.customSizes ? tr("no size known") : printer.sizeList());
        return std::nullopt;
    }
    MediaFit fit;
    fit.media = best->name;
    fit.pageMm = best->mm;
    fit.rotated = bestRotated;
    fit.badgeMm = bestRotated ? best->mm.transposed() : best->mm;
    const QMarginsF &m = best->marginsMm;
    // A quarter turn clockwise: the badge's left edge lies along the page's top.
    const QMarginsF badgeMargins = bestRotated ? QMarginsF(m.top(), m.right(), m.bottom(), m.left()) : m;
    fit.printableMm = QRectF(QPointF(0, 0), fit.badgeMm).marginsRemoved(badgeMargins);
    fit.monochrome = !printer.colour;
    // The device's resolution, or a whole fraction of it no finer than
    // maxRasterDpi: every dot of ours is then whole device dots (QR modules
    // stay crisp), and an A4 page at 1200 dpi does not cost 140 MB and a
    // second of rendering for nothing a badge needs.
    fit.dpi = printer.dpi > 0 ? printer.dpi : 300;
    for (int divisor = 2; fit.dpi > maxRasterDpi && divisor <= fit.dpi / 100; ++divisor) {
        if (printer.dpi % divisor == 0 && printer.dpi / divisor <= maxRasterDpi)
            fit.dpi = printer.dpi / divisor;
    }
    qCDebug(lcPrint) << "template" << templateName << "on" << printer.queue << "media" << fit.media << "rotated"
                     << fit.rotated << "printable" << fit.printableMm << "monochrome" << fit.monochrome << fit.dpi;
    return fit;
}

MediaFit MediaFit::exact(const QSizeF &badgeMm, bool monochrome, int dpi)
{
    MediaFit fit;
    fit.pageMm = fit.badgeMm = badgeMm;
    fit.printableMm = QRectF(QPointF(0, 0), badgeMm);
    fit.monochrome = monochrome;
    fit.dpi = dpi;
    return fit;
}

BadgeTemplate MediaFit::arrange(const BadgeTemplate &t, const MediaFit &fit)
{
    BadgeTemplate out = t;
    out.pageMm = fit.badgeMm;
    if (t.isSheet() || t.elements.isEmpty())
        return out;
    const double sx = fit.badgeMm.width() / t.pageMm.width();
    const double sy = fit.badgeMm.height() / t.pageMm.height();
    const QRectF page(QPointF(0, 0), fit.badgeMm);
    QRectF layout;
    for (BadgeTemplate::Element &e : out.elements) {
        const QRectF box = QRectF(e.x * sx, e.y * sy, e.w * sx, e.h * sy) & page;
        e.x = box.x(), e.y = box.y(), e.w = box.width(), e.h = box.height();
        layout = layout.isNull() ? box : layout.united(box);
    }
    // One linear map per axis from the layout to its part inside the printable
    // area: marks already inside stay put, the others move in and shrink, and
    // nothing overlaps that did not before.
    QRectF target = layout & fit.printableMm;
    if (target.isEmpty())
        target = fit.printableMm;
    const double kx = layout.width() > 0 ? target.width() / layout.width() : 1;
    const double ky = layout.height() > 0 ? target.height() / layout.height() : 1;
    for (BadgeTemplate::Element &e : out.elements) {
        e.x = target.x() + (e.x - layout.x()) * kx;
        e.y = target.y() + (e.y - layout.y()) * ky;
        e.w *= kx;
        e.h *= ky;
    }
    return out;
}

int MediaFit::addJobOptions(
    cups_dest_t *dest, cups_dinfo_t *info, const QSizeF &pageMm, int count, cups_option_t **options)
{
    const PrinterMedia printer = info ? PrinterMedia::fromDest(dest, info) : PrinterMedia();
    // The page was made for one of the queue's sizes, the way it is fed.
    const PrinterMedia::Size *best = nullptr;
    for (const PrinterMedia::Size &s : printer.sizes) {
        if (distance(s.mm, pageMm) <= 0.5
            && (!best
                || better(distance(s.mm, pageMm), false, printableArea(s), distance(best->mm, pageMm), false,
                    printableArea(*best))))
            best = &s;
    }
    const QByteArray media = best ? best->name.toUtf8() : customName(pageMm).toUtf8();
    count = cupsAddOption("media", media.constData(), count, options);
    if (info && !printer.colour)
        count = cupsAddOption("print-color-mode", "monochrome", count, options);
    return count;
}

QString MediaFit::check(const QString &templateName, const QString &queue)
{
    QString error;
    const auto badgeTemplate = BadgeTemplate::load(templateName, &error);
    if (!badgeTemplate)
        return error;
    const PrinterMedia printer = PrinterMedia::query(queue, &error);
    if (!error.isEmpty())
        return error;
    if (!choose(badgeTemplate->name, badgeTemplate->pageMm, printer, &error))
        return error;
    return QString();
}
