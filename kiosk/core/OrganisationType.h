#pragma once

#include <QCoreApplication>
#include <QString>

// The kind of an organisation, for the organisers' counts: registration
// exports carry the organisation's name only, so the kind is read from the
// words that name it ("Ville de…", "Métropole…", "Ambassade…", "Association…"),
// in French, English and a few other languages; anything else is Other.
class OrganisationType {
    Q_DECLARE_TR_FUNCTIONS(OrganisationType)

public:
    enum Kind { LocalGovernment, State, International, Association, Company, Media, Other };

    static Kind of(const QString &organisation);
    // A stable key for files ("local_government") and its translated label.
    static QString key(Kind kind);
    static QString label(Kind kind);
};
