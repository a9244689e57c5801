#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

class EventStore;

// The organisers' accounts of the console and their browser sessions, in the
// hub's database (SQLite or PostgreSQL): passwords kept as Argon2id hashes,
// a lockout per account that grows after repeated failures and survives a
// restart, and sessions kept as hashes of their tokens with an expiry.
class ConsoleAccounts {
    Q_DECLARE_TR_FUNCTIONS(ConsoleAccounts)

public:
    enum class Role { Organiser, Viewer };
    struct User {
        QString name;
        Role role = Role::Viewer;
        QDateTime createdAt;
    };
    struct Session {
        QString user;
        Role role = Role::Viewer;
        QString csrf; // to be sent back with every change
        QDateTime expiresAt;
    };
    struct Login {
        bool ok = false;
        int retryAfterSeconds = 0; // locked out: how long until the next try
        QString token; // the session cookie's value
        Session session;
    };
    using Clock = std::function<QDateTime()>; // UTC

    static constexpr int freeAttempts = 5;
    static constexpr int firstLockoutSeconds = 30; // doubled at each further failure
    static constexpr int longestLockoutSeconds = 3600;
    static constexpr int sessionHours = 12;
    static constexpr int minimumPasswordLength = 10;

    explicit ConsoleAccounts(EventStore &store, Clock clock = {});
    // Creates the tables when they are missing; false (and *error) when it cannot.
    [[nodiscard]] bool prepare(QString *error);

    [[nodiscard]] bool addUser(const QString &name, Role role, const QString &password, QString *error);
    [[nodiscard]] bool removeUser(const QString &name, QString *error);
    QVector<User> users() const;

    [[nodiscard]] Login logIn(const QString &name, const QString &password);
    std::optional<Session> session(const QString &token) const;
    void logOut(const QString &token);

    static QString roleName(Role role);
    static std::optional<Role> roleFromName(const QString &name);

private:
    QDateTime now() const;

    EventStore &m_store;
    Clock m_clock;
};
