#pragma once

#include "sync/DeviceState.h"

#include <QMutex>
#include <QString>

class EventStore;

// What this kiosk tells the hub about itself with its pushes: the badges
// waiting in its print queue and its printer's state, as the print queue last
// said it. Told on the GUI thread, read on the sync thread.
class KioskDeviceState {
public:
    // `printer`: the kiosk's print queue; empty when it does not print.
    explicit KioskDeviceState(const QString &printer);

    // The print queue's sentence about `printer`, empty when it is fine again.
    void setPrinterProblem(const QString &printer, const QString &message);
    // Staff chose another printer: nothing is known of it yet.
    void setPrinter(const QString &printer);

    // The state now, the badges counted with `store` (the caller's connection).
    // The changes waiting are the sync client's to count.
    DeviceState read(EventStore &store) const;

    // The stable key (DeviceState::problemKeys()) of a sentence the printing
    // code wrote about `printer`, in whatever language it was written; "" for
    // none, "other" for one it does not name.
    static QString problemKey(const QString &printer, const QString &message);

private:
    mutable QMutex m_mutex;
    QString m_printer;
    QString m_message;
    QString m_problem;
};
