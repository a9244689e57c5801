#pragma once

#include <QByteArray>
#include <QString>

// The one rule every decoder's text passes before the pipeline accepts it:
// some text, in valid UTF-8 (control characters stay: GS1 codes use GS, and
// binary payloads are legitimate). Anything else is treated as no code.
namespace DecodedText {
// A null QString when the bytes are empty or not valid UTF-8.
[[nodiscard]] QString fromUtf8(const QByteArray &bytes);
}
