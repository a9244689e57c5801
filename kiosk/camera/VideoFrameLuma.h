#pragma once

#include "kiosk/scan/LumaImage.h"

#include <QVideoFrame>

// The luminance of a video frame without a full RGB conversion: the Y plane
// as it is for planar and semi-planar YUV formats, Y bytes picked out of packed
// YUV, and a weighted sum for RGB formats.
namespace VideoFrameLuma {

// The frame `f` must be mapped for reading. The result may point into the
// frame's memory: use it before unmapping.
LumaImage extract(const QVideoFrame &f);

// A frame of the given format made from an image (tests and file sources).
QVideoFrame frameFromImage(const QImage &image, QVideoFrameFormat::PixelFormat format);

} // namespace VideoFrameLuma
