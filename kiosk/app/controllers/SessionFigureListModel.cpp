#include "kiosk/app/controllers/SessionFigureListModel.h"

int SessionFigureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SessionFigureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Figure &row = m_rows.at(index.row());
    switch (role) {
    case CodeRole:
        return row.code;
    case TitleRole:
        return row.title;
    case CountRole:
        return row.count;
    case CapacityRole:
        return row.capacity;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> SessionFigureListModel::roleNames() const
{
    return { { CodeRole, "code" }, { TitleRole, "title" }, { CountRole, "count" }, { CapacityRole, "capacity" } };
}

void SessionFigureListModel::setRows(QVector<Figure> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}
