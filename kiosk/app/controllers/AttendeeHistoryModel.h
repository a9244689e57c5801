#pragma once

#include <QAbstractListModel>
#include <QVector>
#include <QtQml/qqmlregistration.h>

// What happened to the attendee whose page is open at the desk, oldest
// first: check-ins, undos, entries to sessions and badges.
class AttendeeHistoryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the staff controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { TimeRole = Qt::UserRole + 1, WhatRole, DetailRole };
    Q_ENUM(Role)

    struct Line {
        QString time; // in the event's time zone, "dd/MM HH:mm"
        QString what; // in words
        QString detail; // the device, or empty
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setLines(QVector<Line> lines);
    const QVector<Line> &lines() const { return m_lines; }
    int count() const { return int(m_lines.size()); }

Q_SIGNALS:
    void countChanged();

private:
    QVector<Line> m_lines;
};
