#pragma once

#include <QStringList>
#include <QVector>

// The event database schema as a list of migrations; migration N brings
// PRAGMA user_version from N to N + 1.
namespace Schema {
enum class Dialect { Sqlite, Postgres };
const QVector<QStringList> &migrations();
// The same migrations for PostgreSQL (a hub's storage): no full-text index,
// sequences instead of AUTOINCREMENT, triggers as PL/pgSQL functions.
QVector<QStringList> migrations(Dialect dialect);
}
