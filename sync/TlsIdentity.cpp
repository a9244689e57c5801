#include "sync/TlsIdentity.h"

#include "sync/HubAuthority.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSslSocket>

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include <memory>

namespace {

template <typename T, void (*Free)(T *)> using Owned = std::unique_ptr<T, std::integral_constant<decltype(Free), Free>>;

QByteArray readAll(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("TlsIdentity", "Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

} // namespace

TlsIdentity TlsIdentity::read(const QString &certificatePath, const QString &keyPath, QString *error)
{
    TlsIdentity identity;
    const QByteArray certificatePem = readAll(certificatePath, error);
    const QByteArray keyPem = certificatePem.isEmpty() ? QByteArray() : readAll(keyPath, error);
    if (keyPem.isEmpty())
        return identity;
    Owned<BIO, BIO_free_all> certIn(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    Owned<BIO, BIO_free_all> keyIn(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    Owned<X509, X509_free> certificate(PEM_read_bio_X509(certIn.get(), nullptr, nullptr, nullptr));
    Owned<EVP_PKEY, EVP_PKEY_free> key(PEM_read_bio_PrivateKey(keyIn.get(), nullptr, nullptr, nullptr));
    if (!certificate) {
        *error = QCoreApplication::translate("TlsIdentity", "%1 is not a PEM certificate.").arg(certificatePath);
        return identity;
    }
    if (!key) {
        *error = QCoreApplication::translate(
            "TlsIdentity", "%1 is not a private key this hub can use (PEM, not encrypted).")
                     .arg(keyPath);
        return identity;
    }
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        *error = QCoreApplication::translate("TlsIdentity", "The key %1 does not belong to the certificate %2.")
                     .arg(keyPath, certificatePath);
        return identity;
    }
    // Qt reads a key as RSA unless told its algorithm.
    QSsl::KeyAlgorithm algorithm = QSsl::Opaque;
    switch (EVP_PKEY_get_base_id(key.get())) {
    case EVP_PKEY_RSA:
        algorithm = QSsl::Rsa;
        break;
    case EVP_PKEY_EC:
        algorithm = QSsl::Ec;
        break;
    case EVP_PKEY_DSA:
        algorithm = QSsl::Dsa;
        break;
    case EVP_PKEY_DH:
        algorithm = QSsl::Dh;
        break;
    default:
        break;
    }
    identity.m_certificate = QSslCertificate(certificatePem, QSsl::Pem);
    if (algorithm != QSsl::Opaque)
        identity.m_key = QSslKey(keyPem, algorithm);
    if (!identity.isValid()) {
        *error = QCoreApplication::translate(
            "TlsIdentity", "%1 is not a private key this hub can use (PEM, not encrypted).")
                     .arg(keyPath);
        identity = TlsIdentity();
    }
    return identity;
}

TlsIdentity TlsIdentity::loadOrCreate(const QString &folder, const QString &commonName, QString *error)
{
    return HubAuthority::loadOrCreate(
        folder, commonName, HubAuthority::defaultNames(QHostAddress::Any, QString()), error);
}

QSslConfiguration TlsIdentity::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(QList<QSslCertificate> { m_certificate } + m_chain);
    configuration.setPrivateKey(m_key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

QString TlsIdentity::fingerprint() const
{
    return fingerprintOf(m_authority.isNull() ? m_certificate : m_authority);
}

bool TlsIdentity::chainMatchesPin(const QList<QSslCertificate> &chain, const QString &pin)
{
    if (chain.isEmpty() || pin.isEmpty())
        return false;
    if (fingerprintOf(chain.first()) == pin)
        return true;
    auto x509 = [](const QSslCertificate &c) {
        const QByteArray der = c.toDer();
        const unsigned char *data = reinterpret_cast<const unsigned char *>(der.constData());
        return Owned<X509, X509_free>(d2i_X509(nullptr, &data, long(der.size())));
    };
    const Owned<X509, X509_free> server = x509(chain.first());
    for (qsizetype i = 1; i < chain.size() && server; ++i) {
        if (fingerprintOf(chain.at(i)) != pin)
            continue;
        const Owned<X509, X509_free> pinned = x509(chain.at(i));
        EVP_PKEY *key = pinned ? X509_get0_pubkey(pinned.get()) : nullptr;
        if (key && X509_verify(server.get(), key) == 1)
            return true;
    }
    return false;
}

QString TlsIdentity::fingerprintOf(const QSslCertificate &certificate)
{
    return QStringLiteral("sha256:") + QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}
