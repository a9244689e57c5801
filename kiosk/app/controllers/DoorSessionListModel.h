#pragma once

#include <QAbstractListModel>
#include <QVector>
#include <QtQml/qqmlregistration.h>

// The programme for a door to choose its session from, in the event's time.
class DoorSessionListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the door controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { SessionIdRole = Qt::UserRole + 1, CodeRole, TitleRole, RoomRole, TimeRole };
    Q_ENUM(Role)

    struct Choice {
        QString sessionId;
        QString code;
        QString title; // in the door's language
        QString room;
        QString time; // day and start, in the event's time zone
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(QVector<Choice> rows);
    const QVector<Choice> &rows() const { return m_rows; }
    int count() const { return int(m_rows.size()); }

Q_SIGNALS:
    void countChanged();

private:
    QVector<Choice> m_rows;
};
