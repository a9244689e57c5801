#include "sync/console/StoredZip.h"

#include <QtEndian>

#include <array>

namespace {

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// The CRC-32 of ZIP (and PNG, gzip): reflected polynomial 0xEDB88320.
const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    return table;
}

constexpr quint16 versionNeeded = 20; // 2.0: stored entries, folders
constexpr quint16 utf8Names = 1 << 11; // general purpose flag bit 11

} // namespace

StoredZip::StoredZip(const QDateTime &modified)
{
    // MS-DOS date and time: two-second steps, years from 1980.
    const QDate d = modified.date();
    const QTime t = modified.time();
    if (d.isValid() && d.year() >= 1980) {
        m_dosDate = quint16(((d.year() - 1980) << 9) | (d.month() << 5) | d.day());
        m_dosTime = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    } else {
        m_dosDate = quint16((1 << 5) | 1);
    }
}

quint32 StoredZip::crc32(const QByteArray &data)
{
    const auto &table = crcTable();
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : data)
        c = table[(c ^ quint8(byte)) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void StoredZip::add(const QString &name, const QByteArray &data)
{
    const QByteArray fileName = name.toUtf8();
    const quint32 crc = crc32(data);
    const auto offset = quint32(m_entries.size());
    // Local file header, then the data as it is.
    put32(m_entries, 0x04034b50u);
    put16(m_entries, versionNeeded);
    put16(m_entries, utf8Names);
    put16(m_entries, 0); // stored
    put16(m_entries, m_dosTime);
    put16(m_entries, m_dosDate);
    put32(m_entries, crc);
    put32(m_entries, quint32(data.size()));
    put32(m_entries, quint32(data.size()));
    put16(m_entries, quint16(fileName.size()));
    put16(m_entries, 0); // no extra field
    m_entries += fileName;
    m_entries += data;
    // Its central directory record.
    put32(m_directory, 0x02014b50u);
    put16(m_directory, (3 << 8) | versionNeeded); // made on Unix
    put16(m_directory, versionNeeded);
    put16(m_directory, utf8Names);
    put16(m_directory, 0);
    put16(m_directory, m_dosTime);
    put16(m_directory, m_dosDate);
    put32(m_directory, crc);
    put32(m_directory, quint32(data.size()));
    put32(m_directory, quint32(data.size()));
    put16(m_directory, quint16(fileName.size()));
    put16(m_directory, 0); // extra
    put16(m_directory, 0); // comment
    put16(m_directory, 0); // disk
    put16(m_directory, 0); // internal attributes
    put32(m_directory, quint32(0100644) << 16); // a plain file, rw-r--r--
    put32(m_directory, offset);
    m_directory += fileName;
    ++m_count;
}

QByteArray StoredZip::finish() const
{
    QByteArray out = m_entries + m_directory;
    put32(out, 0x06054b50u); // end of central directory
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_count));
    put16(out, quint16(m_count));
    put32(out, quint32(m_directory.size()));
    put32(out, quint32(m_entries.size()));
    put16(out, 0); // no comment
    return out;
}
