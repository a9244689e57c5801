#pragma once

#include "sync/TlsIdentity.h"

#include <QHostAddress>
#include <QStringList>

// The hub's own small certificate authority, kept in the hub's TLS folder:
// a CA (hub-ca.pem, hub-ca-key.pem) that organisers install once on their
// laptops and phones, and the server certificate it signs (hub-certificate.pem,
// hub-key.pem) for the hub's addresses and names. The server certificate is
// made again, by the same CA, when it lacks one of them or nears its end; the
// CA stays, so browsers and enrolled devices keep trusting the hub. Devices
// enrolled from now on pin the CA's fingerprint. A folder holding the
// self-signed certificate of an older hub is migrated: its key becomes the
// CA's key and its certificate is still shown, so devices pinned to it go on.
// Every file is mode 0600.
class HubAuthority {
public:
    [[nodiscard]] static TlsIdentity loadOrCreate(
        const QString &folder, const QString &eventName, const QStringList &names, QString *error);
    // The CA certificate's path in a TLS folder (it may not exist yet).
    static QString caPath(const QString &folder);
    // What the server certificate covers: the listening address (every
    // address of the machine when it listens on all), loopback, the machine's
    // host name and NAME.local, and the host of the devices' URL.
    static QStringList defaultNames(const QHostAddress &listen, const QString &hubUrl);
};
