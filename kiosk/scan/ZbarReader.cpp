#include "kiosk/scan/ZbarReader.h"

#include "kiosk/scan/DecodedText.h"

#include <zbar.h>

#include <memory>

using namespace zbar; // its C interface, which C++ sees inside this namespace

namespace {

struct ScannerDeleter {
    void operator()(zbar_image_scanner_t *scanner) const { zbar_image_scanner_destroy(scanner); }
};

struct ImageDeleter {
    void operator()(zbar_image_t *image) const { zbar_image_destroy(image); }
};

} // namespace

ZbarReader::Read ZbarReader::readQrCode(const LumaImage &frame)
{
    Read read;
    if (frame.isNull())
        return read;
    // ZBar wants rows back to back: a view with padding is copied first.
    const LumaImage packed
        = frame.stride() == frame.width() ? frame : frame.cropped(0, 0, frame.width(), frame.height());
    const std::unique_ptr<zbar_image_scanner_t, ScannerDeleter> scanner(zbar_image_scanner_create());
    const std::unique_ptr<zbar_image_t, ImageDeleter> image(zbar_image_create());
    if (!scanner || !image)
        return read;
    zbar_image_scanner_set_config(scanner.get(), ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner.get(), ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    zbar_image_set_format(image.get(), zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(image.get(), unsigned(packed.width()), unsigned(packed.height()));
    zbar_image_set_data(image.get(), packed.data(), size_t(packed.width()) * size_t(packed.height()), nullptr);
    if (zbar_scan_image(scanner.get(), image.get()) <= 0)
        return read;
    for (const zbar_symbol_t *symbol = zbar_image_first_symbol(image.get()); symbol;
         symbol = zbar_symbol_next(symbol)) {
        if (zbar_symbol_get_type(symbol) != ZBAR_QRCODE)
            continue;
        const QByteArray bytes(zbar_symbol_get_data(symbol), int(zbar_symbol_get_data_length(symbol)));
        const QString text = DecodedText::fromUtf8(bytes);
        if (!text.isNull()) {
            read.found = true;
            read.text = text;
            break;
        }
    }
    return read;
}
