#pragma once

#include <QString>

class QrCodeImage;

// A QR code drawn in a terminal with half-block characters, two modules per
// character cell. Light modules are drawn as blocks, as for qrencode's UTF8
// output: on the usual light-on-dark terminal the code shows dark on light,
// with its quiet zone; a reader that also tries inverted codes reads it on
// any terminal.
class TerminalQr {
public:
    static QString render(const QrCodeImage &qr, int quietModules = 2);
};
