#pragma once

#include <QString>

// Splits a full name into given and family name the way the name is usually
// written: "Marie Dupont", "DUPONT Marie" (capitals mark the family name in
// French lists), "Jean de La Fontaine" (particles start the family name),
// "山田 さくら" (family name first in Japanese and Chinese).
namespace NameSplitting {

void split(const QString &fullName, QString *firstName, QString *lastName);

} // namespace NameSplitting
