#include "kiosk/app/controllers/DoorSessionListModel.h"

int DoorSessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DoorSessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Choice &row = m_rows.at(index.row());
    switch (role) {
    case SessionIdRole:
        return row.sessionId;
    case CodeRole:
        return row.code;
    case TitleRole:
        return row.title;
    case RoomRole:
        return row.room;
    case TimeRole:
        return row.time;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> DoorSessionListModel::roleNames() const
{
    return { { SessionIdRole, "sessionId" }, { CodeRole, "code" }, { TitleRole, "title" }, { RoomRole, "room" },
        { TimeRole, "time" } };
}

void DoorSessionListModel::setRows(QVector<Choice> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}
