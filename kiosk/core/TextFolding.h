#pragma once

#include <QString>
#include <QStringList>

// Folding that makes names comparable the way people type them: no case, no
// accents, ligatures and special Latin letters spelled out (Œ → oe, ß → ss,
// ø → o, ł → l), apostrophes and hyphens treated as word breaks.
namespace TextFolding {

// Case-folded text without diacritics; other characters kept.
QString fold(const QString &text);

// The folded words of a text: letters and digits only, split on anything else.
QStringList words(const QString &text);

// Words plus the joined forms of names written with apostrophes or hyphens
// ("N'Diaye" also gives "ndiaye", "Lefèvre-Dubois" also "lefevredubois").
QStringList indexTerms(const QString &text);

} // namespace TextFolding
