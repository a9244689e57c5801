#pragma once

#include "kiosk/scan/LumaImage.h"

#include <QString>

// A second decoder for the codes ZXing-C++ misses, motion-blurred ones above
// all: ZBar's QR reader (libzbar). Its QR decoder corrects errors with
// Reed-Solomon as ZXing's does, so a text it returns passed the same kind of
// check; other symbologies are left to ZXing, whose checks are stronger.
class ZbarReader {
public:
    struct Read {
        bool found = false;
        QString text;
    };

    // Never throws; a frame without a readable QR code gives found == false.
    [[nodiscard]] static Read readQrCode(const LumaImage &frame);
};
