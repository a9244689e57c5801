#include "kiosk/import/NameSplitting.h"

#include <QStringList>

namespace {

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF);
}

bool isAllCapitals(const QString &word)
{
    int letters = 0;
    for (QChar c : word) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    return letters >= 2;
}

bool isParticle(const QString &word)
{
    static const QStringList particles = {
        QStringLiteral("de"),
        QStringLiteral("du"),
        QStringLiteral("des"),
        QStringLiteral("d'"),
        QStringLiteral("la"),
        QStringLiteral("le"),
        QStringLiteral("van"),
        QStringLiteral("von"),
        QStringLiteral("der"),
        QStringLiteral("den"),
        QStringLiteral("da"),
        QStringLiteral("di"),
        QStringLiteral("do"),
        QStringLiteral("dos"),
        QStringLiteral("das"),
        QStringLiteral("del"),
        QStringLiteral("della"),
        QStringLiteral("ben"),
        QStringLiteral("bin"),
        QStringLiteral("ibn"),
        QStringLiteral("al"),
        QStringLiteral("el"),
        QStringLiteral("abu"),
        QStringLiteral("y"),
        QStringLiteral("mac"),
        QStringLiteral("st"),
        QStringLiteral("saint"),
        QStringLiteral("ould"),
        QString::fromUtf8("بن"),
        QString::fromUtf8("بنت"),
        QString::fromUtf8("ابن"),
        QString::fromUtf8("أبو"),
        QString::fromUtf8("آل"),
    };
    return particles.contains(word.toLower());
}

// Vietnamese names are written family name first; these family names, with
// their diacritics, are not given names elsewhere.
bool isVietnameseFamilyName(const QString &word)
{
    static const QStringList names = QString::fromUtf8(
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Đoàn Lâm Mai Trương")
                                         .split(QLatin1Char(' '));
    return names.contains(word);
}

} // namespace

namespace NameSplitting {

void split(const QString &fullName, QString *firstName, QString *lastName)
{
    const QStringList words = fullName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    firstName->clear();
    lastName->clear();
    if (words.isEmpty())
        return;
    if (words.size() == 1) {
        *lastName = words.first();
        return;
    }
    if (isCjk(words.first().front()) || isVietnameseFamilyName(words.first())) {
        *lastName = words.first();
        *firstName = words.mid(1).join(QLatin1Char(' '));
        return;
    }
    // A run of words in capitals, at the start or the end, is the family name.
    int capsBegin = -1;
    int capsEnd = -1;
    for (int i = 0; i < words.size(); ++i) {
        if (isAllCapitals(words.at(i))) {
            if (capsBegin < 0)
                capsBegin = i;
            capsEnd = i + 1;
        }
    }
    const int capsCount = capsEnd - capsBegin;
    if (capsBegin >= 0 && capsCount < words.size() && (capsBegin == 0 || capsEnd == words.size())) {
        *lastName = words.mid(capsBegin, capsCount).join(QLatin1Char(' '));
        *firstName = (capsBegin == 0 ? words.mid(capsEnd) : words.mid(0, capsBegin)).join(QLatin1Char(' '));
        return;
    }
    // Otherwise the last word, or everything from the first particle on
    // ("de La Tour d'Auvergne").
    int split = words.size() - 1;
    for (int i = 1; i < words.size() - 1; ++i) {
        if (isParticle(words.at(i))) {
            split = i;
            break;
        }
    }
    *firstName = words.mid(0, split).join(QLatin1Char(' '));
    *lastName = words.mid(split).join(QLatin1Char(' '));
}

} // namespace NameSplitting
