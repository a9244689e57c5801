#include "printing/CategoryStyles.h"

#include "kiosk/core/TextFolding.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

const CategoryStyles &CategoryStyles::instance()
{
    static const CategoryStyles styles = [] {
        CategoryStyles s;
        const QString extra = qEnvironmentVariable("ACCUEIL_TEMPLATES");
        QFile file(!extra.isEmpty() && QFile::exists(extra + QStringLiteral("/categories.json"))
                ? extra + QStringLiteral("/categories.json")
                : QStringLiteral(":/accueil/templates/categories.json"));
        if (file.open(QIODevice::ReadOnly))
            s.load(file.readAll());
        return s;
    }();
    return styles;
}

bool CategoryStyles::load(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    m_entries.clear();
    for (const QJsonValue &v : root.value(QStringLiteral("categories")).toArray()) {
        const QJsonObject o = v.toObject();
        Entry e;
        for (const QJsonValue &m : o.value(QStringLiteral("match")).toArray())
            e.match << TextFolding::words(m.toString()).join(QLatin1Char(' '));
        e.style = Style { o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("fr")).toString(),
            o.value(QStringLiteral("en")).toString(), QColor(o.value(QStringLiteral("colour")).toString()) };
        m_entries << e;
    }
    const QColor fallback(root.value(QStringLiteral("default")).toObject().value(QStringLiteral("colour")).toString());
    if (fallback.isValid())
        m_default = fallback;
    return !m_entries.isEmpty();
}

CategoryStyles::Style CategoryStyles::styleFor(const QString &category) const
{
    const QString folded = TextFolding::words(category).join(QLatin1Char(' '));
    for (const Entry &e : m_entries) {
        for (const QString &m : e.match) {
            if (!m.isEmpty() && folded.startsWith(m))
                return e.style;
        }
    }
    return Style { QString(), category, QString(), m_default };
}

QString CategoryStyles::labelFor(const QString &category) const
{
    const Style s = styleFor(category);
    if (s.labelEn.isEmpty() || s.labelEn == s.labelFr)
        return s.labelFr;
    return s.labelFr + QStringLiteral(" · ") + s.labelEn;
}
