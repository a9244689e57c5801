#pragma once

#include <QString>
#include <QVariant>

// Binding helpers: Qt binds a null QString as SQL NULL, which text columns
// declared NOT NULL refuse, while optional keys want NULL rather than ''.
namespace SqlValues {

inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

inline QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace SqlValues
