#include "printing/BadgeRenderer.h"

#include "kiosk/codes/QrCodeImage.h"
#include "printing/TextFitter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextOption>

namespace {

constexpr double mmPerInch = 25.4;

QRectF toPx(const BadgeTemplate::Element &e, const QRectF &target, double dpi)
{
    const double k = dpi / mmPerInch;
    return QRectF(target.x() + e.x * k, target.y() + e.y * k, e.w * k, e.h * k);
}

QFont baseFont(const BadgeTemplate &t, bool bold)
{
    QFont font;
    font.setFamilies(t.fonts);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting); // shapes as designed at any resolution
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

void drawFitted(QPainter &p, const QRectF &box, double dpi, const BadgeTemplate &t, const BadgeTemplate::Element &e,
    const QString &raw, const QColor &colour)
{
    const QString text = e.uppercase ? raw.toUpper() : raw;
    if (text.trimmed().isEmpty())
        return;
    QFont font = baseFont(t, e.bold);
    const TextFitter::Fit fit = TextFitter::fit(text, font, box.size(), e.size, e.minSize, e.lines, dpi);
    font.setPixelSize(fit.pixelSize);
    p.setFont(font);
    p.setPen(colour);
    const QFontMetricsF m(font);
    const double lineHeight = m.height();
    double y = box.top() + (box.height() - lineHeight * fit.lines.size()) / 2;
    for (const QString &line : fit.lines) {
        QTextOption option(e.align | Qt::AlignVCenter);
        // Right-to-left names (Arabic) lay out right to left, joined.
        option.setTextDirection(line.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        option.setWrapMode(QTextOption::NoWrap);
        p.drawText(QRectF(box.left(), y, box.width(), lineHeight), line, option);
        y += lineHeight;
    }
}

void drawQr(QPainter &p, const QRectF &box, const QString &code, bool monochrome)
{
    const QrCodeImage qr = QrCodeImage::encode(code, QrCodeImage::Ecc::Medium);
    if (qr.isNull())
        return;
    // Whole device pixels per module, with a two-module quiet zone inside the box.
    const int side = int(std::min(box.width(), box.height()));
    const int module = std::max(1, side / (qr.size() + 4));
    const int drawn = module * qr.size();
    const int left = int(box.left() + (box.width() - drawn) / 2.0);
    const int top = int(box.top() + (box.height() - drawn) / 2.0);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(QRect(left - 2 * module, top - 2 * module, drawn + 4 * module, drawn + 4 * module), Qt::white);
    const QColor dark = monochrome ? Qt::black : QColor(0x11, 0x11, 0x11);
    for (int y = 0; y < qr.size(); ++y) {
        for (int x = 0; x < qr.size();) {
            if (!qr.module(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < qr.size() && qr.module(x + run, y))
                ++run;
            p.fillRect(QRect(left + x * module, top + y * module, run * module, module), dark);
            x += run;
        }
    }
    p.restore();
}

void drawImage(QPainter &p, const QRectF &box, const BadgeTemplate &t, const BadgeTemplate::Element &e)
{
    const QString path = QFileInfo(e.path).isAbsolute() ? e.path : t.folder + QLatin1Char('/') + e.path;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgRenderer svg(path);
        if (!svg.isValid())
            return;
        QSizeF size = svg.defaultSize();
        size.scale(box.size(), Qt::KeepAspectRatio);
        svg.render(&p, QRectF(box.center() - QPointF(size.width(), size.height()) / 2, size));
    } else {
        const QImage image(path);
        if (image.isNull())
            return;
        QSizeF size = image.size();
        size.scale(box.size(), Qt::KeepAspectRatio);
        p.drawImage(QRectF(box.center() - QPointF(size.width(), size.height()) / 2, size), image);
    }
}

} // namespace

void BadgeRenderer::paint(
    QPainter &p, const QRectF &target, double dpi, const BadgeTemplate &t, const BadgeData &badge, bool monochrome)
{
    p.save();
    p.setClipRect(target);
    p.fillRect(target, Qt::white);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    for (const BadgeTemplate::Element &e : t.elements) {
        const QRectF box = toPx(e, target, dpi);
        switch (e.type) {
        case BadgeTemplate::Element::Type::Text: {
            const QColor colour = monochrome || e.colour.isEmpty() ? QColor(Qt::black) : QColor(e.colour);
            drawFitted(p, box, dpi, t, e, badge.field(e.field), colour);
            break;
        }
        case BadgeTemplate::Element::Type::Band: {
            const QColor fill = monochrome ? QColor(Qt::black) : badge.categoryColour;
            p.fillRect(box, fill);
            const QColor ink = qGray(fill.rgb()) < 150 ? Qt::white : Qt::black;
            BadgeTemplate::Element label = e;
            label.bold = true;
            label.uppercase = true;
            label.lines = 1;
            drawFitted(p, box.adjusted(box.height() * 0.3, 0, -box.height() * 0.3, 0), dpi, t, label,
                badge.categoryLabel, ink);
            break;
        }
        case BadgeTemplate::Element::Type::Qr:
            drawQr(p, box, badge.code, monochrome);
            break;
        case BadgeTemplate::Element::Type::Image:
            drawImage(p, box, t, e);
            break;
        }
    }
    p.restore();
}

namespace {

// Where cell `slot` of a sheet lies on its page, in mm: the cell template's
// size, centred in its share of the page.
QRectF cellRect(const BadgeTemplate &sheet, const BadgeTemplate &cell, int slot)
{
    const QSizeF share(sheet.pageMm.width() / sheet.columns, sheet.pageMm.height() / sheet.rows);
    const int column = slot % sheet.columns;
    const int row = slot / sheet.columns; // whole rows above this slot
    return QRectF(QPointF(column * share.width() + (share.width() - cell.pageMm.width()) / 2,
                      row * share.height() + (share.height() - cell.pageMm.height()) / 2),
        cell.pageMm);
}

// One page of a sheet: `badges` in its first cells, each badge's marks inside
// `printableMm` (the page's coordinates), cut marks from the printable edges.
void paintSheet(QPainter &p, double dpi, const BadgeTemplate &sheet, const BadgeTemplate &cell,
    const QVector<BadgeData> &badges, bool monochrome, const QRectF &printableMm)
{
    const double k = dpi / mmPerInch;
    for (int slot = 0; slot < badges.size() && slot < sheet.columns * sheet.rows; ++slot) {
        const QRectF rect = cellRect(sheet, cell, slot);
        MediaFit cellFit = MediaFit::exact(cell.pageMm, monochrome, qRound(dpi));
        cellFit.printableMm = (printableMm & rect).translated(-rect.topLeft());
        if (cellFit.printableMm.isEmpty())
            continue;
        BadgeRenderer::paint(p, QRectF(rect.topLeft() * k, rect.size() * k), dpi, MediaFit::arrange(cell, cellFit),
            badges.at(slot), monochrome);
    }
    if (!sheet.cutMarks || badges.isEmpty())
        return;
    p.save();
    p.setPen(QPen(monochrome ? QColor(Qt::black) : QColor(160, 160, 160), std::max(0.2 * k, 1.0)));
    const double mark = 4;
    for (int c = 1; c < sheet.columns; ++c) {
        const double x = c * sheet.pageMm.width() / sheet.columns;
        p.drawLine(QPointF(x, printableMm.top()) * k, QPointF(x, printableMm.top() + mark) * k);
        p.drawLine(QPointF(x, printableMm.bottom() - mark) * k, QPointF(x, printableMm.bottom()) * k);
    }
    for (int r = 1; r < sheet.rows; ++r) {
        const double y = r * sheet.pageMm.height() / sheet.rows;
        p.drawLine(QPointF(printableMm.left(), y) * k, QPointF(printableMm.left() + mark, y) * k);
        p.drawLine(QPointF(printableMm.right() - mark, y) * k, QPointF(printableMm.right(), y) * k);
    }
    p.restore();
}

} // namespace

bool BadgeRenderer::writePdf(
    QIODevice *device, const BadgeTemplate &t, const QVector<BadgeData> &badges, QString *error, const QString &title)
{
    std::optional<BadgeTemplate> cell;
    if (t.isSheet()) {
        cell = BadgeTemplate::load(t.cellTemplate, error);
        if (!cell)
            return false;
    }
    QPdfWriter writer(device);
    writer.setTitle(title.isEmpty() ? tr("Badges") : title);
    writer.setCreator(QStringLiteral("Accueil"));
    writer.setResolution(pdfResolution);
    writer.setPageSize(QPageSize(t.pageMm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("Cannot write the PDF.");
        return false;
    }
    const double k = pdfResolution / mmPerInch;
    const QRectF page(0, 0, t.pageMm.width() * k, t.pageMm.height() * k);
    const int perPage = t.isSheet() ? t.columns * t.rows : 1;
    for (int first = 0; first < badges.size(); first += perPage) {
        if (first > 0)
            writer.newPage();
        if (t.isSheet())
            paintSheet(painter, pdfResolution, t, *cell, badges.mid(first, perPage), cell->monochrome,
                QRectF(QPointF(0, 0), t.pageMm));
        else
            paint(painter, page, pdfResolution, t, badges.at(first), t.monochrome);
    }
    painter.end();
    return true;
}

QByteArray BadgeRenderer::pdf(const BadgeTemplate &t, const QVector<BadgeData> &badges, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!writePdf(&buffer, t, badges, error))
        return QByteArray();
    return bytes;
}

namespace {

// A hard threshold: thermal heads print dots, and dithered text is fuzzy.
QImage threshold(const QImage &grey)
{
    QImage mono(grey.size(), QImage::Format_Mono);
    mono.setColor(0, qRgb(255, 255, 255));
    mono.setColor(1, qRgb(0, 0, 0));
    mono.setDotsPerMeterX(grey.dotsPerMeterX());
    mono.setDotsPerMeterY(grey.dotsPerMeterY());
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *src = grey.constScanLine(y);
        uchar *dst = mono.scanLine(y); // most significant bit first
        std::fill_n(dst, mono.bytesPerLine(), uchar(0));
        for (int x = 0; x < grey.width(); ++x) {
            if (src[x] < 128)
                dst[x >> 3] |= uchar(0x80 >> (x & 7));
        }
    }
    return mono;
}

QSize pixels(const QSizeF &mm, double dpi)
{
    return QSize(qRound(mm.width() / mmPerInch * dpi), qRound(mm.height() / mmPerInch * dpi));
}

// Draws the badge on a page of `pagePx`, turned a quarter turn clockwise when
// the fit says so, every mark inside the fit's printable area; a sheet gets the
// badge in its first cell. False when a sheet's cell template is missing.
bool paintOnPage(QPainter &p, const QSizeF &pagePx, double dpi, const BadgeTemplate &t, const BadgeData &badge,
    const MediaFit &fit, bool monochrome, QString *error)
{
    std::optional<BadgeTemplate> cell;
    if (t.isSheet()) {
        cell = BadgeTemplate::load(t.cellTemplate, error);
        if (!cell)
            return false;
    }
    p.save();
    if (fit.rotated) {
        p.translate(pagePx.width(), 0);
        p.rotate(90);
    }
    const QSizeF badgePx = fit.rotated ? pagePx.transposed() : pagePx;
    if (cell) {
        BadgeTemplate sheet = t;
        sheet.pageMm = fit.badgeMm;
        paintSheet(p, dpi, sheet, *cell, { badge }, monochrome || cell->monochrome, fit.printableMm);
    } else {
        BadgeRenderer::paint(p, QRectF(QPointF(0, 0), badgePx), dpi, MediaFit::arrange(t, fit), badge, monochrome);
    }
    p.restore();
    return true;
}

} // namespace

