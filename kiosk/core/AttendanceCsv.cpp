#include "kiosk/core/AttendanceCsv.h"

#include "kiosk/core/CsvText.h"
#include "kiosk/core/OrganisationType.h"

namespace {

QString organisationTypeLabel(const QString &key)
{
    for (int kind = OrganisationType::LocalGovernment; kind <= OrganisationType::Other; ++kind) {
        if (OrganisationType::key(OrganisationType::Kind(kind)) == key)
            return OrganisationType::label(OrganisationType::Kind(kind));
    }
    return key;
}

QString exits(const AttendanceReport::Presence &presence)
{
    QStringList times;
    for (const QDateTime &at : presence.exits)
        times << AttendanceCsv::time(at);
    return times.join(QLatin1String(", "));
}

} // namespace

AttendanceCsv::AttendanceCsv(QChar separator, const QString &language)
    : m_separator(separator)
    , m_language(language)
{
}

QString AttendanceCsv::time(const QDateTime &at)
{
    return at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString AttendanceCsv::row(const QStringList &fields) const
{
    QStringList cells;
    for (const QString &f : fields)
        cells << CsvText::spreadsheetField(f, m_separator);
    return cells.join(m_separator) + QLatin1String("\r\n");
}

QByteArray AttendanceCsv::bySession(
    const QVector<AttendanceReport::SessionAttendance> &sessions, const QTimeZone &zone) const
{
    const QString zoneName = QString::fromUtf8(zone.id());
    QString out = QChar(0xFEFF);
    out += row({ tr("Session"), tr("Title"), tr("Starts (%1)").arg(zoneName), tr("Room"), tr("Code"), tr("Last name"),
        tr("First name"), tr("Category"), tr("Organisation"), tr("Organisation type"), tr("Country"),
        tr("First entry (%1)").arg(zoneName), tr("Exits (%1)").arg(zoneName) });
    for (const AttendanceReport::SessionAttendance &s : sessions) {
        const QString starts = time(s.session.startsAt.toTimeZone(zone));
        for (const AttendanceReport::SessionRow &r : s.rows) {
            out += row({ s.session.code, s.session.title(m_language), starts, s.session.room, r.attendee.code,
                r.attendee.lastName, r.attendee.firstName, r.attendee.category, r.attendee.organisation,
                organisationTypeLabel(r.organisationType), r.attendee.country, time(r.presence.firstIn),
                exits(r.presence) });
        }
    }
    // The counts below the list, as a second table after an empty line.
    out += QLatin1String("\r\n");
    out += row({ tr("Session"), tr("Title"), tr("Counted by"), tr("Value"), tr("Attendees") });
    for (const AttendanceReport::SessionAttendance &s : sessions) {
        const QString title = s.session.title(m_language);
        out += row({ s.session.code, title, tr("Total"), QString(), QString::number(s.rows.size()) });
        for (auto it = s.byCategory.cbegin(); it != s.byCategory.cend(); ++it)
            out += row({ s.session.code, title, tr("Category"), it.key(), QString::number(it.value()) });
        for (auto it = s.byOrganisationType.cbegin(); it != s.byOrganisationType.cend(); ++it) {
            out += row({ s.session.code, title, tr("Organisation type"), organisationTypeLabel(it.key()),
                QString::number(it.value()) });
        }
    }
    return out.toUtf8();
}

QByteArray AttendanceCsv::byAttendee(
    const QVector<AttendanceReport::AttendeeAttendance> &attendees, const QTimeZone &zone) const
{
    const QString zoneName = QString::fromUtf8(zone.id());
    QString out = QChar(0xFEFF);
    out += row({ tr("Code"), tr("Last name"), tr("First name"), tr("Category"), tr("Organisation"),
        tr("Organisation type"), tr("Country"), tr("Venue entry (%1)").arg(zoneName), tr("Session"), tr("Title"),
        tr("Starts (%1)").arg(zoneName), tr("First entry (%1)").arg(zoneName), tr("Exits (%1)").arg(zoneName) });
    for (const AttendanceReport::AttendeeAttendance &a : attendees) {
        const QStringList person = { a.attendee.code, a.attendee.lastName, a.attendee.firstName, a.attendee.category,
            a.attendee.organisation, OrganisationType::label(OrganisationType::of(a.attendee.organisation)),
            a.attendee.country, time(a.venueIn) };
        if (a.visits.isEmpty())
            out += row(person + QStringList { QString(), QString(), QString(), QString(), QString() });
        for (const AttendanceReport::Visit &v : a.visits) {
            out += row(person
                + QStringList { v.session.code, v.session.title(m_language), time(v.session.startsAt.toTimeZone(zone)),
                    time(v.presence.firstIn), exits(v.presence) });
        }
    }
    return out.toUtf8();
}
