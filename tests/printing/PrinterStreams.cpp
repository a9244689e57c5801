#include "tests/printing/PrinterStreams.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QVector>

namespace {

using Lines = QVector<QByteArray>; // one bit per dot, most significant first, 1 = ink

QImage toImage(const Lines &lines, int widthDots, bool mirrored)
{
    QImage image(widthDots, int(lines.size()), QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < lines.size(); ++y) {
        const QByteArray &line = lines.at(y);
        for (int x = 0; x < widthDots && x / 8 < line.size(); ++x) {
            if (uchar(line.at(x / 8)) & (0x80 >> (x % 8))) {
                const int px = mirrored ? widthDots - 1 - x : x;
                image.scanLine(y)[px / 8] |= uchar(0x80 >> (px % 8));
            }
        }
    }
    return image;
}

// TIFF PackBits, as Brother's raster compression mode 2.
QByteArray unpackBits(const QByteArray &in)
{
    QByteArray out;
    for (int i = 0; i < in.size();) {
        const int byte = static_cast<unsigned char>(in.at(i++));
        const int n = byte < 128 ? byte : byte - 256; // a signed count
        if (n >= 0) {
            out += in.mid(i, n + 1);
            i += n + 1;
        } else if (n != -128 && i < in.size()) {
            out += QByteArray(1 - n, in.at(i++));
        }
    }
    return out;
}

} // namespace

