#include "kiosk/core/Translations.h"

#include <QCoreApplication>
#include <QTranslator>

#include <algorithm>
#include <memory>

namespace {
std::unique_ptr<QTranslator> &current()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}
} // namespace

const QVector<Translations::Language> &Translations::languages()
{
    static const QVector<Language> list {
        { QStringLiteral("fr"), QStringLiteral("Français"), QStringLiteral("fr_FR") },
        { QStringLiteral("en"), QStringLiteral("English"), QStringLiteral("en_GB") },
        { QStringLiteral("es"), QStringLiteral("Español"), QStringLiteral("es_ES") },
    };
    return list;
}

bool Translations::offers(const QString &code)
{
    const QVector<Language> &list = languages();
    return std::any_of(list.begin(), list.end(), [&](const Language &l) { return l.code == code; });
}

QLocale Translations::systemLocale()
{
    for (const char *variable : { "LC_ALL", "LC_MESSAGES", "LANG" }) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty() && value != QLatin1String("C") && value != QLatin1String("POSIX"))
            return QLocale(value.section(QLatin1Char('.'), 0, 0));
    }
    return QLocale(QLocale::English);
}

bool Translations::install(const QLocale &locale)
{
    QLocale::setDefault(locale);
    if (current()) {
        QCoreApplication::removeTranslator(current().get());
        current().reset();
    }
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, QStringLiteral("accueil"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(translator.get());
    current() = std::move(translator);
    return true;
}
