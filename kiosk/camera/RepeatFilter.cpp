#include "kiosk/camera/RepeatFilter.h"

bool RepeatFilter::read(const QString &text, qint64 ms)
{
    // Frames in between may miss the code (blur, a hand passing): only a
    // long enough absence makes the next read a new scan.
    const bool same = text == m_last && ms - m_lastSeenMs < m_goneAfterMs;
    m_last = text;
    m_lastSeenMs = ms;
    return !same;
}
