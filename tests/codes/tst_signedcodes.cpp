#include "kiosk/codes/Base32.h"
#include "kiosk/codes/CodeVerifier.h"
#include "kiosk/codes/QrCodeImage.h"
#include "kiosk/codes/SignedCode.h"
#include "kiosk/codes/SigningKeys.h"
#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInLog.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/FieldLimits.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/core/Registrations.h"
#include "kiosk/import/AttendeeImporter.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Outcome = CheckInResult::Outcome;

class TestSignedCodes : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EventStore> m_store;
    QByteArray m_public;
    QByteArray m_secret;
    QDateTime m_now;
    int m_run = 0;

    SignedCode codeFor(const QString &first, const QString &last, quint8 keyId = 1) const
    {
        SignedCode c;
        c.keyId = keyId;
        c.eventTag = SignedCode::eventTagFor(m_store->eventId());
        c.attendeeId = QUuid::createUuid();
        c.firstName = first;
        c.lastName = last;
        c.category = QStringLiteral("élu·e");
        return c;
    }

    int eventCount() const
    {
        QSqlQuery q(m_store->database());
        return q.exec(QStringLiteral("SELECT count(*) FROM checkin_event")) && q.next() ? q.value(0).toInt() : -1;
    }

    CheckInResult scan(const QString &text)
    {
        CheckInService service(*m_store, QStringLiteral("kiosk-1"), [this] { return m_now; });
        CheckInService::Request r;
        r.scanned = text;
        return service.scan(r);
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<EventStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("e%1.sqlite").arg(++m_run))));
        SignedCode::generateKeyPair(&m_public, &m_secret);
        QVERIFY(SigningKeys(m_store->database()).add(1, m_public));
        m_now = QDateTime(QDate(2026, 7, 8), QTime(7, 30), Qt::UTC);
    }

    void base32RoundTrip()
    {
        for (int n = 0; n < 40; ++n) {
            QByteArray bytes;
            for (int i = 0; i < n; ++i)
                bytes += char((i * 37 + n) & 0xFF);
            const QString text = Base32::encode(bytes);
            for (QChar c : text)
                QVERIFY(QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567").contains(c));
            QCOMPARE(Base32::decode(text).value_or(QByteArray("x")), bytes);
        }
        QVERIFY(!Base32::decode(QStringLiteral("ab")).has_value()); // lower case is not the same code
        QVERIFY(!Base32::decode(QStringLiteral("A1")).has_value());
    }

    void roundTripCarriesTheBadge()
    {
        SignedCode c = codeFor(QStringLiteral("Marie-Thérèse"), QStringLiteral("de La Tour d'Auvergne-Lauraguais"));
        c.validUntil = QDateTime(QDate(2026, 7, 9), QTime(21, 59), Qt::UTC);
        const QString text = c.sign(m_secret);
        QVERIFY(text.startsWith(QStringLiteral("AC1.")));
        QVERIFY(text.size() < 260);
        const auto parsed = SignedCode::parse(text);
        QVERIFY(parsed.has_value());
        QVERIFY(parsed->verify(m_public));
        QCOMPARE(parsed->attendeeId, c.attendeeId);
        QCOMPARE(parsed->firstName, c.firstName);
        QCOMPARE(parsed->lastName, c.lastName);
        QCOMPARE(parsed->category, c.category);
        QCOMPARE(parsed->validUntil, c.validUntil);
        QVERIFY(!parsed->validFrom.isValid());
        // The QR code of a signed code reads back whole.
        QVERIFY(!QrCodeImage::encode(text).isNull());
    }

    void offlineProvisionalCheckIn()
    {
        const SignedCode c = codeFor(QStringLiteral("さくら"), QStringLiteral("山田"));
        const QString text = c.sign(m_secret);
        const CheckInResult r = scan(text);
        QCOMPARE(r.outcome, Outcome::CheckedIn);
        QVERIFY(r.provisional);
        QCOMPARE(r.attendee->lastName, QStringLiteral("山田"));
        QCOMPARE(r.attendee->id, c.attendeeId.toString(QUuid::WithoutBraces));
        QVERIFY(r.toJson().value(QStringLiteral("provisional")).toBool());
        m_now = m_now.addSecs(60);
        QCOMPARE(scan(text).outcome, Outcome::AlreadyCheckedIn);

        // The real record arrives (same code in the organiser's export): it
        // replaces the provisional one, and the check-in stays.
        HybridClock clock(QStringLiteral("hub"));
        const QByteArray csv
            = "Code;Prénom;Nom;Organisation\n" + text.toUtf8() + ";Sakura;Yamada;Préfecture de Shizuoka\n";
        const ImportReport report = AttendeeImporter(*m_store, clock).importData(csv, {});
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        QCOMPARE(report.updated, 1);
        const auto a = AttendeeTable(m_store->database()).byCode(text);
        QVERIFY(!a->provisional);
        QCOMPARE(a->organisation, QStringLiteral("Préfecture de Shizuoka"));
        QVERIFY(CheckInLog(m_store->database()).firstCheckIn(a->id, QString()).has_value());
    }

    void knownAttendeeUsesTheList()
    {
        const SignedCode c = codeFor(QStringLiteral("Paul"), QStringLiteral("Annulé"));
        Attendee a;
        a.id = c.attendeeId.toString(QUuid::WithoutBraces);
        a.firstName = QStringLiteral("Paul");
        a.lastName = QStringLiteral("Annulé");
        a.status = Attendee::Status::Cancelled;
        a.version = QStringLiteral("x");
        QVERIFY(AttendeeTable(m_store->database()).save(a));
        QCOMPARE(scan(c.sign(m_secret)).outcome, Outcome::Cancelled);
    }

    // Deletion and cancellation are final: a valid signature does not bring
    // back someone deleted or cancelled on this device.
    void deletedOrCancelledSignedCodeIsRefused_data()
    {
        QTest::addColumn<bool>("deleteThem");
        QTest::addColumn<bool>("seenBefore"); // checked in once, provisionally, before the change
        QTest::newRow("deleted") << true << false;
        QTest::newRow("deleted after a provisional check-in") << true << true;
        QTest::newRow("cancelled") << false << false;
        QTest::newRow("cancelled after a provisional check-in") << false << true;
    }
    void deletedOrCancelledSignedCodeIsRefused()
    {
        QFETCH(bool, deleteThem);
        QFETCH(bool, seenBefore);
        const SignedCode c = codeFor(QStringLiteral("Jeanne"), QStringLiteral("Partie"));
        const QString id = c.attendeeId.toString(QUuid::WithoutBraces);
        const QString text = c.sign(m_secret);
        Attendee a;
        a.id = id;
        a.code = text;
        a.firstName = QStringLiteral("Jeanne");
        a.lastName = QStringLiteral("Partie");
        a.version = HybridClock::format(1, 0, QStringLiteral("hub"));
        QVERIFY(AttendeeTable(m_store->database()).save(a));
        if (seenBefore) {
            QCOMPARE(scan(text).outcome, Outcome::CheckedIn);
            m_now = m_now.addSecs(60);
        }
        Registrations registrations(*m_store, QStringLiteral("desk"));
        QVERIFY(deleteThem ? registrations.remove(id).ok : registrations.cancel(id).ok);
        const int events = eventCount();

        for (int attempt = 0; attempt < 2; ++attempt) {
            m_now = m_now.addSecs(10);
            const CheckInResult r = scan(text);
            QCOMPARE(r.outcome, Outcome::Cancelled);
            QVERIFY(!r.admitted());
            QVERIFY(!r.provisional);
            QVERIFY2(r.message().contains(QLatin1String("desk")), qPrintable(r.message()));
        }
        // Nothing written, nobody brought back.
        QCOMPARE(eventCount(), events);
        const AttendeeTable table(m_store->database());
        if (deleteThem) {
            QVERIFY(!table.byId(id).has_value());
            QVERIFY(table.tombstone(id).has_value());
        } else {
            QCOMPARE(table.byId(id)->status, Attendee::Status::Cancelled);
        }
    }

    // A signed code for someone this device never saw, deleted on it since
    // (the deletion came by sync before the person did): refused too.
    void tombstoneWithoutRecordRefusesTheSignedCode()
    {
        const SignedCode c = codeFor(QStringLiteral("Luc"), QStringLiteral("Effacé"));
        const QString text = c.sign(m_secret);
        QCOMPARE(scan(text).outcome, Outcome::CheckedIn); // provisional
        const QString id = c.attendeeId.toString(QUuid::WithoutBraces);
        QVERIFY(Registrations(*m_store, QStringLiteral("desk")).remove(id).ok);
        m_now = m_now.addSecs(60);
        QCOMPARE(scan(text).outcome, Outcome::Cancelled);
        QVERIFY(!AttendeeTable(m_store->database()).byId(id).has_value());
    }

    // A code issued for someone with very long names stays within the code
    // limit every device applies, and checks in.
    void longNamesMakeACodeWithinTheLimit()
    {
        const SignedCode c = codeFor(QString(FieldLimits::maxTextLength, QChar(0x5C71)), // 山
            QString(FieldLimits::maxTextLength, QLatin1Char('x')));
        const QString text = c.sign(m_secret);
        QVERIFY2(text.size() <= FieldLimits::maxCodeLength, qPrintable(QString::number(text.size())));
        QCOMPARE(scan(text).outcome, Outcome::CheckedIn);
    }

    void everyOneBitChangeIsRefused()
    {
        const QString text = codeFor(QStringLiteral("Ana"), QStringLiteral("Ruiz")).sign(m_secret);
        QSet<QString> seen;
        int variants = 0;
        for (int i = 0; i < text.size(); ++i) {
            for (int bit = 0; bit < 7; ++bit) {
                QString changed = text;
                changed[i] = QChar(char16_t(text.at(i).unicode() ^ (1 << bit)));
                if (changed == text || seen.contains(changed))
                    continue;
                seen.insert(changed);
                ++variants;
                const CheckInResult r = scan(changed);
                QVERIFY2(!r.admitted(), qPrintable(QStringLiteral("admitted with char %1 bit %2").arg(i).arg(bit)));
            }
        }
        QVERIFY(variants > 1000);
        QCOMPARE(CheckInLog(m_store->database()).attendeeCount(QString()), 0);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("signature from another key") << QStringLiteral("forged");
        QTest::newRow("another event") << QStringLiteral("event");
        QTest::newRow("expired") << QStringLiteral("expired");
        QTest::newRow("not yet valid") << QStringLiteral("early");
        QTest::newRow("unknown key") << QStringLiteral("unknown-key");
        QTest::newRow("revoked") << QStringLiteral("revoked");
        QTest::newRow("withdrawn key") << QStringLiteral("retired");
    }
    void refusals()
    {
        QFETCH(QString, kind);
        SignedCode c = codeFor(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
        QByteArray secret = m_secret;
        if (kind == QLatin1String("forged")) {
            QByteArray otherPublic;
            SignedCode::generateKeyPair(&otherPublic, &secret);
        } else if (kind == QLatin1String("event")) {
            c.eventTag = SignedCode::eventTagFor(QUuid::createUuid().toString(QUuid::WithoutBraces));
        } else if (kind == QLatin1String("expired")) {
            c.validUntil = m_now.addSecs(-3600);
        } else if (kind == QLatin1String("early")) {
            c.validFrom = m_now.addDays(1);
        } else if (kind == QLatin1String("unknown-key")) {
            c.keyId = 9;
        }
        QString text = c.sign(secret);
        if (kind == QLatin1String("truncated"))
            text.chop(7);
        if (kind == QLatin1String("revoked"))
            QVERIFY(SigningKeys(m_store->database()).revoke(text, QString()));
        if (kind == QLatin1String("retired"))
            QVERIFY(SigningKeys(m_store->database()).retire(1));
        const CheckInResult r = scan(text);
        QCOMPARE(r.outcome, Outcome::InvalidCode);
        QVERIFY(!r.detail.isEmpty());
        QVERIFY(!r.attendee.has_value());
    }

    void keyRotation()
    {
        QByteArray public2;
        QByteArray secret2;
        SignedCode::generateKeyPair(&public2, &secret2);
        QVERIFY(SigningKeys(m_store->database()).add(2, public2));
        const QString old = codeFor(QStringLiteral("A"), QStringLiteral("Un")).sign(m_secret);
        const QString fresh = codeFor(QStringLiteral("B"), QStringLiteral("Deux"), 2).sign(secret2);
        QCOMPARE(scan(old).outcome, Outcome::CheckedIn);
        QCOMPARE(scan(fresh).outcome, Outcome::CheckedIn);
        // Signed with key 2's secret but claiming key 1: refused.
        QCOMPARE(
            scan(codeFor(QStringLiteral("C"), QStringLiteral("Trois"), 1).sign(secret2)).outcome, Outcome::InvalidCode);
    }

    // Whoever offers another key under a known number (a rogue hub) is
    // refused: codes forged with it stay refused, genuine ones stay admitted,
    // and a withdrawn key is not brought back.
    void keysAreNeverReplaced()
    {
        QByteArray roguePublic;
        QByteArray rogueSecret;
        SignedCode::generateKeyPair(&roguePublic, &rogueSecret);
        SigningKeys keys(m_store->database());
        QVERIFY(!keys.add(1, roguePublic));
        QVERIFY(keys.errorString().contains(QLatin1String("never replaced")));
        QCOMPARE(keys.byId(1)->publicKey, m_public);
        QCOMPARE(scan(codeFor(QStringLiteral("Forged"), QStringLiteral("Entry")).sign(rogueSecret)).outcome,
            Outcome::InvalidCode);
        QCOMPARE(scan(codeFor(QStringLiteral("Genuine"), QStringLiteral("Person")).sign(m_secret)).outcome,
            Outcome::CheckedIn);
        QVERIFY(keys.add(1, m_public)); // the same key again changes nothing
        QVERIFY(keys.retire(1));
        QVERIFY(keys.add(1, m_public));
        QVERIFY(keys.byId(1)->retired);
    }
};

QTEST_GUILESS_MAIN(TestSignedCodes)
#include "tst_signedcodes.moc"
