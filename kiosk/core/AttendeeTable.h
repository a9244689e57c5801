#pragma once

#include <QStringList>

#include "kiosk/core/Attendee.h"

#include <QSqlDatabase>
#include <QVector>
#include <optional>

// Reads and writes attendee rows and keeps the search index in step with them.
// Callers own the transaction.
class AttendeeTable {
public:
    explicit AttendeeTable(QSqlDatabase db);

    std::optional<Attendee> byId(const QString &id) const;
    // The categories of the people on the list, in order: the choices for a walk-in.
    QStringList categories() const;
    std::optional<Attendee> byCode(const QString &code) const;
    // The exact code first, else the one attendee whose code differs only in
    // case (typed or scanned in the other case); none when that is ambiguous.
    std::optional<Attendee> byCodeAnyCase(const QString &code) const;
    QVector<Attendee> byExternalRef(const QString &externalRef) const;
    // A deleted attendee (its tombstone, `deleted` set) by id, or by code in
    // either case: what the check-in service refuses and the importer skips.
    std::optional<Attendee> tombstone(const QString &id) const;
    std::optional<Attendee> tombstoneByCode(const QString &code) const;
    // Every tombstone, for an import to match against.
    QVector<Attendee> allTombstones() const;
    QVector<Attendee> all() const;
    // The rows with these search-index row ids, in the same order.
    QVector<Attendee> byRowIds(const QVector<qint64> &rowIds) const;
    int countRegistered() const;

    // Insert a new attendee or replace the one with the same id. A local edit
    // waits to be pushed to the hub; one received from the hub does not.
    enum class Origin { Local, FromHub };
    [[nodiscard]] bool save(const Attendee &attendee, Origin origin = Origin::Local);
    // save() for many attendees with statements prepared once (an import).
    [[nodiscard]] bool saveAll(const QVector<Attendee> &attendees, Origin origin = Origin::Local);
    // Marks a deletion (a tombstone, so that it replicates).
    // `device`, when given, is recorded as the one that deleted the record.
    [[nodiscard]] bool remove(
        const QString &id, const QString &version, Origin origin = Origin::Local, const QString &device = QString());
    // Local edits not yet acknowledged by the hub.
    QVector<Attendee> pendingPush() const;
    bool markPushed(const QString &id, const QString &version);
    QString errorString() const { return m_error; }

    // What the SQLite search index holds for one name or organisation: its
    // folded words, and the joined forms of hyphenated or apostrophe names.
    struct IndexText {
        QString words;
        QStringList joined;
    };
    static IndexText indexText(const QString &text);

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};
