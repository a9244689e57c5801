#include "kiosk/core/OrganisationType.h"

#include "kiosk/core/TextFolding.h"

namespace {

struct Rule {
    OrganisationType::Kind kind;
    const char *words; // folded words, any of which names the kind
};

// Checked in order: "Association internationale des maires" is international
// before it is an association, "Ministère … des régions" a state before it is local.
const Rule rules[] = {
    { OrganisationType::International,
        "cglu uclg onu unesco pnud undp oecd ocde iclei platforma aimf mondiale mondial international "
        "internationale" },
    { OrganisationType::State,
        "ambassade embassy ministere ministry ministerio prefecture consulat consulate gouvernement government "
        "etat afd" },
    { OrganisationType::LocalGovernment,
        "ville city mairie commune communaute metropole metropolitan region regional departement departemental "
        "conseil council collectivite municipalite municipality municipal municipio province provincial county "
        "comte kommune gemeinde stadt landkreis comune ayuntamiento prefeitura governorate gouvernorat wilaya "
        "agglomeration district cercle populaire town village" },
    { OrganisationType::Media,
        "journal gazette gazeta magazine radio tv television presse press media medias news quotidien hebdo" },
    { OrganisationType::Association,
        "association ong ngo fondation foundation federation reseau network cites unies collectif club" },
    { OrganisationType::Company,
        "sa sas sarl sasu gmbh ltd inc llc plc spa groupe group entreprise company consulting" },
};

} // namespace

OrganisationType::Kind OrganisationType::of(const QString &organisation)
{
    const QStringList words = TextFolding::words(organisation);
    for (const Rule &rule : rules) {
        const QStringList names = QString::fromLatin1(rule.words).split(QLatin1Char(' '));
        for (const QString &word : words) {
            if (names.contains(word))
                return rule.kind;
        }
    }
    return Other;
}

QString OrganisationType::key(Kind kind)
{
    switch (kind) {
    case LocalGovernment:
        return QStringLiteral("local_government");
    case State:
        return QStringLiteral("state");
    case International:
        return QStringLiteral("international");
    case Association:
        return QStringLiteral("association");
    case Company:
        return QStringLiteral("company");
    case Media:
        return QStringLiteral("media");
    case Other:
        break;
    }
    return QStringLiteral("other");
}

QString OrganisationType::label(Kind kind)
{
    switch (kind) {
    case LocalGovernment:
        return tr("Local government");
    case State:
        return tr("State");
    case International:
        return tr("International organisation");
    case Association:
        return tr("Association or network");
    case Company:
        return tr("Company");
    case Media:
        return tr("Media");
    case Other:
        break;
    }
    return tr("Other");
}
