#pragma once

#include <QString>

// Turns a stream of reads into scans: a code held in view is one scan; the
// same code shown again after it has been out of view for `goneAfterMs` is a
// new scan (the check-in service then answers "already checked in").
class RepeatFilter {
public:
    explicit RepeatFilter(int goneAfterMs = 2000)
        : m_goneAfterMs(goneAfterMs)
    {
    }

    // A frame read `text` at `ms` (any monotonic clock). True: a new scan.
    bool read(const QString &text, qint64 ms);
    void setGoneAfter(int ms) { m_goneAfterMs = ms; }
    void reset() { m_last.clear(); }

private:
    int m_goneAfterMs;
    QString m_last;
    qint64 m_lastSeenMs = 0;
};
