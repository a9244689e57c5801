#include "sync/TerminalQr.h"

#include "kiosk/codes/QrCodeImage.h"

namespace {
const QChar fullBlock(0x2588);
const QChar upperHalf(0x2580);
const QChar lowerHalf(0x2584);
} // namespace

QString TerminalQr::render(const QrCodeImage &qr, int quietModules)
{
    if (qr.isNull())
        return {};
    const int side = qr.size() + 2 * quietModules;
    // Outside the code is quiet zone, which is light.
    auto light = [&](int x, int y) {
        const int cx = x - quietModules;
        const int cy = y - quietModules;
        if (cx < 0 || cy < 0 || cx >= qr.size() || cy >= qr.size())
            return true;
        return !qr.module(cx, cy);
    };
    QString text;
    text.reserve(qsizetype(side + 1) * (side / 2 + 1));
    for (int y = 0; y < side; y += 2) {
        for (int x = 0; x < side; ++x) {
            const bool top = light(x, y);
            const bool bottom = y + 1 < side ? light(x, y + 1) : false;
            text += top && bottom ? fullBlock : top ? upperHalf : bottom ? lowerHalf : QLatin1Char(' ');
        }
        text += QLatin1Char('\n');
    }
    return text;
}
