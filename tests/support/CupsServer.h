#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A throwaway, real cupsd for tests: its own configuration, a private Unix
// socket, and queues made with lpadmin — a cups-pdf queue ("badges"), a queue
// that captures exactly what CUPS sends to the device ("capture"), and one
// whose device cannot be reached ("unreachable"). Needs root (cupsd, cups-pdf).
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
    // Why this machine cannot run the server, or empty.
    static QString unavailableReason();

private:
    bool writeConfig(QString *error);

    QTemporaryDir m_dir;
    QProcess m_cupsd;
};
