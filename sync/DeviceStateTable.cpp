#include "sync/DeviceStateTable.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

DeviceStateTable::DeviceStateTable(QSqlDatabase db)
    : m_db(db) // QSqlDatabase has no move constructor
{
}

QString DeviceStateTable::columns()
{
    return QStringLiteral("status_at, events_waiting, badges_waiting, printer_queue, printer_problem, printer_message");
}

std::optional<DeviceState> DeviceStateTable::fromRow(const QSqlQuery &q, int column)
{
    if (q.value(column).isNull())
        return std::nullopt; // never reported
    DeviceState state;
    state.eventsWaiting = q.value(column + 1).toInt();
    if (!q.value(column + 2).isNull())
        state.badgesWaiting = q.value(column + 2).toInt();
    if (!q.value(column + 3).isNull())
        state.printer = DeviceState::Printer { q.value(column + 3).toString(), q.value(column + 4).toString(),
            q.value(column + 5).toString() };
    return state;
}

bool DeviceStateTable::keep(
    const QString &deviceId, const DeviceState &state, const QDateTime &at, bool *changed, QString *error)
{
    QSqlQuery kept(m_db);
    kept.prepare(QStringLiteral("SELECT %1 FROM device WHERE id = ?").arg(columns()));
    kept.addBindValue(deviceId);
    *changed = !kept.exec() || !kept.next() || fromRow(kept, 0) != state;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE device SET status_at = ?, events_waiting = ?, badges_waiting = ?,"
                             " printer_queue = ?, printer_problem = ?, printer_message = ? WHERE id = ?"));
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    q.addBindValue(state.eventsWaiting);
    q.addBindValue(state.badgesWaiting ? QVariant(*state.badgesWaiting) : QVariant(QMetaType(QMetaType::Int)));
    const QVariant noText { QMetaType(QMetaType::QString) };
    q.addBindValue(state.printer ? QVariant(state.printer->queue) : noText);
    q.addBindValue(state.printer ? QVariant(state.printer->problem) : noText);
    q.addBindValue(state.printer ? QVariant(state.printer->message) : noText);
    q.addBindValue(deviceId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}
