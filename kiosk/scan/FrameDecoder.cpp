#include "kiosk/scan/FrameDecoder.h"

#include "kiosk/scan/DecodedText.h"
#include "kiosk/scan/LabelRectifier.h"
#include "kiosk/scan/MotionDeblur.h"
#include "kiosk/scan/ScanLog.h"
#include "kiosk/scan/ZbarReader.h"

#include <ZXing/ReadBarcode.h>

#include <QElapsedTimer>

#include <algorithm>
#include <exception>

struct FrameDecoder::Pass {
    enum Reader { ZXing, ZBar };
    const char *name;
    std::function<LumaImage(const LumaImage &)> transform; // empty: the frame as it is
    ZXing::Binarizer binarizer = ZXing::Binarizer::LocalAverage;
    bool tryHarder = false;
    bool tryRotate = false;
    bool isPure = false;
    float cost = 1; // time relative to the plain pass, measured on camera frames
    Reader reader = ZXing; // ZBar reads QR codes only
    // For passes whose time follows the pixel count more than the plain pass's
    // time (ZBar scans every line, deblurring touches every pixel): a first
    // guess of milliseconds per megapixel (thread CPU time measured here), which
    // the decoder then learns from what the pass really took on this machine.
    float msPerMegapixel = 0;
};

namespace {
double megapixels(const LumaImage &frame)
{
    return double(frame.width()) * frame.height() / 1e6;
}
} // namespace

namespace {

LumaImage centreUp(const LumaImage &f)
{
    // A small code in a large frame: the centre half, twice as big.
    const LumaImage centre = f.cropped(f.width() / 4, f.height() / 4, f.width() / 2, f.height() / 2);
    return centre.scaledUp(2);
}

LumaImage halfSize(const LumaImage &f)
{
    return f.scaledDown(2);
}

// Motion blur of about `length` pixels undone along the direction the frame
// shows; past two megapixels only the half-size passes are worth their time.
template <int length> LumaImage deblurred(const LumaImage &f)
{
    return f.width() * f.height() <= 2000 * 1000 ? MotionDeblur::deblurred(f, length) : LumaImage();
}

// The same on a half-size frame, four times cheaper: the smear is half as long there too.
template <int length> LumaImage deblurredHalf(const LumaImage &f)
{
    return MotionDeblur::deblurred(f.scaledDown(2), length);
}

} // namespace

