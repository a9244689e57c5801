#pragma once

#include "kiosk/import/CsvReader.h"
#include "kiosk/import/ImportReport.h"

#include <QCoreApplication>
#include <optional>

// The first steps every import of a spreadsheet export shares: the bytes
// decoded, the separator found, the records parsed, with the encoding and
// separator noted in the report and any problem reported with its line.
class DelimitedText {
    Q_DECLARE_TR_FUNCTIONS(DelimitedText)

public:
    // The records, header first; nothing (and an error in the report) for a
    // malformed or empty file.
    static std::optional<QVector<CsvRecord>> read(const QByteArray &data, ImportReport *report);
    // The bytes of a file, or nothing and an error in the report.
    static std::optional<QByteArray> load(const QString &path, ImportReport *report);
};
