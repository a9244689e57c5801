#include "sync/console/PasswordPrompt.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace {

std::optional<QString> readLine(bool hidden, const QString &prompt)
{
    termios saved {};
    const bool terminal = hidden && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        std::cerr << prompt.toStdString() << std::flush;
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    const bool ok = bool(std::getline(std::cin, line));
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::cerr << std::endl;
    }
    if (!ok)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace

std::optional<QString> PasswordPrompt::read(const QString &prompt, const QString &again, QString *error)
{
    const bool terminal = ::isatty(STDIN_FILENO) != 0;
    std::optional<QString> first = readLine(terminal, prompt);
    if (!first) {
        *error = QCoreApplication::translate("PasswordPrompt", "No password was given.");
        return std::nullopt;
    }
    if (terminal) {
        const std::optional<QString> second = readLine(true, again);
        if (!second || *second != *first) {
            *error = QCoreApplication::translate("PasswordPrompt", "The two passwords differ.");
            return std::nullopt;
        }
    }
    return first;
}
