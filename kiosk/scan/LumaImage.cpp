#include "kiosk/scan/LumaImage.h"

#include <QVector>

#include <algorithm>
#include <array>
#include <cmath>

LumaImage::LumaImage(const uchar *data, int width, int height, int stride)
    : m_data(data)
    , m_width(width)
    , m_height(height)
    , m_stride(stride)
{
}

LumaImage LumaImage::owned(int width, int height)
{
    LumaImage image;
    image.m_buffer = QByteArray(qsizetype(width) * height, Qt::Uninitialized);
    image.m_data = reinterpret_cast<const uchar *>(image.m_buffer.constData());
    image.m_width = width;
    image.m_height = height;
    image.m_stride = width;
    return image;
}

LumaImage LumaImage::fromImage(const QImage &source)
{
    const QImage grey = source.convertToFormat(QImage::Format_Grayscale8);
    LumaImage image = owned(grey.width(), grey.height());
    for (int y = 0; y < grey.height(); ++y)
        std::copy_n(grey.constScanLine(y), grey.width(), image.mutableRow(y));
    return image;
}

LumaImage LumaImage::inverted() const
{
    LumaImage out = owned(m_width, m_height);
    for (int y = 0; y < m_height; ++y) {
        const uchar *src = row(y);
        uchar *dst = out.mutableRow(y);
        for (int x = 0; x < m_width; ++x)
            dst[x] = 255 - src[x];
    }
    return out;
}

LumaImage LumaImage::scaledDown(int factor) const
{
    const int w = m_width / factor;
    const int h = m_height / factor;
    LumaImage out = owned(w, h);
    const int area = factor * factor;
    for (int y = 0; y < h; ++y) {
        uchar *dst = out.mutableRow(y);
        for (int x = 0; x < w; ++x) {
            int sum = 0;
            for (int dy = 0; dy < factor; ++dy) {
                const uchar *src = row(y * factor + dy) + qsizetype(x) * factor;
                for (int dx = 0; dx < factor; ++dx)
                    sum += src[dx];
            }
            dst[x] = uchar(sum / area);
        }
    }
    return out;
}

LumaImage LumaImage::scaled(double factor) const
{
    const int w = int(m_width * factor);
    const int h = int(m_height * factor);
    LumaImage out = owned(w, h);
    for (int y = 0; y < h; ++y) {
        const float sy = std::max(0.0f, (y + 0.5f) / float(factor) - 0.5f);
        const int y0 = std::min(int(sy), m_height - 1);
        const int y1 = std::min(y0 + 1, m_height - 1);
        const float fy = sy - y0;
        uchar *dst = out.mutableRow(y);
        for (int x = 0; x < w; ++x) {
            const float sx = std::max(0.0f, (x + 0.5f) / float(factor) - 0.5f);
            const int x0 = std::min(int(sx), m_width - 1);
            const int x1 = std::min(x0 + 1, m_width - 1);
            const float fx = sx - x0;
            const float top = at(x0, y0) * (1 - fx) + at(x1, y0) * fx;
            const float bottom = at(x0, y1) * (1 - fx) + at(x1, y1) * fx;
            dst[x] = uchar(std::lround(top * (1 - fy) + bottom * fy));
        }
    }
    return out;
}

LumaImage LumaImage::cropped(int x, int y, int w, int h) const
{
    x = std::clamp(x, 0, m_width);
    y = std::clamp(y, 0, m_height);
    w = std::clamp(w, 0, m_width - x);
    h = std::clamp(h, 0, m_height - y);
    LumaImage out = owned(w, h);
    for (int r = 0; r < h; ++r)
        std::copy_n(row(y + r) + x, w, out.mutableRow(r));
    return out;
}

