#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The languages of the screens (Translations::languages) for the language
// buttons: code and native name.
class LanguageListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("given by the self-service controller")

public:
    enum Role { CodeRole = Qt::UserRole + 1, NativeNameRole, KeyboardLocaleRole };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};
