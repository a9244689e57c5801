#include "kiosk/cli/AdminCli.h"
#include "kiosk/core/Translations.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <unistd.h>

int main(int argc, char *argv[])
{
    // Taken before QGuiApplication, which would eat options such as --session.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // A private runtime folder, so Qt does not warn on every run of a script.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/accueil-runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromLocal8Bit(runtime));
        QFile::setPermissions(
            QString::fromLocal8Bit(runtime), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    // Badges are drawn with fonts and QPainter, which want a GUI application;
    // the command line never opens a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("accueil"));
    QCoreApplication::setOrganizationName(QStringLiteral("accueil"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACCUEIL_VERSION));
    Translations::install(Translations::systemLocale());

    QTextStream out(stdout);
    QTextStream err(stderr);
    AdminCli cli(out, err);
    return cli.run(arguments);
}
