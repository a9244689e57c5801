#include "kiosk/app/controllers/DoorScanListModel.h"

int DoorScanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scans.size());
}

QVariant DoorScanListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Scan &s = m_scans.at(index.row());
    switch (role) {
    case NameRole:
        return s.name;
    case OutcomeRole:
        return s.outcome;
    case Qt::DisplayRole:
    case MessageRole:
        return s.message;
    case AdmittedRole:
        return s.admitted;
    case TimeRole:
        return s.time;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> DoorScanListModel::roleNames() const
{
    return { { NameRole, "name" }, { OutcomeRole, "outcome" }, { MessageRole, "message" }, { AdmittedRole, "admitted" },
        { TimeRole, "time" } };
}

void DoorScanListModel::prepend(Scan scan, int keep)
{
    beginInsertRows(QModelIndex(), 0, 0);
    m_scans.prepend(std::move(scan));
    endInsertRows();
    if (m_scans.size() > keep) {
        beginRemoveRows(QModelIndex(), keep, int(m_scans.size()) - 1);
        m_scans.resize(keep);
        endRemoveRows();
    }
    Q_EMIT countChanged();
}

void DoorScanListModel::clear()
{
    if (m_scans.isEmpty())
        return;
    beginResetModel();
    m_scans.clear();
    endResetModel();
    Q_EMIT countChanged();
}
