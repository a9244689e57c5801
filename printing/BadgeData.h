#pragma once

#include <QColor>
#include <QString>

// What one badge shows, already resolved: texts, the category's label and
// colour, the event, and the code for the QR.
struct BadgeData {
    QString firstName;
    QString lastName;
    QString organisation;
    QString role;
    QString country;
    QString categoryLabel; // "Élu·e · Elected official"
    QColor categoryColour = QColor(0x6B, 0x72, 0x80);
    QString eventTitle;
    QString eventDates;
    QString code;

    QString field(const QString &name) const;
};
