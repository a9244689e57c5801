#include "kiosk/core/Translations.h"

#include <QCoreApplication>
#include <QRegularExpression>
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

QLocale Translations::locale(const QString &code)
{
    for (const Language &language : languages()) {
        if (language.code == code)
            return QLocale(language.keyboardLocale);
    }
    return QLocale(code);
}

QString Translations::dateRange(QDate first, QDate last, const QString &code)
{
    if (!first.isValid())
        return QString();
    if (!last.isValid() || last < first)
        last = first;
    const QLocale where = locale(code);
    // The language's long date, less its weekday: "d MMMM y", "d 'de' MMMM 'de' y".
    QString pattern = where.dateFormat(QLocale::LongFormat);
    pattern.remove(QRegularExpression(QStringLiteral("dddd[,]?\\s*")));
    if (first == last)
        return where.toString(first, pattern);
    const QRegularExpression day(QStringLiteral("(?<![d'])d(?!d)"));
    if (first.year() == last.year() && first.month() == last.month() && pattern.contains(day)) {
        // One month: the days together where the day goes ("8–9 July 2026").
        QString both = pattern;
        both.replace(day, QStringLiteral("'%1–%2'").arg(first.day()).arg(last.day()));
        return where.toString(last, both);
    }
    return QStringLiteral("%1 – %2").arg(where.toString(first, pattern), where.toString(last, pattern));
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
