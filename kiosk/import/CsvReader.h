#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// One record of a delimited file, with the line it starts on (1-based).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// RFC 4180 reading with the habits of real exports: `,` `;` or tab (detected),
// quoted fields holding separators, quotes and line breaks, CRLF or LF, and
// blank lines (or lines of bare separators) skipped.
class CsvReader {
public:
    // The separator most used in the first line outside quotes.
    static QChar detectSeparator(const QString &text);
    // False on a malformed file (an unterminated quote); errorLine tells where.
    static bool parse(const QString &text, QChar separator, QVector<CsvRecord> *records, int *errorLine = nullptr);
};
