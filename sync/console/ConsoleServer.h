#pragma once

#include "sync/HttpServer.h"
#include "sync/console/ConsoleAccounts.h"
#include "sync/console/ConsoleApi.h"

#include <QObject>
#include <QTimer>

#include <vector>

class EventStore;
class HubService;

// The organisers' console under /console/: its pages (files built into the
// binary), log-in and log-out, the JSON API (ConsoleApi) behind a session
// cookie and a CSRF token, and server-sent events that tell open pages when
// anything changed. Nothing but the log-in page and its files answers without
// a valid session.
class ConsoleServer : public QObject {
    Q_OBJECT

public:
    static constexpr int maxStreams = 64;
    static constexpr int heartbeatMs = 15000;
    static constexpr int maxCertificateJobs = 2;

    ConsoleServer(EventStore &store, HubService &service, const ConsoleApi::Hub &hub, QObject *parent = nullptr);
    [[nodiscard]] bool prepare(QString *error);

    static bool isConsolePath(const QString &path);
    void handle(const HttpRequest &request, const HttpResponder &responder);
    // Tells every open page that the change log moved to `latest`.
    void notifyChanges(qint64 latest);
    int streamCount() const { return int(m_streams.size()); }

private:
    struct Stream {
        HttpResponder responder;
        QString token;
    };
    void serveFile(const HttpRequest &request, const HttpResponder &responder);
    void logIn(const HttpRequest &request, const HttpResponder &responder);
    void makeCertificate(const HttpRequest &request, const HttpResponder &responder);
    void openStream(const QString &token, const HttpResponder &responder, qint64 latest);
    void heartbeat();

    EventStore &m_store;
    ConsoleAccounts m_accounts;
    ConsoleApi m_api;
    std::vector<Stream> m_streams;
    QTimer m_heartbeat;
    QString m_accueil;
    int m_certificateJobs = 0;
    qint64 m_latest = -1;
};
