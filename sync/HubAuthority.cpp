#include "sync/HubAuthority.h"

#include "sync/SyncLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QSaveFile>
#include <QUrl>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>
#include <memory>

namespace {

template <typename T, void (*Free)(T *)> using Owned = std::unique_ptr<T, std::integral_constant<decltype(Free), Free>>;
using Key = Owned<EVP_PKEY, EVP_PKEY_free>;
using Certificate = Owned<X509, X509_free>;

constexpr long day = 24L * 3600;
constexpr long caDays = 10L * 365;
constexpr long serverDays = 397; // what browsers accept of any CA
constexpr long renewDays = 30;

const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writePrivate(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.setPermissions(ownerOnly))
        return false;
    return file.commit();
}

Certificate certificateFrom(const QByteArray &pem)
{
    Owned<BIO, BIO_free_all> in(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Certificate(pem.isEmpty() ? nullptr : PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr));
}

Key keyFrom(const QByteArray &pem)
{
    Owned<BIO, BIO_free_all> in(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Key(pem.isEmpty() ? nullptr : PEM_read_bio_PrivateKey(in.get(), nullptr, nullptr, nullptr));
}

QByteArray pemOf(X509 *certificate, EVP_PKEY *key)
{
    Owned<BIO, BIO_free_all> out(BIO_new(BIO_s_mem()));
    if ((certificate && PEM_write_bio_X509(out.get(), certificate) != 1)
        || (key && PEM_write_bio_PrivateKey(out.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1))
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, int(size));
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData());
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

// "IP:192.168.1.10,DNS:hub.local": what the server certificate covers.
QByteArray subjectAltNames(const QStringList &names)
{
    QStringList entries;
    for (const QString &name : names) {
        const QHostAddress address(name);
        entries << (address.isNull() ? QStringLiteral("DNS:") + name : QStringLiteral("IP:") + address.toString());
    }
    return entries.join(QLatin1Char(',')).toUtf8();
}

// A certificate for `key` named `commonName`, signed by the issuer (itself when null).
Certificate issue(EVP_PKEY *key, const QString &commonName, X509 *issuer, EVP_PKEY *issuerKey, bool authority,
    const QStringList &names)
{
    Certificate certificate(X509_new());
    unsigned char serial[16];
    if (!certificate || RAND_bytes(serial, sizeof serial) != 1)
        return nullptr;
    serial[0] &= 0x7f;
    Owned<BIGNUM, BN_free> number(BN_bin2bn(serial, sizeof serial, nullptr));
    X509 *c = certificate.get();
    X509_set_version(c, 2);
    BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(c));
    X509_gmtime_adj(X509_getm_notBefore(c), -day);
    X509_gmtime_adj(X509_getm_notAfter(c), (authority ? caDays : serverDays) * day);
    X509_set_pubkey(c, key);
    X509_NAME *name = X509_get_subject_name(c);
    const QByteArray cn = commonName.toUtf8().left(64);
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()), -1, 0);
    X509_NAME_add_entry_by_txt(
        name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Accueil hub"), -1, -1, 0);
    X509_set_issuer_name(c, issuer ? X509_get_subject_name(issuer) : name);
    X509 *signer = issuer ? issuer : c;
    const bool extended = authority ? addExtension(c, signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
            && addExtension(c, signer, NID_key_usage, "critical,keyCertSign,cRLSign")
            && addExtension(c, signer, NID_subject_key_identifier, "hash")
            && addExtension(c, signer, NID_authority_key_identifier, "keyid:always")
                                    : addExtension(c, signer, NID_basic_constraints, "critical,CA:FALSE")
            && addExtension(c, signer, NID_key_usage, "critical,digitalSignature,keyAgreement")
            && addExtension(c, signer, NID_ext_key_usage, "serverAuth")
            && addExtension(c, signer, NID_subject_key_identifier, "hash")
            && addExtension(c, signer, NID_authority_key_identifier, "keyid:always")
            && addExtension(c, signer, NID_subject_alt_name, subjectAltNames(names));
    if (!extended || X509_sign(c, issuerKey, EVP_sha256()) == 0)
        return nullptr;
    return certificate;
}

// Whether a server certificate was signed by the CA, covers every name and
// lives more than `renewDays` still.
bool stillServes(X509 *server, EVP_PKEY *authorityKey, const QStringList &names)
{
    if (!server || X509_verify(server, authorityKey) != 1)
        return false;
    time_t soon = time(nullptr) + renewDays * day;
    if (X509_cmp_time(X509_get0_notAfter(server), &soon) <= 0)
        return false;
    for (const QString &name : names) {
        const QByteArray text = name.toUtf8();
        const bool covered = QHostAddress(name).isNull()
            ? X509_check_host(server, text.constData(), size_t(text.size()), 0, nullptr) == 1
            : X509_check_ip_asc(server, QHostAddress(name).toString().toLatin1().constData(), 0) == 1;
        if (!covered)
            return false;
    }
    return true;
}

} // namespace

