#pragma once

#include "kiosk/import/ImportReport.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class EventStore;
class HybridClock;

// Imports a registration export into the event database in one transaction:
// new people are added, changed ones updated (matched by code or external id),
// check-ins never touched. A file with any bad row is refused whole.
class AttendeeImporter {
    Q_DECLARE_TR_FUNCTIONS(AttendeeImporter)

public:
    struct Options {
        QStringList columnMap; // "column=field" overrides
        bool dryRun = false;
        // Called now and then with the work done so far and the whole.
        std::function<void(qint64 done, qint64 total)> progress;
    };

    AttendeeImporter(EventStore &store, HybridClock &clock);

    ImportReport importFile(const QString &path, const Options &options);
    ImportReport importData(const QByteArray &data, const Options &options);

private:
    EventStore &m_store;
    HybridClock &m_clock;
};
