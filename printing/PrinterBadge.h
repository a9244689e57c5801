#pragma once

#include "printing/BadgeData.h"
#include "printing/BadgeTemplate.h"
#include "printing/MediaFit.h"

// A badge made for one CUPS queue: the template matched to the queue's media,
// drawn inside its printable area, 1-bit where the printer has no colour.
struct PrinterBadge {
    QByteArray pdf; // empty when the badge cannot be printed there, see error
    QSizeF pageMm; // the page of that PDF, for CupsClient::submit
    MediaFit fit;
    QString error; // translated

    // `printer`: the queue's media, read with PrinterMedia::query.
    static PrinterBadge render(const PrinterMedia &printer, const BadgeTemplate &t, const BadgeData &badge);
};
