#include "kiosk/scan/MotionDeblur.h"

#include <QPoint>
#include <QVector>

#include <algorithm>
#include <cmath>

namespace {

constexpr double pi = 3.14159265358979323846;

// The mean of `length` samples along a line through each pixel, edges clamped.
void blurAlong(const QVector<float> &in, QVector<float> &out, int w, int h, const QVector<QPoint> &offsets)
{
    const float weight = 1.0f / float(offsets.size());
    for (int y = 0; y < h; ++y) {
        float *dst = out.data() + qsizetype(y) * w;
        for (int x = 0; x < w; ++x) {
            float sum = 0;
            for (const QPoint &o : offsets) {
                const int sx = std::clamp(x + o.x(), 0, w - 1);
                const int sy = std::clamp(y + o.y(), 0, h - 1);
                sum += in[qsizetype(sy) * w + sx];
            }
            dst[x] = sum * weight;
        }
    }
}

} // namespace

double MotionDeblur::blurAngle(const LumaImage &image)
{
    // Structure tensor of the gradients on every other pixel: the smear
    // direction is the one across which the picture varies least.
    double sxx = 0, syy = 0, sxy = 0;
    for (int y = 1; y + 1 < image.height(); y += 2) {
        for (int x = 1; x + 1 < image.width(); x += 2) {
            const double gx = double(image.at(x + 1, y)) - image.at(x - 1, y);
            const double gy = double(image.at(x, y + 1)) - image.at(x, y - 1);
            sxx += gx * gx;
            syy += gy * gy;
            sxy += gx * gy;
        }
    }
    // The strongest gradient runs across the sharp edges; the smear is at right angles to it.
    const double strongest = 0.5 * std::atan2(2 * sxy, sxx - syy) * 180 / pi;
    return std::fmod(strongest + 90 + 360, 180.0);
}

LumaImage MotionDeblur::deblurred(const LumaImage &image, double angleDegrees, int length, int steps)
{
    if (image.isNull() || length < 2)
        return LumaImage();
    const int w = image.width();
    const int h = image.height();
    const double dx = std::cos(angleDegrees * pi / 180);
    const double dy = std::sin(angleDegrees * pi / 180);
    QVector<QPoint> offsets;
    for (int i = 0; i < length; ++i) {
        const double t = i - (length - 1) / 2.0;
        offsets << QPoint(int(std::lround(t * dx)), int(std::lround(t * dy)));
    }
    QVector<float> observed(qsizetype(w) * h);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x)
            observed[qsizetype(y) * w + x] = image.at(x, y);
    }
    // Van Cittert: estimate += observed - blur(estimate), kept within range.
    QVector<float> estimate = observed;
    QVector<float> blurred(observed.size());
    for (int step = 0; step < steps; ++step) {
        blurAlong(estimate, blurred, w, h, offsets);
        for (qsizetype i = 0; i < estimate.size(); ++i)
            estimate[i] = std::clamp(estimate[i] + observed[i] - blurred[i], 0.0f, 255.0f);
    }
    LumaImage out = LumaImage::owned(w, h);
    uchar *dst = out.mutableData();
    for (qsizetype i = 0; i < estimate.size(); ++i)
        dst[i] = uchar(estimate[i] + 0.5f);
    return out;
}
