#pragma once

#include <QByteArray>
#include <QImage>

// An 8-bit luminance picture: either a view on someone else's pixels (the Y
// plane of a mapped video frame) or an owned buffer made by a recovery pass.
class LumaImage {
public:
    LumaImage() = default;
    LumaImage(const uchar *data, int width, int height, int stride);
    static LumaImage owned(int width, int height);
    // Grey8 copy of any QImage (the file and test sources).
    static LumaImage fromImage(const QImage &source);

    const uchar *data() const { return m_data; }
    uchar *mutableData() { return reinterpret_cast<uchar *>(m_buffer.data()); }
    int width() const { return m_width; }
    int height() const { return m_height; }
    int stride() const { return m_stride; }
    bool isNull() const { return !m_data || m_width <= 0 || m_height <= 0; }
    uchar at(int x, int y) const { return m_data[qsizetype(y) * m_stride + x]; }
    const uchar *row(int y) const { return m_data + qsizetype(y) * m_stride; }
    uchar *mutableRow(int y) { return mutableData() + qsizetype(y) * m_stride; }

    LumaImage inverted() const;
    LumaImage scaledDown(int factor) const; // box filter
    LumaImage scaled(double factor) const; // bilinear
    LumaImage scaledUp(int factor) const { return scaled(factor); }
    LumaImage cropped(int x, int y, int w, int h) const; // copies
    LumaImage contrastStretched() const; // 1st–99th percentile to 0–255
    LumaImage sharpened() const; // unsharp mask
    LumaImage smoothed() const; // 3×3 box blur against noise
    LumaImage median() const; // 3×3 median: noise and ragged edges
    LumaImage locallyNormalised(int radius) const; // evens out uneven light
    QImage toImage() const;

private:
    QByteArray m_buffer;
    const uchar *m_data = nullptr;
    int m_width = 0;
    int m_height = 0;
    int m_stride = 0;
};
