#pragma once

#include "kiosk/scan/LumaImage.h"

#include <ZXing/BarcodeFormat.h>

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <vector>

// Finds a code in one luminance frame with ZXing-C++: a fast first pass, then
// recovery passes (inverted, other binarizers, rescaled, contrast-stretched,
// sharpened, smoothed, light-normalised, rotated, for motion blur ZBar's QR
// reader and deblurred frames, and for a bent label the label rectified)
// within a time budget per frame. A stream of
// frames takes up the recovery passes where the previous frame stopped, so a
// hard code held still gets every pass within a few frames. Only results that
// ZXing reports valid or ZBar's checked QR decoder returns, as valid UTF-8, are
// returned: never a wrong text.
class FrameDecoder {
public:
    struct Options {
        QStringList formats { QStringLiteral("QRCode") }; // ZXing format names
        int budgetMs = 15; // a recovery pass starts only if it should end by then
        bool allPasses = false; // still images: try every pass, no budget
    };

    struct Result {
        bool found = false;
        QString text;
        QString format;
        QString pass; // which pass read it
        double ms = 0; // time spent on this frame
        int passesTried = 0;
    };

    struct Pass;

    FrameDecoder();
    explicit FrameDecoder(const Options &options);

    Result decode(const LumaImage &frame);
    static QStringList passNames();
    static QStringList knownFormats();
    // False and a message when a format name is unknown.
    static bool validFormats(const QStringList &formats, QString *error);

private:
    Result tryPass(const Pass &pass, const LumaImage &frame) const;

    Options m_options;
    ZXing::BarcodeFormats m_formats;
    int m_nextRecoveryPass = 0;
    std::vector<double> m_msPerMegapixel; // per pass, learned from this machine's frames
};

Q_DECLARE_METATYPE(FrameDecoder::Result)
