#pragma once

#include "kiosk/core/Attendee.h"

#include <QHash>
#include <QVector>

#include <optional>

class QSqlDatabase;

// The attendee list as an import finds it (read in one snapshot): the people
// on it and the tombstones of those deleted, indexed the ways an import row
// is matched with them.
class KnownAttendees {
public:
    void read(const QSqlDatabase &db);

    // Someone on the list: by code, then by external id (when the file has
    // it once and the list once), then by the id the line was given by an
    // earlier run, then, for people without a code, by name and email.
    std::optional<Attendee> match(
        const Attendee &row, const QString &lineId, bool uniqueExternalRef, bool byNameAndEmail) const;
    // A deleted attendee, matched the same ways but for name and email.
    std::optional<Attendee> matchDeleted(const Attendee &row, const QString &lineId, bool uniqueExternalRef) const;

private:
    struct Index {
        QVector<Attendee> people;
        QHash<QString, int> byCode;
        QHash<QString, QVector<int>> byExternalRef;
        QHash<QString, int> byId;
    };
    static void index(Index &index);
    static std::optional<Attendee> find(
        const Index &index, const Attendee &row, const QString &lineId, bool uniqueExternalRef);
    static QString nameAndEmail(const Attendee &a);

    Index m_known;
    Index m_deleted;
    QHash<QString, int> m_byNameAndEmail; // people on the list without a code
};
