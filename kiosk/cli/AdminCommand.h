#pragma once

#include "kiosk/cli/AdminCli.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>
#include <QVector>

// One command of `accueil`: its words, its arguments, its options (with an
// English description each, translated when shown) and the member that runs it.
struct AdminCli::Command {
    QStringList words; // "import attendees"
    QStringList positional; // names shown in the usage
    QList<QCommandLineOption> options;
    int (AdminCli::*handler)(QCommandLineParser &);
    const char *description;
};

// Options every command takes: --db, --json, --device, --help, --version.
QList<QCommandLineOption> adminGlobalOptions();
