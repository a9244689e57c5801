#include "kiosk/core/EventStore.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/import/ProgrammeImporter.h"
#include "tests/fuzz/FuzzSupport.h"

// A programme file in CSV or JSON (the first byte chooses), imported for real
// into a scratch event database.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool isJson = (data[0] & 1) != 0;
    const QByteArray bytes = FuzzSupport::bytes(data + 1, size - 1);
    EventStore &store = FuzzSupport::scratchStore();
    HybridClock clock(QStringLiteral("fuzz"), [] { return qint64(1'783'494'000'000); });
    ProgrammeImporter importer(store, clock);
    (void)importer.importData(bytes, isJson);
    (void)importer.importData(bytes, isJson);
    FuzzSupport::clear(store);
    return 0;
}
