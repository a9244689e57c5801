#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

// Decoders, for tests, of what label printers receive, back into the dots
// they print (1-bit images, ink black, the first line at the top as the
// page was drawn): Brother QL raster (printer-driver-ptouch), Dymo
// LabelWriter raster (printer-driver-dymo), ZPL ~DG graphics and EPL2 GW
// graphics (CUPS's rastertolabel) and PDF (a driverless printer, rendered by
// pdftoppm).
namespace PrinterStreams {

struct Decoded {
    QImage image; // Format_Mono; null when the stream could not be read
    QString error;
    // The label as the stream describes it, in dots: its width and length
    // (fed lines and margins), 0 for what the stream does not say.
    QSize labelDots { 0, 0 };
};

Decoded brotherQl(const QByteArray &stream);
Decoded dymoLabelWriter(const QByteArray &stream);
Decoded zpl(const QByteArray &stream);
Decoded epl(const QByteArray &stream);
Decoded pdf(const QByteArray &document, int dpi);
// By driver name: "ptouch", "dymo", "zpl", "epl", "ipp".
Decoded decode(const QString &driver, const QByteArray &bytes, int dpi);

} // namespace PrinterStreams
