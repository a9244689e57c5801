// The one issuing operation of signed codes (CodeIssuer), as `accueil issue`
// and the hub's console use it: who is chosen, the codes verify, old codes are
// revoked, validity is carried, a failure on the way leaves nothing issued.
#include "tests/support/TestSupport.h"

#include "kiosk/codes/CodeVerifier.h"
#include "kiosk/codes/SignedCode.h"
#include "kiosk/codes/SigningKeys.h"
#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CodeIssuer.h"
#include "kiosk/core/EventStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

class TestCodeIssuer : public QObject {
    Q_OBJECT

private:
    static QStringList last(const char *names) { return QString::fromUtf8(names).split(QLatin1Char(' ')); }

    // A key pair: the public half in the database, the private one in the default file.
    bool makeKey(EventStore &store)
    {
        QByteArray publicKey;
        QByteArray secretKey;
        SignedCode::generateKeyPair(&publicKey, &secretKey);
        QFile file(CodeIssuer::defaultKeyFile(store.path(), 1));
        if (!file.open(QIODevice::WriteOnly) || !SigningKeys(store.database()).add(1, publicKey))
            return false;
        file.write(QJsonDocument(
            QJsonObject { { QStringLiteral("event_id"), store.eventId() }, { QStringLiteral("key_id"), 1 },
                { QStringLiteral("secret_key"), QString::fromLatin1(secretKey.toHex()) } })
                       .toJson());
        return true;
    }

private Q_SLOTS:
    void choose_data()
    {
        QTest::addColumn<QStringList>("wanted");
        QTest::addColumn<bool>("missing");
        QTest::addColumn<bool>("everyone");
        QTest::addColumn<bool>("replace");
        QTest::addColumn<QStringList>("chosen"); // last names
        QTest::addColumn<int>("problems");
        // Registered: Arnaud (no code), Blanc (OLD-2), Cazals (no code); cancelled: Dubois (no code).
        QTest::newRow("nobody named: those without a code")
            << QStringList() << false << false << false << last("Arnaud Cazals") << 0;
        QTest::newRow("everyone registered")
            << QStringList() << false << true << false << last("Arnaud Blanc Cazals") << 0;
        QTest::newRow("one named by code, refused without replace")
            << last("OLD-2") << false << false << false << QStringList() << 1;
        QTest::newRow("one named by code, replaced") << last("OLD-2") << false << false << true << last("Blanc") << 0;
        QTest::newRow("named and the missing ones")
            << last("OLD-2") << true << false << true << last("Arnaud Cazals Blanc") << 0;
        QTest::newRow("unknown") << last("NOPE") << false << false << false << QStringList() << 1;
    }
    void choose()
    {
        QFETCH(QStringList, wanted);
        QFETCH(bool, missing);
        QFETCH(bool, everyone);
        QFETCH(bool, replace);
        QFETCH(QStringList, chosen);
        QFETCH(int, problems);
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(TestSupport::openFreshStore(store, dir));
        TestSupport::addAttendee(store, QString(), QStringLiteral("Anne"), QStringLiteral("Arnaud"));
        TestSupport::addAttendee(store, QStringLiteral("OLD-2"), QStringLiteral("Bruno"), QStringLiteral("Blanc"));
        TestSupport::addAttendee(store, QString(), QStringLiteral("Chloé"), QStringLiteral("Cazals"));
        TestSupport::addAttendee(store, QString(), QStringLiteral("Denis"), QStringLiteral("Dubois"), QString(), true);
        QStringList said;
        QStringList names;
        const CodeIssuer::Choice choice { wanted, missing, everyone, replace };
        for (const Attendee &a : CodeIssuer(store).choose(choice, &said))
            names << a.lastName;
        if (problems == 0) {
            std::sort(names.begin(), names.end());
            std::sort(chosen.begin(), chosen.end());
            QCOMPARE(names, chosen);
        }
        QCOMPARE(said.size(), problems);
    }

