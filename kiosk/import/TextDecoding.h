#pragma once

#include <QByteArray>
#include <QString>

// Turns the bytes of an exported file into text, whatever spreadsheet wrote it:
// UTF-8 with or without BOM, UTF-16 with BOM, or else Windows-1252.
namespace TextDecoding {

QString decode(const QByteArray &bytes, QString *encodingName = nullptr);
QString fromWindows1252(const QByteArray &bytes);

} // namespace TextDecoding
