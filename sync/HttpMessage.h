#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// One HTTP/1.1 request as the hub's server hands it over: the head parsed,
// the body whole (never larger than the server's limit).
struct HttpRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
    QHostAddress peer;

    // The value of a header (name in lower case), or an empty array.
    QByteArray header(const QByteArray &name) const;
};

// One answer. Content-Length and Connection are written by the server.
struct HttpResponse {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, const QByteArray &body);
    static QByteArray reason(int status);
};
