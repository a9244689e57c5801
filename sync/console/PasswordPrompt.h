#pragma once

#include <QString>

#include <optional>

// Reads a password for `accueil-hub user add`: typed twice without echo on a
// terminal, else the first line of standard input (scripts, tests).
class PasswordPrompt {
public:
    // Empty when reading failed or the two typed passwords differ (*error says which).
    static std::optional<QString> read(const QString &prompt, const QString &again, QString *error);
};
