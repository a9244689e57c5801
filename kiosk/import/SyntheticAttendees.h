#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

// A realistic attendee list for demos and benchmarks: French local officials
// and staff (accents, particles, hyphenated names; communes, départements,
// régions and their groupings) and the 25 foreign delegations, named in their
// own scripts or transliterated, every category and language. Tens of
// thousands of distinct full names in 100 000 rows. Same seed, same list.
namespace SyntheticAttendees {

// CSV with French headers (Code;Prénom;Nom;Organisation;Fonction;Pays;
// Catégorie;Courriel;Langue), UTF-8, `;`-separated, codes "<prefix>-XXXX-XXXX".
// progress, if given, is called now and then with the rows written and the count.
QByteArray csv(int count, quint32 seed = 2026, const QString &codePrefix = QStringLiteral("RAICT"),
    const std::function<void(qint64 done, qint64 total)> &progress = {});

} // namespace SyntheticAttendees