    void issuedCodesVerifyAndReplaceTheOldOnes()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(TestSupport::openFreshStore(store, dir));
        const QString id
            = TestSupport::addAttendee(store, QString(), QStringLiteral("Hélène"), QStringLiteral("Lefèvre"));
        CodeIssuer issuer(store);
        QString error;
        QVERIFY(!issuer.loadKey(QString(), &error));
        QVERIFY2(error.contains(QLatin1String("keygen")), qPrintable(error));
        QVERIFY(makeKey(store));
        const auto key = issuer.loadKey(QString(), &error);
        QVERIFY2(key, qPrintable(error));
        const QTimeZone zone = store.timeZone();
        const CodeIssuer::Validity validity { CodeIssuer::parseLimit(QStringLiteral("2026-07-08"), zone, false),
            CodeIssuer::parseLimit(QStringLiteral("2026-07-10"), zone, true) };
        QStringList problems;
        auto first = issuer.issue(*key, issuer.choose({}, &problems), validity, QStringLiteral("test"), {}, &error);
        QVERIFY2(first && first->size() == 1, qPrintable(error));
        const QString code = first->first().code;
        QCOMPARE(AttendeeTable(store.database()).byId(id)->code, code);
        const QDateTime during(QDate(2026, 7, 9), QTime(12, 0), zone);
        QVERIFY(CodeVerifier::verify(code, store.database(), store.eventId(), during).valid);
        QVERIFY(!CodeVerifier::verify(code, store.database(), store.eventId(), during.addDays(3)).valid);
        QCOMPARE(issuer.holders().size(), 1);
        // Everyone again with the same validity: the same fields signed alike, the same code, still valid.
        const CodeIssuer::Choice everyone { {}, false, true, false };
        const auto again
            = issuer.issue(*key, issuer.choose(everyone, &problems), validity, QStringLiteral("test"), {}, &error);
        QVERIFY2(again && again->size() == 1, qPrintable(error));
        QCOMPARE(again->first().code, code);
        QVERIFY(CodeVerifier::verify(code, store.database(), store.eventId(), during).valid);
        // With another validity: a new code, and the old one is revoked.
        const CodeIssuer::Validity longer { validity.from,
            CodeIssuer::parseLimit(QStringLiteral("2026-07-11"), zone, true) };
        const auto second
            = issuer.issue(*key, issuer.choose(everyone, &problems), longer, QStringLiteral("test"), {}, &error);
        QVERIFY2(second && second->size() == 1, qPrintable(error));
        QVERIFY(second->first().code != code);
        QVERIFY(SigningKeys(store.database()).isRevoked(code));
        QVERIFY(!CodeVerifier::verify(code, store.database(), store.eventId(), during).valid);
        QVERIFY(CodeVerifier::verify(second->first().code, store.database(), store.eventId(), during).valid);
    }

    void aFailureOnTheWayIssuesNothing()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(TestSupport::openFreshStore(store, dir));
        TestSupport::addAttendee(store, QString(), QStringLiteral("Anne"), QStringLiteral("Arnaud"));
        TestSupport::addAttendee(store, QString(), QStringLiteral("Bruno"), QStringLiteral("Blanc"));
        QVERIFY(makeKey(store));
        CodeIssuer issuer(store);
        QString error;
        QStringList problems;
        const auto key = issuer.loadKey(QString(), &error);
        QVERIFY(key);
        const auto issued = issuer.issue(
            *key, issuer.choose({}, &problems), {}, QStringLiteral("test"),
            [](const Attendee &, int done, int) { return done == 1 ? QStringLiteral("disk full") : QString(); },
            &error);
        QVERIFY(!issued);
        QCOMPARE(error, QStringLiteral("disk full"));
        QCOMPARE(issuer.holders().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCodeIssuer)
#include "tst_codeissuer.moc"
