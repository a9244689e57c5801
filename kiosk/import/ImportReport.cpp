#include "kiosk/import/ImportReport.h"

#include <QCoreApplication>
#include <QJsonArray>

QJsonObject ImportReport::toJson() const
{
    QJsonArray problems;
    for (const Problem &p : errors)
        problems.append(QJsonObject { { QStringLiteral("line"), p.line }, { QStringLiteral("message"), p.message } });
    return QJsonObject {
        { QStringLiteral("imported"), imported },
        { QStringLiteral("updated"), updated },
        { QStringLiteral("unchanged"), unchanged },
        { QStringLiteral("errors"), problems },
        { QStringLiteral("ignored_columns"), QJsonArray::fromStringList(ignoredColumns) },
        { QStringLiteral("encoding"), encoding },
        { QStringLiteral("separator"), separator },
        { QStringLiteral("dry_run"), dryRun },
    };
}

QString ImportReport::summary() const
{
    QStringList lines;
    if (ok()) {
        lines << (dryRun ? QCoreApplication::translate(
                      "ImportReport", "Dry run: %1 new, %2 updated, %3 unchanged; nothing was written.")
                         : QCoreApplication::translate("ImportReport", "%1 new, %2 updated, %3 unchanged."))
                     .arg(imported)
                     .arg(updated)
                     .arg(unchanged);
    } else {
        lines << QCoreApplication::translate("ImportReport",
            "The file was not imported: %n problem(s), nothing was written.", nullptr, int(errors.size()));
        for (const Problem &p : errors) {
            lines << (p.line > 0 ? QCoreApplication::translate("ImportReport", "line %1: %2").arg(p.line).arg(p.message)
                                 : p.message);
        }
    }
    if (!ignoredColumns.isEmpty()) {
        lines << QCoreApplication::translate("ImportReport", "Columns not used: %1")
                     .arg(ignoredColumns.join(QLatin1String(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}
