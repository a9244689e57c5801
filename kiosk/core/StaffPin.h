#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <functional>

class EventStore;

// The staff PIN of a kiosk: kept as an Argon2id hash (libsodium's
// crypto_pwhash_str, costly on purpose so that a copied configuration does
// not give the PIN away), checked with a lockout that grows after repeated
// failures and lives in the event database, so that a restart does not reset it.
class StaffPin {
    Q_DECLARE_TR_FUNCTIONS(StaffPin)

public:
    enum class Result { Accepted, Wrong, LockedOut, NoPin, OutdatedHash };
    struct Verdict {
        Result result = Result::Wrong;
        int retryAfterSeconds = 0; // LockedOut: how long until the next try
        QString message; // translated, for staff; empty when accepted
    };
    using Clock = std::function<QDateTime()>; // UTC

    // Argon2id: about 0.3 s of CPU and 128 MiB per hash or check.
    static constexpr unsigned long long opsLimit = 3;
    static constexpr size_t memLimit = size_t(128) << 20;
    static constexpr int freeAttempts = 5; // wrong PINs before the first lockout
    static constexpr int firstLockoutSeconds = 60; // then doubled at each further failure
    static constexpr int longestLockoutSeconds = 3600;

    // "$argon2id$..." for the configuration; empty if the hash could not be made.
    static QString hash(const QString &pin);
    // 4 to 12 digits: what the staff screen's keypad can type.
    static bool isAcceptablePin(const QString &pin);
    static bool isCurrentHash(const QString &stored);
    // The hash as read by QSettings: an unquoted "$argon2id$...,t=3,p=1$..."
    // comes back as a list split at its commas.
    static QString hashFromSetting(const QVariant &value);

    StaffPin(EventStore &store, QString storedHash, Clock clock = {});
    [[nodiscard]] Verdict check(const QString &pin);
    // Seconds until a PIN may be tried again (0: now).
    int lockedForSeconds() const;

private:
    EventStore &m_store;
    QString m_hash;
    Clock m_now;
};
