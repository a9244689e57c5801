#include "kiosk/core/Attendance.h"

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInLog.h"
#include "kiosk/core/CsvText.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/SessionTable.h"

#include <QJsonArray>
#include <QMap>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

QJsonObject Attendance::Figures::toJson() const
{
    QJsonArray list;
    for (const SessionFigures &s : sessions) {
        list.append(QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("code"), s.code },
            { QStringLiteral("title"), s.title }, { QStringLiteral("checked_in"), s.checkedIn },
            { QStringLiteral("capacity"), s.capacity } });
    }
    return QJsonObject { { QStringLiteral("registered"), registered }, { QStringLiteral("checked_in"), checkedIn },
        { QStringLiteral("double_entries"), doubleEntries }, { QStringLiteral("sessions"), list } };
}

QString Attendance::Figures::toText() const
{
    QStringList lines;
    lines << Attendance::tr("Checked in: %1 of %2 registered").arg(checkedIn).arg(registered);
    if (doubleEntries > 0)
        lines << Attendance::tr("Codes used more than once: %1").arg(doubleEntries);
    for (const SessionFigures &s : sessions) {
        const QString count = s.capacity > 0 ? QStringLiteral("%1 / %2").arg(s.checkedIn).arg(s.capacity)
                                             : QString::number(s.checkedIn);
        lines << QStringLiteral("  %1  %2  %3").arg(s.code, -8).arg(count, 9).arg(s.title);
    }
    return lines.join(QLatin1Char('\n'));
}

Attendance::Attendance(EventStore &store)
    : m_store(store)
{
}

Attendance::Figures Attendance::figures(const QString &language) const
{
    const QSqlDatabase db = m_store.database();
    Figures f;
    f.registered = AttendeeTable(db).countRegistered();
    const CheckInLog log(db);
    f.checkedIn = log.attendeeCount(QString());
    f.doubleEntries = log.doubleEntries(QString());
    const QHash<QString, int> counts = log.attendeeCountsBySession();
    for (const Session &s : SessionTable(db).all())
        f.sessions.append(SessionFigures { s.id, s.code, s.title(language), counts.value(s.id), s.capacity });
    return f;
}

QPair<QDate, QDate> Attendance::eventDays() const
{
    QDate first;
    QDate last;
    const QTimeZone zone = m_store.timeZone();
    for (const Session &s : SessionTable(m_store.database()).all()) {
        if (!s.startsAt.isValid())
            continue;
        const QDate start = s.startsAt.toTimeZone(zone).date();
        const QDate end = (s.endsAt.isValid() ? s.endsAt : s.startsAt).toTimeZone(zone).date();
        first = first.isValid() ? std::min(first, start) : start;
        last = last.isValid() ? std::max(last, end) : end;
    }
    return { first, last };
}

QVector<Attendance::Quarter> Attendance::arrivalsByQuarter() const
{
    const QTimeZone zone = m_store.timeZone();
    QMap<QDateTime, int> quarters;
    for (const QDateTime &arrival : CheckInLog(m_store.database()).firstVenueArrivals()) {
        const QDateTime local = arrival.toTimeZone(zone);
        const QTime t = local.time();
        quarters[QDateTime(local.date(), QTime(t.hour(), t.minute() / 15 * 15), zone)]++;
    }
    QVector<Quarter> result;
    for (auto it = quarters.cbegin(); it != quarters.cend(); ++it)
        result.append(Quarter { it.key(), it.value() });
    return result;
}

bool Attendance::exportCsv(const QString &path, QChar separator, QString *error) const
{
    const QSqlDatabase db = m_store.database();
    const QVector<Session> sessions = SessionTable(db).all();
    // Every non-revoked `in`, earliest first, in one pass.
    QHash<QString, QPair<QDateTime, QString>> venue;
    QHash<QString, QSet<QString>> attended;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT e.attendee_id, e.session_id, e.occurred_at, e.device FROM checkin_event e"
                          " WHERE e.kind = 'in' AND NOT EXISTS (SELECT 1 FROM checkin_event r"
                          " WHERE r.kind = 'revoke' AND r.revokes = e.id) ORDER BY e.occurred_at"));
    while (q.next()) {
        const QString attendee = q.value(0).toString();
        if (q.value(1).isNull()) {
            if (!venue.contains(attendee))
                venue.insert(attendee,
                    { QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs), q.value(3).toString() });
        } else {
            attended[attendee].insert(q.value(1).toString());
        }
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QTimeZone zone = m_store.timeZone();
    QStringList header = { QStringLiteral("code"), QStringLiteral("external_ref"), QStringLiteral("last_name"),
        QStringLiteral("first_name"), QStringLiteral("organisation"), QStringLiteral("role"), QStringLiteral("country"),
        QStringLiteral("category"), QStringLiteral("email"), QStringLiteral("status"), QStringLiteral("checked_in"),
        QStringLiteral("checked_in_at"), QStringLiteral("device") };
    for (const Session &s : sessions)
        header << s.code;
    QString out = QChar(0xFEFF); // lets spreadsheets see UTF-8
    auto writeRow = [&](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << CsvText::field(f, separator);
        out += quoted.join(separator) + QLatin1String("\r\n");
    };
    writeRow(header);
    for (const Attendee &a : AttendeeTable(db).all()) {
        const auto entry = venue.value(a.id);
        QStringList row
            = { a.code, a.externalRef, a.lastName, a.firstName, a.organisation, a.role, a.country, a.category, a.email,
                  Attendee::statusName(a.status), venue.contains(a.id) ? QStringLiteral("1") : QStringLiteral("0"),
                  entry.first.isValid() ? entry.first.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                        : QString(),
                  entry.second };
        for (const Session &s : sessions)
            row << (attended.value(a.id).contains(s.id) ? QStringLiteral("1") : QStringLiteral("0"));
        writeRow(row);
    }
    file.write(out.toUtf8());
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
