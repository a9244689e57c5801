#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <vector>

class HubService;

// The hub's HTTP face (/v1, JSON, PROTOCOL.md): enrolment, pull of changes,
// push of check-ins and edits, and a long-poll that wakes devices as soon as
// anything changes. Every request but hello and enrol needs a device token.
// Bad requests get a 4xx with a message; the hub keeps serving. Routing is its
// own so that a long-poll can hold on to its connection and notice when the
// device has gone away.
class HubServer : public QAbstractHttpServer {
    Q_OBJECT

public:
    explicit HubServer(HubService &service, QObject *parent = nullptr);
    ~HubServer() override;

    // Answers waiting long-polls when the change log has moved (also after
    // writes by other processes, such as an import on the hub's database).
    void notifyChanges();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Waiter {
        qint64 since = 0;
        QDateTime deadline;
        QPointer<QTcpSocket> socket;
    };
    using Status = QHttpServerResponder::StatusCode;
    QJsonObject route(const QHttpServerRequest &request, QTcpSocket *socket, Status *status, bool *deferred);
    static void writeLater(QTcpSocket *socket, const QJsonObject &json);

    HubService &m_service;
    QTimer m_poll;
    std::vector<Waiter> m_waiters;
};
