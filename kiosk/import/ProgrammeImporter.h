#pragma once

#include "kiosk/import/ImportReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

class EventStore;
class HybridClock;

// Imports the programme (sessions) from CSV or JSON, matched by session code,
// in one transaction. Local times are in the event's time zone
// (EventStore::timeZone()).
class ProgrammeImporter {
    Q_DECLARE_TR_FUNCTIONS(ProgrammeImporter)

public:
    ProgrammeImporter(EventStore &store, HybridClock &clock);

    ImportReport importFile(const QString &path, bool dryRun = false);
    ImportReport importData(const QByteArray &data, bool isJson, bool dryRun = false);

private:
    // One entry as field → text, keys already normalised.
    using Entry = QHash<QString, QString>;
    ImportReport importEntries(const QVector<QPair<int, Entry>> &entries, ImportReport report);

    EventStore &m_store;
    HybridClock &m_clock;
    QTimeZone m_zone;
};
