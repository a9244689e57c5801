#pragma once

#include <QByteArray>
#include <QString>

// A realistic attendee list for demos and benchmarks: French local officials
// and staff, foreign delegations (Japanese, Arabic, Spanish, Vietnamese names),
// accents, hyphens, apostrophes and every category. Same seed, same list.
namespace SyntheticAttendees {

// CSV with French headers (Code;Prénom;Nom;Organisation;Fonction;Pays;
// Catégorie;Courriel;Langue), UTF-8, `;`-separated, codes "<prefix>-XXXX-XXXX".
QByteArray csv(int count, quint32 seed = 2026, const QString &codePrefix = QStringLiteral("RAICT"));

} // namespace SyntheticAttendees
