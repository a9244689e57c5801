#pragma once

#include "printing/BadgeData.h"
#include "printing/BadgeTemplate.h"

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

    // One badge into `targetPx` (device pixels at `dpi`).
    static void paint(QPainter &painter, const QRectF &targetPx, double dpi, const BadgeTemplate &badgeTemplate,
        const BadgeData &badge, bool monochrome);

    // A PDF with a page per badge, or per sheet of badges for a sheet template.
    static bool writePdf(QIODevice *device, const BadgeTemplate &badgeTemplate, const QVector<BadgeData> &badges,
        QString *error, const QString &title = QString());
    static QByteArray pdf(const BadgeTemplate &badgeTemplate, const QVector<BadgeData> &badges, QString *error);

    // One badge as an image at `dpi`; 1-bit when `oneBit`.
    static QImage raster(const BadgeTemplate &badgeTemplate, const BadgeData &badge, int dpi, bool oneBit);
};
