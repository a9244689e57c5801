#pragma once

#include <QByteArray>
#include <QString>

// Files that hold a secret (a PIN hash, a key, a token): written whole through
// a temporary file and renamed, readable by their owner only whatever the
// umask. An existing file keeps its owner's and group's access (a 0640 file
// for a service's group stays so) but loses everyone else's.
namespace PrivateFile {

[[nodiscard]] bool write(const QString &path, const QByteArray &data, QString *error);

// Sets `key` in `[section]` of an INI file, keeping every other line and
// comment as it is; creates the file if needed. The value is written quoted.
[[nodiscard]] bool setIniValue(
    const QString &path, const QString &section, const QString &key, const QString &value, QString *error);

} // namespace PrivateFile