namespace PrinterStreams {

Decoded brotherQl(const QByteArray &s)
{
    Decoded d;
    Lines lines;
    bool packBits = false;
    int width = 0;
    int tapeMm = 0;
    int feed = 0; // blank dots the printer feeds before and after the lines
    int i = 0;
    while (i < s.size() && s.at(i) == 0) // invalidate
        ++i;
    while (i < s.size()) {
        const uchar c = uchar(s.at(i));
        if (c == 0x1b && i + 1 < s.size() && s.at(i + 1) == '@') {
            i += 2;
        } else if (c == 0x1b && i + 2 < s.size() && s.at(i + 1) == 'i') {
            const char command = s.at(i + 2);
            i += 3;
            if (command == 'z') {
                tapeMm = uchar(s.at(i + 2));
                i += 10;
            } else if (command == 'd') {
                feed = uchar(s.at(i)) | (uchar(s.at(i + 1)) << 8);
                i += 2;
            } else if (command == 'S' || command == 'R') {
                i += command == 'R' ? 1 : 0;
            } else {
                i += 1; // M, K, A, a, U…: one parameter
            }
        } else if (c == 'M') {
            packBits = i + 1 < s.size() && s.at(i + 1) == 0x02;
            i += 2;
        } else if (c == 'g' || c == 'G') {
            if (i + 2 >= s.size())
                break;
            const int n = c == 'g' ? uchar(s.at(i + 2)) : (uchar(s.at(i + 1)) | (uchar(s.at(i + 2)) << 8));
            const QByteArray data = s.mid(i + 3, n);
            const QByteArray line = packBits ? unpackBits(data) : data;
            width = std::max(width, int(line.size()) * 8);
            lines << line;
            i += 3 + n;
        } else if (c == 'Z') {
            lines << QByteArray();
            ++i;
        } else if (c == 0x1a || c == 0x0c) {
            ++i;
            break; // one page
        } else {
            d.error = QStringLiteral("unknown Brother command 0x%1 at %2").arg(c, 2, 16, QLatin1Char('0')).arg(i);
            return d;
        }
    }
    // The head prints the line's last byte at the tape's left edge.
    d.image = toImage(lines, width, true);
    d.labelDots = QSize(qRound(tapeMm / 25.4 * 300), int(lines.size()) + 2 * feed);
    return d;
}

Decoded dymoLabelWriter(const QByteArray &s)
{
    Decoded d;
    Lines lines;
    int dotTab = 0;
    int bytesPerLine = 0;
    int width = 0;
    int i = 0;
    while (i < s.size()) {
        const uchar c = uchar(s.at(i));
        if (c == 0x1b && i + 1 < s.size()) {
            const char command = s.at(i + 1);
            i += 2;
            switch (command) {
            case 0x1b: // sync
                i -= 1;
                break;
            case 'B':
                dotTab = uchar(s.at(i++));
                break;
            case 'D':
                bytesPerLine = uchar(s.at(i++));
                break;
            case 'L':
                d.labelDots.setHeight((uchar(s.at(i)) << 8) | uchar(s.at(i + 1)));
                i += 2;
                break;
            case 'Q':
                i += 2;
                break;
            case 'q': // the roll, on a Twin Turbo (CUPS's own Dymo driver)
                i += 1;
                break;
            case 'f': // skip n blank lines: ESC f 1 n
                lines.insert(lines.size(), uchar(s.at(i + 1)), QByteArray());
                i += 2;
                break;
            case 'E':
            case 'G':
                i = int(s.size()); // end of the label
                break;
            default: // h, i, c, d, e, g…: no parameter
                break;
            }
        } else if (c == 0x16 || c == 0x17) {
            ++i;
            QByteArray line(dotTab, '\0');
            if (c == 0x16) {
                line += s.mid(i, bytesPerLine);
                i += bytesPerLine;
            } else {
                // Runs: bit 7 ink, bits 0–6 the length less one.
                QVector<bool> dots;
                while (dots.size() < qsizetype(bytesPerLine) * 8 && i < s.size()) {
                    const uchar run = uchar(s.at(i++));
                    dots.insert(dots.size(), (run & 0x7f) + 1, bool(run & 0x80));
                }
                QByteArray packed(bytesPerLine, '\0');
                for (int x = 0; x < bytesPerLine * 8 && x < dots.size(); ++x) {
                    if (dots.at(x))
                        packed[x / 8] = char(uchar(packed.at(x / 8)) | (0x80 >> (x % 8)));
                }
                line += packed;
            }
            width = std::max(width, int(line.size()) * 8);
            lines << line;
        } else {
            d.error = QStringLiteral("unknown Dymo byte 0x%1 at %2").arg(c, 2, 16, QLatin1Char('0')).arg(i);
            return d;
        }
    }
    d.image = toImage(lines, width, false);
    return d;
}

Decoded zpl(const QByteArray &s)
{
    Decoded d;
    const int start = s.indexOf("~DG");
    if (start < 0) {
        d.error = QStringLiteral("no ~DG graphic");
        return d;
    }
    // ~DGname,total bytes,bytes per row,data
    const int c1 = s.indexOf(',', start);
    const int c2 = s.indexOf(',', c1 + 1);
    const int c3 = s.indexOf(',', c2 + 1);
    const int total = s.mid(c1 + 1, c2 - c1 - 1).toInt();
    const int perRow = s.mid(c2 + 1, c3 - c2 - 1).toInt();
    if (perRow <= 0 || total <= 0) {
        d.error = QStringLiteral("bad ~DG header");
        return d;
    }
    const int nibblesPerRow = perRow * 2;
    Lines lines;
    QByteArray row; // hex digits of the current row
    auto flushRow = [&] {
        lines << QByteArray::fromHex(row.leftJustified(nibblesPerRow, '0', true));
        row.clear();
    };
    int repeat = 0;
    for (int i = c3 + 1; i < s.size() && lines.size() * perRow < total; ++i) {
        const char c = s.at(i);
        if (c >= 'G' && c <= 'Y') {
            repeat += c - 'G' + 1;
        } else if (c >= 'g' && c <= 'z') {
            repeat += (c - 'g' + 1) * 20;
        } else if (std::isxdigit(uchar(c))) {
            row += QByteArray(std::max(1, repeat), c);
            repeat = 0;
            if (row.size() >= nibblesPerRow)
                flushRow();
        } else if (c == ',') {
            row = row.leftJustified(nibblesPerRow, '0');
            flushRow();
        } else if (c == '!') {
            row = row.leftJustified(nibblesPerRow, 'F');
            flushRow();
        } else if (c == ':') {
            lines << (lines.isEmpty() ? QByteArray(perRow, '\0') : lines.last());
        } else if (c == '^' || c == '~') {
            break;
        }
    }
    const int pw = s.indexOf("^PW");
    d.labelDots = QSize(pw >= 0 ? s.mid(pw + 3, 6).split('\n').first().toInt() : 0, total / perRow);
    d.image = toImage(lines, perRow * 8, false);
    return d;
}

Decoded epl(const QByteArray &s)
{
    Decoded d;
    Lines lines;
    int width = 0;
    int i = 0;
    while (i < s.size()) {
        const int end = s.indexOf('\n', i);
        const QByteArray command = s.mid(i, end < 0 ? -1 : end - i).trimmed();
        i = end < 0 ? int(s.size()) : end + 1;
        if (command.startsWith('q')) {
            d.labelDots.setWidth(command.mid(1).toInt());
        } else if (command.startsWith("GW")) {
            // GWx,y,bytes per line,lines, then the dots: 0 prints, 1 does not.
            const QList<QByteArray> p = command.mid(2).split(',');
            if (p.size() < 4) {
                d.error = QStringLiteral("bad GW command at %1").arg(i);
                return d;
            }
            const int x = p.at(0).toInt(), y = p.at(1).toInt(), bytes = p.at(2).toInt(), count = p.at(3).toInt();
            // The dots start right after the command's line, at i.
            if (x % 8 || bytes <= 0 || count <= 0 || i + bytes * count > s.size()) {
                d.error = QStringLiteral("bad GW graphic at %1").arg(i);
                return d;
            }
            for (int n = 0; n < count; ++n) {
                QByteArray line(x / 8, '\0');
                for (int b = 0; b < bytes; ++b)
                    line += char(~uchar(s.at(i + n * bytes + b)));
                while (lines.size() <= y + n)
                    lines << QByteArray();
                lines[y + n] = line;
                width = std::max(width, int(line.size()) * 8);
            }
            i += bytes * count;
        } else if (command.startsWith('P')) {
            break; // print the label
        }
    }
    d.image = toImage(lines, width, false);
    return d;
}

Decoded pdf(const QByteArray &document, int dpi)
{
    Decoded d;
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("job.pdf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size()) {
        d.error = QStringLiteral("cannot write the PDF");
        return d;
    }
    file.close();
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
        { QStringLiteral("-png"), QStringLiteral("-gray"), QStringLiteral("-r"), QString::number(dpi),
            QStringLiteral("-singlefile"), file.fileName(), dir.filePath(QStringLiteral("page")) });
    p.waitForFinished(60000);
    const QImage page(dir.filePath(QStringLiteral("page.png")));
    if (page.isNull()) {
        d.error = QStringLiteral("pdftoppm: %1").arg(QString::fromUtf8(p.readAllStandardError()));
        return d;
    }
    d.image = page.convertToFormat(QImage::Format_Grayscale8).convertToFormat(QImage::Format_Mono, Qt::ThresholdDither);
    d.labelDots = d.image.size();
    return d;
}

Decoded decode(const QString &driver, const QByteArray &bytes, int dpi)
{
    if (driver == QLatin1String("ptouch"))
        return brotherQl(bytes);
    if (driver == QLatin1String("dymo"))
        return dymoLabelWriter(bytes);
    if (driver == QLatin1String("zpl"))
        return zpl(bytes);
    if (driver == QLatin1String("epl"))
        return epl(bytes);
    return pdf(bytes, dpi);
}

} // namespace PrinterStreams
