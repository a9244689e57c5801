#include "kiosk/camera/VideoFrameLuma.h"

#include <algorithm>

namespace VideoFrameLuma {

LumaImage extract(const QVideoFrame &f)
{
    const int w = f.width();
    const int h = f.height();
    switch (f.pixelFormat()) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
        return LumaImage(f.bits(0), w, h, f.bytesPerLine(0)); // no copy at all
    case QVideoFrameFormat::Format_YUYV:
    case QVideoFrameFormat::Format_UYVY:
    case QVideoFrameFormat::Format_AYUV:
    case QVideoFrameFormat::Format_AYUV_Premultiplied: {
        const int step = f.pixelFormat() == QVideoFrameFormat::Format_AYUV
                || f.pixelFormat() == QVideoFrameFormat::Format_AYUV_Premultiplied
            ? 4
            : 2;
        const int offset = f.pixelFormat() == QVideoFrameFormat::Format_YUYV ? 0 : 1;
        LumaImage out = LumaImage::owned(w, h);
        for (int y = 0; y < h; ++y) {
            const uchar *src = f.bits(0) + qsizetype(y) * f.bytesPerLine(0) + offset;
            uchar *dst = out.mutableRow(y);
            for (int x = 0; x < w; ++x)
                dst[x] = src[qsizetype(x) * step];
        }
        return out;
    }
    case QVideoFrameFormat::Format_ARGB8888:
    case QVideoFrameFormat::Format_ARGB8888_Premultiplied:
    case QVideoFrameFormat::Format_XRGB8888:
    case QVideoFrameFormat::Format_BGRA8888:
    case QVideoFrameFormat::Format_BGRA8888_Premultiplied:
    case QVideoFrameFormat::Format_BGRX8888:
    case QVideoFrameFormat::Format_ABGR8888:
    case QVideoFrameFormat::Format_XBGR8888:
    case QVideoFrameFormat::Format_RGBA8888:
    case QVideoFrameFormat::Format_RGBX8888: {
        // Byte positions of R, G and B in memory for each layout.
        int r = 0, g = 1, b = 2;
        switch (f.pixelFormat()) {
        case QVideoFrameFormat::Format_ARGB8888:
        case QVideoFrameFormat::Format_ARGB8888_Premultiplied:
        case QVideoFrameFormat::Format_XRGB8888:
            r = 1;
            g = 2;
            b = 3;
            break;
        case QVideoFrameFormat::Format_BGRA8888:
        case QVideoFrameFormat::Format_BGRA8888_Premultiplied:
        case QVideoFrameFormat::Format_BGRX8888:
            r = 2;
            g = 1;
            b = 0;
            break;
        case QVideoFrameFormat::Format_ABGR8888:
        case QVideoFrameFormat::Format_XBGR8888:
            r = 3;
            g = 2;
            b = 1;
            break;
        default:
            break;
        }
        LumaImage out = LumaImage::owned(w, h);
        for (int y = 0; y < h; ++y) {
            const uchar *src = f.bits(0) + qsizetype(y) * f.bytesPerLine(0);
            uchar *dst = out.mutableRow(y);
            for (int x = 0; x < w; ++x, src += 4)
                dst[x] = uchar((77 * src[r] + 150 * src[g] + 29 * src[b]) >> 8);
        }
        return out;
    }
    default:
        // Anything else (compressed, 16-bit): the expensive way, but correct.
        return LumaImage::fromImage(f.toImage());
    }
}

QVideoFrame frameFromImage(const QImage &image, QVideoFrameFormat::PixelFormat format)
{
    const int w = image.width() & ~1;
    const int h = image.height() & ~1;
    QVideoFrame frame(QVideoFrameFormat(QSize(w, h), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return QVideoFrame();
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    auto luma = [&](int x, int y) {
        const QRgb p = rgb.pixel(x, y);
        return uchar((66 * qRed(p) + 129 * qGreen(p) + 25 * qBlue(p) + 128) / 256 + 16);
    };
    switch (format) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_YUV420P:
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x)
                frame.bits(0)[qsizetype(y) * frame.bytesPerLine(0) + x] = luma(x, y);
        }
        for (int p = 1; p < frame.planeCount(); ++p)
            std::fill_n(frame.bits(p), frame.mappedBytes(p), uchar(128));
        break;
    case QVideoFrameFormat::Format_YUYV:
    case QVideoFrameFormat::Format_UYVY: {
        const int yOffset = format == QVideoFrameFormat::Format_YUYV ? 0 : 1;
        for (int y = 0; y < h; ++y) {
            uchar *line = frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0);
            for (int x = 0; x < w; ++x) {
                line[2 * x + yOffset] = luma(x, y);
                line[2 * x + 1 - yOffset] = 128;
            }
        }
        break;
    }
    default: {
        const QImage converted = rgb.convertToFormat(QVideoFrameFormat::imageFormatFromPixelFormat(format));
        for (int y = 0; y < h; ++y)
            std::copy_n(converted.constScanLine(y),
                std::min<qsizetype>(frame.bytesPerLine(0), converted.bytesPerLine()),
                frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0));
        break;
    }
    }
    frame.unmap();
    return frame;
}

} // namespace VideoFrameLuma
