#pragma once

#include "sync/HttpMessage.h"
#include "sync/console/ConsoleAccounts.h"
#include "sync/console/ConsoleCodes.h"

#include "kiosk/core/HybridClock.h"

#include <QCoreApplication>
#include <QJsonObject>

class EventStore;
class HubService;

// The JSON API of the organisers' console (/console/api/…), for a request
// whose session is already checked: figures, sessions, attendees and their
// edits through the core's operations, devices and enrolment, imports,
// attendance exports (CSV) and signed codes. Changes are refused to viewers
// (403), and so are the codes, which admit people; the exports are figures,
// which viewers may download.
class ConsoleApi {
    Q_DECLARE_TR_FUNCTIONS(ConsoleApi)

public:
    // How devices reach this hub, for the enrolment QR.
    struct Hub {
        QString url;
        QString fingerprint; // empty on a plain-HTTP test hub
        QString keyFile; // the private signing key; empty: beside a SQLite database
        QString accueil; // the `accueil` program that draws certificates; empty: beside this one
    };

    ConsoleApi(EventStore &store, HubService &service, Hub hub);

    HttpResponse answer(const HttpRequest &request, const ConsoleAccounts::Session &session);

private:
    QJsonObject dashboard() const;
    QJsonObject sessionDetail(const QString &id) const;
    QJsonObject attendees(const QString &text) const;
    QJsonObject attendeeDetail(const QString &id) const;
    QJsonObject devices() const;
    HttpResponse exportAttendance(const QString &by, const HttpRequest &request) const;
    HttpResponse change(const HttpRequest &request, const ConsoleAccounts::Session &session);

    EventStore &m_store;
    HubService &m_service;
    Hub m_hub;
    ConsoleCodes m_codes;
    HybridClock m_clock;
};
