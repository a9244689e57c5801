#pragma once

#include "kiosk/core/Attendee.h"

#include <QCoreApplication>
#include <optional>

class EventStore;

// The changes staff make to a registration — fix details, cancel, restore,
// delete — each checked and written in one transaction with a new version,
// so that it replicates like any edit. The desk screen and the command line
// both come here.
class Registrations {
    Q_DECLARE_TR_FUNCTIONS(Registrations)

public:
    // Fields to change; those left empty (nullopt) keep their value.
    struct Edit {
        std::optional<QString> firstName, lastName, organisation, role, country, category, email;
        std::optional<Attendee::Status> status;
    };
    struct Change {
        bool ok = false;
        std::optional<Attendee> attendee; // as saved (or as it was, on failure)
        QString message; // translated, for failures
    };

    Registrations(EventStore &store, QString device);

    // By code (in either case when unambiguous) or by id.
    std::optional<Attendee> find(const QString &codeOrId) const;
    [[nodiscard]] Change edit(const QString &attendeeId, const Edit &edit);
    [[nodiscard]] Change cancel(const QString &attendeeId);
    [[nodiscard]] Change restore(const QString &attendeeId);
    // A tombstone, so that the deletion replicates.
    [[nodiscard]] Change remove(const QString &attendeeId);

    // What keeps a registration from being saved (translated), or empty.
    static QString problemWith(const Attendee &attendee);

private:
    EventStore &m_store;
    QString m_device;
};
