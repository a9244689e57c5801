#pragma once

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class HubService;

// The hub's HTTP face (/v1, JSON, PROTOCOL.md): enrolment, pull of changes,
// push of check-ins and edits, and a long-poll that wakes devices as soon as
// anything changes. Every request but hello and enrol needs a device token.
// Bad requests get a 4xx with a message; the hub keeps serving.
class HubServer : public QObject
{
    Q_OBJECT

public:
    explicit HubServer(HubService &service, QObject *parent = nullptr);
    ~HubServer() override;

    QHttpServer &http() { return m_http; }
    // Answers waiting long-polls when the change log has moved (also after
    // writes by other processes, such as an import on the hub's database).
    void notifyChanges();

private:
    struct Waiter;
    void route();
    void wait(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    HubService &m_service;
    QHttpServer m_http;
    QTimer m_poll;
    std::vector<std::unique_ptr<Waiter>> m_waiters;
};
