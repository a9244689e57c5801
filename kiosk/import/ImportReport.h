#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

// The outcome of one import: counts, and every problem with its line number.
// A report with errors means nothing was written — unless `stopped`: the
// writing itself failed after `written` changes were committed.
struct ImportReport {
    struct Problem {
        int line = 0; // 0: about the whole file
        QString message;
    };

    int imported = 0;
    int updated = 0;
    int unchanged = 0;
    int restored = 0; // deleted people brought back (--restore-deleted), also counted in `updated`
    QVector<Problem> errors;
    // Lines left out while the rest is written: a field over its limit.
    QVector<Problem> refused;
    QVector<int> skippedDeleted; // lines of people deleted in Accueil
    QVector<int> keptCancelled; // lines of people cancelled in Accueil the file lists as registered
    QStringList ignoredColumns;
    QString encoding;
    QString separator;
    QString unfinishedBefore; // an earlier import that stopped half-way, as a sentence
    bool dryRun = false;
    bool stopped = false; // writing failed part-way; `written` changes were committed
    int written = 0;
    qint64 longestLockMs = 0; // the longest one write transaction took (benchmarks; not in the JSON)
    int transactions = 0; // how many write transactions the rows took (benchmarks; not in the JSON)

    bool ok() const { return errors.isEmpty(); }
    void addError(int line, const QString &message) { errors.append(Problem { line, message }); }
    void addRefused(int line, const QString &message) { refused.append(Problem { line, message }); }
    QJsonObject toJson() const;
    // Human-readable summary, translated, one line per problem.
    QString summary() const;
};