LumaImage LumaImage::contrastStretched() const
{
    std::array<int, 256> histogram {};
    for (int y = 0; y < m_height; ++y) {
        const uchar *src = row(y);
        for (int x = 0; x < m_width; ++x)
            ++histogram[src[x]];
    }
    const int total = m_width * m_height;
    int low = 0;
    int high = 255;
    for (int count = 0; low < 255 && (count += histogram[low]) < total / 100;)
        ++low;
    for (int count = 0; high > 0 && (count += histogram[high]) < total / 100;)
        --high;
    if (high <= low)
        return cropped(0, 0, m_width, m_height);
    std::array<uchar, 256> lut;
    for (int v = 0; v < 256; ++v)
        lut[v] = uchar(std::clamp((v - low) * 255 / (high - low), 0, 255));
    LumaImage out = owned(m_width, m_height);
    for (int y = 0; y < m_height; ++y) {
        const uchar *src = row(y);
        uchar *dst = out.mutableRow(y);
        for (int x = 0; x < m_width; ++x)
            dst[x] = lut[src[x]];
    }
    return out;
}

LumaImage LumaImage::smoothed() const
{
    LumaImage out = owned(m_width, m_height);
    for (int y = 0; y < m_height; ++y) {
        uchar *dst = out.mutableRow(y);
        const int y0 = std::max(0, y - 1);
        const int y1 = std::min(m_height - 1, y + 1);
        for (int x = 0; x < m_width; ++x) {
            const int x0 = std::max(0, x - 1);
            const int x1 = std::min(m_width - 1, x + 1);
            int sum = 0;
            int n = 0;
            for (int yy = y0; yy <= y1; ++yy) {
                for (int xx = x0; xx <= x1; ++xx) {
                    sum += at(xx, yy);
                    ++n;
                }
            }
            dst[x] = uchar(sum / n);
        }
    }
    return out;
}

LumaImage LumaImage::median() const
{
    LumaImage out = owned(m_width, m_height);
    std::array<uchar, 9> window;
    for (int y = 0; y < m_height; ++y) {
        uchar *dst = out.mutableRow(y);
        for (int x = 0; x < m_width; ++x) {
            int n = 0;
            for (int dy = -1; dy <= 1; ++dy) {
                const int yy = std::clamp(y + dy, 0, m_height - 1);
                for (int dx = -1; dx <= 1; ++dx)
                    window[n++] = at(std::clamp(x + dx, 0, m_width - 1), yy);
            }
            std::nth_element(window.begin(), window.begin() + 4, window.end());
            dst[x] = window[4];
        }
    }
    return out;
}

LumaImage LumaImage::sharpened() const
{
    const LumaImage blurred = smoothed();
    LumaImage out = owned(m_width, m_height);
    for (int y = 0; y < m_height; ++y) {
        uchar *dst = out.mutableRow(y);
        for (int x = 0; x < m_width; ++x)
            dst[x] = uchar(std::clamp(2 * at(x, y) - blurred.at(x, y), 0, 255));
    }
    return out;
}

LumaImage LumaImage::locallyNormalised(int radius) const
{
    // Subtract a large-scale mean from an integral image: a gradient of light
    // across the code becomes flat, so one threshold fits the whole symbol.
    const int w = m_width;
    const int h = m_height;
    QVector<qint64> integral(qsizetype(w + 1) * (h + 1), 0);
    for (int y = 0; y < h; ++y) {
        qint64 row = 0;
        for (int x = 0; x < w; ++x) {
            row += at(x, y);
            integral[(y + 1) * (w + 1) + x + 1] = integral[y * (w + 1) + x + 1] + row;
        }
    }
    LumaImage out = owned(w, h);
    for (int y = 0; y < h; ++y) {
        const int y0 = std::max(0, y - radius);
        const int y1 = std::min(h, y + radius + 1);
        uchar *dst = out.mutableRow(y);
        for (int x = 0; x < w; ++x) {
            const int x0 = std::max(0, x - radius);
            const int x1 = std::min(w, x + radius + 1);
            const qint64 sum = integral[y1 * (w + 1) + x1] - integral[y0 * (w + 1) + x1] - integral[y1 * (w + 1) + x0]
                + integral[y0 * (w + 1) + x0];
            const int mean = int(sum / (qint64(x1 - x0) * (y1 - y0)));
            dst[x] = uchar(std::clamp(128 + (at(x, y) - mean) * 2, 0, 255));
        }
    }
    return out;
}

QImage LumaImage::toImage() const
{
    QImage image(m_width, m_height, QImage::Format_Grayscale8);
    for (int y = 0; y < m_height; ++y)
        std::copy_n(row(y), m_width, image.scanLine(y));
    return image;
}
