#pragma once

#include <QDateTime>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A throwaway cupsd with queues on the real label printer drivers of Debian
// (Brother QL-570 and QL-800 by printer-driver-ptouch, Dymo LabelWriter 450 by
// printer-driver-dymo, CUPS's own Dymo, Zebra ZPL and EPL2 drivers) and a driverless queue
// (`lpadmin -m everywhere`) on a second cupsd; every queue ends in a backend
// that writes the bytes the printer would receive to a file. Needs root.
class LabelPrinterLab {
public:
    struct Queue {
        QString name;
        QString driver; // "ptouch", "dymo", "zpl", "epl", "ipp"
        QString ppd; // "ptouch:…", "dymo:…", a file, or "everywhere"
        QStringList options; // lpadmin -o
    };

    LabelPrinterLab();
    ~LabelPrinterLab();

    static QVector<Queue> standardQueues();
    static QString unavailableReason();

    bool start(const QVector<Queue> &queues, QString *error);
    void stop();

    QString socketPath() const { return m_dir.filePath(QStringLiteral("cups.sock")); }
    struct Capture {
        QByteArray bytes; // empty when nothing came
        QDateTime lastByte; // when the backend wrote the last byte
        QString path;
    };
    // The next job the printer of this queue received, waiting for it.
    Capture take(const QString &queue, int timeoutMs = 60000);
    QString log() const;

private:
    bool startCupsd(const QString &root, QProcess &process, const QString &listen, QString *error);
    bool lpadmin(const QString &server, const QStringList &arguments, QString *error) const;

    QTemporaryDir m_dir;
    QProcess m_cupsd;
    QProcess m_remote;
    QSet<QString> m_seen; // the driverless printer: a second cupsd sharing a raw queue
};
