#pragma once

#include "sync/HttpMessage.h"

#include <QCoreApplication>
#include <QJsonObject>

class EventStore;

// The console's codes page: whether the hub holds the event's private key,
// issuing signed codes through the core's one operation (CodeIssuer), and the
// mail-merge downloads: a CSV (reference, names, email, code, image) and a
// ZIP of the QR images named by reference, with the same CSV inside.
class ConsoleCodes {
    Q_DECLARE_TR_FUNCTIONS(ConsoleCodes)

public:
    // `keyFile` empty: the newest key file beside a SQLite database.
    ConsoleCodes(EventStore &store, QString keyFile);

    QJsonObject status() const;
    // {who: "missing"|"all", valid_from, valid_until} as `accueil issue` takes them.
    HttpResponse issue(const QJsonObject &in, const QString &user);
    HttpResponse mailMergeCsv(QChar separator) const;
    HttpResponse qrArchive(QChar separator) const;

    // What a person's files are called: the registration's reference, else the id.
    static QString fileName(const QString &reference, const QString &id);

private:
    QByteArray csv(QChar separator) const;

    EventStore &m_store;
    QString m_keyFile;
};
