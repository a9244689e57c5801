#include "kiosk/import/SyntheticAttendees.h"

#include <QSet>
#include <QStringList>

#include <random>

namespace {

struct Origin
{
    const char *country;
    const char *language;
    QStringList firstNames;
    QStringList lastNames;
    QStringList organisations;
};

QStringList list(std::initializer_list<const char *> items)
{
    QStringList l;
    for (const char *i : items)
        l << QString::fromUtf8(i);
    return l;
}

const QVector<Origin> &origins()
{
    static const QVector<Origin> all = {
        { "France", "fr",
          list({ "Marie", "Jean", "Anne-Sophie", "François", "Hélène", "Jérôme", "Zoé", "Loïc", "Cécile", "Gaël",
                 "Éloïse", "Benoît", "Marie-Thérèse", "Noël", "Inès", "Maëlle", "Théo", "Clémence", "Stéphane", "Aurélie",
                 "Joël", "Béatrice", "Hervé", "Léa", "Grégoire", "Françoise", "Rémi", "Agnès", "Timothée", "Solène" }),
          list({ "Martin", "Lefèvre-Dubois", "N'Diaye", "Œuvray", "de La Tour d'Auvergne-Lauraguais", "Château",
                 "Lemaître", "Bréhéret", "Da Silva", "Gérard", "Le Goff", "Dupont-Aignan", "Pérez", "Fontaine",
                 "Mercier", "Ménard", "Rousseau", "Bernard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
                 "Laurent", "Michel", "Garcia", "D'Aboville", "Saint-Aubin", "Lefebvre", "Kergoat", "Nguyen",
                 "Boucher", "Benhamou", "Lévêque", "Müller", "Søndergaard", "Łukaszewicz", "Straßer" }),
          list({ "Ville de Lyon", "Région Île-de-France", "Conseil départemental de la Gironde",
                 "Métropole européenne de Lille", "Ville de Montpellier", "Montpellier Méditerranée Métropole",
                 "Région Auvergne-Rhône-Alpes", "Ville de Saint-Étienne", "Communauté d'agglomération du Pays Basque",
                 "Ville de Besançon", "Conseil départemental du Val-de-Marne", "Ville de Cergy",
                 "Région Provence-Alpes-Côte d'Azur", "Eurométropole de Strasbourg", "Ville de Nîmes",
                 "Cités Unies France", "Agence française de développement", "Ministère de l'Europe et des Affaires étrangères",
                 "Ville d'Orléans", "Brest Métropole", "Ville de Château-Thierry" }) },
        { "Japon", "ja",
          list({ "さくら", "健", "花子", "太郎", "美咲", "翔太", "陽菜", "大輔" }),
          list({ "山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村" }),
          list({ "静岡県", "京都市", "横浜市", "新潟県", "Préfecture de Shizuoka", "Ville de Kyoto" }) },
        { "Maroc", "ar",
          list({ "أمينة", "محمد", "فاطمة", "يوسف", "Amina", "Youssef", "Fatima-Zahra", "Mehdi" }),
          list({ "بن علي", "العلوي", "الإدريسي", "Ben Ali", "El Idrissi", "Alaoui", "Aït Ouarab" }),
          list({ "Commune de Rabat", "Région Souss-Massa", "مجلس جهة طنجة", "Commune de Chefchaouen" }) },
        { "Tunisie", "ar",
          list({ "Leïla", "Sami", "Nour", "Karim", "ليلى", "سامي" }),
          list({ "Ben Salah", "Trabelsi", "Jaziri", "بن صالح" }),
          list({ "Municipalité de Tunis", "Municipalité de Sfax", "Fédération nationale des communes tunisiennes" }) },
        { "Mexique", "es",
          list({ "José", "María José", "Ángel", "Lucía", "Sofía", "Iñigo", "Begoña", "Rodrigo" }),
          list({ "García Márquez", "Núñez", "Peña", "de la Cruz", "Ibáñez", "Muñoz", "Hernández", "López Obrador" }),
          list({ "Ciudad de México", "Gobierno de Jalisco", "Municipio de Oaxaca de Juárez" }) },
        { "Chili", "es",
          list({ "Matías", "Valentina", "Joaquín", "Camila" }),
          list({ "Fernández", "Saavedra", "Araya", "Muñoz" }),
          list({ "Municipalidad de Valparaíso", "Gobierno Regional de Los Lagos" }) },
        { "Viêt Nam", "vi",
          list({ "Minh Khai", "Thị Hương", "Văn Đức", "Ngọc Ánh", "Quốc Bảo" }),
          list({ "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng" }),
          list({ "Comité populaire de Hanoï", "Province de Thừa Thiên Huế", "Ville de Hô-Chi-Minh-Ville" }) },
        { "Sénégal", "fr",
          list({ "Aminata", "Mamadou", "Fatou", "Ousmane", "Aïssatou" }),
          list({ "N'Diaye", "Diop", "Sow", "Fall", "Ba", "M'Baye" }),
          list({ "Ville de Dakar", "Commune de Saint-Louis", "Département de Ziguinchor" }) },
        { "Palestine", "ar",
          list({ "Rami", "Lina", "رامي", "لينا" }),
          list({ "Khalil", "Haddad", "خليل" }),
          list({ "Municipalité de Bethléem", "Municipalité de Naplouse" }) },
    };
    return all;
}

const QStringList &categories()
{
    static const QStringList all = list({ "élu·e", "élu·e", "élu·e", "technicien·ne", "technicien·ne",
                                          "technicien·ne", "partenaire", "exposant", "presse",
                                          "intervenant·e", "organisation" });
    return all;
}

const QStringList &roles()
{
    static const QStringList all = list({ "Maire", "Adjointe au maire", "Vice-président·e", "Conseiller municipal",
                                          "Chargée de mission coopération", "Directeur des relations internationales",
                                          "Journaliste", "Chef de projet", "Présidente", "Délégué général" });
    return all;
}

} // namespace

