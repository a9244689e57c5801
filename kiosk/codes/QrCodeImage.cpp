#include "kiosk/codes/QrCodeImage.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

QrCodeImage QrCodeImage::encode(const QString &text, Ecc ecc)
{
    QrCodeImage code;
    if (text.isEmpty())
        return code;
    try {
        const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                            .setMargin(0)
                                            .setEccLevel(int(ecc))
                                            .setEncoding(ZXing::CharacterSet::UTF8)
                                            .encode(text.toStdWString(), 0, 0);
        code.m_size = matrix.width();
        code.m_modules.resize(qsizetype(code.m_size) * code.m_size);
        for (int y = 0; y < code.m_size; ++y) {
            for (int x = 0; x < code.m_size; ++x)
                code.m_modules[y * code.m_size + x] = matrix.get(x, y);
        }
    } catch (const std::exception &) {
        return QrCodeImage(); // too long for a QR code
    }
    return code;
}

QImage QrCodeImage::toImage(int modulePixels, int quietModules) const
{
    const int side = (m_size + 2 * quietModules) * modulePixels;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!module(x, y))
                continue;
            for (int dy = 0; dy < modulePixels; ++dy) {
                uchar *line = image.scanLine((y + quietModules) * modulePixels + dy);
                std::fill_n(line + qsizetype(x + quietModules) * modulePixels, modulePixels, uchar(0));
            }
        }
    }
    return image;
}

QString QrCodeImage::toSvg(int quietModules) const
{
    const int side = m_size + 2 * quietModules;
    QString path;
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size;) {
            if (!module(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < m_size && module(x + run, y))
                ++run;
            path += QStringLiteral("M%1 %2h%3v1h-%3z").arg(x + quietModules).arg(y + quietModules).arg(run);
            x += run;
        }
    }
    return QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %1\" shape-rendering=\"crispEdges\">"
        "<rect width=\"%1\" height=\"%1\" fill=\"#fff\"/><path fill=\"#000\" d=\"%2\"/></svg>\n")
        .arg(side)
        .arg(path);
}
