#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSizeF>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

// Talks to CUPS through libcups (no `lp`): lists queues with their state and
// media, submits PDF jobs with the right media and no scaling, and reads a
// job's state and the reasons a printer gives (media-empty, offline, paused…).
// libcups keeps its connection per thread: use one client per thread.
class CupsClient {
    Q_DECLARE_TR_FUNCTIONS(CupsClient)

public:
    enum class PrinterState { Idle = 3, Printing = 4, Stopped = 5, Unknown = 0 };
    enum class JobState {
        Pending = 3,
        Held = 4,
        Processing = 5,
        Stopped = 6,
        Cancelled = 7,
        Aborted = 8,
        Completed = 9,
        Unknown = 0
    };

    struct Printer {
        QString name;
        QString info;
        QString location;
        QString makeAndModel;
        PrinterState state = PrinterState::Unknown;
        QStringList reasons; // printer-state-reasons without "none"
        QString message; // printer-state-message
        bool accepting = false;
        QStringList media; // media-supported
        bool isDefault = false;
        // True when jobs sent now should print soon.
        bool ready() const { return accepting && state != PrinterState::Stopped && !hasErrorReason(); }
        // A real problem in the reasons or in the backend's own message.
        bool hasErrorReason() const;
    };

    struct Job {
        int id = 0;
        JobState state = JobState::Unknown;
        QStringList reasons;
        QString message;
        QStringList printerReasons;
        QString name; // job-name
        int documents = -1; // number-of-documents, -1 when not said
        QDateTime createdAt;
        bool finished() const
        {
            return state == JobState::Completed || state == JobState::Cancelled || state == JobState::Aborted;
        }
    };

    struct Submission {
        int jobId = 0; // 0: not accepted
        QString error; // translated
        bool noSuchPrinter = false; // trying again cannot help
    };

    QVector<Printer> printers(QString *error) const;
    std::optional<Printer> printer(const QString &name, QString *error) const;
    QString defaultPrinter() const;
    Submission submit(const QString &printer, const QByteArray &pdf, const QString &title, const QSizeF &pageMm) const;
    std::optional<Job> job(int jobId, QString *error) const;
    // The state of many jobs in one request (plus one for each that has just
    // finished); a job CUPS no longer knows is absent. nullopt: no answer.
    std::optional<QHash<int, Job>> jobs(const QVector<int> &ids, QString *error) const;
    // Every job CUPS still remembers, finished or not, with its name and time.
    std::optional<QVector<Job>> history(QString *error) const;
    [[nodiscard]] bool cancel(int jobId, QString *error) const;
    // Called with the CUPS job id as soon as CUPS has created a job, before
    // its document is sent, so that the queue can record it first.
    void onJobCreated(std::function<void(int)> handler) const { m_created = std::move(handler); }

    // A sentence for people at the venue, from printer-state-reasons; empty
    // when the reasons are only informational.
    static QString describe(const QStringList &reasons, const QString &printer);
    // The same for a whole queue: stopped (and why), not accepting, what its
    // backend says of the device. `waitedSeconds`: how long a job has waited
    // on it; a device still being reached is a problem only after a while.
    static QString describe(const Printer &printer, int waitedSeconds = 3600);
    static QString stateName(JobState state);
    // Whether a print server answers at all (libcups says "not found" both for a
    // queue that does not exist and for a server that is down).
    static bool serverAnswers();
    static QString unreachableAdvice(); // what to do when no print server answers

private:
    mutable std::function<void(int)> m_created;
};
