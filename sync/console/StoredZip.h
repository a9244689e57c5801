#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// A ZIP archive in memory whose entries are stored, not compressed (QR
// images compress no further): what every unzip tool, Windows Explorer and
// macOS's Archive Utility open. Names are UTF-8 (flagged so), at most 65 535
// entries of less than 4 GiB in all (no ZIP64).
class StoredZip {
public:
    explicit StoredZip(const QDateTime &modified = QDateTime::currentDateTime());

    void add(const QString &name, const QByteArray &data);
    // The whole archive, with its central directory.
    QByteArray finish() const;
    int count() const { return m_count; }

    static quint32 crc32(const QByteArray &data);

private:
    QByteArray m_entries;
    QByteArray m_directory;
    int m_count = 0;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
};
