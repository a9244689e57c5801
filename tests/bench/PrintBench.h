#pragma once

// Badge render time (PDF, 300 dpi raster, 203 dpi 1-bit) per template, and the
// time from a check-in to its badge job being accepted by a real cupsd, beside
// the bare CUPS submission of a ready PDF.
namespace PrintBench {
void run(bool quick);
}
