#pragma once

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInLog.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/SessionTable.h"
#include "kiosk/core/WriteTransaction.h"

#include <QTimeZone>
#include <QUuid>

// A small event for the attendance report, CSV and certificate tests: three
// sessions in Paris on 8–9 July 2026 and people in several scripts, checked in
// (and out, and once revoked) at known times.
namespace AttendanceFixture {

struct Person {
    const char *code, *first, *last, *organisation, *category, *country;
};

inline const Person people[] = {
    { "P-HEL", "Hélène", "Lefèvre", "Ville de Lyon", "élu·e", "France" },
    { "P-GRK", "Ωμέγα", "Παπαδοπούλου", "Association des Maires d'Europe", "technicien·ne", "Grèce" },
    { "P-JPN", "さくら", "山田", "静岡県", "partenaire", "Japon" },
    { "P-ARA", "أمينة", "بن علي", "Commune de Rabat", "élu·e", "Maroc" },
    { "P-FRM", "Eve", "=cmd|' /C calc'!A0", "Ville de \"Saint-Denis\"; Seine", "presse", "France" },
    { "P-NON", "Nadia", "Absente", "Région Bretagne", "élu·e", "France" },
};

inline QString id(const char *code)
{
    return QUuid::createUuidV5(QUuid(), QString::fromLatin1(code)).toString(QUuid::WithoutBraces);
}

inline QDateTime paris(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 7, day), QTime(hour, minute), QTimeZone("Europe/Paris")).toUTC();
}

inline bool build(EventStore &store)
{
    store.setMetaValue(QStringLiteral("event_name"), QStringLiteral("RAICT 2026"));
    store.setMetaValue(QStringLiteral("timezone"), QStringLiteral("Europe/Paris"));
    store.setMetaValue(QStringLiteral("organiser_name"), QStringLiteral("Marie Dupont"));
    WriteTransaction transaction(store.database());
    if (!transaction.begin())
        return false;
    AttendeeTable attendees(store.database());
    for (const Person &p : people) {
        Attendee a;
        a.id = id(p.code);
        a.code = QString::fromLatin1(p.code);
        a.firstName = QString::fromUtf8(p.first);
        a.lastName = QString::fromUtf8(p.last);
        a.organisation = QString::fromUtf8(p.organisation);
        a.category = QString::fromUtf8(p.category);
        a.country = QString::fromUtf8(p.country);
        a.version = QStringLiteral("000000000000001.000000.test");
        if (!attendees.save(a))
            return false;
    }
    SessionTable sessions(store.database());
    struct {
        const char *code, *fr, *en, *room;
        int day, hour, minute, minutes;
    } programme[] = {
        { "A1", "Coopération décentralisée et climat", "Decentralised cooperation and climate", "Salle Jaurès", 8, 10,
            0, 90 },
        { "A2", "Mobilité des jeunes", "Youth mobility", "Salle Hugo", 8, 14, 0, 90 },
        { "P1", "Plénière de clôture", "Closing plenary", "Auditorium", 9, 9, 0, 120 },
    };
    for (const auto &s : programme) {
        Session session;
        session.id = id(s.code);
        session.code = QString::fromLatin1(s.code);
        session.titleFr = QString::fromUtf8(s.fr);
        session.titleEn = QString::fromUtf8(s.en);
        session.room = QString::fromUtf8(s.room);
        session.startsAt = paris(s.day, s.hour, s.minute);
        session.endsAt = session.startsAt.addSecs(qint64(s.minutes) * 60);
        session.version = QStringLiteral("000000000000001.000000.test");
        if (!sessions.save(session))
            return false;
    }
    CheckInLog log(store.database());
    int n = 0;
    auto event = [&](const char *who, const char *session, CheckInEvent::Kind kind, const QDateTime &at,
                     const QString &revokes = QString()) {
        CheckInEvent e;
        e.id = QStringLiteral("event-%1").arg(++n, 3, 10, QLatin1Char('0'));
        e.attendeeId = id(who);
        e.sessionId = session ? id(session) : QString();
        e.kind = kind;
        e.revokes = revokes;
        e.method = QStringLiteral("scanner");
        e.device = QStringLiteral("door-1");
        e.occurredAt = at;
        e.hlc = QStringLiteral("%1.000000.door-1").arg(at.toMSecsSinceEpoch(), 15, 10, QLatin1Char('0'));
        return log.append(e) ? e.id : QString();
    };
    using K = CheckInEvent::Kind;
    bool ok = !event("P-HEL", nullptr, K::In, paris(8, 8, 45)).isEmpty()
        && !event("P-HEL", "A1", K::In, paris(8, 10, 2)).isEmpty()
        && !event("P-HEL", "A1", K::In, paris(8, 10, 40)).isEmpty() // came back in: first entry stays 10:02
        && !event("P-HEL", "A1", K::Out, paris(8, 11, 20)).isEmpty()
        && !event("P-HEL", "P1", K::In, paris(9, 9, 5)).isEmpty()
        && !event("P-GRK", "A1", K::In, paris(8, 10, 5)).isEmpty()
        && !event("P-JPN", "A2", K::In, paris(8, 14, 1)).isEmpty()
        && !event("P-ARA", nullptr, K::In, paris(8, 9, 30)).isEmpty()
        && !event("P-FRM", "A1", K::In, paris(8, 10, 15)).isEmpty();
    // A mistaken check-in, undone: it counts for nothing.
    const QString mistaken = event("P-GRK", "A2", K::In, paris(8, 14, 3));
    ok = ok && !mistaken.isEmpty() && !event("P-GRK", nullptr, K::Revoke, paris(8, 14, 4), mistaken).isEmpty();
    return ok && transaction.commit();
}

} // namespace AttendanceFixture
