#pragma once

#include <QAbstractListModel>
#include <QVector>
#include <QtQml/qqmlregistration.h>

// The last scans at a session door, newest first, for the door screen.
class DoorScanListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the door controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { NameRole = Qt::UserRole + 1, OutcomeRole, MessageRole, AdmittedRole, TimeRole };
    Q_ENUM(Role)

    struct Scan {
        QString name;
        QString outcome; // CheckInResult::outcomeName
        QString message;
        bool admitted = false;
        QString time; // "HH:mm"
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Adds a scan at the top, keeping at most `keep`.
    void prepend(Scan scan, int keep);
    void clear();
    int count() const { return int(m_scans.size()); }
    const Scan &at(int row) const { return m_scans.at(row); }

Q_SIGNALS:
    void countChanged();

private:
    QVector<Scan> m_scans;
};