namespace SyntheticAttendees {

QByteArray csv(int count, quint32 seed, const QString &codePrefix)
{
    std::mt19937 random(seed);
    auto pick = [&random](const QStringList &from) {
        return from.at(std::uniform_int_distribution<int>(0, int(from.size()) - 1)(random));
    };
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QSet<QString> codes;
    QString out = QStringLiteral("Code;Prénom;Nom;Organisation;Fonction;Pays;Catégorie;Courriel;Langue\n");
    for (int i = 0; i < count; ++i) {
        // Three in four attendees come from French local governments.
        const int which = std::uniform_int_distribution<int>(0, 3)(random) < 3
            ? 0
            : std::uniform_int_distribution<int>(1, int(origins().size()) - 1)(random);
        const Origin &origin = origins().at(which);
        QString code;
        do {
            code = codePrefix + QLatin1Char('-');
            for (int k = 0; k < 8; ++k) {
                if (k == 4)
                    code += QLatin1Char('-');
                code += QLatin1Char(alphabet[std::uniform_int_distribution<int>(0, 31)(random)]);
            }
        } while (codes.contains(code));
        codes.insert(code);
        const QString first = pick(origin.firstNames);
        const QString last = pick(origin.lastNames);
        QString mailName;
        for (QChar c : QString(first + QLatin1Char('.') + last).normalized(QString::NormalizationForm_D).toLower()) {
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('.'))
                mailName += c;
        }
        if (mailName.size() < 3)
            mailName = QStringLiteral("contact%1").arg(i);
        const QString organisation = pick(origin.organisations);
        QString quotedOrganisation = organisation;
        if (organisation.contains(QLatin1Char(';')))
            quotedOrganisation = QLatin1Char('"') + organisation + QLatin1Char('"');
        out += QStringList { code, first, last, quotedOrganisation, pick(roles()), QString::fromUtf8(origin.country),
                             pick(categories()), mailName + QLatin1String("@example.org"),
                             QString::fromLatin1(origin.language) }
                   .join(QLatin1Char(';'))
            + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace SyntheticAttendees
