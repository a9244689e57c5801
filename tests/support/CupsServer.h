#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A throwaway, real cupsd for tests: its own configuration, a private Unix
// socket, and queues made with lpadmin — a cups-pdf queue ("badges"), a queue
// that captures exactly what CUPS sends to the device ("capture"), and one
// whose device cannot be reached ("unreachable"). Needs root (cupsd, cups-pdf).
// More queues can be added: capture queues of their own, failing devices.
class CupsServer {
public:
    CupsServer();
    ~CupsServer();

    // Starts cupsd and makes the queues; false and a message when it cannot.
    bool start(QString *error);
    void stop();
    bool restart(QString *error);

    QString socketPath() const { return m_dir.filePath(QStringLiteral("cups.sock")); }
    QString captureFolder() const { return m_dir.filePath(QStringLiteral("captured")); }
    // Where cups-pdf writes root's jobs.
    static QString cupsPdfFolder();

    bool run(const QString &program, const QStringList &arguments, QString *error) const;
    bool disable(const QString &queue, QString *error) const;
    bool enable(const QString &queue, QString *error) const;
    bool reject(const QString &queue, QString *error) const;
    bool accept(const QString &queue, QString *error) const;
    // A queue whose device writes each job to `folder` (one file per job, named
    // after the CUPS job id and title), to count what a printer would print.
    bool addCaptureQueue(const QString &queue, const QString &folder, QString *error) const;
    // A queue whose device always fails, and that CUPS stops when it does;
    // or, with `problem` "media-empty" or "unplugged", whose device reports
    // that problem and waits, as a label printer's USB backend does.
    bool addFailingQueue(const QString &queue, QString *error, const QString &problem = QString()) const;
    // Why this machine cannot run the server, or empty.
    static QString unavailableReason();

private:
    bool writeConfig(QString *error);

    QTemporaryDir m_dir;
    QProcess m_cupsd;
};
