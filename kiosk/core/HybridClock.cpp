#include "kiosk/core/HybridClock.h"

#include <QDateTime>
#include <algorithm>

HybridClock::HybridClock(QString device, WallClock wallClock)
    : m_device(std::move(device))
    , m_wallClock(std::move(wallClock))
{
    if (!m_wallClock)
        m_wallClock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

QString HybridClock::tick()
{
    const qint64 wall = m_wallClock();
    if (wall > m_lastMs) {
        m_lastMs = wall;
        m_counter = 0;
    } else if (m_counter < maxCounter) {
        ++m_counter;
    } else {
        // The counter has six digits in the text form: borrow the next millisecond.
        ++m_lastMs;
        m_counter = 0;
    }
    return format(m_lastMs, m_counter, m_device);
}

void HybridClock::observe(const QString &timestamp)
{
    qint64 ms = 0;
    int counter = 0;
    if (!parse(timestamp, &ms, &counter))
        return;
    if (ms > m_lastMs) {
        m_lastMs = ms;
        m_counter = counter;
    } else if (ms == m_lastMs) {
        m_counter = std::max(m_counter, counter);
    }
}

QString HybridClock::format(qint64 ms, int counter, const QString &device)
{
    return QStringLiteral("%1.%2.%3")
        .arg(ms, 15, 10, QLatin1Char('0'))
        .arg(counter, 6, 10, QLatin1Char('0'))
        .arg(device);
}

bool HybridClock::parse(const QString &timestamp, qint64 *ms, int *counter)
{
    if (timestamp.size() < 23 || timestamp.at(15) != QLatin1Char('.') || timestamp.at(22) != QLatin1Char('.'))
        return false;
    // Digits only: a sign or a space would parse as a number but sort out of time order.
    for (int i = 0; i < 22; ++i) {
        if (i != 15 && (timestamp.at(i) < QLatin1Char('0') || timestamp.at(i) > QLatin1Char('9')))
            return false;
    }
    bool okMs = false;
    bool okCounter = false;
    *ms = timestamp.left(15).toLongLong(&okMs);
    *counter = timestamp.mid(16, 6).toInt(&okCounter);
    return okMs && okCounter;
}
