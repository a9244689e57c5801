#pragma once

#include "printing/CupsClient.h"

#include <QCoreApplication>

// What is really wrong with a printer, in a sentence staff can act on; empty
// when nothing is. Only real problems count: out of labels, jammed, open,
// offline or unplugged (from the reasons or from the backend's own message),
// stopped (and why), refusing jobs. Informational reasons (a driverless
// printer's cups-waiting-for-job-completed and cups-remote-*, anything ending
// in -report, low supplies) and messages such as "Connected to printer." are
// not problems.
class PrinterProblem {
    Q_DECLARE_TR_FUNCTIONS(PrinterProblem)

public:
    static QString fromReasons(const QStringList &reasons, const QString &printer);
    // `waitedSeconds`: how long a job has waited on this printer; a device
    // CUPS is still trying to reach is a problem only after a while.
    static QString of(const CupsClient::Printer &printer, int waitedSeconds);
    // The backend says the device cannot be reached (in any language CUPS speaks).
    static bool isOfflineMessage(const QString &message);

    static constexpr int connectGraceSeconds = 10;
};
