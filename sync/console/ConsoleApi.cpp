#include "sync/console/ConsoleApi.h"

#include "kiosk/codes/QrCodeImage.h"
#include "kiosk/core/Attendance.h"
#include "kiosk/core/AttendanceCsv.h"
#include "kiosk/core/AttendanceReport.h"
#include "kiosk/core/AttendeeSearch.h"
#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInLog.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/Registrations.h"
#include "kiosk/core/SessionTable.h"
#include "kiosk/import/AttendeeImporter.h"
#include "sync/EnrolmentInvite.h"
#include "sync/HubService.h"
#include "sync/SyncLog.h"
#include "sync/console/ConsoleDownload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

HttpResponse json(int status, const QJsonObject &object)
{
    return HttpResponse::json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse problem(int status, const QString &message)
{
    return json(status, QJsonObject { { QStringLiteral("error"), message } });
}

QString localTime(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QJsonObject counted(const QMap<QString, int> &counts)
{
    QJsonObject out;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        out.insert(it.key().isEmpty() ? QStringLiteral("—") : it.key(), it.value());
    return out;
}

} // namespace

ConsoleApi::ConsoleApi(EventStore &store, HubService &service, Hub hub)
    : m_store(store)
    , m_service(service)
    , m_hub(std::move(hub))
    , m_codes(store, m_hub.keyFile)
    , m_clock(QStringLiteral("hub-console"))
{
}

HttpResponse ConsoleApi::answer(const HttpRequest &request, const ConsoleAccounts::Session &session)
{
    const QStringList parts = request.path.mid(int(qstrlen("/console/api/"))).split(QLatin1Char('/'));
    if (request.method != "GET")
        return change(request, session);
    const QString what = parts.value(0);
    if (what == QLatin1String("dashboard") && parts.size() == 1)
        return json(200, dashboard());
    if (what == QLatin1String("sessions") && parts.size() == 2)
        return json(200, sessionDetail(parts.at(1)));
    if (what == QLatin1String("attendees") && parts.size() == 1)
        return json(200, attendees(request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded)));
    if (what == QLatin1String("attendees") && parts.size() == 2) {
        const QJsonObject detail = attendeeDetail(parts.at(1));
        return detail.isEmpty() ? problem(404, QStringLiteral("nobody with this id")) : json(200, detail);
    }
    if (what == QLatin1String("devices") && parts.size() == 1)
        return json(200, devices());
    if (what == QLatin1String("exports") && parts.size() == 2) {
        if (parts.at(1) == QLatin1String("attendance-by-session.csv"))
            return exportAttendance(QStringLiteral("session"), request);
        if (parts.at(1) == QLatin1String("attendance-by-attendee.csv"))
            return exportAttendance(QStringLiteral("attendee"), request);
    }
    if (what == QLatin1String("codes")) {
        if (session.role != ConsoleAccounts::Role::Organiser)
            return problem(403, tr("The codes admit people: only organisers see them."));
        const QChar separator = ConsoleDownload::separator(request.query.queryItemValue(QStringLiteral("sep")));
        if (parts.size() == 1)
            return json(200, m_codes.status());
        if (parts.size() == 2 && parts.at(1) == QLatin1String("codes.csv"))
            return m_codes.mailMergeCsv(separator);
        if (parts.size() == 2 && parts.at(1) == QLatin1String("codes-qr.zip"))
            return m_codes.qrArchive(separator);
    }
    return problem(404, QStringLiteral("no such endpoint"));
}

