#include "sync/TlsIdentity.h"

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

QByteArray bioText(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

// A self-signed EC P-256 certificate for `commonName`, as PEM certificate and key.
bool makeSelfSigned(const QString &commonName, QByteArray *certificatePem, QByteArray *keyPem)
{
    Owned<EVP_PKEY, EVP_PKEY_free> key(EVP_EC_gen("P-256"));
    Owned<X509, X509_free> certificate(X509_new());
    if (!key || !certificate)
        return false;
    X509_set_version(certificate.get(), 2);
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return false;
    serial[0] &= 0x7f;
    Owned<BIGNUM, BN_free> number(BN_bin2bn(serial, sizeof serial, nullptr));
    BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(certificate.get()));
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -24 * 3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 10L * 365 * 24 * 3600);
    X509_set_pubkey(certificate.get(), key.get());
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const QByteArray cn = commonName.toUtf8().left(64);
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()), -1, 0);
    X509_NAME_add_entry_by_txt(
        name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Accueil hub"), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) == 0)
        return false;
    Owned<BIO, BIO_free_all> certOut(BIO_new(BIO_s_mem()));
    Owned<BIO, BIO_free_all> keyOut(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certOut.get(), certificate.get()) != 1
        || PEM_write_bio_PrivateKey(keyOut.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return false;
    *certificatePem = bioText(certOut.get());
    *keyPem = bioText(keyOut.get());
    return true;
}

bool writePrivate(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(data);
    if (!file.setPermissions(permissions))
        return false;
    return file.commit();
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
    const QString certificatePath = QDir(folder).filePath(QStringLiteral("hub-certificate.pem"));
    const QString keyPath = QDir(folder).filePath(QStringLiteral("hub-key.pem"));
    if (!QFile::exists(certificatePath) || !QFile::exists(keyPath)) {
        QByteArray certificatePem;
        QByteArray keyPem;
        if (!QDir().mkpath(folder)
            || !QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)
            || !makeSelfSigned(commonName, &certificatePem, &keyPem)
            || !writePrivate(keyPath, keyPem, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || !writePrivate(certificatePath, certificatePem,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
            *error = QCoreApplication::translate("TlsIdentity", "Cannot make the hub's certificate in %1.").arg(folder);
            return TlsIdentity();
        }
    }
    return read(certificatePath, keyPath, error);
}

QSslConfiguration TlsIdentity::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_certificate);
    configuration.setPrivateKey(m_key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

QString TlsIdentity::fingerprint() const
{
    return fingerprintOf(m_certificate);
}

QString TlsIdentity::fingerprintOf(const QSslCertificate &certificate)
{
    return QStringLiteral("sha256:") + QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}
