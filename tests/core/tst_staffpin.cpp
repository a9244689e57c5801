#include "kiosk/core/EventStore.h"
#include "kiosk/core/PrivateFile.h"
#include "kiosk/core/StaffPin.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using Result = StaffPin::Result;

// The staff PIN: an Argon2id hash, a lockout that survives restarts, and
// `accueil-kiosk --hash-pin` on a machine without a display. (What a check
// costs is measured by `accueil-bench core`, not here.)
class TestStaffPin : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 7, 8), QTime(7, 0), Qt::UTC);
    int m_run = 0;
    QString m_path;

    StaffPin::Clock clock()
    {
        return [this] { return m_now; };
    }

    static mode_t modeOf(const QString &path)
    {
        struct stat st { };
        ::stat(QFile::encodeName(path).constData(), &st);
        return st.st_mode & 0777;
    }

    // accueil-kiosk as a terminal or a script runs it: no display at all.
    static QProcessEnvironment headless()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QString());
        return env;
    }

private Q_SLOTS:
    void init() { m_path = m_dir.filePath(QStringLiteral("e%1.sqlite").arg(++m_run)); }

    void hashIsSaltedArgon2id()
    {
        const QString a = StaffPin::hash(QStringLiteral("482913"));
        const QString b = StaffPin::hash(QStringLiteral("482913"));
        QVERIFY2(a.startsWith(QLatin1String("$argon2id$")), qPrintable(a));
        QVERIFY(a != b); // salted
        QVERIFY(!a.contains(QLatin1String("482913")));
        QVERIFY(StaffPin::isCurrentHash(a));
        // At least the memory and passes the cost is set for.
        QVERIFY2(a.contains(QStringLiteral("m=%1,").arg(StaffPin::memLimit / 1024)), qPrintable(a));
        QVERIFY2(a.contains(QStringLiteral("t=%1,").arg(StaffPin::opsLimit)), qPrintable(a));
    }

    void rightAndWrongPins()
    {
        EventStore store;
        QVERIFY(store.open(m_path));
        StaffPin pin(store, StaffPin::hash(QStringLiteral("2468")), clock());
        QCOMPARE(pin.check(QStringLiteral("2469")).result, Result::Wrong);
        QCOMPARE(pin.check(QString()).result, Result::Wrong);
        QCOMPARE(pin.check(QStringLiteral("2468")).result, Result::Accepted);
        QCOMPARE(StaffPin(store, QString(), clock()).check(QStringLiteral("2468")).result, Result::NoPin);
    }

    // The unsalted SHA-256 of older versions is refused, with what to do.
    void oldSha256HashIsRefused()
    {
        EventStore store;
        QVERIFY(store.open(m_path));
        const QString old
            = QString::fromLatin1(QCryptographicHash::hash("accueil-staff:2468", QCryptographicHash::Sha256).toHex());
        const StaffPin::Verdict v = StaffPin(store, old, clock()).check(QStringLiteral("2468"));
        QCOMPARE(v.result, Result::OutdatedHash);
        QVERIFY2(v.message.contains(QLatin1String("accueil-kiosk --hash-pin")), qPrintable(v.message));
    }

    void lockoutGrowsAndSurvivesARestart()
    {
        const QString hash = StaffPin::hash(QStringLiteral("2468"));
        {
            EventStore store;
            QVERIFY(store.open(m_path));
            StaffPin pin(store, hash, clock());
            for (int i = 1; i < StaffPin::freeAttempts; ++i)
                QCOMPARE(pin.check(QStringLiteral("0000")).result, Result::Wrong);
            const StaffPin::Verdict locked = pin.check(QStringLiteral("0000"));
            QCOMPARE(locked.result, Result::LockedOut);
            QCOMPARE(locked.retryAfterSeconds, StaffPin::firstLockoutSeconds);
            QVERIFY(locked.message.contains(QString::number(StaffPin::firstLockoutSeconds)));
        }
        // The kiosk restarts: still locked, even for the right PIN.
        EventStore store;
        QVERIFY(store.open(m_path));
        StaffPin pin(store, hash, clock());
        m_now = m_now.addSecs(10);
        StaffPin::Verdict v = pin.check(QStringLiteral("2468"));
        QCOMPARE(v.result, Result::LockedOut);
        QCOMPARE(v.retryAfterSeconds, StaffPin::firstLockoutSeconds - 10);
        // One more wrong PIN after the lockout: twice as long.
        m_now = m_now.addSecs(StaffPin::firstLockoutSeconds);
        v = pin.check(QStringLiteral("1111"));
        QCOMPARE(v.result, Result::LockedOut);
        QCOMPARE(v.retryAfterSeconds, 2 * StaffPin::firstLockoutSeconds);
        m_now = m_now.addSecs(2 * StaffPin::firstLockoutSeconds + 1);
        v = pin.check(QStringLiteral("1111"));
        QCOMPARE(v.retryAfterSeconds, 4 * StaffPin::firstLockoutSeconds);
        // The right PIN, once allowed, resets the count.
        m_now = m_now.addSecs(4 * StaffPin::firstLockoutSeconds + 1);
        QCOMPARE(pin.check(QStringLiteral("2468")).result, Result::Accepted);
        QCOMPARE(pin.check(QStringLiteral("0000")).result, Result::Wrong);
        // ...nor for longer than the longest lockout, however many failures.
        for (int i = 0; i < 12; ++i) {
            m_now = m_now.addSecs(pin.lockedForSeconds() + 1);
            (void)pin.check(QStringLiteral("0000"));
        }
        QCOMPARE(pin.lockedForSeconds(), StaffPin::longestLockoutSeconds);
    }

    void acceptablePins_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("ok");
        QTest::newRow("4 digits") << QStringLiteral("1234") << true;
        QTest::newRow("12 digits") << QStringLiteral("123456789012") << true;
        QTest::newRow("3 digits") << QStringLiteral("123") << false;
        QTest::newRow("letters") << QStringLiteral("12ab") << false;
        QTest::newRow("13 digits") << QStringLiteral("1234567890123") << false;
    }
    void acceptablePins()
    {
        QFETCH(QString, pin);
        QFETCH(bool, ok);
        QCOMPARE(StaffPin::isAcceptablePin(pin), ok);
    }

    void hashPinRunsWithoutADisplay()
    {
        QProcess kiosk;
        kiosk.setProcessEnvironment(headless());
        kiosk.start(TestSupport::binary(QStringLiteral("accueil-kiosk")), { QStringLiteral("--hash-pin") });
        QVERIFY(kiosk.waitForStarted());
        kiosk.write("731904\n");
        kiosk.closeWriteChannel();
        QVERIFY(kiosk.waitForFinished(60000));
        QVERIFY2(kiosk.exitCode() == 0, kiosk.readAllStandardError().constData());
        const QString hash = QString::fromLatin1(kiosk.readAllStandardOutput()).trimmed();
        QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")), qPrintable(hash));
        EventStore store;
        QVERIFY(store.open(m_path));
        QCOMPARE(StaffPin(store, hash, clock()).check(QStringLiteral("731904")).result, Result::Accepted);

        // Not a PIN the digit pad can type: refused, nothing printed.
        kiosk.start(TestSupport::binary(QStringLiteral("accueil-kiosk")), { QStringLiteral("--hash-pin") });
        QVERIFY(kiosk.waitForStarted());
        kiosk.write("abc\n");
        kiosk.closeWriteChannel();
        QVERIFY(kiosk.waitForFinished(60000));
        QCOMPARE(kiosk.exitCode(), 2);
        QVERIFY(kiosk.readAllStandardOutput().isEmpty());
    }

    // --hash-pin --config writes the hash into the configuration, keeping its
    // comments; a new file is its owner's only whatever the umask.
    void hashPinWritesAPrivateConfiguration()
    {
        const QString config = m_dir.filePath(QStringLiteral("kiosk-%1.conf").arg(m_run));
        QFile existing(m_dir.filePath(QStringLiteral("commented-%1.conf").arg(m_run)));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write(
            "; a comment\n[kiosk]\nlanguage = fr\n\n[staff]\n; the PIN\npin_hash =\n\n[door]\nsession = A1\n");
        existing.close();
        QVERIFY(existing.setPermissions(
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const mode_t saved = ::umask(022);
        for (const QString &path : { config, existing.fileName() }) {
            QProcess kiosk;
            kiosk.setProcessEnvironment(headless());
            kiosk.start(TestSupport::binary(QStringLiteral("accueil-kiosk")),
                { QStringLiteral("--hash-pin"), QStringLiteral("--config"), path });
            QVERIFY(kiosk.waitForStarted());
            kiosk.write("5555\n");
            kiosk.closeWriteChannel();
            QVERIFY(kiosk.waitForFinished(60000));
            QVERIFY2(kiosk.exitCode() == 0, kiosk.readAllStandardError().constData());
            QSettings settings(path, QSettings::IniFormat);
            const QString hash = StaffPin::hashFromSetting(settings.value(QStringLiteral("staff/pin_hash")));
            QCOMPARE(hash, QString::fromLatin1(kiosk.readAllStandardOutput()).trimmed());
            EventStore store;
            QVERIFY(store.open(m_path));
            QCOMPARE(StaffPin(store, hash, clock()).check(QStringLiteral("5555")).result, Result::Accepted);
        }
        ::umask(saved);
        QCOMPARE(modeOf(config), mode_t(0600));
        QCOMPARE(modeOf(existing.fileName()), mode_t(0640)); // its group keeps reading it, nobody else
        QVERIFY(existing.open(QIODevice::ReadOnly));
        const QByteArray text = existing.readAll();
        QVERIFY(text.contains("; a comment\n[kiosk]\nlanguage = fr\n\n[staff]\n; the PIN\npin_hash = \"$argon2id$"));
        QVERIFY(text.contains("[door]\nsession = A1\n"));
    }

    // An unquoted hash (pasted by hand) is read whole, commas and all.
    void unquotedHashInTheConfiguration()
    {
        const QString hash = StaffPin::hash(QStringLiteral("2468"));
        const QString path = m_dir.filePath(QStringLiteral("pasted.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[staff]\npin_hash = " + hash.toLatin1() + "\n");
        file.close();
        QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(StaffPin::hashFromSetting(settings.value(QStringLiteral("staff/pin_hash"))), hash);
    }

    void privateFileIgnoresTheUmask()
    {
        const QString path = m_dir.filePath(QStringLiteral("secret-%1").arg(m_run));
        const mode_t saved = ::umask(022);
        QString error;
        const bool written = PrivateFile::write(path, "token", &error);
        ::umask(saved);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(modeOf(path), mode_t(0600));
    }
};

QTEST_GUILESS_MAIN(TestStaffPin)
#include "tst_staffpin.moc"
