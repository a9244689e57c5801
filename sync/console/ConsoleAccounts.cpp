#include "sync/console/ConsoleAccounts.h"

#include "kiosk/core/EventStore.h"
#include "sync/SyncLog.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <sodium.h>

namespace {

// Argon2id at libsodium's interactive limits (about 0.1 s and 64 MiB here):
// costly for someone holding a copy of the database, bearable at log-in.
const unsigned long long opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
const size_t memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString randomToken()
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStamp(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace

ConsoleAccounts::ConsoleAccounts(EventStore &store, Clock clock)
    : m_store(store)
    , m_clock(std::move(clock))
{
}

QDateTime ConsoleAccounts::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

bool ConsoleAccounts::prepare(QString *error)
{
    if (sodium_init() < 0) {
        *error = tr("The password library cannot start.");
        return false;
    }
    // Local to the hub, never replicated: kept out of the event schema.
    QSqlQuery query(m_store.database());
    const QStringList statements {
        QStringLiteral("CREATE TABLE IF NOT EXISTS console_user (name TEXT PRIMARY KEY NOT NULL, role TEXT NOT NULL, "
                       "password_hash TEXT NOT NULL, created_at TEXT NOT NULL, failures INTEGER NOT NULL DEFAULT 0, "
                       "locked_until TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS console_session (token_hash TEXT PRIMARY KEY NOT NULL, "
                       "user_name TEXT NOT NULL, csrf TEXT NOT NULL, expires_at TEXT NOT NULL)"),
    };
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = tr("Cannot prepare the console's accounts: %1").arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

bool ConsoleAccounts::addUser(const QString &name, Role role, const QString &password, QString *error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 64) {
        *error = tr("A user name has 1 to 64 characters.");
        return false;
    }
    if (password.size() < minimumPasswordLength) {
        *error = tr("The password must have at least %1 characters.").arg(minimumPasswordLength);
        return false;
    }
    const QByteArray utf8 = password.toUtf8();
    char hashed[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hashed, utf8.constData(), quint64(utf8.size()), opsLimit, memLimit) != 0) {
        *error = tr("Not enough memory to hash the password.");
        return false;
    }
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT 1 FROM console_user WHERE name = ?"));
    query.addBindValue(trimmed);
    if (query.exec() && query.next()) {
        // A new password for an existing user: their sessions end.
        query.prepare(QStringLiteral("UPDATE console_user SET role = ?, password_hash = ?, failures = 0, "
                                     "locked_until = NULL WHERE name = ?"));
        query.addBindValue(roleName(role));
        query.addBindValue(QString::fromLatin1(hashed));
        query.addBindValue(trimmed);
    } else {
        query.prepare(QStringLiteral("INSERT INTO console_user (name, role, password_hash, created_at) "
                                     "VALUES (?, ?, ?, ?)"));
        query.addBindValue(trimmed);
        query.addBindValue(roleName(role));
        query.addBindValue(QString::fromLatin1(hashed));
        query.addBindValue(stamp(now()));
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    query.prepare(QStringLiteral("DELETE FROM console_session WHERE user_name = ?"));
    query.addBindValue(trimmed);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool ConsoleAccounts::removeUser(const QString &name, QString *error)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM console_user WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() == 0) {
        *error = tr("There is no user %1.").arg(name);
        return false;
    }
    query.prepare(QStringLiteral("DELETE FROM console_session WHERE user_name = ?"));
    query.addBindValue(name);
    return query.exec();
}

QVector<ConsoleAccounts::User> ConsoleAccounts::users() const
{
    QVector<User> list;
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT name, role, created_at FROM console_user ORDER BY name")))
        return list;
    while (query.next()) {
        list.append(User { query.value(0).toString(), roleFromName(query.value(1).toString()).value_or(Role::Viewer),
            fromStamp(query.value(2).toString()) });
    }
    return list;
}

ConsoleAccounts::Login ConsoleAccounts::logIn(const QString &name, const QString &password)
{
    Login login;
    const QDateTime t = now();
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT role, password_hash, failures, locked_until FROM console_user WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        // The same work as for a real account, so that timing does not tell names.
        char hashed[crypto_pwhash_STRBYTES];
        const QByteArray utf8 = password.toUtf8();
        if (crypto_pwhash_str(hashed, utf8.constData(), quint64(utf8.size()), opsLimit, memLimit) != 0)
            qCWarning(lcSync) << "console: not enough memory to hash a password";
        return login;
    }
    const std::optional<Role> role = roleFromName(query.value(0).toString());
    const QByteArray stored = query.value(1).toString().toLatin1();
    const int failures = query.value(2).toInt();
    const QDateTime lockedUntil = fromStamp(query.value(3).toString());
    query.finish();
    if (lockedUntil.isValid() && lockedUntil > t) {
        // A clock set back must not lock someone out for longer than the longest lockout.
        login.retryAfterSeconds
            = int(std::min<qint64>(longestLockoutSeconds, std::max<qint64>(1, t.secsTo(lockedUntil))));
        return login;
    }
    const QByteArray utf8 = password.toUtf8();
    const bool right
        = role && crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    QSqlQuery update(m_store.database());
    if (!right) {
        const int count = failures + 1;
        QDateTime until;
        if (count >= freeAttempts)
            until
                = t.addSecs(std::min(longestLockoutSeconds, firstLockoutSeconds << std::min(count - freeAttempts, 8)));
        update.prepare(QStringLiteral("UPDATE console_user SET failures = ?, locked_until = ? WHERE name = ?"));
        update.addBindValue(count);
        update.addBindValue(until.isValid() ? QVariant(stamp(until)) : QVariant(QMetaType::fromType<QString>()));
        update.addBindValue(name);
        (void)update.exec();
        qCWarning(lcSync).noquote() << "console: wrong password for" << name << "(" << count << "in a row)";
        if (until.isValid())
            login.retryAfterSeconds = int(t.secsTo(until));
        return login;
    }
    update.prepare(QStringLiteral("UPDATE console_user SET failures = 0, locked_until = NULL WHERE name = ?"));
    update.addBindValue(name);
    (void)update.exec();
    // Expired sessions go whenever someone logs in.
    update.prepare(QStringLiteral("DELETE FROM console_session WHERE expires_at < ?"));
    update.addBindValue(stamp(t));
    (void)update.exec();

