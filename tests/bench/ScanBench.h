#pragma once

// Milliseconds per camera frame at three resolutions, with and without a code
// in view, and decode rates on the test corpora, for the scan pipeline beside
// a plain ZXing::ReadBarcode call with default hints and beside zbarimg.
namespace ScanBench {
void run(bool quick);
}
