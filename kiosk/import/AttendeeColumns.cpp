#include "kiosk/import/AttendeeColumns.h"

#include "kiosk/core/TextFolding.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

// Aliases in order of preference: when two columns of a file name the same
// field, the one whose alias comes first wins (Eventbrite's "Attendee #" over
// "Order #", pretix's "Attendee email" over the order's "Email").
const QVector<QStringList> &aliases()
{
    static const QVector<QStringList> table = [] {
        QVector<QStringList> t(AttendeeColumns::FieldCount);
        auto set = [&t](AttendeeColumns::Field f, std::initializer_list<const char *> names) {
            for (const char *n : names)
                t[f] << AttendeeColumns::normalizedHeader(QString::fromUtf8(n));
        };
        set(AttendeeColumns::FirstName,
            { "Prénom", "First Name", "Given name", "Firstname", "Attendee name: Given name",
                "Invoice address: Given name", "Prenom du participant", "Forename" });
        set(AttendeeColumns::LastName,
            { "Nom", "Last Name", "Family name", "Surname", "Lastname", "Attendee name: Family name",
                "Invoice address: Family name", "Nom de famille", "Nom du participant" });
        set(AttendeeColumns::FullName,
            { "Attendee name", "Nom complet", "Name", "Full name", "Nom et prénom", "Prénom et nom", "Participant",
                "Invoice address: Name" });
        set(AttendeeColumns::Organisation,
            { "Organisation", "Organization", "Company", "Société", "Collectivité", "Structure", "Attendee company",
                "Entreprise", "Organisme", "Institution", "Invoice address: Company" });
        set(AttendeeColumns::Role, { "Fonction", "Job Title", "Titre", "Role", "Position", "Poste", "Title" });
        set(AttendeeColumns::Country, { "Pays", "Country", "Attendee country", "Invoice address: Country" });
        set(AttendeeColumns::Category,
            { "Catégorie", "Category", "Product", "Ticket Type", "Tarif", "Type de billet", "Billet", "Type",
                "Ticket" });
        set(AttendeeColumns::Email,
            { "Attendee email", "Attendee e-mail", "Email", "E-mail", "Courriel", "Adresse email", "Adresse e-mail",
                "Mail", "Email address" });
        set(AttendeeColumns::Code,
            { "Code", "Secret", "Barcode #", "Barcode", "Code-barres", "Code barre", "Ticket code", "QR code",
                "Ticket secret", "Numéro de billet" });
        set(AttendeeColumns::ExternalRef,
            { "Attendee #", "Attendee ID", "Position ID", "ID", "Order code", "Order #", "Order ID",
                "Numéro de commande", "Référence", "Reference" });
        set(AttendeeColumns::Status, { "Attendee Status", "Status", "Statut", "État", "Order status" });
        set(AttendeeColumns::Language,
            { "Langue", "Language", "Preferred language", "Langue préférée", "Locale", "Idioma" });
        return t;
    }();
    return table;
}

} // namespace

QString AttendeeColumns::value(Field field, const QStringList &row) const
{
    for (int c : m_columns[field]) {
        QString v = c < row.size() ? row.at(c).simplified() : QString();
        if (!v.isEmpty())
            return v;
    }
    return QString();
}

QString AttendeeColumns::normalizedHeader(const QString &header)
{
    return TextFolding::words(header).join(QLatin1Char(' '));
}

QString AttendeeColumns::fieldKey(Field field)
{
    static const char *keys[FieldCount] = { "first_name", "last_name", "full_name", "organisation", "role", "country",
        "category", "email", "code", "external_ref", "status", "language" };
    return QString::fromLatin1(keys[field]);
}

int AttendeeColumns::fieldFromKey(const QString &key)
{
    const QString normal = normalizedHeader(key);
    for (int f = 0; f < FieldCount; ++f) {
        if (normalizedHeader(fieldKey(Field(f))) == normal)
            return f;
    }
    if (normal == QLatin1String("name"))
        return FullName;
    if (normal == QLatin1String("organization"))
        return Organisation;
    return -1;
}

bool AttendeeColumns::map(const QStringList &header, const QStringList &overrides)
{
    for (auto &c : m_columns)
        c.clear();
    m_unmapped.clear();
    std::array<QVector<QPair<int, int>>, FieldCount> ranked; // (alias rank, column)
    QVector<bool> taken(header.size(), false);

    for (const QString &pair : overrides) {
        const int eq = pair.indexOf(QLatin1Char('='));
        const QString columnName = normalizedHeader(pair.left(eq));
        const QString fieldName = pair.mid(eq + 1).trimmed();
        if (eq <= 0) {
            m_error = QCoreApplication::translate("AttendeeColumns", "--map takes column=field, not \"%1\".").arg(pair);
            return false;
        }
        const int found = [&] {
            for (int i = 0; i < header.size(); ++i) {
                if (normalizedHeader(header.at(i)) == columnName)
                    return i;
            }
            return -1;
        }();
        if (found < 0) {
            m_error = QCoreApplication::translate("AttendeeColumns", "--map: the file has no column \"%1\".")
                          .arg(pair.left(eq));
            return false;
        }
        taken[found] = true;
        if (fieldName == QLatin1String("ignore"))
            continue;
        const int field = fieldFromKey(fieldName);
        if (field < 0) {
            QStringList known;
            for (int f = 0; f < FieldCount; ++f)
                known << fieldKey(Field(f));
            m_error = QCoreApplication::translate(
                "AttendeeColumns", "--map: unknown field \"%1\"; known fields: %2, ignore.")
                          .arg(fieldName, known.join(QLatin1String(", ")));
            return false;
        }
        ranked[field].append({ -1, found });
    }

    for (int i = 0; i < header.size(); ++i) {
        if (taken[i])
            continue;
        const QString name = normalizedHeader(header.at(i));
        bool mapped = false;
        for (int f = 0; f < FieldCount; ++f) {
            int r = aliases().at(f).indexOf(name);
            if (r < 0 && name == normalizedHeader(fieldKey(Field(f))))
                r = aliases().at(f).size();
            if (r >= 0) {
                ranked[f].append({ r, i });
                mapped = true;
            }
        }
        if (!mapped && !name.isEmpty())
            m_unmapped << header.at(i);
    }
    for (int f = 0; f < FieldCount; ++f) {
        std::stable_sort(ranked[f].begin(), ranked[f].end());
        for (const auto &[rank, column] : std::as_const(ranked[f]))
            m_columns[f] << column;
    }
    return true;
}
