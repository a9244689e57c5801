#include "AdminCli.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("accueil"));
    QCoreApplication::setOrganizationName(QStringLiteral("accueil"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACCUEIL_VERSION));
    Translations::install(Translations::systemLocale());

    QTextStream out(stdout);
    QTextStream err(stderr);
    AdminCli cli(out, err);
    return cli.run(app.arguments());
}
