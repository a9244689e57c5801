#pragma once

#include <QProcess>
#include <QString>

// A real accueil-hub process on a free loopback port, for tests and benchmarks.
class HubProcess {
public:
    explicit HubProcess(QString database, QStringList extraArguments = {});
    ~HubProcess();

    // The hub's limit of open files (RLIMIT_NOFILE), as `ulimit -n` would set it.
    void setFileLimit(int files) { m_fileLimit = files; }
    bool start(QString *error);
    qint64 pid() const { return m_process.processId(); }
    // What the hub printed so far (its log included).
    QByteArray output() { return m_process.readAll(); }
    void stop();
    void kill();
    QString url() const
    {
        return QStringLiteral("%1://127.0.0.1:%2")
            .arg(m_extra.contains(QStringLiteral("--tls-cert")) || m_extra.contains(QStringLiteral("--tls-dir"))
                    ? QStringLiteral("https")
                    : QStringLiteral("http"))
            .arg(m_port);
    }
    QString enrolmentCode() const;
    // Runs `accueil` with arguments; returns its exit code, stdout in `out`.
    static int accueil(
        const QStringList &arguments, QByteArray *out = nullptr, QString *err = nullptr, int timeoutMs = 60000);

private:
    QString m_database;
    QStringList m_extra;
    quint16 m_port = 0;
    int m_fileLimit = 0;
    QProcess m_process;
};
