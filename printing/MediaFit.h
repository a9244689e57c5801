#pragma once

#include "printing/BadgeTemplate.h"
#include "printing/PrinterMedia.h"

#include <QCoreApplication>
#include <QRectF>

#include <optional>

// Which of a queue's media a badge goes on and which way round, where the
// printer can put ink, and whether in colour: a badge is never scaled onto a
// label of another size, never cut by the printer's margins.
class MediaFit {
    Q_DECLARE_TR_FUNCTIONS(MediaFit)

public:
    static constexpr double toleranceMm = 2.0;
    static constexpr int maxRasterDpi = 600;

    QString media; // the job's "media"
    QSizeF pageMm; // the PDF page: the media as the printer feeds it
    bool rotated = false; // the badge turned a quarter turn clockwise on that page
    QSizeF badgeMm; // the media in the badge's own orientation
    QRectF printableMm; // where ink may go, in the badge's own coordinates
    bool monochrome = false; // 1-bit, pure black, never dithered
    int dpi = 300; // for 1-bit renders: the device's resolution, or a whole fraction of it up to maxRasterDpi

    // The media for a badge of `badgeMm` on `printer`: the closest size within
    // 2 mm either way round; nothing (and why, in words staff can act on)
    // when no size is that close.
    [[nodiscard]] static std::optional<MediaFit> choose(
        const QString &templateName, const QSizeF &badgeMm, const PrinterMedia &printer, QString *error);
    // The whole page, no printer: a PDF file or a preview.
    static MediaFit exact(const QSizeF &badgeMm, bool monochrome, int dpi = 300);
    // The elements of template `t` moved and shrunk, never lost, into the printable
    // area of a badge of size badgeMm.
    static BadgeTemplate arrange(const BadgeTemplate &t, const MediaFit &fit);

    // For a job whose PDF page is pageMm: "media" (the queue's own name for
    // that size) and, for a printer without colour, print-color-mode.
    static int addJobOptions(
        cups_dest_t *dest, cups_dinfo_t *info, const QSizeF &pageMm, int count, cups_option_t **options);
    // Empty when the template fits the queue, else a warning for staff.
    static QString check(const QString &templateName, const QString &queue);
};