namespace {
using P = FrameDecoder::Pass;
using B = ZXing::Binarizer;
const QVector<P> &passes()
{
    // Ordered by how often each rescues a frame the others miss, for the least time.
    static const QVector<P> all = {
        { "plain", {}, B::LocalAverage, false, false, false, 1.0f },
        { "inverted", [](const LumaImage &f) { return f.inverted(); }, B::LocalAverage, false, false, false, 1.3f },
        { "thorough", {}, B::LocalAverage, true, true, false, 1.1f },
        { "global-histogram", {}, B::GlobalHistogram, true, false, false, 0.9f },
        { "half-size", [](const LumaImage &f) { return f.scaledDown(2); }, B::LocalAverage, true, false, false, 0.5f },
        { "contrast", [](const LumaImage &f) { return f.contrastStretched(); }, B::LocalAverage, true, false, false,
            1.5f },
        { "inverted-thorough", [](const LumaImage &f) { return f.inverted(); }, B::LocalAverage, true, true, false,
            1.3f },
        { "light-normalised",
            [](const LumaImage &f) { return f.locallyNormalised(std::max(8, std::min(f.width(), f.height()) / 16)); },
            B::GlobalHistogram, true, false, false, 5.0f },
        { "sharpened", [](const LumaImage &f) { return f.sharpened(); }, B::LocalAverage, true, false, false, 3.5f },
        { "smoothed", [](const LumaImage &f) { return f.smoothed(); }, B::LocalAverage, true, false, false, 2.6f },
        { "centre-double", centreUp, B::LocalAverage, true, false, false, 4.0f },
        { "third-size", [](const LumaImage &f) { return f.scaledDown(3); }, B::GlobalHistogram, true, false, false,
            0.3f },
        { "fixed-threshold", {}, B::FixedThreshold, true, false, false, 0.4f },
        { "inverted-histogram", [](const LumaImage &f) { return f.inverted(); }, B::GlobalHistogram, true, false, false,
            1.1f },
        { "pure", {}, B::LocalAverage, false, false, true, 0.6f },
        { "median", [](const LumaImage &f) { return f.median(); }, B::LocalAverage, true, false, false, 8.0f },
        { "one-and-a-half",
            [](const LumaImage &f) { return f.width() * f.height() <= 1200 * 1200 ? f.scaled(1.5) : LumaImage(); },
            B::LocalAverage, true, false, false, 5.0f },
        { "double",
            [](const LumaImage &f) { return f.width() * f.height() <= 1000 * 1000 ? f.scaledUp(2) : LumaImage(); },
            B::LocalAverage, true, false, false, 10.0f },
        { "double-histogram",
            [](const LumaImage &f) { return f.width() * f.height() <= 1000 * 1000 ? f.scaledUp(2) : LumaImage(); },
            B::GlobalHistogram, true, false, false, 10.0f },
        { "half-histogram", [](const LumaImage &f) { return f.scaledDown(2); }, B::GlobalHistogram, true, false, false,
            0.5f },
        { "smoothed-half", [](const LumaImage &f) { return f.scaledDown(2).smoothed(); }, B::LocalAverage, true, false,
            false, 0.9f },
        { "double-smoothed",
            [](const LumaImage &f) {
                return f.width() * f.height() <= 1000 * 1000 ? f.scaledUp(2).smoothed() : LumaImage();
            },
            B::LocalAverage, true, false, false, 16.0f },
        // Motion blur and other hard cases: ZBar as a second decoder, and the smear undone along its direction.
        { "zbar-half", halfSize, B::LocalAverage, false, false, false, 1.1f, P::ZBar, 3.5f },
        { "deblurred-half", deblurredHalf<5>, B::LocalAverage, true, false, false, 1.4f, P::ZXing, 4.0f },
        { "zbar", {}, B::LocalAverage, false, false, false, 3.0f, P::ZBar, 10.0f },
        { "zbar-deblurred-half", deblurredHalf<5>, B::LocalAverage, false, false, false, 2.2f, P::ZBar, 6.5f },
        { "deblurred-half-long", deblurredHalf<11>, B::LocalAverage, true, false, false, 2.0f, P::ZXing, 5.5f },
        { "zbar-deblurred-half-long", deblurredHalf<11>, B::LocalAverage, false, false, false, 2.8f, P::ZBar, 8.0f },
        { "deblurred", deblurred<9>, B::LocalAverage, true, false, false, 25.0f, P::ZXing, 65.0f },
        { "zbar-deblurred", deblurred<9>, B::LocalAverage, false, false, false, 28.0f, P::ZBar, 70.0f },
        { "deblurred-long", deblurred<21>, B::LocalAverage, true, false, false, 30.0f, P::ZXing, 80.0f },
        { "zbar-deblurred-long", deblurred<21>, B::LocalAverage, false, false, false, 33.0f, P::ZBar, 85.0f },
        // A code on a bent label (fabric, a curved sticker): the label's outline mapped back onto a square.
        { "label-rectified", [](const LumaImage &f) { return LabelRectifier::rectified(f); }, B::GlobalHistogram, true,
            false, false, 2.0f, P::ZXing, 10.0f },
    };
    return all;
}
} // namespace

FrameDecoder::FrameDecoder()
    : FrameDecoder(Options())
{
}

FrameDecoder::FrameDecoder(const Options &options)
    : m_options(options)
{
    for (const Pass &pass : passes())
        m_msPerMegapixel.push_back(pass.msPerMegapixel);
    for (const QString &name : options.formats)
        m_formats |= ZXing::BarcodeFormatFromString(name.toStdString());
}

QStringList FrameDecoder::passNames()
{
    QStringList names;
    for (const Pass &p : passes())
        names << QString::fromLatin1(p.name);
    return names;
}

QStringList FrameDecoder::knownFormats()
{
    return { QStringLiteral("QRCode"), QStringLiteral("MicroQRCode"), QStringLiteral("Aztec"),
        QStringLiteral("DataMatrix"), QStringLiteral("PDF417"), QStringLiteral("Code128"), QStringLiteral("Code39"),
        QStringLiteral("EAN13"), QStringLiteral("EAN8"), QStringLiteral("ITF") };
}

