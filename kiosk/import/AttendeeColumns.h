#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>

// Which column of an export holds which attendee field. Knows the header names
// of pretix, Eventbrite, Weezevent and plain French or English sheets.
class AttendeeColumns {
public:
    enum Field {
        FirstName,
        LastName,
        FullName,
        Organisation,
        Role,
        Country,
        Category,
        Email,
        Code,
        ExternalRef,
        Status,
        Language,
        FieldCount
    };

    // Maps a header row. `overrides` holds "column=field" pairs given by the
    // user; on a bad override errorString() says why and false is returned.
    bool map(const QStringList &header, const QStringList &overrides);

    // Column index of a field, or -1.
    int column(Field field) const { return m_columns[field].isEmpty() ? -1 : m_columns[field].first(); }
    bool has(Field field) const { return !m_columns[field].isEmpty(); }
    // The value of a field in a row: from the preferred column, or the next one
    // that has something (pretix's attendee email, else the order's).
    QString value(Field field, const QStringList &row) const;
    QStringList unmappedColumns() const { return m_unmapped; }
    QString errorString() const { return m_error; }

    static QString fieldKey(Field field);
    static int fieldFromKey(const QString &key); // -1 when unknown
    // Header text folded for comparison: no case, accents or punctuation.
    static QString normalizedHeader(const QString &header);

private:
    std::array<QVector<int>, FieldCount> m_columns; // by preference
    QStringList m_unmapped;
    QString m_error;
};
