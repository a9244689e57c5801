#pragma once

#include <QColor>
#include <QString>
#include <QVector>

// Colour and bilingual label of each attendee category, from
// templates/categories.json: "élu·e", "Elue", "Elected official" all land on
// the same blue band.
class CategoryStyles {
public:
    struct Style {
        QString key; // "elu", "presse"…; empty when the category is unknown
        QString labelFr;
        QString labelEn;
        QColor colour;
    };

    static const CategoryStyles &instance();
    bool load(const QByteArray &json);

    // The style for a category as written in a registration export.
    Style styleFor(const QString &category) const;
    // "Élu·e · Elected official", or the category itself when unknown.
    QString labelFor(const QString &category) const;

private:
    struct Entry {
        QStringList match;
        Style style;
    };
    QVector<Entry> m_entries;
    QColor m_default = QColor(0x6B, 0x72, 0x80);
};
