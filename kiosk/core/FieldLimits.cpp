#include "kiosk/core/FieldLimits.h"

#include "kiosk/core/Attendee.h"

#include <QCoreApplication>

namespace FieldLimits {

QString problemWith(const Attendee &a)
{
    struct Field {
        const QString *value;
        const char *name;
        int limit;
    };
    const Field fields[] = {
        { &a.code, QT_TRANSLATE_NOOP("FieldLimits", "code"), maxCodeLength },
        { &a.externalRef, QT_TRANSLATE_NOOP("FieldLimits", "external id"), maxTextLength },
        { &a.firstName, QT_TRANSLATE_NOOP("FieldLimits", "first name"), maxTextLength },
        { &a.lastName, QT_TRANSLATE_NOOP("FieldLimits", "last name"), maxTextLength },
        { &a.organisation, QT_TRANSLATE_NOOP("FieldLimits", "organisation"), maxTextLength },
        { &a.role, QT_TRANSLATE_NOOP("FieldLimits", "role"), maxTextLength },
        { &a.country, QT_TRANSLATE_NOOP("FieldLimits", "country"), maxTextLength },
        { &a.category, QT_TRANSLATE_NOOP("FieldLimits", "category"), maxTextLength },
        { &a.language, QT_TRANSLATE_NOOP("FieldLimits", "language"), maxTextLength },
        { &a.email, QT_TRANSLATE_NOOP("FieldLimits", "email"), maxTextLength },
        { &a.badgeOverrides, QT_TRANSLATE_NOOP("FieldLimits", "badge overrides"), maxBadgeOverridesLength },
    };
    for (const Field &f : fields) {
        if (f.value->size() > f.limit) {
            return QCoreApplication::translate("FieldLimits", "the %1 has %2 characters; at most %3 are allowed")
                .arg(QCoreApplication::translate("FieldLimits", f.name))
                .arg(f.value->size())
                .arg(f.limit);
        }
    }
    return QString();
}

} // namespace FieldLimits
