#pragma once

#include <QStringList>
#include <QVector>

// The event database schema as a list of migrations; migration N brings
// PRAGMA user_version from N to N + 1.
namespace Schema {
const QVector<QStringList> &migrations();
}
