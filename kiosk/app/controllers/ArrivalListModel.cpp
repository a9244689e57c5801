#include "kiosk/app/controllers/ArrivalListModel.h"

int ArrivalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ArrivalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Quarter &row = m_rows.at(index.row());
    switch (role) {
    case TimeRole:
        return row.time;
    case CountRole:
        return row.count;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> ArrivalListModel::roleNames() const
{
    return { { TimeRole, "time" }, { CountRole, "count" } };
}

void ArrivalListModel::setRows(QVector<Quarter> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}
