#include "kiosk/codes/SignedCode.h"

#include "kiosk/codes/Base32.h"

#include <QDataStream>
#include <QIODevice>
#include <sodium.h>

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

quint32 minutes(const QDateTime &t)
{
    return t.isValid() ? quint32(std::max<qint64>(1, t.toSecsSinceEpoch() / 60)) : 0;
}

QDateTime fromMinutes(quint32 m)
{
    return m == 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(qint64(m) * 60, Qt::UTC);
}

// At most 63 bytes of UTF-8, cut on a character boundary.
QByteArray shortUtf8(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.size() <= 63)
        return bytes;
    int cut = 63;
    while (cut > 0 && (quint8(bytes.at(cut)) & 0xC0) == 0x80)
        --cut;
    return bytes.left(cut);
}

void writeText(QDataStream &out, const QString &text)
{
    const QByteArray bytes = shortUtf8(text);
    out << quint8(bytes.size());
    out.writeRawData(bytes.constData(), int(bytes.size()));
}

bool readText(QDataStream &in, QString *text)
{
    quint8 size = 0;
    in >> size;
    QByteArray bytes(size, Qt::Uninitialized);
    if (in.readRawData(bytes.data(), size) != size)
        return false;
    *text = QString::fromUtf8(bytes);
    return true;
}

} // namespace

QByteArray SignedCode::eventTagFor(const QString &eventId)
{
    sodiumReady();
    const QByteArray id = eventId.toUtf8();
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(hash, reinterpret_cast<const unsigned char *>(id.constData()), quint64(id.size()));
    return QByteArray(reinterpret_cast<const char *>(hash), 8);
}

QByteArray SignedCode::payload() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::BigEndian);
    out << version << keyId;
    out.writeRawData(eventTag.leftJustified(8, '\0', true).constData(), 8);
    out.writeRawData(attendeeId.toRfc4122().constData(), 16);
    out << minutes(validFrom) << minutes(validUntil);
    writeText(out, firstName);
    writeText(out, lastName);
    writeText(out, category);
    return bytes;
}

QString SignedCode::sign(const QByteArray &secretKey) const
{
    sodiumReady();
    const QByteArray message = payload();
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char *>(message.constData()),
        quint64(message.size()), reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return prefix() + Base32::encode(message + QByteArray(reinterpret_cast<const char *>(sig), crypto_sign_BYTES));
}

std::optional<SignedCode> SignedCode::parse(const QString &text)
{
    if (!looksSigned(text))
        return std::nullopt;
    const auto bytes = Base32::decode(text.mid(prefix().size()));
    if (!bytes || bytes->size() < 35 + signatureSize)
        return std::nullopt;
    SignedCode code;
    code.signedBytes = bytes->left(bytes->size() - signatureSize);
    code.signature = bytes->right(signatureSize);
    QDataStream in(code.signedBytes);
    in.setByteOrder(QDataStream::BigEndian);
    in >> code.version >> code.keyId;
    if (code.version != formatVersion)
        return code; // the caller reports the unknown version
    QByteArray tag(8, Qt::Uninitialized);
    QByteArray uuid(16, Qt::Uninitialized);
    in.readRawData(tag.data(), 8);
    in.readRawData(uuid.data(), 16);
    code.eventTag = tag;
    code.attendeeId = QUuid::fromRfc4122(uuid);
    quint32 from = 0;
    quint32 until = 0;
    in >> from >> until;
    code.validFrom = fromMinutes(from);
    code.validUntil = fromMinutes(until);
    if (!readText(in, &code.firstName) || !readText(in, &code.lastName) || !readText(in, &code.category)
        || in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return code;
}

bool SignedCode::verify(const QByteArray &publicKey) const
{
    sodiumReady();
    if (publicKey.size() != publicKeySize || signature.size() != signatureSize)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(signedBytes.constData()), quint64(signedBytes.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

void SignedCode::generateKeyPair(QByteArray *publicKey, QByteArray *secretKey)
{
    sodiumReady();
    publicKey->resize(crypto_sign_PUBLICKEYBYTES);
    secretKey->resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(
        reinterpret_cast<unsigned char *>(publicKey->data()), reinterpret_cast<unsigned char *>(secretKey->data()));
}
