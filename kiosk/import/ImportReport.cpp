#include "kiosk/import/ImportReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QJsonArray problemsJson(const QVector<ImportReport::Problem> &problems)
{
    QJsonArray list;
    for (const ImportReport::Problem &p : problems)
        list.append(QJsonObject { { QStringLiteral("line"), p.line }, { QStringLiteral("message"), p.message } });
    return list;
}

QJsonArray linesJson(const QVector<int> &lines)
{
    QJsonArray list;
    for (int line : lines)
        list.append(line);
    return list;
}

QString lineList(const QVector<int> &lines)
{
    QStringList numbers;
    for (int line : lines)
        numbers << QString::number(line);
    return numbers.join(QLatin1String(", "));
}

} // namespace

QJsonObject ImportReport::toJson() const
{
    QJsonObject json {
        { QStringLiteral("imported"), imported },
        { QStringLiteral("updated"), updated },
        { QStringLiteral("unchanged"), unchanged },
        { QStringLiteral("restored"), restored },
        { QStringLiteral("errors"), problemsJson(errors) },
        { QStringLiteral("refused"), problemsJson(refused) },
        { QStringLiteral("skipped_deleted"), linesJson(skippedDeleted) },
        { QStringLiteral("kept_cancelled"), linesJson(keptCancelled) },
        { QStringLiteral("ignored_columns"), QJsonArray::fromStringList(ignoredColumns) },
        { QStringLiteral("encoding"), encoding },
        { QStringLiteral("separator"), separator },
        { QStringLiteral("dry_run"), dryRun },
    };
    if (stopped) {
        json.insert(QStringLiteral("stopped"), true);
        json.insert(QStringLiteral("written"), written);
    }
    return json;
}

QString ImportReport::summary() const
{
    auto problem = [](const Problem &p) {
        return p.line > 0 ? QCoreApplication::translate("ImportReport", "line %1: %2").arg(p.line).arg(p.message)
                          : p.message;
    };
    QStringList lines;
    if (!unfinishedBefore.isEmpty())
        lines << unfinishedBefore;
    if (stopped) {
        lines << QCoreApplication::translate("ImportReport",
            "The import stopped part-way: %n change(s) were written, the rest were not. Run the same import "
            "again to finish it (what was written is matched, not duplicated).",
            nullptr, written);
        for (const Problem &p : errors)
            lines << problem(p);
    } else if (ok()) {
        lines << (dryRun ? QCoreApplication::translate(
                      "ImportReport", "Dry run: %1 new, %2 updated, %3 unchanged; nothing was written.")
                         : QCoreApplication::translate("ImportReport", "%1 new, %2 updated, %3 unchanged."))
                     .arg(imported)
                     .arg(updated)
                     .arg(unchanged);
    } else {
        lines << QCoreApplication::translate("ImportReport",
            "The file was not imported: %n problem(s), nothing was written.", nullptr, int(errors.size()));
        for (const Problem &p : errors)
            lines << problem(p);
    }
    if (ok() && restored > 0)
        lines << QCoreApplication::translate("ImportReport", "%n deleted person(s) restored.", nullptr, restored);
    if (ok() && !skippedDeleted.isEmpty()) {
        lines << QCoreApplication::translate("ImportReport",
            "%n skipped: deleted in Accueil (lines %1); import with --restore-deleted to bring them back.", nullptr,
            int(skippedDeleted.size()))
                     .arg(lineList(skippedDeleted));
    }
    if (ok() && !keptCancelled.isEmpty()) {
        lines << QCoreApplication::translate("ImportReport",
            "%n kept cancelled although the file lists them as registered (lines %1); import with "
            "--restore-cancelled to register them again.",
            nullptr, int(keptCancelled.size()))
                     .arg(lineList(keptCancelled));
    }
    if (ok() && !refused.isEmpty()) {
        lines << (dryRun ? QCoreApplication::translate("ImportReport",
                      "%n line(s) would be refused (the other lines would be imported):", nullptr, int(refused.size()))
                         : QCoreApplication::translate("ImportReport",
                             "%n line(s) refused and not imported (the other lines were imported):", nullptr,
                             int(refused.size())));
        for (const Problem &p : refused)
            lines << problem(p);
    }
    if (!ignoredColumns.isEmpty()) {
        lines << QCoreApplication::translate("ImportReport", "Columns not used: %1")
                     .arg(ignoredColumns.join(QLatin1String(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}
