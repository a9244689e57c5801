#pragma once

#include <QProcess>
#include <QSizeF>
#include <QString>

// poppler-utils from tests: what a PDF says, how big its pages are, what its
// first page looks like.
namespace PdfTools {

inline QString text(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Page size of page `page` in millimetres.
inline QSizeF pageSizeMm(const QString &pdf, int page = 1)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"),
        { QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf });
    p.waitForFinished(30000);
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.startsWith("Page") && line.contains("size:")) {
            const QList<QByteArray> parts = line.mid(line.indexOf("size:") + 5).simplified().split(' ');
            if (parts.size() >= 3)
                return QSizeF(parts.at(0).toDouble() * 25.4 / 72, parts.at(2).toDouble() * 25.4 / 72);
        }
    }
    return QSizeF();
}

inline int pageCount(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), { pdf });
    p.waitForFinished(30000);
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    }
    return 0;
}

// The first page rendered to PNG at `dpi`; returns the PNG's path.
inline QString rasterise(const QString &pdf, const QString &outBase, int dpi = 300)
{
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
        { QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"), QStringLiteral("1"),
            QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, outBase });
    p.waitForFinished(60000);
    return outBase + QStringLiteral(".png");
}

// Letters only, folded to lower case: line breaks, hyphens and capitals on a
// badge do not change a name. NFKC, because a PDF may map a CJK glyph back to
// its Kangxi radical twin (⼭ for 山), which reads the same.
inline QString letters(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

} // namespace PdfTools
