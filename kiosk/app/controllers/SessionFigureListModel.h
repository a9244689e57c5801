#pragma once

#include <QAbstractListModel>
#include <QVector>
#include <QtQml/qqmlregistration.h>

// The sessions with the people counted in and their capacity, for the figures page.
class SessionFigureListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the dashboard controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { CodeRole = Qt::UserRole + 1, TitleRole, CountRole, CapacityRole };
    Q_ENUM(Role)

    struct Figure {
        QString code;
        QString title; // in the figures' language
        int count = 0; // people checked in
        int capacity = 0; // 0: no limit
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(QVector<Figure> rows);
    const QVector<Figure> &rows() const { return m_rows; }
    int count() const { return int(m_rows.size()); }

Q_SIGNALS:
    void countChanged();

private:
    QVector<Figure> m_rows;
};
