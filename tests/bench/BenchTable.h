#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

// Collects timings and prints them as an aligned table.
class BenchTable {
public:
    struct Stats {
        double p50Ms = 0;
        double p99Ms = 0;
        double maxMs = 0;
        double meanMs = 0;
        int samples = 0;
        double perSecond() const { return meanMs > 0 ? 1000.0 / meanMs : 0; }
    };

    // Times `run` `samples` times (after `warmup` untimed runs).
    static Stats measure(int samples, const std::function<void(int)> &run, int warmup = 5);
    static Stats fromNanoseconds(QVector<qint64> ns);

    explicit BenchTable(QStringList header);
    void addRow(const QStringList &cells);
    void print() const;

    static QString ms(double value);

private:
    QStringList m_header;
    QVector<QStringList> m_rows;
};
