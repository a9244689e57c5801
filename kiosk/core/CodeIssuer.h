#pragma once

#include "kiosk/core/Attendee.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>
#include <QVector>

#include <functional>
#include <optional>

class EventStore;

// The one operation that issues signed codes (the `accueil issue` command and
// the hub's console both use it): picks who gets a code, signs it with the
// event's private key, revokes the code it replaces, and saves the attendee
// as a versioned change in one transaction, so that devices receive it by sync.
class CodeIssuer {
    Q_DECLARE_TR_FUNCTIONS(CodeIssuer)

public:
    struct Key {
        int id = 0;
        QByteArray secretKey;
        QString path;
    };
    struct Choice {
        QStringList wanted; // ids or codes
        bool missing = false; // everyone registered without a code (also when `wanted` is empty)
        bool everyone = false; // everyone registered, replacing their codes
        bool replace = false; // a new code for the people named who have one
    };
    struct Validity {
        QDateTime from; // invalid: no lower bound
        QDateTime until; // invalid: no upper bound
    };
    // Called for each new code before it is saved; a non-empty answer (what
    // went wrong) undoes the whole issue.
    using Keep = std::function<QString(const Attendee &issued, int done, int total)>;

    explicit CodeIssuer(EventStore &store);

    // Where `accueil keygen` puts key N of the event database at `dbPath`.
    static QString defaultKeyFile(const QString &dbPath, int keyId);
    // The newest unretired key's file beside the database; empty when none.
    QString findKeyFile() const;
    // The private key in `path` (or found beside the database when empty).
    std::optional<Key> loadKey(const QString &path, QString *error) const;
    // "2026-07-09" (start or end of that day in `zone`) or an ISO date-time; invalid when neither.
    static QDateTime parseLimit(const QString &text, const QTimeZone &zone, bool endOfDay);

    // Who gets a code; the people that cannot get one are named in `problems`.
    QVector<Attendee> choose(const Choice &choice, QStringList *problems) const;
    // Signs and saves a code for each; the attendees with their new codes,
    // or nullopt with the reason in `error`.
    [[nodiscard]] std::optional<QVector<Attendee>> issue(const Key &key, const QVector<Attendee> &chosen,
        const Validity &validity, const QString &device, const Keep &keep, QString *error);
    // Everyone who holds a code now, by name (the mail-merge list).
    QVector<Attendee> holders() const;

private:
    EventStore &m_store;
};
