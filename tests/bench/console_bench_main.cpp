// accueil-console-bench: the console's benchmark alone (ConsoleBench), which
// needs only the hub and the CLI built, not the kiosk.
#include "tests/bench/ConsoleBench.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ConsoleBench::run(QCoreApplication::arguments().contains(QStringLiteral("--quick")));
    return 0;
}
