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

// A field for a file people open in a spreadsheet: one that starts with
// = + - @ (or a tab or carriage return) would be read as a formula, and a
// formula in a name could run or leak data when the file is opened; a leading
// apostrophe makes it text, as spreadsheets themselves write it.
inline QString spreadsheetField(const QString &value, QChar separator = QLatin1Char(','))
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        return field(QLatin1Char('\'') + value, separator);
    return field(value, separator);
}

} // namespace CsvText
