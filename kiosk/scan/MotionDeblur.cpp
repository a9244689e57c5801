#include "kiosk/scan/MotionDeblur.h"

#include <QPoint>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

constexpr double pi = 3.14159265358979323846;

// The mean of the samples along a line through each pixel; edges clamped.
void blurAlong(const std::vector<float> &in, std::vector<float> &out, int w, int h, const std::vector<QPoint> &offsets)
{
    int marginX = 0;
    int marginY = 0;
    std::vector<qsizetype> linear;
    for (const QPoint &o : offsets) {
        marginX = std::max(marginX, std::abs(o.x()));
        marginY = std::max(marginY, std::abs(o.y()));
        linear.push_back(qsizetype(o.y()) * w + o.x());
    }
    const float weight = 1.0f / float(offsets.size());
    for (int y = 0; y < h; ++y) {
        const bool rowInside = y >= marginY && y < h - marginY;
        for (int x = 0; x < w; ++x) {
            const qsizetype at = qsizetype(y) * w + x;
            float sum = 0;
            if (rowInside && x >= marginX && x < w - marginX) {
                const float *centre = in.data() + at;
                for (const qsizetype offset : linear)
                    sum += centre[offset];
            } else {
                for (const QPoint &o : offsets)
                    sum += in[qsizetype(std::clamp(y + o.y(), 0, h - 1)) * w + std::clamp(x + o.x(), 0, w - 1)];
            }
            out[at] = sum * weight;
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
    std::vector<QPoint> offsets;
    for (int i = 0; i < length; ++i) {
        const double t = i - (length - 1) / 2.0;
        offsets.emplace_back(int(std::lround(t * dx)), int(std::lround(t * dy)));
    }
    std::vector<float> observed(size_t(w) * size_t(h));
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x)
            observed[qsizetype(y) * w + x] = image.at(x, y);
    }
    // Van Cittert: estimate += observed - blur(estimate), kept within range.
    std::vector<float> estimate = observed;
    std::vector<float> blurred(observed.size());
    for (int step = 0; step < steps; ++step) {
        blurAlong(estimate, blurred, w, h, offsets);
        for (size_t i = 0; i < estimate.size(); ++i)
            estimate[i] = std::clamp(estimate[i] + observed[i] - blurred[i], 0.0f, 255.0f);
    }
    LumaImage out = LumaImage::owned(w, h);
    uchar *dst = out.mutableData();
    for (size_t i = 0; i < estimate.size(); ++i)
        dst[i] = uchar(std::lround(estimate[i])); // within 0–255 already
    return out;
}