QString HubAuthority::caPath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("hub-ca.pem"));
}

QStringList HubAuthority::defaultNames(const QHostAddress &listen, const QString &hubUrl)
{
    QStringList names { QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1") };
    const bool everywhere
        = listen == QHostAddress::Any || listen == QHostAddress::AnyIPv4 || listen == QHostAddress::AnyIPv6;
    if (everywhere) {
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (!address.isLinkLocal() && address.scopeId().isEmpty())
                names << address.toString();
        }
    } else if (!listen.isNull()) {
        names << listen.toString();
    }
    const QString host = QHostInfo::localHostName().toLower();
    if (!host.isEmpty() && host != QLatin1String("localhost")) {
        names << host;
        if (!host.contains(QLatin1Char('.')))
            names << host + QStringLiteral(".local");
    }
    const QString urlHost = QUrl(hubUrl).host().toLower();
    if (!urlHost.isEmpty())
        names << urlHost;
    names.removeDuplicates();
    return names;
}

TlsIdentity HubAuthority::loadOrCreate(
    const QString &folder, const QString &eventName, const QStringList &names, QString *error)
{
    const QDir dir(folder);
    const QString caKeyPath = dir.filePath(QStringLiteral("hub-ca-key.pem"));
    const QString serverPath = dir.filePath(QStringLiteral("hub-certificate.pem"));
    const QString serverKeyPath = dir.filePath(QStringLiteral("hub-key.pem"));
    const QString legacyPath = dir.filePath(QStringLiteral("hub-legacy-certificate.pem"));
    auto fail = [&](const QString &message) {
        *error = message;
        return TlsIdentity();
    };
    const QString cannotMake
        = QCoreApplication::translate("TlsIdentity", "Cannot make the hub's certificates in %1.").arg(folder);
    if (!QDir().mkpath(folder) || !QFile::setPermissions(folder, ownerOnly | QFileDevice::ExeOwner))
        return fail(cannotMake);

    Certificate authority = certificateFrom(readFile(caPath(folder)));
    Key authorityKey = keyFrom(readFile(caKeyPath));
    if (!authority || !authorityKey) {
        // An older hub's self-signed certificate: its key signs from now on,
        // and the certificate is still shown for the devices that pinned it.
        Certificate old = certificateFrom(readFile(serverPath));
        Key oldKey = keyFrom(readFile(serverKeyPath));
        const bool migrate = old && oldKey && X509_check_issued(old.get(), old.get()) == X509_V_OK
            && X509_check_private_key(old.get(), oldKey.get()) == 1;
        if (migrate) {
            if (!writePrivate(legacyPath, pemOf(old.get(), nullptr)))
                return fail(cannotMake);
            authorityKey = std::move(oldKey);
            qCInfo(lcSync).noquote() << "the hub's certificate becomes its CA's key; devices keep their pin";
        } else {
            authorityKey.reset(EVP_EC_gen("P-256"));
        }
        const QString caName = eventName.isEmpty() ? QStringLiteral("Accueil hub CA")
                                                   : QStringLiteral("Accueil hub CA — %1").arg(eventName.left(40));
        authority = authorityKey ? issue(authorityKey.get(), caName, nullptr, authorityKey.get(), true, {}) : nullptr;
        if (!authority || !writePrivate(caKeyPath, pemOf(nullptr, authorityKey.get()))
            || !writePrivate(caPath(folder), pemOf(authority.get(), nullptr)))
            return fail(cannotMake);
    }

    Certificate server = certificateFrom(readFile(serverPath));
    if (!stillServes(server.get(), authorityKey.get(), names) || !keyFrom(readFile(serverKeyPath))) {
        Key serverKey(EVP_EC_gen("P-256"));
        QString serverName = QStringLiteral("localhost");
        for (const QString &name : names) {
            if (!QHostAddress(name).isLoopback() && name != QLatin1String("localhost")) {
                serverName = name;
                break;
            }
        }
        server = serverKey ? issue(serverKey.get(), serverName, authority.get(), authorityKey.get(), false, names)
                           : nullptr;
        if (!server || !writePrivate(serverKeyPath, pemOf(nullptr, serverKey.get()))
            || !writePrivate(serverPath, pemOf(server.get(), nullptr)))
            return fail(cannotMake);
        qCInfo(lcSync).noquote() << "new server certificate for" << names.join(QLatin1String(", "));
    }

    TlsIdentity identity = TlsIdentity::read(serverPath, serverKeyPath, error);
    if (!identity.isValid())
        return identity;
    identity.m_authority = QSslCertificate(readFile(caPath(folder)), QSsl::Pem);
    identity.m_chain = { identity.m_authority };
    if (QFile::exists(legacyPath))
        identity.m_chain << QSslCertificate(readFile(legacyPath), QSsl::Pem);
    return identity;
}
