#include "kiosk/codes/SigningKeys.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {
SigningKeys::Key fromQuery(const QSqlQuery &q)
{
    return SigningKeys::Key { q.value(0).toInt(), QByteArray::fromHex(q.value(1).toByteArray()),
        QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs), q.value(3).toBool() };
}
} // namespace

SigningKeys::SigningKeys(QSqlDatabase db)
    : m_db(db)
{
}

QVector<SigningKeys::Key> SigningKeys::all() const
{
    QVector<Key> keys;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT key_id, public_key, created_at, retired FROM signing_key ORDER BY key_id"))) {
        while (q.next())
            keys << fromQuery(q);
    }
    return keys;
}

std::optional<SigningKeys::Key> SigningKeys::byId(int id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT key_id, public_key, created_at, retired FROM signing_key WHERE key_id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

int SigningKeys::nextId() const
{
    QSqlQuery q(m_db);
    const int next = q.exec(QStringLiteral("SELECT coalesce(max(key_id), 0) + 1 FROM signing_key")) && q.next()
        ? q.value(0).toInt()
        : 1;
    return next <= 255 ? next : 0;
}

bool SigningKeys::add(int id, const QByteArray &publicKey)
{
    // A key number keeps its key for ever: whoever offers another one for it
    // (a rogue hub, a mistake) is refused, and a withdrawn key stays withdrawn.
    if (const auto known = byId(id)) {
        if (known->publicKey == publicKey)
            return true;
        m_error = QCoreApplication::translate(
            "SigningKeys", "Key %1 is already known with another value; a key is never replaced.")
                      .arg(id);
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO signing_key (key_id, public_key, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(QString::fromLatin1(publicKey.toHex()));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool SigningKeys::retire(int id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE signing_key SET retired = 1 WHERE key_id = ?"));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

QString SigningKeys::codeHash(const QString &code)
{
    return QString::fromLatin1(QCryptographicHash::hash(code.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool SigningKeys::revoke(const QString &code, const QString &attendeeId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO revoked_code (code_hash, attendee_id, revoked_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(codeHash(code));
    q.addBindValue(attendeeId);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool SigningKeys::isRevoked(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM revoked_code WHERE code_hash = ?"));
    q.addBindValue(codeHash(code));
    return q.exec() && q.next();
}
