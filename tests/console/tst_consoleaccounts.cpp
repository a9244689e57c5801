// The console's accounts: Argon2id passwords, a lockout that survives a
// restart, sessions that expire and end at log-out or removal.
#include "kiosk/core/EventStore.h"
#include "sync/console/ConsoleAccounts.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestConsoleAccounts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    EventStore m_store;
    QDateTime m_now = QDateTime(QDate(2026, 7, 9), QTime(8, 0), QTimeZone::utc());
    ConsoleAccounts::Clock clock()
    {
        return [this] { return m_now; };
    }

private Q_SLOTS:
    void init()
    {
        m_store.close();
        QFile::remove(m_dir.filePath(QStringLiteral("event.sqlite")));
        QVERIFY(TestSupport::openFreshStore(m_store, m_dir));
        ConsoleAccounts accounts(m_store, clock());
        QString error;
        QVERIFY2(accounts.prepare(&error), qPrintable(error));
        QVERIFY2(accounts.addUser(QStringLiteral("claire"), ConsoleAccounts::Role::Organiser,
                     QStringLiteral("correct horse battery"), &error),
            qPrintable(error));
    }

    void storedAsArgon2id()
    {
        QSqlQuery q(m_store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM console_user WHERE name = 'claire'")) && q.next());
        QVERIFY(q.value(0).toString().startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!q.value(0).toString().contains(QLatin1String("correct horse")));
    }

    void logIn_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("right") << QStringLiteral("claire") << QStringLiteral("correct horse battery") << true;
        QTest::newRow("wrong password") << QStringLiteral("claire") << QStringLiteral("correct horse batterY") << false;
        QTest::newRow("unknown user") << QStringLiteral("nobody") << QStringLiteral("correct horse battery") << false;
        QTest::newRow("name in other case")
            << QStringLiteral("Claire") << QStringLiteral("correct horse battery") << false;
    }

    void logIn()
    {
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        ConsoleAccounts accounts(m_store, clock());
        const ConsoleAccounts::Login login = accounts.logIn(name, password);
        QCOMPARE(login.ok, accepted);
        QCOMPARE(accounts.session(login.token).has_value(), accepted);
        if (accepted) {
            QCOMPARE(accounts.session(login.token)->role, ConsoleAccounts::Role::Organiser);
            QCOMPARE(accounts.session(login.token)->csrf, login.session.csrf);
            QVERIFY(login.session.csrf != login.token);
        }
    }

    void shortPasswordRefused()
    {
        ConsoleAccounts accounts(m_store, clock());
        QString error;
        QVERIFY(
            !accounts.addUser(QStringLiteral("presse"), ConsoleAccounts::Role::Viewer, QStringLiteral("123"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(accounts.users().size(), 1);
    }

    void lockoutSurvivesRestart()
    {
        {
            ConsoleAccounts accounts(m_store, clock());
            for (int i = 0; i < ConsoleAccounts::freeAttempts; ++i)
                QVERIFY(!accounts.logIn(QStringLiteral("claire"), QStringLiteral("guess %1").arg(i)).ok);
        }
        // A new instance, as after a restart: still locked, even with the right password.
        ConsoleAccounts accounts(m_store, clock());
        ConsoleAccounts::Login login
            = accounts.logIn(QStringLiteral("claire"), QStringLiteral("correct horse battery"));
        QVERIFY(!login.ok);
        QCOMPARE(login.retryAfterSeconds, ConsoleAccounts::firstLockoutSeconds);
        m_now = m_now.addSecs(ConsoleAccounts::firstLockoutSeconds + 1);
        // One more wrong password doubles the wait.
        login = accounts.logIn(QStringLiteral("claire"), QStringLiteral("still guessing"));
        QCOMPARE(login.retryAfterSeconds, 2 * ConsoleAccounts::firstLockoutSeconds);
        m_now = m_now.addSecs(2 * ConsoleAccounts::firstLockoutSeconds + 1);
        QVERIFY(accounts.logIn(QStringLiteral("claire"), QStringLiteral("correct horse battery")).ok);
    }

    void sessionsEnd()
    {
        ConsoleAccounts accounts(m_store, clock());
        QString error;
        const auto first = accounts.logIn(QStringLiteral("claire"), QStringLiteral("correct horse battery"));
        const auto second = accounts.logIn(QStringLiteral("claire"), QStringLiteral("correct horse battery"));
        QVERIFY(first.ok && second.ok && first.token != second.token);
        accounts.logOut(first.token);
        QVERIFY(!accounts.session(first.token));
        QVERIFY(accounts.session(second.token));
        m_now = m_now.addSecs(ConsoleAccounts::sessionHours * 3600 + 1);
        QVERIFY(!accounts.session(second.token));
        const auto third = accounts.logIn(QStringLiteral("claire"), QStringLiteral("correct horse battery"));
        QVERIFY(accounts.session(third.token));
        QVERIFY(accounts.removeUser(QStringLiteral("claire"), &error));
        QVERIFY(!accounts.session(third.token));
        QVERIFY(!accounts.removeUser(QStringLiteral("claire"), &error));
    }
};

QTEST_GUILESS_MAIN(TestConsoleAccounts)
#include "tst_consoleaccounts.moc"
