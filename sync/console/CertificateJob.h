#pragma once

#include "sync/HttpServer.h"

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

// One attendance certificate (PDF) made for a browser: the hub runs
// `accueil --db DB certificate REF|--all --lang fr|en --out FILE` as a child
// on the offscreen platform, because drawing text needs a QGuiApplication
// (fonts) that the hub, a QCoreApplication, does not have. The hub keeps
// serving meanwhile; a child that takes longer than `timeLimitMs` is killed.
class CertificateJob : public QObject {
    Q_OBJECT

public:
    static constexpr int timeLimitMs = 120000;

    struct Request {
        QString program; // the `accueil` beside `accueil-hub`
        QString database; // a file or a postgresql:// address
        QString reference; // an attendee id; empty: everyone checked in
        QString language; // fr or en
        QString fileName; // what the browser saves it as
    };

    CertificateJob(Request request, HttpResponder responder, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished();

private:
    void done(int exitCode, QProcess::ExitStatus status);
    void fail(int httpStatus, const QString &message);

    Request m_request;
    HttpResponder m_responder;
    QTemporaryDir m_folder;
    QProcess m_process;
    QTimer m_limit;
    bool m_timedOut = false;
};
