#pragma once

#include <QMarginsF>
#include <QSizeF>
#include <QString>
#include <QVector>

#include <cups/cups.h>

// What a CUPS queue prints on, as its driver describes it: every media size
// with the margins the printer cannot reach (media-col-database, with and
// without borders), whether it prints colour, and its resolution.
struct PrinterMedia {
    struct Size {
        QString name; // the PWG name CUPS takes as the job's "media"
        QSizeF mm; // width × length, as the printer feeds it
        QMarginsF marginsMm; // left, top, right, bottom on a page of that size
        bool borderless() const { return marginsMm.isNull(); }
    };

    QString queue;
    QVector<Size> sizes;
    bool colour = false;
    int dpi = 0; // printer-resolution-default; 0 when the queue does not say
    bool customSizes = false; // the driver takes sizes of its own choosing (continuous tape)
    QSizeF customMinMm, customMaxMm;
    bool unknownQueue = false; // the print server answers and has no queue of that name

    // Reads the queue through libcups (the default connection of this thread).
    static PrinterMedia query(const QString &queue, QString *error);
    static PrinterMedia fromDest(cups_dest_t *dest, cups_dinfo_t *info);
    // The widest size named, 0 when none is: no custom size is wider (a label
    // roll is as wide as the driver knows it).
    double widestMm() const;
    // "36 × 89 mm, 62 × 100 mm, …" for messages, without repeats.
    QString sizeList() const;
};
