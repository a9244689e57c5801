#pragma once

#include "kiosk/scan/LumaImage.h"

// Undoes some of the smear of a code moved while the shutter was open. The
// direction comes from the picture itself (edges across the motion are
// blurred, edges along it are not); the length is a guess the caller tries a
// few of. A few Van Cittert steps against a box blur along that direction
// sharpen across the smear only, so noise elsewhere is not amplified.
class MotionDeblur {
public:
    // Degrees in [0, 180), clockwise from the x axis as the rows run down.
    static double blurAngle(const LumaImage &image);
    static LumaImage deblurred(const LumaImage &image, double angleDegrees, int length, int steps = 3);
    // Both at once, for a decoder pass: the angle found in the picture.
    static LumaImage deblurred(const LumaImage &image, int length)
    {
        return deblurred(image, blurAngle(image), length);
    }
};
