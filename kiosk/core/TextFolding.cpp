#include "kiosk/core/TextFolding.h"

namespace {

// Letters that Unicode decomposition leaves alone but people type in ASCII.
QString spelledOut(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF:
        return QStringLiteral("ss"); // ß
    case 0x1E9E:
        return QStringLiteral("ss"); // ẞ
    case 0x00E6:
    case 0x00C6:
        return QStringLiteral("ae"); // æ Æ
    case 0x0153:
    case 0x0152:
        return QStringLiteral("oe"); // œ Œ
    case 0x00F8:
    case 0x00D8:
        return QStringLiteral("o"); // ø Ø
    case 0x0142:
    case 0x0141:
        return QStringLiteral("l"); // ł Ł
    case 0x0111:
    case 0x0110:
        return QStringLiteral("d"); // đ Đ
    case 0x00F0:
    case 0x00D0:
        return QStringLiteral("d"); // ð Ð
    case 0x00FE:
    case 0x00DE:
        return QStringLiteral("th"); // þ Þ
    case 0x0131:
        return QStringLiteral("i"); // dotless ı
    case 0x0127:
    case 0x0126:
        return QStringLiteral("h"); // ħ Ħ
    default:
        return QString();
    }
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing
        || c.category() == QChar::Mark_SpacingCombining;
}

bool isJoiner(QChar c)
{
    switch (c.unicode()) {
    case '\'':
    case '-':
    case 0x2019:
    case 0x2018:
    case 0x02BC:
    case 0x2010:
    case 0x2011:
    case '.':
        return true;
    default:
        return false;
    }
}

} // namespace

namespace TextFolding {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            // Latin, Greek and Cyrillic accents go; marks that carry meaning in
            // other scripts (Japanese dakuten, Devanagari vowels) stay.
            const ushort u = c.unicode();
            if ((u >= 0x0300 && u <= 0x036F) || (u >= 0x0610 && u <= 0x061A) || (u >= 0x064B && u <= 0x065F)
                || u == 0x0670)
                continue;
        }
        const QString special = spelledOut(c);
        if (!special.isEmpty())
            out += special;
        else
            out += c;
    }
    // NFKD splits Japanese voiced kana; put them back together for display-equal matching.
    return out.toCaseFolded().normalized(QString::NormalizationForm_C);
}

QStringList words(const QString &text)
{
    const QString folded = fold(text);
    QStringList result;
    QString current;
    for (QChar c : folded) {
        if (isWordChar(c)) {
            current += c;
        } else if (!current.isEmpty()) {
            result << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        result << current;
    return result;
}

QStringList indexTerms(const QString &text)
{
    QStringList terms = words(text);
    // Joined forms: runs of words separated only by joiners.
    const QString folded = fold(text);
    QString joined;
    bool hadJoiner = false;
    auto flush = [&] {
        if (hadJoiner && !joined.isEmpty())
            terms << joined;
        joined.clear();
        hadJoiner = false;
    };
    for (QChar c : folded) {
        if (isWordChar(c))
            joined += c;
        else if (isJoiner(c) && !joined.isEmpty())
            hadJoiner = true;
        else
            flush();
    }
    flush();
    return terms;
}

} // namespace TextFolding
