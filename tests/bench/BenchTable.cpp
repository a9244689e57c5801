#include "tests/bench/BenchTable.h"

#include <QTextStream>

#include <algorithm>
#include <cstdio>

BenchTable::Stats BenchTable::measure(int samples, const std::function<void(int)> &run, int warmup)
{
    for (int i = 0; i < warmup; ++i)
        run(-1 - i);
    QVector<qint64> ns;
    ns.reserve(samples);
    QElapsedTimer timer;
    for (int i = 0; i < samples; ++i) {
        timer.start();
        run(i);
        ns << timer.nsecsElapsed();
    }
    return fromNanoseconds(ns);
}

BenchTable::Stats BenchTable::fromNanoseconds(QVector<qint64> ns)
{
    Stats s;
    if (ns.isEmpty())
        return s;
    std::sort(ns.begin(), ns.end());
    auto at = [&](double q) { return ns.at(std::min<qsizetype>(ns.size() - 1, qsizetype(q * ns.size()))) / 1e6; };
    s.p50Ms = at(0.50);
    s.p99Ms = at(0.99);
    s.maxMs = ns.last() / 1e6;
    double total = 0;
    for (qint64 v : ns)
        total += v;
    s.meanMs = total / ns.size() / 1e6;
    s.samples = int(ns.size());
    return s;
}

BenchTable::BenchTable(QStringList header)
    : m_header(std::move(header))
{
}

void BenchTable::addRow(const QStringList &cells)
{
    m_rows << cells;
}

QString BenchTable::ms(double value)
{
    return value < 1 ? QString::number(value, 'f', 3) : QString::number(value, 'f', 2);
}

void BenchTable::print() const
{
    QVector<int> widths(m_header.size());
    for (int c = 0; c < m_header.size(); ++c) {
        widths[c] = int(m_header.at(c).size());
        for (const QStringList &row : m_rows)
            widths[c] = std::max(widths[c], int(row.value(c).size()));
    }
    QTextStream out(stdout);
    auto line = [&](const QStringList &cells) {
        out << '|';
        for (int c = 0; c < widths.size(); ++c)
            out << ' ' << (c == 0 ? cells.value(c).leftJustified(widths[c]) : cells.value(c).rightJustified(widths[c]))
                << " |";
        out << '\n';
    };
    line(m_header);
    out << '|';
    for (int w : widths)
        out << QString(w + 2, QLatin1Char('-')) << '|';
    out << '\n';
    for (const QStringList &row : m_rows)
        line(row);
    out << Qt::endl;
}
