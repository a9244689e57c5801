#include "kiosk/scan/LabelRectifier.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace {

// The threshold that best splits the histogram in two (Otsu).
int splittingThreshold(const LumaImage &image)
{
    std::array<double, 256> histogram {};
    for (int y = 0; y < image.height(); ++y) {
        const uchar *row = image.row(y);
        for (int x = 0; x < image.width(); ++x)
            ++histogram[row[x]];
    }
    const double total = double(image.width()) * image.height();
    double sum = 0;
    for (int v = 0; v < 256; ++v)
        sum += v * histogram[v];
    double darkSum = 0;
    double darkCount = 0;
    double bestSpread = -1;
    int threshold = 128;
    for (int v = 0; v < 256; ++v) {
        darkCount += histogram[v];
        darkSum += v * histogram[v];
        const double brightCount = total - darkCount;
        if (darkCount == 0 || brightCount == 0)
            continue;
        const double gap = darkSum / darkCount - (sum - darkSum) / brightCount;
        const double spread = darkCount * brightCount * gap * gap;
        if (spread > bestSpread) {
            bestSpread = spread;
            threshold = v;
        }
    }
    return threshold;
}

// The largest 4-connected region brighter than the threshold, as a mask.
std::vector<bool> largestBrightRegion(const LumaImage &image, int threshold, int *area)
{
    const int w = image.width();
    const int h = image.height();
    std::vector<int> region(size_t(w) * h, 0);
    std::vector<int> stack;
    int best = 0;
    int bestArea = 0;
    int next = 0;
    for (int start = 0; start < w * h; ++start) {
        if (region[start] || image.at(start % w, start / w) <= threshold)
            continue;
        region[start] = ++next;
        stack.assign(1, start);
        int count = 0;
        while (!stack.empty()) {
            const int p = stack.back();
            stack.pop_back();
            ++count;
            const int x = p % w;
            const int y = p / w;
            for (const auto &[nx, ny] :
                { std::pair(x + 1, y), std::pair(x - 1, y), std::pair(x, y + 1), std::pair(x, y - 1) }) {
                if (nx < 0 || ny < 0 || nx >= w || ny >= h)
                    continue;
                const int q = ny * w + nx;
                if (!region[q] && image.at(nx, ny) > threshold) {
                    region[q] = next;
                    stack.push_back(q);
                }
            }
        }
        if (count > bestArea) {
            bestArea = count;
            best = next;
        }
    }
    std::vector<bool> mask(region.size());
    for (size_t i = 0; i < region.size(); ++i)
        mask[i] = region[i] == best && best > 0;
    *area = bestArea;
    return mask;
}

double quadArea(const std::array<QPointF, 4> &c)
{
    double twice = 0;
    for (int i = 0; i < 4; ++i)
        twice += c[i].x() * c[(i + 1) % 4].y() - c[(i + 1) % 4].x() * c[i].y();
    return std::abs(twice) / 2;
}

double bilinear(const LumaImage &image, QPointF p)
{
    const int x0 = int(std::floor(p.x()));
    const int y0 = int(std::floor(p.y()));
    const double fx = p.x() - x0;
    const double fy = p.y() - y0;
    auto at = [&](int x, int y) {
        return double(image.at(std::clamp(x, 0, image.width() - 1), std::clamp(y, 0, image.height() - 1)));
    };
    return at(x0, y0) * (1 - fx) * (1 - fy) + at(x0 + 1, y0) * fx * (1 - fy) + at(x0, y0 + 1) * (1 - fx) * fy
        + at(x0 + 1, y0 + 1) * fx * fy;
}

// A traced side follows the label's bend but also its frayed edge, pixel by
// pixel: a moving average over 6 % of its length keeps the bend only.
std::vector<QPointF> smoothed(const std::vector<QPointF> &side)
{
    const int n = int(side.size());
    const int reach = n * 3 / 100;
    std::vector<QPointF> out(side.size());
    for (int i = 0; i < n; ++i) {
        QPointF sum;
        const int from = std::max(0, i - reach);
        const int to = std::min(n - 1, i + reach);
        for (int j = from; j <= to; ++j)
            sum += side[j];
        out[i] = sum / (to - from + 1);
    }
    return out;
}

} // namespace

