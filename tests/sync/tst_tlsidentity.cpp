// The hub's TLS identity: made once and kept, any key algorithm read, and a
// key that cannot serve refused at start.
#include "sync/TlsIdentity.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestTlsIdentity : public QObject {
    Q_OBJECT

private:
    static bool openssl(const QStringList &arguments, const QString &folder)
    {
        QProcess p;
        p.setWorkingDirectory(folder);
        p.start(QStringLiteral("openssl"), arguments);
        return p.waitForFinished(30000) && p.exitCode() == 0;
    }

private Q_SLOTS:
    void madeOnceAndKept()
    {
        QTemporaryDir dir;
        QString error;
        const TlsIdentity first = TlsIdentity::loadOrCreate(dir.path(), QStringLiteral("hub.example"), &error);
        QVERIFY2(first.isValid(), qPrintable(error));
        QVERIFY(first.fingerprint().startsWith(QLatin1String("sha256:")));
        QCOMPARE(first.fingerprint().size(), 7 + 64);
        const TlsIdentity again = TlsIdentity::loadOrCreate(dir.path(), QStringLiteral("hub.example"), &error);
        QCOMPARE(again.fingerprint(), first.fingerprint());
        const QFile::Permissions key = QFile::permissions(dir.filePath(QStringLiteral("hub-key.pem")));
        QCOMPARE(
            key & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther), QFile::Permissions());
        QVERIFY(!first.serverConfiguration().privateKey().isNull());
    }

    void keysOfEveryAlgorithm_data()
    {
        QTest::addColumn<QStringList>("keyCommand");
        QTest::newRow("RSA") << QStringList { QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
            QStringLiteral("RSA"), QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048"),
            QStringLiteral("-out"), QStringLiteral("key.pem") };
        QTest::newRow("EC P-256") << QStringList { QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
            QStringLiteral("EC"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
            QStringLiteral("-out"), QStringLiteral("key.pem") };
        QTest::newRow("EC P-384, traditional form") << QStringList { QStringLiteral("ecparam"), QStringLiteral("-name"),
            QStringLiteral("secp384r1"), QStringLiteral("-genkey"), QStringLiteral("-noout"), QStringLiteral("-out"),
            QStringLiteral("key.pem") };
    }
    void keysOfEveryAlgorithm()
    {
        QFETCH(QStringList, keyCommand);
        QTemporaryDir dir;
        QVERIFY(openssl(keyCommand, dir.path()));
        QVERIFY(openssl(
            { QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-x509"), QStringLiteral("-key"),
                QStringLiteral("key.pem"), QStringLiteral("-subj"), QStringLiteral("/CN=hub"), QStringLiteral("-days"),
                QStringLiteral("30"), QStringLiteral("-out"), QStringLiteral("cert.pem") },
            dir.path()));
        QString error;
        const TlsIdentity identity = TlsIdentity::read(
            dir.filePath(QStringLiteral("cert.pem")), dir.filePath(QStringLiteral("key.pem")), &error);
        QVERIFY2(identity.isValid(), qPrintable(error));
        QVERIFY(!identity.serverConfiguration().privateKey().isNull());
    }

    void unusablePairsAreRefused()
    {
        QTemporaryDir one;
        QTemporaryDir other;
        QString error;
        QVERIFY(TlsIdentity::loadOrCreate(one.path(), QStringLiteral("a"), &error).isValid());
        QVERIFY(TlsIdentity::loadOrCreate(other.path(), QStringLiteral("b"), &error).isValid());
        // A key of another certificate.
        TlsIdentity mixed = TlsIdentity::read(
            one.filePath(QStringLiteral("hub-certificate.pem")), other.filePath(QStringLiteral("hub-key.pem")), &error);
        QVERIFY(!mixed.isValid());
        QVERIFY(error.contains(QLatin1String("does not belong")));
        // Not a key at all.
        QFile junk(one.filePath(QStringLiteral("junk.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        junk.close();
        error.clear();
        QVERIFY(
            !TlsIdentity::read(one.filePath(QStringLiteral("hub-certificate.pem")), junk.fileName(), &error).isValid());
        QVERIFY(!error.isEmpty());
        // Missing files.
        error.clear();
        QVERIFY(!TlsIdentity::read(one.filePath(QStringLiteral("none.pem")), junk.fileName(), &error).isValid());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTlsIdentity)
#include "tst_tlsidentity.moc"
