#include "kiosk/core/EventStore.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/import/AttendeeImporter.h"
#include "kiosk/import/CsvReader.h"
#include "kiosk/import/DelimitedText.h"
#include "kiosk/import/TextDecoding.h"
#include "tests/fuzz/FuzzSupport.h"

#include <cstdlib>

// A registration export as anyone could hand it over: decoded, split into
// records, then imported for real into a scratch event database.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray bytes = FuzzSupport::bytes(data, size);

    QString encoding;
    const QString text = TextDecoding::decode(bytes, &encoding);
    if (encoding.isEmpty())
        std::abort(); // every file is read as some encoding
    const QChar separator = CsvReader::detectSeparator(text);
    QVector<CsvRecord> records;
    int errorLine = 0;
    if (CsvReader::parse(text, separator, &records, &errorLine)) {
        int line = 0;
        for (const CsvRecord &r : std::as_const(records)) {
            if (r.line <= line)
                std::abort(); // records come in file order, each on its own line
            line = r.line;
        }
    }
    ImportReport report;
    (void)DelimitedText::read(bytes, &report);

    EventStore &store = FuzzSupport::scratchStore();
    HybridClock clock(QStringLiteral("fuzz"), [] { return qint64(1'783'494'000'000); });
    AttendeeImporter importer(store, clock);
    // Twice: the second import of the same file finds every row already there.
    (void)importer.importData(bytes, AttendeeImporter::Options {});
    (void)importer.importData(bytes, AttendeeImporter::Options {});
    FuzzSupport::clear(store);
    return 0;
}