LabelRectifier::Outline LabelRectifier::outline(const LumaImage &frame, int samplesPerSide)
{
    Outline result;
    if (frame.isNull() || samplesPerSide < 2)
        return result;
    // The outline needs no more than half a megapixel: a large frame is traced at a smaller size.
    int factor = 1;
    while (double(frame.width()) * frame.height() / (factor * factor) > 500000)
        ++factor;
    const LumaImage image = factor > 1 ? frame.scaledDown(factor) : frame;
    const int w = image.width();
    const int h = image.height();
    int area = 0;
    const int threshold = splittingThreshold(image);
    const std::vector<bool> mask = largestBrightRegion(image, threshold, &area);
    if (area < w * h / 100 || area > w * h * 95 / 100)
        return result;
    auto luminance = [&](QPointF p) { return bilinear(image, p); };
    auto inside = [&](QPointF p) {
        const int x = int(std::lround(p.x()));
        const int y = int(std::lround(p.y()));
        return x >= 0 && y >= 0 && x < w && y < h && mask[size_t(y) * w + x];
    };

    // Corners: the region's extremes along the two diagonals (top-left has the
    // least x + y, top-right the most x - y, bottom-right the most x + y).
    std::array<QPointF, 4> c;
    std::array<double, 4> best;
    best.fill(-1e18);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            if (!mask[size_t(y) * w + x])
                continue;
            const std::array<double, 4> score { -double(x + y), double(x - y), double(x + y), -double(x - y) };
            for (int i = 0; i < 4; ++i) {
                if (score[i] > best[i]) {
                    best[i] = score[i];
                    c[i] = QPointF(x, y);
                }
            }
        }
    }
    // A label, not a blob: its four corners enclose most of it.
    if (quadArea(c) < area * 0.6)
        return result;

    // Each side traced from the outside in, along the normal of the chord between its corners.
    const QPointF centre = (c[0] + c[1] + c[2] + c[3]) / 4;
    auto trace = [&](QPointF from, QPointF to) {
        const QPointF chord = to - from;
        const double length = std::hypot(chord.x(), chord.y());
        QPointF normal(chord.y() / length, -chord.x() / length);
        if (QPointF::dotProduct(normal, (from + to) / 2 - centre) < 0)
            normal = -normal;
        const double reach = std::max(4.0, length / 8);
        std::vector<QPointF> side;
        for (int i = 0; i < samplesPerSide; ++i) {
            const QPointF onChord = from + chord * ((i + 0.5) / samplesPerSide);
            double edge = 0;
            for (double d = reach; d >= -reach; d -= 0.5) {
                if (inside(onChord + normal * d)) {
                    edge = d;
                    break;
                }
            }
            // To a tenth of a pixel, where the light crosses the threshold: the
            // pixel grid would otherwise shift whole rows of modules.
            for (double d = edge + 1; d >= edge - 1; d -= 0.1) {
                if (luminance(onChord + normal * d) > threshold) {
                    edge = d;
                    break;
                }
            }
            side.push_back(onChord + normal * edge);
        }
        return smoothed(side);
    };
    const double scale = factor;
    const QPointF offset((factor - 1) / 2.0, (factor - 1) / 2.0);
    auto toFrame = [&](std::vector<QPointF> side) {
        for (QPointF &p : side)
            p = p * scale + offset;
        return side;
    };
    result.top = toFrame(trace(c[0], c[1]));
    result.bottom = toFrame(trace(c[3], c[2]));
    result.left = toFrame(trace(c[0], c[3]));
    result.right = toFrame(trace(c[1], c[2]));
    for (int i = 0; i < 4; ++i)
        result.corners[i] = c[i] * scale + offset;
    result.found = true;
    return result;
}

LumaImage LabelRectifier::rectified(const LumaImage &frame, int side, int margin)
{
    const Outline o = outline(frame, side);
    if (!o.found)
        return {};
    LumaImage out = LumaImage::owned(side + 2 * margin, side + 2 * margin);
    for (int y = 0; y < out.height(); ++y)
        std::fill_n(out.mutableRow(y), out.width(), uchar(255));
    const auto &[tl, tr, br, bl] = o.corners;
    for (int j = 0; j < side; ++j) {
        uchar *row = out.mutableRow(margin + j);
        const double v = (j + 0.5) / side;
        for (int i = 0; i < side; ++i) {
            const double u = (i + 0.5) / side;
            // Coons patch: the sides blended across, less the corners counted twice.
            const QPointF p = o.top[i] * (1 - v) + o.bottom[i] * v + o.left[j] * (1 - u) + o.right[j] * u
                - (tl * (1 - u) * (1 - v) + tr * u * (1 - v) + bl * (1 - u) * v + br * u * v);
            row[margin + i] = uchar(std::lround(bilinear(frame, p)));
        }
    }
    return out;
}
