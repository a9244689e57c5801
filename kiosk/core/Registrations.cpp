#include "kiosk/core/Registrations.h"

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/FieldLimits.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/core/WriteTransaction.h"

#include <QRegularExpression>

Registrations::Registrations(EventStore &store, QString device)
    : m_store(store)
    , m_device(std::move(device))
{
}

std::optional<Attendee> Registrations::find(const QString &codeOrId) const
{
    const AttendeeTable table(m_store.database());
    if (auto byCode = table.byCodeAnyCase(codeOrId.trimmed()))
        return byCode;
    return table.byId(codeOrId.trimmed());
}

QString Registrations::problemWith(const Attendee &a)
{
    // A badge and a greeting need a name to show; one word is a last name.
    if (a.lastName.trimmed().isEmpty())
        return tr("A last name is needed.");
    // The limits every device and the hub apply: a longer field would never sync.
    const QString tooLong = FieldLimits::problemWith(a);
    if (!tooLong.isEmpty())
        return tr("This cannot be saved: %1.").arg(tooLong);
    static const QRegularExpression mail(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!a.email.trimmed().isEmpty() && !mail.match(a.email.trimmed()).hasMatch())
        return tr("This email address does not look right: %1").arg(a.email);
    return QString();
}

Registrations::Change Registrations::edit(const QString &attendeeId, const Edit &edit)
{
    Change change;
    WriteTransaction transaction(m_store.database());
    if (!transaction.begin()) {
        change.message = tr("The change could not be saved: %1").arg(transaction.errorString());
        return change;
    }
    AttendeeTable table(m_store.database());
    change.attendee = table.byId(attendeeId);
    if (!change.attendee) {
        change.message = tr("This person is no longer on the list.");
        return change;
    }
    Attendee a = *change.attendee;
    const QVector<QPair<const std::optional<QString> *, QString Attendee::*>> fields = {
        { &edit.firstName, &Attendee::firstName },
        { &edit.lastName, &Attendee::lastName },
        { &edit.organisation, &Attendee::organisation },
        { &edit.role, &Attendee::role },
        { &edit.country, &Attendee::country },
        { &edit.category, &Attendee::category },
        { &edit.email, &Attendee::email },
    };
    for (const auto &[value, member] : fields) {
        if (*value)
            a.*member = (*value)->simplified();
    }
    if (edit.status)
        a.status = *edit.status;
    change.message = problemWith(a);
    if (!change.message.isEmpty())
        return change;
    HybridClock clock(m_device);
    clock.observe(a.version);
    a.version = clock.tick();
    a.device = clock.device();
    if (!table.save(a) || !transaction.commit()) {
        const QString why = table.errorString().isEmpty() ? transaction.errorString() : table.errorString();
        change.message = tr("The change could not be saved: %1").arg(why);
        return change;
    }
    change.ok = true;
    change.attendee = a;
    return change;
}

Registrations::Change Registrations::cancel(const QString &attendeeId)
{
    Edit e;
    e.status = Attendee::Status::Cancelled;
    return edit(attendeeId, e);
}

Registrations::Change Registrations::restore(const QString &attendeeId)
{
    Edit e;
    e.status = Attendee::Status::Registered;
    return edit(attendeeId, e);
}

Registrations::Change Registrations::remove(const QString &attendeeId)
{
    Change change;
    WriteTransaction transaction(m_store.database());
    if (!transaction.begin()) {
        change.message = tr("The deletion could not be saved: %1").arg(transaction.errorString());
        return change;
    }
    AttendeeTable table(m_store.database());
    change.attendee = table.byId(attendeeId);
    if (!change.attendee) {
        change.message = tr("This person is no longer on the list.");
        return change;
    }
    HybridClock clock(m_device);
    clock.observe(change.attendee->version);
    if (!table.remove(attendeeId, clock.tick(), AttendeeTable::Origin::Local, clock.device())
        || !transaction.commit()) {
        const QString why = table.errorString().isEmpty() ? transaction.errorString() : table.errorString();
        change.message = tr("The deletion could not be saved: %1").arg(why);
        return change;
    }
    change.ok = true;
    return change;
}
