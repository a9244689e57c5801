#include "kiosk/app/controllers/ScreenTimer.h"

#include <cmath>

ScreenTimer::ScreenTimer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ScreenTimer::timeUp);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ScreenTimer::changed);
}

void ScreenTimer::start(int ms)
{
    m_extensionsLeft = m_limits.extensions;
    m_asking = false;
    m_tick.stop();
    m_running = ms > 0;
    if (m_running)
        m_timer.start(ms);
    else
        m_timer.stop();
    Q_EMIT changed();
}

void ScreenTimer::stop()
{
    m_timer.stop();
    m_tick.stop();
    m_asking = false;
    m_running = false;
    Q_EMIT changed();
}

bool ScreenTimer::extend()
{
    if (!m_running || m_extensionsLeft <= 0)
        return false;
    --m_extensionsLeft;
    m_asking = false;
    m_tick.stop();
    m_timer.start(m_limits.extensionMs);
    Q_EMIT changed();
    return true;
}

int ScreenTimer::secondsLeft() const
{
    return m_timer.isActive() ? int(std::ceil(m_timer.remainingTime() / 1000.0)) : 0;
}

void ScreenTimer::timeUp()
{
    // Asked once per period; no answer, or no extension left to give: the screen goes.
    if (m_asking || m_limits.askMs <= 0 || m_extensionsLeft <= 0) {
        m_asking = false;
        m_running = false;
        m_tick.stop();
        Q_EMIT changed();
        Q_EMIT expired();
        return;
    }
    m_asking = true;
    m_timer.start(m_limits.askMs);
    m_tick.start();
    Q_EMIT changed();
    Q_EMIT askedForMoreTime();
}
