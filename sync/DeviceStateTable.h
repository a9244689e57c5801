#pragma once

#include "sync/DeviceState.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

class QSqlQuery;

// The last state each device reported, kept in the hub's device table
// (status_at, events_waiting, badges_waiting, printer_queue, printer_problem,
// printer_message).
class DeviceStateTable {
public:
    explicit DeviceStateTable(QSqlDatabase db);

    // Keeps `state` as the device's last, reported at `at`; `changed` says
    // whether it differs from the one kept before.
    [[nodiscard]] bool keep(
        const QString &deviceId, const DeviceState &state, const QDateTime &at, bool *changed, QString *error);

    // The columns above, in that order, for a SELECT.
    static QString columns();
    // The state in a row selected with columns() from `column` on; nothing
    // when the device never reported one.
    static std::optional<DeviceState> fromRow(const QSqlQuery &q, int column);

private:
    QSqlDatabase m_db;
};