HttpResponse ConsoleApi::exportAttendance(const QString &by, const HttpRequest &request) const
{
    const QChar separator = ConsoleDownload::separator(request.query.queryItemValue(QStringLiteral("sep")));
    const QString language = request.query.queryItemValue(QStringLiteral("lang")) == QLatin1String("en")
        ? QStringLiteral("en")
        : QStringLiteral("fr");
    // The same report and CSV as `accueil export attendance --by session|attendee`.
    const AttendanceReport report(m_store);
    const AttendanceCsv csv(separator, language);
    if (by == QLatin1String("session")) {
        const auto sessions = report.bySession().value_or(QVector<AttendanceReport::SessionAttendance>());
        return ConsoleDownload::attachment(csv.bySession(sessions, report.timeZone()), "text/csv; charset=utf-8",
            QStringLiteral("attendance-by-session.csv"));
    }
    return ConsoleDownload::attachment(csv.byAttendee(report.byAttendee(), report.timeZone()),
        "text/csv; charset=utf-8", QStringLiteral("attendance-by-attendee.csv"));
}

QJsonObject ConsoleApi::dashboard() const
{
    Attendance attendance(m_store);
    QJsonObject out = attendance.figures().toJson();
    const QTimeZone zone = m_store.timeZone();
    QJsonArray curve;
    for (const Attendance::Quarter &q : attendance.arrivalsByQuarter()) {
        curve.append(QJsonObject { { QStringLiteral("start"), q.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")) },
            { QStringLiteral("count"), q.count } });
    }
    out.insert(QStringLiteral("arrivals"), curve);
    out.insert(QStringLiteral("time_zone"), QString::fromLatin1(zone.id()));
    out.insert(QStringLiteral("event"), m_store.eventName());
    out.insert(QStringLiteral("devices"), devices().value(QStringLiteral("devices")));
    // Sessions with their times, for the sessions page.
    QJsonArray sessions = out.value(QStringLiteral("sessions")).toArray();
    SessionTable table(m_store.database());
    for (int i = 0; i < sessions.size(); ++i) {
        QJsonObject s = sessions.at(i).toObject();
        if (const auto session = table.byId(s.value(QStringLiteral("id")).toString())) {
            s.insert(QStringLiteral("title_fr"), session->title(QStringLiteral("fr")));
            s.insert(QStringLiteral("title_en"), session->title(QStringLiteral("en")));
            s.insert(QStringLiteral("room"), session->room);
            s.insert(QStringLiteral("starts"), localTime(session->startsAt, zone));
        }
        sessions.replace(i, s);
    }
    out.insert(QStringLiteral("sessions"), sessions);
    return out;
}

QJsonObject ConsoleApi::sessionDetail(const QString &id) const
{
    QSqlQuery q(m_store.database());
    // Who has a non-revoked `in` for the session, with their first time.
    q.prepare(QStringLiteral(
        "SELECT a.id, a.first_name, a.last_name, a.organisation, a.category, min(e.occurred_at) FROM checkin_event e "
        "JOIN attendee a ON a.id = e.attendee_id WHERE e.session_id = ? AND e.kind = 'in' AND NOT EXISTS "
        "(SELECT 1 FROM checkin_event r WHERE r.kind = 'revoke' AND r.revokes = e.id) "
        "GROUP BY a.id, a.first_name, a.last_name, a.organisation, a.category ORDER BY a.last_name, a.first_name"));
    q.addBindValue(id);
    QJsonArray people;
    QMap<QString, int> byCategory;
    QMap<QString, int> byOrganisation;
    const QTimeZone zone = m_store.timeZone();
    if (q.exec()) {
        while (q.next()) {
            const QString category = q.value(4).toString();
            const QString organisation = q.value(3).toString();
            ++byCategory[category];
            ++byOrganisation[organisation];
            QDateTime at = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
            people.append(QJsonObject { { QStringLiteral("id"), q.value(0).toString() },
                { QStringLiteral("name"), q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString() },
                { QStringLiteral("organisation"), organisation }, { QStringLiteral("category"), category },
                { QStringLiteral("at"), localTime(at, zone) } });
        }
    }
    QJsonObject out { { QStringLiteral("id"), id }, { QStringLiteral("attendees"), people },
        { QStringLiteral("by_category"), counted(byCategory) },
        { QStringLiteral("by_organisation"), counted(byOrganisation) } };
    if (const auto session = SessionTable(m_store.database()).byId(id)) {
        out.insert(QStringLiteral("title_fr"), session->title(QStringLiteral("fr")));
        out.insert(QStringLiteral("title_en"), session->title(QStringLiteral("en")));
        out.insert(QStringLiteral("capacity"), session->capacity);
    }
    return out;
}

QJsonObject ConsoleApi::attendees(const QString &text) const
{
    QJsonArray list;
    CheckInLog log(m_store.database());
    for (const Attendee &a : AttendeeSearch(m_store.database()).find(text, 50)) {
        QJsonObject row = a.toJson();
        row.insert(QStringLiteral("checked_in"), log.firstCheckIn(a.id, QString()).has_value());
        list.append(row);
    }
    return QJsonObject { { QStringLiteral("attendees"), list } };
}

QJsonObject ConsoleApi::attendeeDetail(const QString &id) const
{
    const auto attendee = AttendeeTable(m_store.database()).byId(id);
    if (!attendee || attendee->deleted)
        return QJsonObject();
    CheckInLog log(m_store.database());
    SessionTable sessions(m_store.database());
    const QTimeZone zone = m_store.timeZone();
    QJsonArray history;
    for (const CheckInEvent &e : log.forAttendee(id)) {
        const std::optional<Session> session = e.sessionId.isEmpty() ? std::nullopt : sessions.byId(e.sessionId);
        history.append(
            QJsonObject { { QStringLiteral("id"), e.id }, { QStringLiteral("kind"), CheckInEvent::kindName(e.kind) },
                { QStringLiteral("session"), session ? session->code : QString() },
                { QStringLiteral("revoked"), e.kind == CheckInEvent::Kind::In && log.isRevoked(e.id) },
                { QStringLiteral("device"), HubService::cleanDeviceName(e.device) },
                { QStringLiteral("method"), e.method }, { QStringLiteral("at"), localTime(e.occurredAt, zone) } });
    }
    QJsonObject out = attendee->toJson();
    out.insert(QStringLiteral("email"), attendee->email);
    out.insert(QStringLiteral("history"), history);
    out.insert(QStringLiteral("checked_in"), log.firstCheckIn(id, QString()).has_value());
    return out;
}

QJsonObject ConsoleApi::devices() const
{
    QJsonArray list;
    const QTimeZone zone = m_store.timeZone();
    for (const HubService::Device &d : m_service.devices()) {
        // What the device last reported of itself: null when it never did
        // (an older device), or when it has no printer.
        const std::optional<DeviceState> &state = d.state;
        QJsonValue printer;
        if (state && state->printer) {
            const DeviceState::Printer &p = *state->printer;
            printer = QJsonObject { { QStringLiteral("queue"), p.queue },
                { QStringLiteral("state"), p.problem.isEmpty() ? QStringLiteral("ready") : QStringLiteral("problem") },
                { QStringLiteral("problem"), p.problem }, { QStringLiteral("message"), p.message } };
        }
        list.append(QJsonObject { { QStringLiteral("id"), d.id },
            { QStringLiteral("name"), HubService::cleanDeviceName(d.name) },
            { QStringLiteral("enrolled"), localTime(d.enrolledAt, zone) },
            { QStringLiteral("last_seen"), localTime(d.lastSeenAt, zone) },
            { QStringLiteral("seconds_since_seen"),
                d.lastSeenAt.isValid() ? double(d.lastSeenAt.secsTo(QDateTime::currentDateTimeUtc())) : -1.0 },
            { QStringLiteral("revoked"), d.revoked },
            { QStringLiteral("events_waiting"), state ? QJsonValue(state->eventsWaiting) : QJsonValue() },
            { QStringLiteral("badges_waiting"),
                state && state->badgesWaiting ? QJsonValue(*state->badgesWaiting) : QJsonValue() },
            { QStringLiteral("printer"), printer }, { QStringLiteral("status_at"), localTime(d.statusAt, zone) } });
    }
    return QJsonObject { { QStringLiteral("devices"), list } };
}

HttpResponse ConsoleApi::change(const HttpRequest &request, const ConsoleAccounts::Session &session)
{
    if (request.method != "POST")
        return problem(405, QStringLiteral("changes are POSTed"));
    if (session.role != ConsoleAccounts::Role::Organiser)
        return problem(403, tr("Viewers see the figures only; ask an organiser to make this change."));
    const QStringList parts = request.path.mid(int(qstrlen("/console/api/"))).split(QLatin1Char('/'));
    const QString what = parts.value(0);
    const QJsonObject in = QJsonDocument::fromJson(request.body).object();
    const QString actor = QStringLiteral("console:") + session.user;
    if (what == QLatin1String("attendees") && parts.size() == 3) {
        Registrations registrations(m_store, actor);
        const QString &id = parts.at(1);
        Registrations::Change done;
        if (parts.at(2) == QLatin1String("cancel")) {
            done = registrations.cancel(id);
        } else if (parts.at(2) == QLatin1String("restore")) {
            done = registrations.restore(id);
        } else if (parts.at(2) == QLatin1String("edit")) {
            Registrations::Edit edit;
            const QVector<QPair<QString, std::optional<QString> Registrations::Edit::*>> fields = {
                { QStringLiteral("first_name"), &Registrations::Edit::firstName },
                { QStringLiteral("last_name"), &Registrations::Edit::lastName },
                { QStringLiteral("organisation"), &Registrations::Edit::organisation },
                { QStringLiteral("role"), &Registrations::Edit::role },
                { QStringLiteral("country"), &Registrations::Edit::country },
                { QStringLiteral("category"), &Registrations::Edit::category },
                { QStringLiteral("email"), &Registrations::Edit::email },
            };
            for (const auto &[key, member] : fields) {
                if (in.value(key).isString())
                    edit.*member = in.value(key).toString();
            }
            done = registrations.edit(id, edit);
        } else {
            return problem(404, QStringLiteral("no such change"));
        }
        if (!done.ok)
            return problem(422, done.message);
        qCInfo(lcSync).noquote() << "console:" << session.user << parts.at(2) << id;
        return json(200, attendeeDetail(id));
    }
    if (what == QLatin1String("devices") && parts.size() == 3 && parts.at(2) == QLatin1String("revoke")) {
        QString error;
        if (!m_service.revoke(parts.at(1), &error))
            return problem(422, error);
        qCInfo(lcSync).noquote() << "console:" << session.user << "revoked device" << parts.at(1);
        return json(200, devices());
    }
    if (what == QLatin1String("enrolment") && parts.size() == 1) {
        const QString code = m_service.newEnrolmentCode();
        const EnrolmentInvite invite { m_hub.url, code, m_hub.fingerprint, m_store.eventName() };
        const QrCodeImage qr = QrCodeImage::encode(invite.toText(), QrCodeImage::Ecc::Medium);
        return json(201,
            QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("hub"), m_hub.url },
                { QStringLiteral("fingerprint"), m_hub.fingerprint }, { QStringLiteral("payload"), invite.toText() },
                { QStringLiteral("svg"), qr.toSvg() } });
    }
    if (what == QLatin1String("codes") && parts.size() == 2 && parts.at(1) == QLatin1String("issue"))
        return m_codes.issue(in, session.user);
    if (what == QLatin1String("import") && parts.size() == 1) {
        AttendeeImporter::Options options;
        options.dryRun = request.query.queryItemValue(QStringLiteral("apply")) != QLatin1String("1");
        options.label = QStringLiteral("console upload by %1").arg(session.user);
        AttendeeImporter importer(m_store, m_clock);
        const ImportReport report = importer.importData(request.body, options);
        QJsonObject out = report.toJson();
        out.insert(QStringLiteral("summary"), report.summary());
        if (!options.dryRun)
            qCInfo(lcSync).noquote() << "console:" << session.user << "imported" << report.imported << "new,"
                                     << report.updated << "updated";
        return json(report.ok() ? 200 : 422, out);
    }
    return problem(404, QStringLiteral("no such endpoint"));
}
