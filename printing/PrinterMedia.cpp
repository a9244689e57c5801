#include "printing/PrinterMedia.h"

#include "printing/CupsClient.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace {

double mm(int hundredths)
{
    return hundredths / 100.0;
}

// "custom_min_25.4x25.4mm" → its size; the range of sizes a driver accepts.
QSizeF customSize(const char *name)
{
    if (pwg_media_t *media = pwgMediaForPWG(name))
        return QSizeF(mm(media->width), mm(media->length));
    return QSizeF();
}

} // namespace

PrinterMedia PrinterMedia::fromDest(cups_dest_t *dest, cups_dinfo_t *info)
{
    PrinterMedia m;
    m.queue = QString::fromUtf8(dest->name);
    // The default flags list every size once per set of margins, the
    // borderless variants ("…_borderless", no margins) among them.
    const int count = cupsGetDestMediaCount(CUPS_HTTP_DEFAULT, dest, info, CUPS_MEDIA_FLAGS_DEFAULT);
    for (int i = 0; i < count; ++i) {
        cups_size_t size;
        if (!cupsGetDestMediaByIndex(CUPS_HTTP_DEFAULT, dest, info, i, CUPS_MEDIA_FLAGS_DEFAULT, &size))
            continue;
        m.sizes << Size { QString::fromUtf8(size.media), QSizeF(mm(size.width), mm(size.length)),
            QMarginsF(mm(size.left), mm(size.top), mm(size.right), mm(size.bottom)) };
    }
    if (ipp_attribute_t *media = cupsFindDestSupported(CUPS_HTTP_DEFAULT, dest, info, "media")) {
        for (int i = 0; i < ippGetCount(media); ++i) {
            const char *name = ippGetString(media, i, nullptr);
            if (!name)
                continue;
            if (!std::strncmp(name, "custom_min_", 11))
                m.customMinMm = customSize(name);
            else if (!std::strncmp(name, "custom_max_", 11))
                m.customMaxMm = customSize(name);
        }
        m.customSizes = m.customMinMm.isValid() && m.customMaxMm.isValid();
    }
    // Colour from print-color-mode-supported, else color-supported (a PPD's ColorDevice).
    if (ipp_attribute_t *modes = cupsFindDestSupported(CUPS_HTTP_DEFAULT, dest, info, "print-color-mode")) {
        for (int i = 0; i < ippGetCount(modes); ++i) {
            const char *mode = ippGetString(modes, i, nullptr);
            if (mode && (!std::strcmp(mode, "color") || !std::strcmp(mode, "auto")))
                m.colour = true;
        }
    } else if (ipp_attribute_t *colour = cupsFindDestSupported(CUPS_HTTP_DEFAULT, dest, info, "color")) {
        m.colour = ippGetBoolean(colour, 0);
    }
    if (ipp_attribute_t *resolution = cupsFindDestDefault(CUPS_HTTP_DEFAULT, dest, info, "printer-resolution")) {
        ipp_res_t units;
        int y = 0;
        const int x = ippGetResolution(resolution, 0, &y, &units);
        m.dpi = units == IPP_RES_PER_CM ? qRound(x * 2.54) : x;
    }
    return m;
}

PrinterMedia PrinterMedia::query(const QString &queue, QString *error)
{
    cups_dest_t *dest = cupsGetNamedDest(CUPS_HTTP_DEFAULT, queue.toUtf8().constData(), nullptr);
    if (!dest) {
        PrinterMedia unknown;
        unknown.queue = queue;
        unknown.unknownQueue = CupsClient::serverAnswers();
        *error = unknown.unknownQueue
            ? QCoreApplication::translate("PrinterMedia", "There is no printer \"%1\".").arg(queue)
            : CupsClient::unreachableAdvice();
        return unknown;
    }
    cups_dinfo_t *info = cupsCopyDestInfo(CUPS_HTTP_DEFAULT, dest);
    PrinterMedia m;
    if (info)
        m = fromDest(dest, info);
    else
        *error = QCoreApplication::translate("PrinterMedia", "Cannot read the labels of the printer \"%1\": %2")
                     .arg(queue, QString::fromUtf8(cupsLastErrorString()));
    cupsFreeDestInfo(info);
    cupsFreeDests(1, dest);
    return m;
}

double PrinterMedia::widestMm() const
{
    double widest = 0;
    for (const Size &s : sizes)
        widest = std::max(widest, s.mm.width());
    return widest;
}

QString PrinterMedia::sizeList() const
{
    QStringList names;
    const QLocale locale;
    auto number = [&](double v) { return locale.toString(std::round(v * 10) / 10, 'g', 6); };
    for (const Size &s : sizes) {
        const QString name = QStringLiteral("%1 × %2 mm").arg(number(s.mm.width()), number(s.mm.height()));
        if (!names.contains(name))
            names << name;
    }
    const double widest = widestMm();
    if (customSizes && widest > 0)
        names << QCoreApplication::translate("PrinterMedia", "other sizes up to %1 mm wide")
                     .arg(number(std::min(widest, customMaxMm.width())));
    else if (customSizes)
        names << QCoreApplication::translate("PrinterMedia", "any size from %1 × %2 to %3 × %4 mm")
                     .arg(qRound(customMinMm.width()))
                     .arg(qRound(customMinMm.height()))
                     .arg(qRound(customMaxMm.width()))
                     .arg(qRound(customMaxMm.height()));
    return names.join(QStringLiteral(", "));
}
