#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInLog.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/Registrations.h"
#include "kiosk/core/SessionTable.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Outcome = CheckInResult::Outcome;

class TestCheckInService : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EventStore> m_store;
    QDateTime m_now;
    QString m_marie;
    int m_run = 0;

    std::unique_ptr<CheckInService> service(const QString &device = QStringLiteral("kiosk-1"))
    {
        return std::make_unique<CheckInService>(*m_store, device, [this] { return m_now; });
    }

    CheckInService::Request request(const QString &code, const QString &session = QString())
    {
        CheckInService::Request r;
        r.scanned = code;
        r.sessionId = session;
        return r;
    }

    Session addSession(const QString &code, int capacity, bool restricted)
    {
        Session s;
        s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.code = code;
        s.titleFr = QStringLiteral("Atelier ") + code;
        s.titleEn = QStringLiteral("Workshop ") + code;
        s.capacity = capacity;
        s.restricted = restricted;
        s.version = QStringLiteral("x");
        SessionTable(m_store->database()).save(s);
        return s;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<EventStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("event-%1.sqlite").arg(++m_run))));
        m_now = QDateTime(QDate(2026, 7, 8), QTime(7, 2), Qt::UTC);
        m_marie = TestSupport::addAttendee(
            *m_store, QStringLiteral("CUF-2026-0417"), QStringLiteral("Marie"), QStringLiteral("Lefèvre"));
        TestSupport::addAttendee(*m_store, QStringLiteral("CUF-2026-0418"), QStringLiteral("Paul"),
            QStringLiteral("Annulé"), QString(), true);
        TestSupport::addAttendee(
            *m_store, QStringLiteral("CUF-2026-0419"), QStringLiteral("Sakura"), QStringLiteral("Yamada"));
    }
    void cleanup() { m_store.reset(); }

    void checksInAKnownCode()
    {
        auto s = service();
        const CheckInResult r = s->scan(request(QStringLiteral("CUF-2026-0417")));
        QCOMPARE(r.outcome, Outcome::CheckedIn);
        QVERIFY(r.admitted());
        QCOMPARE(r.attendee->id, m_marie);
        QVERIFY(!r.eventId.isEmpty());
        // Written before the answer: a separate connection sees it.
        EventStore other;
        QVERIFY(other.open(m_store->path()));
        const auto event = CheckInLog(other.database()).byId(r.eventId);
        QVERIFY(event.has_value());
        QCOMPARE(event->device, QStringLiteral("kiosk-1"));
        QCOMPARE(event->occurredAt, m_now);
        QVERIFY(event->sessionId.isEmpty());
    }

    void scannerNoiseIsTrimmed()
    {
        auto s = service();
        QCOMPARE(s->scan(request(QStringLiteral("  CUF-2026-0417\r\n"))).outcome, Outcome::CheckedIn);
    }

    void secondScanIsAlreadyCheckedIn()
    {
        auto kiosk1 = service(QStringLiteral("kiosk-1"));
        auto kiosk4 = service(QStringLiteral("kiosk-4"));
        const QDateTime first = m_now;
        QCOMPARE(kiosk1->scan(request(QStringLiteral("CUF-2026-0417"))).outcome, Outcome::CheckedIn);
        m_now = m_now.addSecs(600);
        const CheckInResult again = kiosk4->scan(request(QStringLiteral("CUF-2026-0417")));
        QCOMPARE(again.outcome, Outcome::AlreadyCheckedIn);
        QVERIFY(!again.admitted());
        QVERIFY(again.eventId.isEmpty());
        QCOMPARE(again.firstCheckIn->occurredAt, first);
        QCOMPARE(again.firstCheckIn->device, QStringLiteral("kiosk-1"));
        const QJsonObject json = again.toJson();
        QCOMPARE(json.value(QStringLiteral("result")).toString(), QStringLiteral("already_checked_in"));
        QCOMPARE(json.value(QStringLiteral("first_checkin")).toObject().value(QStringLiteral("device")).toString(),
            QStringLiteral("kiosk-1"));
    }

    void unknownInvalidCancelled_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<Outcome>("outcome");
        QTest::newRow("unknown") << QStringLiteral("CUF-2026-9999") << Outcome::UnknownCode;
        QTest::newRow("cancelled") << QStringLiteral("CUF-2026-0418") << Outcome::Cancelled;
        QTest::newRow("empty") << QStringLiteral("   ") << Outcome::InvalidCode;
        QTest::newRow("control characters") << QStringLiteral("CUF\x01"
                                                              "2026")
                                            << Outcome::InvalidCode;
        QTest::newRow("too long") << QString(600, QLatin1Char('A')) << Outcome::InvalidCode;
    }
    void unknownInvalidCancelled()
    {
        QFETCH(QString, code);
        QFETCH(Outcome, outcome);
        auto s = service();
        const CheckInResult r = s->scan(request(code));
        QCOMPARE(r.outcome, outcome);
        QVERIFY(!r.admitted());
        QVERIFY(r.eventId.isEmpty());
        QVERIFY(!r.message().isEmpty());
        QCOMPARE(CheckInLog(m_store->database()).attendeeCount(QString()), 0);
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("attendee")).isNull(), outcome != Outcome::Cancelled);
    }

    // A deleted person's opaque code, in either case, is refused with a
    // sentence that sends them to the desk, and writes nothing.
    void deletedOpaqueCodeIsRefused_data()
    {
        QTest::addColumn<QString>("scanned");
        QTest::newRow("exact") << QStringLiteral("CUF-2026-0417");
        QTest::newRow("other case") << QStringLiteral("cuf-2026-0417");
        QTest::newRow("scanner noise") << QStringLiteral(" CUF-2026-0417\r\n");
    }
    void deletedOpaqueCodeIsRefused()
    {
        QFETCH(QString, scanned);
        QVERIFY(Registrations(*m_store, QStringLiteral("desk")).remove(m_marie).ok);
        auto s = service();
        const CheckInResult r = s->scan(request(scanned));
        QCOMPARE(r.outcome, Outcome::Cancelled);
        QVERIFY(!r.admitted());
        QVERIFY(r.eventId.isEmpty());
        QVERIFY2(r.message().contains(QLatin1String("welcome desk")), qPrintable(r.message()));
        QVERIFY(!r.message().contains(QLatin1String("Lefèvre")));
        QCOMPARE(
            r.toJson().value(QStringLiteral("attendee")).toObject().value(QStringLiteral("deleted")).toBool(), true);
        QCOMPARE(CheckInLog(m_store->database()).attendeeCount(QString()), 0);
        QVERIFY(!AttendeeTable(m_store->database()).byId(m_marie).has_value());
        // Undo, walk-ins and edits do not find them either.
        QVERIFY(!s->undo(QStringLiteral("CUF-2026-0417")).ok);
    }

    void codesInEitherCase_data()
    {
        QTest::addColumn<QString>("scanned");
        QTest::addColumn<QString>("lastName"); // empty: not found
        QTest::newRow("exact") << QStringLiteral("CUF-2026-0417") << QStringLiteral("Lefèvre");
        QTest::newRow("lower case") << QStringLiteral("cuf-2026-0417") << QStringLiteral("Lefèvre");
        QTest::newRow("mixed case") << QStringLiteral("Cuf-2026-0419") << QStringLiteral("Yamada");
        QTest::newRow("exact wins over another case") << QStringLiteral("ab-7") << QStringLiteral("Lower");
        QTest::newRow("exact, the other one") << QStringLiteral("AB-7") << QStringLiteral("Upper");
        QTest::newRow("ambiguous") << QStringLiteral("Ab-7") << QString();
        QTest::newRow("unknown") << QStringLiteral("cuf-2026-9999") << QString();
    }
    void codesInEitherCase()
    {
        QFETCH(QString, scanned);
        QFETCH(QString, lastName);
        TestSupport::addAttendee(*m_store, QStringLiteral("ab-7"), QStringLiteral("Al"), QStringLiteral("Lower"));
        TestSupport::addAttendee(*m_store, QStringLiteral("AB-7"), QStringLiteral("Al"), QStringLiteral("Upper"));
        auto s = service();
        const CheckInResult r = s->scan(request(scanned));
        QCOMPARE(r.outcome, lastName.isEmpty() ? Outcome::UnknownCode : Outcome::CheckedIn);
        if (!lastName.isEmpty())
            QCOMPARE(r.attendee->lastName, lastName);
    }

    void caseInsensitiveLookupUsesAnIndex()
    {
        // Fast at 100 000 attendees: the other-case lookup must not scan the table.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT id FROM attendee WHERE lower(code) = lower('x') AND deleted = 0")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QLatin1String("USING INDEX attendee_code_lower")), qPrintable(plan));
    }

    void undoByCodeUndoesTheLatestCheckIn()
    {
        const Session a1 = addSession(QStringLiteral("A1"), 0, false);
        auto s = service();
        const CheckInResult venue = s->scan(request(QStringLiteral("CUF-2026-0417")));
        m_now = m_now.addSecs(600);
        const CheckInResult session = s->scan(request(QStringLiteral("CUF-2026-0417"), a1.id));
        QCOMPARE(session.outcome, Outcome::CheckedIn);
        CheckInLog log(m_store->database());
        // By code, in either case: the session entry first (the latest), then the venue.
        const CheckInService::UndoResult first = s->undo(QStringLiteral("cuf-2026-0417"), QStringLiteral("desk"));
        QVERIFY2(first.ok, qPrintable(first.message));
        QVERIFY(log.isRevoked(session.eventId));
        QVERIFY(!log.isRevoked(venue.eventId));
        QVERIFY(s->undo(QStringLiteral("CUF-2026-0417")).ok);
        QVERIFY(log.isRevoked(venue.eventId));
        const CheckInService::UndoResult nothing = s->undo(QStringLiteral("CUF-2026-0417"));
        QVERIFY(!nothing.ok);
        QVERIFY(!nothing.message.isEmpty());
        QVERIFY(!s->undo(QStringLiteral("CUF-2026-0419")).ok); // never checked in
    }

    void aPersonWithoutANameIsStillGreeted_data()
    {
        QTest::addColumn<bool>("inSession");
        QTest::newRow("venue") << false;
        QTest::newRow("session") << true;
    }
    void aPersonWithoutANameIsStillGreeted()
    {
        QFETCH(bool, inSession);
        TestSupport::addAttendee(*m_store, QStringLiteral("CUF-2026-0500"), QString(), QString());
        const QString session = inSession ? addSession(QStringLiteral("B2"), 0, false).id : QString();
        auto s = service();
        const CheckInResult r = s->scan(request(QStringLiteral("CUF-2026-0500"), session));
        QCOMPARE(r.outcome, Outcome::CheckedIn);
        // Greeted by their code, never as " is checked in".
        QVERIFY2(r.message().startsWith(QLatin1String("CUF-2026-0500 ")), qPrintable(r.message()));
        m_now = m_now.addSecs(60);
        const CheckInResult again = s->scan(request(QStringLiteral("CUF-2026-0500"), session));
        QVERIFY2(again.message().startsWith(QLatin1String("CUF-2026-0500 ")), qPrintable(again.message()));
    }

    void repeatedReadsAreOneScan()
    {
        auto s = service();
        s->setRepeatWindow(3000);
        const CheckInResult first = s->scan(request(QStringLiteral("CUF-2026-0417")));
        QCOMPARE(first.outcome, Outcome::CheckedIn);
        m_now = m_now.addMSecs(500);
        const CheckInResult held = s->scan(request(QStringLiteral("CUF-2026-0417")));
        // The camera still sees the code: the same answer, nothing new written.
        QCOMPARE(held.outcome, Outcome::CheckedIn);
        QVERIFY(held.repeated);
        QCOMPARE(held.eventId, first.eventId);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM checkin_event")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Each read inside the window extends it; once the code is gone long enough it is a new scan.
        m_now = m_now.addMSecs(2900);
        QVERIFY(s->scan(request(QStringLiteral("CUF-2026-0417"))).repeated);
        m_now = m_now.addMSecs(3001);
        const CheckInResult later = s->scan(request(QStringLiteral("CUF-2026-0417")));
        QVERIFY(!later.repeated);
        QCOMPARE(later.outcome, Outcome::AlreadyCheckedIn);
        // Another code in between ends the repeat.
        QCOMPARE(s->scan(request(QStringLiteral("CUF-2026-0419"))).outcome, Outcome::CheckedIn);
        QCOMPARE(s->scan(request(QStringLiteral("CUF-2026-0417"))).repeated, false);
    }

    void undoRevokes()
    {
        auto s = service();
        const CheckInResult r = s->scan(request(QStringLiteral("CUF-2026-0417")));
        const CheckInService::UndoResult undone = s->undo(r.eventId, QStringLiteral("desk-anne"));
        QVERIFY2(undone.ok, qPrintable(undone.message));
        CheckInLog log(m_store->database());
        QVERIFY(log.isRevoked(r.eventId));
        const auto revoke = log.byId(undone.eventId);
        QCOMPARE(revoke->kind, CheckInEvent::Kind::Revoke);
        QCOMPARE(revoke->revokes, r.eventId);
        QCOMPARE(revoke->staff, QStringLiteral("desk-anne"));
        QCOMPARE(log.attendeeCount(QString()), 0);
        // The person may check in again, and the log keeps all three events.
        const CheckInResult again = s->scan(request(QStringLiteral("CUF-2026-0417")));
        QCOMPARE(again.outcome, Outcome::CheckedIn);
        QCOMPARE(log.forAttendee(m_marie).size(), 3);
        // Undo twice, undo of an undo, undo of nothing: refused with a reason.
        QVERIFY(!s->undo(r.eventId).ok);
        QVERIFY(!s->undo(undone.eventId).ok);
        const auto missing = s->undo(QStringLiteral("no-such-event"));
        QVERIFY(!missing.ok);
        QVERIFY(!missing.message.isEmpty());
    }

    void sessionMode()
    {
        const Session open = addSession(QStringLiteral("A1"), 0, false);
        auto s = service();
        // By code or by id.
        const CheckInResult r = s->scan(request(QStringLiteral("CUF-2026-0417"), QStringLiteral("A1")));
        QCOMPARE(r.outcome, Outcome::CheckedIn);
        QCOMPARE(r.session->id, open.id);
        QCOMPARE(r.sessionCount, 1);
        QCOMPARE(s->scan(request(QStringLiteral("CUF-2026-0417"), open.id)).outcome, Outcome::AlreadyCheckedIn);
        // A session entry is not a venue check-in, and the venue one is separate.
        QCOMPARE(s->scan(request(QStringLiteral("CUF-2026-0417"))).outcome, Outcome::CheckedIn);
        CheckInLog log(m_store->database());
        QCOMPARE(log.attendeeCount(open.id), 1);
        QCOMPARE(log.attendeeCount(QString()), 1);
        // Unknown session: an error, nothing written.
        const CheckInResult bad = s->scan(request(QStringLiteral("CUF-2026-0419"), QStringLiteral("Z9")));
        QCOMPARE(bad.outcome, Outcome::Error);
        QCOMPARE(log.attendeeCount(QString()), 1);
    }

    void restrictedSession()
    {
        const Session closed = addSession(QStringLiteral("R1"), 0, true);
        SessionTable(m_store->database()).addRegistration(closed.id, m_marie);
        auto s = service();
        QCOMPARE(s->scan(request(QStringLiteral("CUF-2026-0419"), QStringLiteral("R1"))).outcome,
            Outcome::NotRegisteredForSession);
        QCOMPARE(s->scan(request(QStringLiteral("CUF-2026-0417"), QStringLiteral("R1"))).outcome, Outcome::CheckedIn);
        QCOMPARE(s->scan(request(QStringLiteral("CUF-2026-0418"), QStringLiteral("R1"))).outcome, Outcome::Cancelled);
    }

    void fullSessionWarnsAndCanBeOverridden()
    {
        addSession(QStringLiteral("C1"), 1, false);
        auto s = service();
        QCOMPARE(s->scan(request(QStringLiteral("CUF-2026-0417"), QStringLiteral("C1"))).outcome, Outcome::CheckedIn);
        CheckInService::Request full = request(QStringLiteral("CUF-2026-0419"), QStringLiteral("C1"));
        const CheckInResult warned = s->scan(full);
        QCOMPARE(warned.outcome, Outcome::SessionFull);
        QCOMPARE(warned.sessionCount, 1);
        QCOMPARE(warned.sessionCapacity, 1);
        m_now = m_now.addSecs(10);
        full.overrideCapacity = true;
        full.staff = QStringLiteral("door-1");
        const CheckInResult let = s->scan(full);
        QCOMPARE(let.outcome, Outcome::CheckedIn);
        QCOMPARE(let.sessionCount, 2);
        // Someone already inside a full session is "already checked in", not "full".
        full.overrideCapacity = false;
        m_now = m_now.addSecs(10);
        QCOMPARE(
            s->scan(request(QStringLiteral("CUF-2026-0417"), QStringLiteral("C1"))).outcome, Outcome::AlreadyCheckedIn);
    }

    void outcomeNamesAreStable()
    {
        QCOMPARE(CheckInResult::outcomeName(Outcome::CheckedIn), QStringLiteral("checked_in"));
        QCOMPARE(CheckInResult::outcomeName(Outcome::AlreadyCheckedIn), QStringLiteral("already_checked_in"));
        QCOMPARE(CheckInResult::outcomeName(Outcome::UnknownCode), QStringLiteral("unknown_code"));
        QCOMPARE(CheckInResult::outcomeName(Outcome::InvalidCode), QStringLiteral("invalid_code"));
        QCOMPARE(CheckInResult::outcomeName(Outcome::Cancelled), QStringLiteral("cancelled"));
        QCOMPARE(
            CheckInResult::outcomeName(Outcome::NotRegisteredForSession), QStringLiteral("not_registered_for_session"));
        QCOMPARE(CheckInResult::outcomeName(Outcome::SessionFull), QStringLiteral("session_full"));
    }
};

QTEST_GUILESS_MAIN(TestCheckInService)
#include "tst_checkinservice.moc"
