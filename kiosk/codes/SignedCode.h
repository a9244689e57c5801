#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>
#include <optional>

// A confirmation code issued and signed by Accueil (Ed25519, libsodium): it
// carries what a kiosk needs to admit someone it has never heard of. The byte
// layout is documented in SIGNED_CODES.md beside this file.
struct SignedCode {
    static constexpr quint8 formatVersion = 1;
    static constexpr int signatureSize = 64;
    static constexpr int publicKeySize = 32;
    static constexpr int secretKeySize = 64;

    quint8 version = formatVersion;
    quint8 keyId = 1;
    QByteArray eventTag; // 8 bytes
    QUuid attendeeId;
    QDateTime validFrom; // invalid: no lower bound
    QDateTime validUntil; // invalid: no upper bound
    QString firstName;
    QString lastName;
    QString category;

    QByteArray signedBytes; // what the signature covers (after parse)
    QByteArray signature; // 64 bytes (after parse)

    static QString prefix() { return QStringLiteral("AC1."); }
    static bool looksSigned(const QString &text) { return text.startsWith(prefix()); }
    static QByteArray eventTagFor(const QString &eventId);

    // The text to put in the QR code, signed with a 64-byte secret key.
    QString sign(const QByteArray &secretKey) const;
    // Reads the fields; says nothing about the signature (see CodeVerifier).
    static std::optional<SignedCode> parse(const QString &text);
    bool verify(const QByteArray &publicKey) const;

    // A new Ed25519 key pair.
    static void generateKeyPair(QByteArray *publicKey, QByteArray *secretKey);

private:
    QByteArray payload() const;
};
