#pragma once

#include <QObject>
#include <QString>
#include <QThread>

class PrintQueueWorker;

// Runs the print queue in the background of the kiosk: on its own thread (libcups
// blocks) with its own connection to the event database, a round every second
// and at once when a job is queued. Reports through signals, on the thread that
// made the runner.
class PrintQueueRunner : public QObject {
    Q_OBJECT

public:
    PrintQueueRunner(
        const QString &databasePath, const QString &templateName, const QString &printer, QObject *parent = nullptr);
    ~PrintQueueRunner() override;

    void start();
    void stop();

    // The badge of a first check-in (queued once), or an explicit reprint.
    void printFirstBadge(const QString &attendeeId);
    void reprint(const QString &attendeeId);
    // Badges from now on go to another printer (staff's choice).
    void setPrinter(const QString &printer);

Q_SIGNALS:
    void jobChanged(const QString &jobId, const QString &attendeeId, const QString &state, const QString &message);
    // A translated sentence for staff, or an empty one when the printer is fine again.
    void printerProblem(const QString &printer, const QString &message);

private:
    QThread m_thread;
    PrintQueueWorker *m_worker = nullptr;
};
