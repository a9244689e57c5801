#include "tests/bench/ConsoleBench.h"
#include "tests/bench/CoreBench.h"
#include "tests/bench/KioskBench.h"
#include "tests/bench/LabelBench.h"
#include "tests/bench/PrintBench.h"
#include "tests/bench/ScanBench.h"
#include "tests/bench/SyncBench.h"

#include <QGuiApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    if (args.contains(QStringLiteral("--help"))) {
        std::printf("accueil-bench [--quick] [core] [import] [scan] [print] [sync] [kiosk] [labels] [console]\n"
                    "  import: only the 100 000-row import against a bare bulk insert (also part of core)\n");
        return 0;
    }
    const bool all = args.size() == 1 || (args.size() == 2 && quick);
    if (all || args.contains(QStringLiteral("core")))
        CoreBench::run(quick);
    if (!all && !args.contains(QStringLiteral("core")) && args.contains(QStringLiteral("import")))
        CoreBench::runImport();
    if (all || args.contains(QStringLiteral("scan")))
        ScanBench::run(quick);
    if (all || args.contains(QStringLiteral("print")))
        PrintBench::run(quick);
    if (all || args.contains(QStringLiteral("sync")))
        SyncBench::run(quick);
    if (all || args.contains(QStringLiteral("kiosk")))
        KioskBench::run(quick);
    if (all || args.contains(QStringLiteral("labels")))
        LabelBench::run(quick);
    if (all || args.contains(QStringLiteral("console")))
        ConsoleBench::run(quick);
    return 0;
}
