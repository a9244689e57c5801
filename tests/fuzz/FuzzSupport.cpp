#include "tests/fuzz/FuzzSupport.h"

#include "kiosk/core/EventStore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace FuzzSupport {

void initialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    // Warnings about refused input are expected by the thousand.
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false");
}

EventStore &scratchStore()
{
    static QTemporaryDir dir;
    // Never destroyed: at exit Qt SQL's list of connections may already be gone.
    static auto *store = new EventStore;
    if (!store->isOpen()) {
        if (!dir.isValid() || !store->open(dir.filePath(QStringLiteral("fuzz.sqlite")))) {
            std::fprintf(stderr, "cannot open a scratch event database: %s\n", qPrintable(store->errorString()));
            std::abort();
        }
        QSqlQuery q(store->database());
        q.exec(QStringLiteral("PRAGMA synchronous = OFF"));
        q.exec(QStringLiteral("PRAGMA journal_mode = MEMORY"));
    }
    return *store;
}

void clear(EventStore &store)
{
    QSqlQuery q(store.database());
    for (const char *table : { "checkin_event", "session_registration", "print_job", "attendee", "session",
             "attendee_search", "revoked_code", "signing_key", "change_log" })
        q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
}

} // namespace FuzzSupport
