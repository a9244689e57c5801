#pragma once

#include <QString>
#include <functional>

// Hybrid logical clock: wall-clock milliseconds plus a counter, tie-broken by
// device. Its text form sorts in time order, so SQL can compare versions.
class HybridClock {
public:
    using WallClock = std::function<qint64()>; // milliseconds since the epoch, UTC

    explicit HybridClock(QString device, WallClock wallClock = {});

    // A new timestamp, later than every one this clock has issued or observed.
    QString tick();
    // Takes a timestamp from another device into account.
    void observe(const QString &timestamp);

    const QString &device() const { return m_device; }

    static constexpr int maxCounter = 999999; // six digits in the text form

    static QString format(qint64 ms, int counter, const QString &device);
    // False unless the text is a timestamp as format() writes it.
    [[nodiscard]] static bool parse(const QString &timestamp, qint64 *ms, int *counter);

private:
    QString m_device;
    WallClock m_wallClock;
    qint64 m_lastMs = 0;
    int m_counter = 0;
};
