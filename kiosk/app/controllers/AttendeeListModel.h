#pragma once

#include "kiosk/core/Attendee.h"

#include <QAbstractListModel>
#include <QVector>
#include <QtQml/qqmlregistration.h>

// Attendees as a list for the staff screens: search results, with whether
// each is checked in.
class AttendeeListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the staff controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CodeRole,
        NameRole,
        OrganisationRole,
        CategoryRole,
        CheckedInRole,
        CancelledRole
    };
    Q_ENUM(Role)

    struct Row {
        Attendee attendee;
        bool checkedIn = false;
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(QVector<Row> rows);
    int count() const { return int(m_rows.size()); }

Q_SIGNALS:
    void countChanged();

private:
    QVector<Row> m_rows;
};
