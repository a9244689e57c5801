#include "kiosk/app/controllers/AttendeeListModel.h"

int AttendeeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AttendeeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.attendee.id;
    case CodeRole:
        return r.attendee.code;
    case Qt::DisplayRole:
    case NameRole:
        return r.attendee.displayName();
    case OrganisationRole:
        return r.attendee.organisation;
    case CategoryRole:
        return r.attendee.category;
    case CheckedInRole:
        return r.checkedIn;
    case CancelledRole:
        return r.attendee.status == Attendee::Status::Cancelled;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> AttendeeListModel::roleNames() const
{
    return { { IdRole, "attendeeId" }, { CodeRole, "code" }, { NameRole, "name" }, { OrganisationRole, "organisation" },
        { CategoryRole, "category" }, { CheckedInRole, "checkedIn" }, { CancelledRole, "cancelled" } };
}

void AttendeeListModel::setRows(QVector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}
