#pragma once

#include "kiosk/import/ImportReport.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class EventStore;
class HybridClock;

// Imports a registration export into the event database: new people are
// added, changed ones updated (matched by code or external id), check-ins
// never touched. Every row is checked before anything is written: a file with
// a bad row is refused whole. A line with a field over its limit
// (FieldLimits) is left out and listed, the others imported. People deleted
// in Accueil are skipped, people cancelled stay cancelled, unless the
// options say otherwise. Rows are written in short transactions
// (ImportWriter); an import that stops half-way is finished by running it
// again.
class AttendeeImporter {
    Q_DECLARE_TR_FUNCTIONS(AttendeeImporter)

public:
    struct Options {
        QStringList columnMap; // "column=field" overrides
        bool dryRun = false;
        // People deleted in Accueil are skipped (and listed) unless this is set.
        bool restoreDeleted = false;
        // People cancelled in Accueil stay cancelled, even when the file lists
        // them as registered, unless this is set. A file can always cancel.
        bool restoreCancelled = false;
        QString label; // what the import is called in the note of an unfinished one (the file)
        // How long one transaction may hold the database (ImportWriter); 0:
        // all in one, as benchmarks compare.
        int lockBudgetMs = 100;
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
