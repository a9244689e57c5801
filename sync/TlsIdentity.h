#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

// The hub's TLS identity: a certificate and its private key, read from PEM
// files or, when none are given, made once and kept beside the hub's data
// (key file mode 0600). Devices pin the certificate's SHA-256 fingerprint.
class TlsIdentity {
public:
    // Reads a certificate and a key of any algorithm Qt supports (RSA, EC,
    // DSA); an unusable pair is an error, never a silent failure at handshake.
    [[nodiscard]] static TlsIdentity read(const QString &certificatePath, const QString &keyPath, QString *error);
    // Reads the pair in `folder`, or makes an EC P-256 pair valid ten years.
    [[nodiscard]] static TlsIdentity loadOrCreate(const QString &folder, const QString &commonName, QString *error);

    bool isValid() const { return !m_certificate.isNull() && !m_key.isNull(); }
    QSslConfiguration serverConfiguration() const;
    QSslCertificate certificate() const { return m_certificate; }
    // "sha256:" and the hexadecimal digest of the certificate (DER).
    QString fingerprint() const;
    static QString fingerprintOf(const QSslCertificate &certificate);

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};
