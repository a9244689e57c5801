#pragma once

#include <QImage>
#include <QString>
#include <QVector>

// A QR code as a grid of modules, made with ZXing-C++'s writer, and drawn
// with whole pixels per module (crisp on thermal printers) or as SVG.
class QrCodeImage {
public:
    enum class Ecc { Low = 1, Medium = 4, Quartile = 6, High = 8 }; // ZXing's 0–8 scale

    // An empty text gives a null code (ZXing refuses it).
    static QrCodeImage encode(const QString &text, Ecc ecc = Ecc::Quartile);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; } // modules per side, without quiet zone
    bool module(int x, int y) const { return m_modules.at(y * m_size + x); }

    // Black on white, `modulePixels` per module, `quietModules` of margin.
    QImage toImage(int modulePixels, int quietModules = 4) const;
    QString toSvg(int quietModules = 4) const;

private:
    int m_size = 0;
    QVector<bool> m_modules;
};
