#pragma once

#include "printing/BadgeData.h"
#include "printing/BadgeTemplate.h"
#include "printing/MediaFit.h"

#include <QCoreApplication>
#include <QImage>
#include <QVector>

class QPainter;
class QIODevice;

// Draws badges with QPainter: vector PDF pages of the template's size, or
// raster images at a printer's resolution (1-bit for thermal printers, with
// text and QR code thresholded, never dithered). QR modules are whole device
// pixels, so the code stays crisp at 203 dpi.
class BadgeRenderer {
    Q_DECLARE_TR_FUNCTIONS(BadgeRenderer)

public:
    static constexpr int pdfResolution = 1200;

    // One badge of template `t` into `target` (device pixels at `dpi`).
    static void paint(
        QPainter &p, const QRectF &target, double dpi, const BadgeTemplate &t, const BadgeData &badge, bool monochrome);

    // A PDF with a page per badge, or per sheet of badges for a sheet template.
    static bool writePdf(QIODevice *device, const BadgeTemplate &t, const QVector<BadgeData> &badges, QString *error,
        const QString &title = QString());
    static QByteArray pdf(const BadgeTemplate &t, const QVector<BadgeData> &badges, QString *error);

    // One badge as an image at `dpi`; 1-bit when `oneBit`.
    static QImage raster(const BadgeTemplate &t, const BadgeData &badge, int dpi, bool oneBit);

    // One badge on the page a printer takes (see MediaFit): the media's size,
    // turned when the label is, every mark inside the printable area; for a
    // printer without colour, a 1-bit image at the device's resolution, so the
    // driver has nothing to dither and QR modules land on whole dots.
    static QByteArray pdf(const BadgeTemplate &t, const BadgeData &badge, const MediaFit &fit, QString *error);
    // That page as the printer's dots: fit.pageMm at fit.dpi.
    static QImage page(const BadgeTemplate &t, const BadgeData &badge, const MediaFit &fit, bool oneBit);
};
