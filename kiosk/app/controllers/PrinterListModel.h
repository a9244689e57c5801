#pragma once

#include <QAbstractListModel>
#include <QVector>
#include <QtQml/qqmlregistration.h>

// The print server's badge queues, with whether each is ready, in words staff read.
class PrinterListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the dashboard controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { NameRole = Qt::UserRole + 1, ReadyRole, MessageRole };
    Q_ENUM(Role)

    struct Printer {
        QString name; // the queue
        bool ready = false;
        QString message; // "ready" or what is wrong, in plain words
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(QVector<Printer> rows);
    const QVector<Printer> &rows() const { return m_rows; }
    int count() const { return int(m_rows.size()); }

Q_SIGNALS:
    void countChanged();

private:
    QVector<Printer> m_rows;
};
