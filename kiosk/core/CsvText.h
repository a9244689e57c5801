#pragma once

#include <QString>

// One field of a CSV file we write: quoted when it holds the separator, a
// quote or a line break, with quotes doubled.
namespace CsvText {

inline QString field(const QString &value, QChar separator = QLatin1Char(','))
{
    if (!value.contains(separator) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace CsvText