QImage BadgeRenderer::raster(const BadgeTemplate &t, const BadgeData &badge, int dpi, bool oneBit)
{
    const QSize size = pixels(t.pageMm, dpi);
    QImage image(size, oneBit ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), dpi, t, badge, oneBit || t.monochrome);
    }
    return oneBit ? threshold(image) : image;
}

QImage BadgeRenderer::page(const BadgeTemplate &t, const BadgeData &badge, const MediaFit &fit, bool oneBit)
{
    const QSize size = pixels(fit.pageMm, fit.dpi);
    QImage image(size, oneBit ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(fit.dpi / 0.0254));
    image.setDotsPerMeterY(qRound(fit.dpi / 0.0254));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        QString error; // a sheet whose cells cannot load: nothing to draw
        paintOnPage(painter, QSizeF(size), fit.dpi, t, badge, fit, oneBit || fit.monochrome || t.monochrome, &error);
    }
    return oneBit ? threshold(image) : image;
}

QByteArray BadgeRenderer::pdf(const BadgeTemplate &t, const BadgeData &badge, const MediaFit &fit, QString *error)
{
    if (t.isSheet() && !BadgeTemplate::load(t.cellTemplate, error))
        return QByteArray();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(tr("Badge"));
    writer.setCreator(QStringLiteral("Accueil"));
    writer.setPageSize(QPageSize(fit.pageMm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(fit.monochrome ? fit.dpi : pdfResolution);
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("Cannot write the PDF.");
        return QByteArray();
    }
    const QSizeF pagePx(
        fit.pageMm.width() / mmPerInch * writer.resolution(), fit.pageMm.height() / mmPerInch * writer.resolution());
    if (fit.monochrome) {
        // The dots themselves, one image pixel per device dot, drawn unscaled.
        // Qt's PDF writer keeps an image 1-bit (a stencil in the pen's
        // colour, losslessly compressed) only when its colours are black then
        // white; anything else becomes a JPEG, whose ringing a thermal
        // driver prints as stray dots inside the QR code.
        QImage dots = page(t, badge, fit, true);
        dots.invertPixels();
        dots.setColorTable({ qRgb(0, 0, 0), qRgb(255, 255, 255) });
        painter.setPen(Qt::black);
        painter.setRenderHint(QPainter::LosslessImageRendering);
        painter.drawImage(QRectF(QPointF(0, 0), pagePx), dots);
    } else if (!paintOnPage(painter, pagePx, writer.resolution(), t, badge, fit, t.monochrome, error)) {
        painter.end();
        return QByteArray();
    }
    painter.end();
    return bytes;
}
