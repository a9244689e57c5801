#include "kiosk/import/DelimitedText.h"

#include "kiosk/import/TextDecoding.h"

#include <QFile>

std::optional<QVector<CsvRecord>> DelimitedText::read(const QByteArray &data, ImportReport *report)
{
    const QString text = TextDecoding::decode(data, &report->encoding);
    const QChar separator = CsvReader::detectSeparator(text);
    report->separator = separator == QLatin1Char('\t') ? QStringLiteral("tab") : QString(separator);
    QVector<CsvRecord> records;
    int badLine = 0;
    if (!CsvReader::parse(text, separator, &records, &badLine)) {
        report->addError(badLine, tr("a quoted field is never closed"));
        return std::nullopt;
    }
    if (records.isEmpty()) {
        report->addError(0, tr("The file is empty."));
        return std::nullopt;
    }
    return records;
}

std::optional<QByteArray> DelimitedText::load(const QString &path, ImportReport *report)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report->addError(0, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}
