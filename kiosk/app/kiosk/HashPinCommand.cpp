#include "kiosk/app/kiosk/HashPinCommand.h"

#include "kiosk/core/PrivateFile.h"
#include "kiosk/core/StaffPin.h"
#include "kiosk/core/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {

// One line from standard input; without echo when it is a terminal.
QString readPin(const QString &prompt, bool terminal)
{
    termios saved {};
    QTextStream err(stderr);
    if (terminal) {
        err << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << Qt::endl;
    }
    return line.trimmed();
}

} // namespace

namespace HashPinCommand {

bool wanted(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--hash-pin" || arg == "-hash-pin" || arg.startsWith("--hash-pin="))
            return true;
    }
    return false;
}

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Translations::install(Translations::systemLocale());
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("hash-pin"),
            QCoreApplication::translate(
                "HashPinCommand", "Print the hash of a staff PIN (read from standard input), and exit.") },
        { QStringLiteral("config"),
            QCoreApplication::translate("HashPinCommand", "Also write the hash into this configuration file."),
            QStringLiteral("FILE") },
    });
    parser.addPositionalArgument(QStringLiteral("PIN"),
        QCoreApplication::translate("HashPinCommand", "The PIN (else read from standard input)."));
    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream out(stdout);
        out << parser.helpText();
        return 0;
    }
    QString pin;
    if (!parser.positionalArguments().isEmpty()) {
        pin = parser.positionalArguments().first();
    } else {
        const bool terminal = isatty(STDIN_FILENO);
        pin = readPin(QCoreApplication::translate("HashPinCommand", "Staff PIN (4 to 12 digits): "), terminal);
        if (terminal
            && readPin(QCoreApplication::translate("HashPinCommand", "The same PIN again: "), terminal) != pin) {
            err << QCoreApplication::translate("HashPinCommand", "The two PINs differ; nothing was changed.")
                << Qt::endl;
            return 1;
        }
    }
    if (!StaffPin::isAcceptablePin(pin)) {
        err << QCoreApplication::translate(
            "HashPinCommand", "A staff PIN is 4 to 12 digits (the staff screen has a digit pad).")
            << Qt::endl;
        return 2;
    }
    const QString hash = StaffPin::hash(pin);
    if (hash.isEmpty()) {
        err << QCoreApplication::translate("HashPinCommand", "The PIN could not be hashed (not enough memory?).")
            << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("config"))) {
        QString error;
        const QString path = parser.value(QStringLiteral("config"));
        if (!PrivateFile::setIniValue(path, QStringLiteral("staff"), QStringLiteral("pin_hash"), hash, &error)) {
            err << error << Qt::endl;
            return 1;
        }
        err << QCoreApplication::translate("HashPinCommand", "The hash is in %1 ([staff] pin_hash).").arg(path)
            << Qt::endl;
    }
    QTextStream out(stdout);
    out << hash << Qt::endl;
    return 0;
}

} // namespace HashPinCommand