bool FrameDecoder::validFormats(const QStringList &formats, QString *error)
{
    for (const QString &f : formats) {
        if (!knownFormats().contains(f)) {
            *error = f;
            return false;
        }
    }
    return !formats.isEmpty();
}

FrameDecoder::Result FrameDecoder::tryPass(const Pass &pass, const LumaImage &frame) const
{
    Result result;
    if (pass.reader == Pass::ZBar && !m_formats.testFlag(ZXing::BarcodeFormat::QRCode))
        return result;
    const LumaImage image = pass.transform ? pass.transform(frame) : frame;
    if (image.isNull())
        return result;
    if (pass.reader == Pass::ZBar) {
        const ZbarReader::Read read = ZbarReader::readQrCode(image);
        if (read.found) {
            result.found = true;
            result.text = read.text;
            result.format = QStringLiteral("QRCode");
        }
    } else {
        ZXing::DecodeHints hints;
        hints.setFormats(m_formats);
        hints.setBinarizer(pass.binarizer);
        hints.setTryHarder(pass.tryHarder);
        hints.setTryRotate(pass.tryRotate);
        hints.setMaxNumberOfSymbols(1);
        hints.setIsPure(pass.isPure);
        try {
            const ZXing::ImageView view(
                image.data(), image.width(), image.height(), ZXing::ImageFormat::Lum, image.stride());
            const ZXing::Result read = ZXing::ReadBarcode(view, hints);
            if (read.isValid()) {
                result.text = DecodedText::fromUtf8(QByteArray::fromStdString(read.text()));
                result.found = !result.text.isNull();
                result.format = QString::fromStdString(ZXing::ToString(read.format()));
            }
        } catch (const std::exception &) {
            // ZXing 1.4 can throw on some damaged symbols: no code in this pass.
        }
    }
    if (result.found) {
        result.pass = QString::fromLatin1(pass.name);
        qCDebug(lcScan, "read by pass %s", pass.name);
    }
    return result;
}

FrameDecoder::Result FrameDecoder::decode(const LumaImage &frame)
{
    QElapsedTimer timer;
    timer.start();
    Result result;
    if (frame.isNull())
        return result;
    const QVector<Pass> &all = passes();
    auto finish = [&](Result r, int tried) {
        r.ms = timer.nsecsElapsed() / 1e6;
        r.passesTried = tried;
        return r;
    };
    int tried = 1;
    result = tryPass(all.first(), frame);
    if (result.found)
        return finish(result, tried);
    // What the plain pass cost on this frame prices the others: a recovery
    // pass starts only when it should end within the budget.
    const double plainMs = timer.nsecsElapsed() / 1e6;
    const int recoveryCount = int(all.size()) - 1;
    int lastTried = -1;
    for (int i = 0; i < recoveryCount; ++i) {
        const int index = m_options.allPasses ? 1 + i : 1 + (m_nextRecoveryPass + i) % recoveryCount;
        const Pass &pass = all.at(index);
        double &learned = m_msPerMegapixel[index];
        const double estimate = std::max(plainMs * pass.cost, megapixels(frame) * learned);
        const double startMs = timer.nsecsElapsed() / 1e6;
        if (!m_options.allPasses && startMs + estimate > m_options.budgetMs) {
            // A slow moment is forgotten slowly, so a pass is never priced out for good.
            learned = std::max(double(pass.msPerMegapixel), learned * 0.95);
            continue;
        }
        lastTried = index;
        ++tried;
        result = tryPass(pass, frame);
        if (pass.msPerMegapixel > 0 && megapixels(frame) > 0.05) // a moving average of what it cost
            learned = 0.7 * learned + 0.3 * (timer.nsecsElapsed() / 1e6 - startMs) / megapixels(frame);
        if (result.found) {
            if (!m_options.allPasses)
                m_nextRecoveryPass = index - 1; // start from what worked on the next frame
            return finish(result, tried);
        }
    }
    if (!m_options.allPasses && lastTried > 0)
        m_nextRecoveryPass = lastTried % recoveryCount; // the next frame carries on after it
    return finish(result, tried);
}
