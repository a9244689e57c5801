#pragma once

#include "kiosk/scan/LumaImage.h"

#include <QPointF>

#include <array>
#include <vector>

// A code printed on a label that bends (a badge on fabric, a sticker on a
// curved surface) in front of a darker background: one perspective, which is
// all ZXing fits, leaves whole rows of modules off its grid. The label's own
// outline, traced along its four sides, maps it back onto a square (a Coons
// patch), so that a bent label decodes as a flat one.
class LabelRectifier {
public:
    struct Outline {
        bool found = false;
        std::array<QPointF, 4> corners; // top-left, top-right, bottom-right, bottom-left
        // Traced sides: top and bottom run left to right, left and right top to bottom.
        std::vector<QPointF> top, bottom, left, right;
    };

    // The brightest large region's outline, or found == false when there is
    // no label-like region (none, the whole frame, or nothing four-sided).
    [[nodiscard]] static Outline outline(const LumaImage &frame, int samplesPerSide = 400);
    // The label mapped onto a side × side square within a white margin; a
    // null image when no label was found.
    [[nodiscard]] static LumaImage rectified(const LumaImage &frame, int side = 400, int margin = 20);
};
