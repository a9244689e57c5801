#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QVector>

class QCoreApplication;
class QTranslator;

// Installs Accueil's translations (French, English, Spanish) for a language,
// replacing the ones installed before, so the language can change at run time.
class Translations {
public:
    struct Language {
        QString code; // "fr"
        QString nativeName; // "Français": how its speakers look for it
        QString keyboardLocale; // "fr_FR": the layout of the screen's keyboard
    };
    // The languages of the screens, in the order they are offered; the one list.
    static const QVector<Language> &languages();
    // Whether `code` ("es") is one of them.
    static bool offers(const QString &code);
    // How dates, times and numbers are written in a language ("en": 8 July 2026, 24-hour times).
    static QLocale locale(const QString &code);
    // "8–9 July 2026", "8–9 de julio de 2026", "30 juin – 2 juillet 2026": the long date without the weekday.
    static QString dateRange(QDate first, QDate last, const QString &code);

    // The language to use from the environment: LC_ALL, LC_MESSAGES, LANG.
    static QLocale systemLocale();
    // Returns false when no translation exists for the language (English is the source).
    static bool install(const QLocale &locale);
};
