#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;
class QTranslator;

// Installs Accueil's translations (French, English, Spanish) for a language,
// replacing the ones installed before, so the language can change at run time.
class Translations
{
public:
    // The language to use from the environment: LC_ALL, LC_MESSAGES, LANG.
    static QLocale systemLocale();
    // Returns false when no translation exists for the language (English is the source).
    static bool install(const QLocale &locale);
};
