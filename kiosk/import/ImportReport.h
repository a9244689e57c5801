#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

// The outcome of one import: counts, and every problem with its line number.
// A report with errors means nothing was written.
struct ImportReport {
    struct Problem {
        int line = 0; // 0: about the whole file
        QString message;
    };

    int imported = 0;
    int updated = 0;
    int unchanged = 0;
    QVector<Problem> errors;
    QStringList ignoredColumns;
    QString encoding;
    QString separator;
    bool dryRun = false;

    bool ok() const { return errors.isEmpty(); }
    void addError(int line, const QString &message) { errors.append(Problem { line, message }); }
    QJsonObject toJson() const;
    // Human-readable summary, translated, one line per problem.
    QString summary() const;
};
