#include "kiosk/import/SyntheticAttendees.h"

#include "kiosk/import/SyntheticNames.h"

#include <QSet>
#include <QStringList>

#include <random>

using namespace SyntheticNames;

namespace {

class Draw {
public:
    explicit Draw(quint32 seed)
        : m_random(seed)
    {
    }
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    bool chance(int percent) { return below(100) < percent; }
    const QString &pick(const QStringList &from) { return from.at(below(int(from.size()))); }

private:
    std::mt19937 m_random;
};

struct Person {
    QString first;
    QString last;
    QString mailFirst; // Latin letters, for the e-mail address
    QString mailLast;
    QString organisation;
    QString country;
    QString language;
};

// "de La Fontaine", "d'Aboville", "Martin-Lefèvre", "Le Goff".
QString frenchLastName(Draw &draw)
{
    QString name = draw.pick(frenchLastNames());
    if (draw.chance(12))
        name += QLatin1Char('-') + draw.pick(frenchLastNames());
    if (draw.chance(6)) {
        const QString &particle = draw.pick(frenchParticles());
        name = particle.endsWith(QLatin1Char('\'')) ? particle + name : particle + QLatin1Char(' ') + name;
    }
    return name;
}

QString frenchFirstName(Draw &draw)
{
    // Compound names (Jean-Pierre, Marie-Hélène) are in the list as people bear them.
    return draw.pick(frenchFirstNames());
}

// "Ville de Lyon", "Ville d'Orléans", "Conseil départemental du Finistère", "Région Bretagne".
QString frenchOrganisation(Draw &draw)
{
    auto of = [](const QString &name) {
        static const QString vowels = QStringLiteral("AEIOUYÉÈÎÂaeiouyéèîâ");
        if (name.startsWith(QLatin1String("Le ")))
            return QStringLiteral("du ") + name.mid(3);
        if (name.startsWith(QLatin1String("Les ")))
            return QStringLiteral("des ") + name.mid(4);
        return vowels.contains(name.front()) ? QStringLiteral("d'") + name : QStringLiteral("de ") + name;
    };
    const int kind = draw.below(100);
    if (kind < 45) {
        static const QStringList bodies
            = { QStringLiteral("Ville"), QStringLiteral("Commune"), QStringLiteral("Mairie") };
        return draw.pick(bodies) + QLatin1Char(' ') + of(draw.pick(communes()));
    }
    if (kind < 62)
        return QStringLiteral("Conseil départemental ") + draw.pick(departements());
    if (kind < 72)
        return draw.chance(50) ? QStringLiteral("Région ") + draw.pick(regions())
                               : QStringLiteral("Conseil régional ") + of(draw.pick(regions()));
    if (kind < 88) {
        static const QStringList groupings
            = { QStringLiteral("Communauté de communes"), QStringLiteral("Communauté d'agglomération"),
                  QStringLiteral("Communauté urbaine"), QStringLiteral("Syndicat intercommunal") };
        return draw.pick(groupings) + QLatin1Char(' ') + of(draw.pick(communes()));
    }
    return draw.pick(frenchBodies());
}

Person french(Draw &draw)
{
    Person p;
    p.first = p.mailFirst = frenchFirstName(draw);
    p.last = p.mailLast = frenchLastName(draw);
    p.organisation = frenchOrganisation(draw);
    p.country = QStringLiteral("France");
    p.language = QStringLiteral("fr");
    return p;
}

Person foreign(Draw &draw)
{
    const Delegation &d = delegations().at(draw.below(int(delegations().size())));
    // One script per person: the registration platform has either the
    // native spelling or the transliteration, rarely a mix.
    const bool native = draw.chance(45);
    auto form
        = [native](const QString &entry) { return entry.section(QLatin1Char('|'), native ? 0 : -1, native ? 0 : -1); };
    auto latin = [](const QString &entry) { return entry.section(QLatin1Char('|'), -1, -1); };
    const QString &first = draw.pick(d.firstNames);
    const QString &last = draw.pick(d.lastNames);
    Person p;
    p.first = form(first);
    p.last = form(last);
    const QString &second = draw.pick(d.firstNames);
    if (draw.chance(10) && second != first) // a second given name
        p.first += QLatin1Char(' ') + form(second);
    p.mailFirst = latin(first);
    p.mailLast = latin(last);
    p.organisation = form(draw.pick(d.organisations));
    p.country = QString::fromUtf8(d.country);
    p.language = QString::fromLatin1(d.language);
    return p;
}

QString mailName(const Person &p, int row)
{
    QString name;
    for (QChar c :
        QString(p.mailFirst + QLatin1Char('.') + p.mailLast).normalized(QString::NormalizationForm_D).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('.'))
            name += c;
    }
    return name.size() < 3 ? QStringLiteral("contact%1").arg(row) : name;
}

QString field(const QString &text)
{
    return text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('"'))
        ? QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"')
        : text;
}

} // namespace

namespace SyntheticAttendees {

QByteArray csv(int count, quint32 seed, const QString &codePrefix, const std::function<void(qint64, qint64)> &progress)
{
    Draw draw(seed);
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QSet<QString> codes;
    codes.reserve(count);
    QString out = QStringLiteral("Code;Prénom;Nom;Organisation;Fonction;Pays;Catégorie;Courriel;Langue\n");
    for (int i = 0; i < count; ++i) {
        QString code;
        do {
            code = codePrefix + QLatin1Char('-');
            for (int k = 0; k < 8; ++k) {
                if (k == 4)
                    code += QLatin1Char('-');
                code += QLatin1Char(alphabet[draw.below(32)]);
            }
        } while (codes.contains(code));
        codes.insert(code);
        // Three in four attendees come from French local governments.
        const Person p = draw.below(4) < 3 ? french(draw) : foreign(draw);
        const QString category = p.country == QLatin1String("France") || draw.chance(60)
            ? draw.pick(categories())
            : QStringLiteral("délégation étrangère");
        out += QStringList { code, field(p.first), field(p.last), field(p.organisation), field(draw.pick(roles())),
            field(p.country), category, mailName(p, i) + QLatin1String("@example.org"), p.language }
                   .join(QLatin1Char(';'))
            + QLatin1Char('\n');
        if (progress && (i + 1) % 1000 == 0)
            progress(i + 1, count);
    }
    if (progress)
        progress(count, count);
    return out.toUtf8();
}

} // namespace SyntheticAttendees
