#pragma once

#include <QCoreApplication>
#include <QSizeF>
#include <QStringList>
#include <QVector>

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
        bool hasErrorReason() const;
    };

    struct Job {
        int id = 0;
        JobState state = JobState::Unknown;
        QStringList reasons;
        QString message;
        QStringList printerReasons;
        bool finished() const
        {
            return state == JobState::Completed || state == JobState::Cancelled || state == JobState::Aborted;
        }
    };

    struct Submission {
        int jobId = 0; // 0: not accepted
        QString error; // translated
    };

    QVector<Printer> printers(QString *error) const;
    std::optional<Printer> printer(const QString &name, QString *error) const;
    QString defaultPrinter() const;
    Submission submit(const QString &printer, const QByteArray &pdf, const QString &title, const QSizeF &pageMm) const;
    std::optional<Job> job(int jobId, QString *error) const;
    bool cancel(int jobId, QString *error) const;

    // A sentence for people at the venue, from printer-state-reasons.
    static QString describe(const QStringList &reasons, const QString &printer);
    static QString stateName(JobState state);
};
