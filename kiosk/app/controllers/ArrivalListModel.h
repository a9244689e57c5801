#pragma once

#include <QAbstractListModel>
#include <QVector>
#include <QtQml/qqmlregistration.h>

// Arrivals per quarter of an hour, in the event's time, for the figures page.
class ArrivalListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the dashboard controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { TimeRole = Qt::UserRole + 1, CountRole };
    Q_ENUM(Role)

    struct Quarter {
        QString time; // "HH:mm" in the event's time zone
        int count = 0; // first venue check-ins in that quarter
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(QVector<Quarter> rows);
    const QVector<Quarter> &rows() const { return m_rows; }
    int count() const { return int(m_rows.size()); }

Q_SIGNALS:
    void countChanged();

private:
    QVector<Quarter> m_rows;
};
