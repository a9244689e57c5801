#include "kiosk/app/controllers/AttendeeHistoryModel.h"

int AttendeeHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant AttendeeHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case TimeRole:
        return line.time;
    case Qt::DisplayRole:
    case WhatRole:
        return line.what;
    case DetailRole:
        return line.detail;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> AttendeeHistoryModel::roleNames() const
{
    return { { TimeRole, "time" }, { WhatRole, "what" }, { DetailRole, "detail" } };
}

void AttendeeHistoryModel::setLines(QVector<Line> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
    Q_EMIT countChanged();
}
