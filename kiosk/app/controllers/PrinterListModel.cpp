#include "kiosk/app/controllers/PrinterListModel.h"

int PrinterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PrinterListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Printer &row = m_rows.at(index.row());
    switch (role) {
    case NameRole:
        return row.name;
    case ReadyRole:
        return row.ready;
    case MessageRole:
        return row.message;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> PrinterListModel::roleNames() const
{
    return { { NameRole, "name" }, { ReadyRole, "ready" }, { MessageRole, "message" } };
}

void PrinterListModel::setRows(QVector<Printer> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}
