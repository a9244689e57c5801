#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

// The event's public keys (several may be valid while keys rotate) and the
// list of revoked signed codes, as held in the event database.
class SigningKeys {
public:
    struct Key {
        int id = 0;
        QByteArray publicKey;
        QDateTime createdAt;
        bool retired = false;
    };

    explicit SigningKeys(QSqlDatabase db);

    QVector<Key> all() const;
    std::optional<Key> byId(int id) const;
    int nextId() const; // 0 when all 255 ids are taken
    // Adds a key; the same key again changes nothing, another key for a known
    // number is refused.
    [[nodiscard]] bool add(int id, const QByteArray &publicKey);
    bool retire(int id);

    bool revoke(const QString &code, const QString &attendeeId);
    bool isRevoked(const QString &code) const;
    static QString codeHash(const QString &code);

    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};
