#include "kiosk/app/controllers/LanguageListModel.h"

#include "kiosk/core/Translations.h"

int LanguageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Translations::languages().size());
}

QVariant LanguageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Translations::Language &language = Translations::languages().at(index.row());
    switch (role) {
    case CodeRole:
        return language.code;
    case Qt::DisplayRole:
    case NativeNameRole:
        return language.nativeName;
    case KeyboardLocaleRole:
        return language.keyboardLocale;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> LanguageListModel::roleNames() const
{
    return { { CodeRole, "code" }, { NativeNameRole, "nativeName" }, { KeyboardLocaleRole, "keyboardLocale" } };
}
