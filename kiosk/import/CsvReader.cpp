#include "kiosk/import/CsvReader.h"

#include <array>

QChar CsvReader::detectSeparator(const QString &text)
{
    const std::array<QChar, 3> candidates { QLatin1Char('\t'), QLatin1Char(';'), QLatin1Char(',') };
    std::array<int, 3> counts {};
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted) {
            for (size_t i = 0; i < candidates.size(); ++i) {
                if (c == candidates[i])
                    ++counts[i];
            }
        }
    }
    size_t best = 2; // a lone column reads the same with any separator
    for (size_t i = 0; i < candidates.size(); ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

bool CsvReader::parse(const QString &text, QChar separator, QVector<CsvRecord> *records, int *errorLine)
{
    records->clear();
    int line = 1;
    int recordLine = 1;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;

    auto endRecord = [&] {
        fields << field;
        bool blank = true;
        for (const QString &f : std::as_const(fields)) {
            if (!f.trimmed().isEmpty()) {
                blank = false;
                break;
            }
        }
        if (!blank)
            records->append(CsvRecord { recordLine, fields });
        fields.clear();
        field.clear();
        fieldWasQuoted = false;
    };

    const int n = text.size();
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                if (!(c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')))
                    field += c;
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !fieldWasQuoted) {
            field.clear();
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == separator) {
            fields << field;
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else if (!(fieldWasQuoted && c.isSpace())) {
            field += c;
        }
    }
    if (quoted) {
        if (errorLine)
            *errorLine = recordLine;
        return false;
    }
    if (!field.isEmpty() || !fields.isEmpty())
        endRecord();
    return true;
}