    login.token = randomToken();
    login.session = Session { name, *role, randomToken(), t.addSecs(qint64(sessionHours) * 3600) };
    update.prepare(QStringLiteral("INSERT INTO console_session (token_hash, user_name, csrf, expires_at) "
                                  "VALUES (?, ?, ?, ?)"));
    update.addBindValue(tokenHash(login.token));
    update.addBindValue(name);
    update.addBindValue(login.session.csrf);
    update.addBindValue(stamp(login.session.expiresAt));
    if (!update.exec()) {
        qCWarning(lcSync).noquote() << "console: cannot keep a session:" << update.lastError().text();
        return Login {};
    }
    login.ok = true;
    return login;
}

std::optional<ConsoleAccounts::Session> ConsoleAccounts::session(const QString &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT s.user_name, u.role, s.csrf, s.expires_at FROM console_session s "
                                 "JOIN console_user u ON u.name = s.user_name WHERE s.token_hash = ?"));
    query.addBindValue(tokenHash(token));
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QDateTime expires = fromStamp(query.value(3).toString());
    const std::optional<Role> role = roleFromName(query.value(1).toString());
    if (!role || !expires.isValid() || expires <= now())
        return std::nullopt;
    return Session { query.value(0).toString(), *role, query.value(2).toString(), expires };
}

void ConsoleAccounts::logOut(const QString &token)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM console_session WHERE token_hash = ?"));
    query.addBindValue(tokenHash(token));
    (void)query.exec();
}

QString ConsoleAccounts::roleName(Role role)
{
    return role == Role::Organiser ? QStringLiteral("organiser") : QStringLiteral("viewer");
}

std::optional<ConsoleAccounts::Role> ConsoleAccounts::roleFromName(const QString &name)
{
    if (name == QLatin1String("organiser"))
        return Role::Organiser;
    if (name == QLatin1String("viewer"))
        return Role::Viewer;
    return std::nullopt;
}
