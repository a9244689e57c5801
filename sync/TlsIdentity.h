#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

// The hub's TLS identity: a certificate and its private key, read from PEM
// files or made by the hub's own CA (HubAuthority), with the certificates
// shown after it (the CA). Devices pin the SHA-256 fingerprint of the CA when
// there is one, else of the certificate.
class TlsIdentity {
public:
    // Reads a certificate and a key of any algorithm Qt supports (RSA, EC,
    // DSA); an unusable pair is an error, never a silent failure at handshake.
    [[nodiscard]] static TlsIdentity read(const QString &certificatePath, const QString &keyPath, QString *error);
    // The identity HubAuthority keeps in `folder`, for every address of this machine.
    [[nodiscard]] static TlsIdentity loadOrCreate(const QString &folder, const QString &commonName, QString *error);

    bool isValid() const { return !m_certificate.isNull() && !m_key.isNull(); }
    QSslConfiguration serverConfiguration() const;
    QSslCertificate certificate() const { return m_certificate; }
    // The hub's CA, if the hub made its own certificate; null otherwise.
    QSslCertificate authority() const { return m_authority; }
    // What devices pin: "sha256:" and the hexadecimal digest (DER) of the CA,
    // or of the certificate when there is no CA.
    QString fingerprint() const;
    static QString fingerprintOf(const QSslCertificate &certificate);
    // Whether a server's chain (its certificate first) answers a pin: the
    // certificate is the pinned one, or a certificate of the chain is and
    // its key signed the server's certificate. A chain merely carrying the
    // (public) CA certificate beside a certificate it did not sign does not.
    static bool chainMatchesPin(const QList<QSslCertificate> &chain, const QString &pin);

private:
    friend class HubAuthority;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QSslCertificate m_authority;
    QList<QSslCertificate> m_chain; // sent after the certificate: the CA, an older hub's certificate
};
