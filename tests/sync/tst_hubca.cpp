// The hub's own CA as organisers meet it: `accueil-hub ca` prints where it is
// and its fingerprint, the hub serves it at /ca.pem, and a client that trusts
// that CA alone (curl, like a browser with the CA installed) reaches the hub
// without any error by address and by name.
#include "sync/TlsIdentity.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TestHubCa : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_tls;
    std::unique_ptr<HubProcess> m_hub;

    QByteArray hub(const QStringList &arguments, int *exitCode)
    {
        QProcess p;
        p.start(TestSupport::binary(QStringLiteral("accueil-hub")),
            QStringList { QStringLiteral("--db"), m_db, QStringLiteral("--tls-dir"), m_tls } + arguments);
        p.waitForFinished(60000);
        *exitCode = p.exitCode();
        return p.readAllStandardOutput();
    }

    // curl's exit code (0: no TLS error) and what it fetched.
    static int curl(const QStringList &arguments, QByteArray *body)
    {
        QProcess p;
        p.start(QStringLiteral("curl"),
            QStringList { QStringLiteral("--silent"), QStringLiteral("--show-error") } + arguments);
        p.waitForFinished(60000);
        *body = p.readAllStandardOutput();
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("curl is not installed");
        m_db = m_dir.filePath(QStringLiteral("hub.sqlite"));
        m_tls = m_dir.filePath(QStringLiteral("tls"));
        QCOMPARE(HubProcess::accueil({ QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--event"),
                     QStringLiteral("RAICT 2026") }),
            0);
        m_hub = std::make_unique<HubProcess>(m_db,
            QStringList {
                QStringLiteral("--tls-dir"), m_tls, QStringLiteral("--tls-name"), QStringLiteral("hub.test") });
        QString error;
        QVERIFY2(m_hub->start(&error), qPrintable(error));
    }

    void caIsPrintedAndServed()
    {
        int exitCode = -1;
        const QString said = QString::fromUtf8(hub({ QStringLiteral("ca") }, &exitCode));
        QCOMPARE(exitCode, 0);
        const QString caFile = QDir(m_tls).filePath(QStringLiteral("hub-ca.pem"));
        QVERIFY2(said.contains(caFile), qPrintable(said));
        const QSslCertificate ca = QSslCertificate::fromPath(caFile).value(0);
        QVERIFY(!ca.isNull());
        QVERIFY2(said.contains(TlsIdentity::fingerprintOf(ca)), qPrintable(said));
        QVERIFY2(said.contains(QString::fromLatin1(ca.digest(QCryptographicHash::Sha256).toHex(':').toUpper())),
            qPrintable(said));
        const QByteArray pem = hub({ QStringLiteral("ca"), QStringLiteral("--pem") }, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(QSslCertificate(pem, QSsl::Pem), ca);

        // Unauthenticated, over the hub's TLS, to a client that trusts the CA only.
        QByteArray served;
        QCOMPARE(curl({ QStringLiteral("--cacert"), caFile, m_hub->url() + QStringLiteral("/ca.pem") }, &served), 0);
        QCOMPARE(QSslCertificate(served, QSsl::Pem), ca);
    }

    void clientTrustingTheCaReachesTheHub_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("by address") << QStringLiteral("127.0.0.1");
        QTest::newRow("by name") << QStringLiteral("hub.test");
        QTest::newRow("localhost") << QStringLiteral("localhost");
    }
    void clientTrustingTheCaReachesTheHub()
    {
        QFETCH(QString, host);
        const int port = QUrl(m_hub->url()).port();
        const QString caFile = QDir(m_tls).filePath(QStringLiteral("hub-ca.pem"));
        const QString url = QStringLiteral("https://%1:%2/v1/hello").arg(host).arg(port);
        const QStringList resolve { QStringLiteral("--resolve"),
            QStringLiteral("%1:%2:127.0.0.1").arg(host).arg(port) };
        QByteArray body;
        QCOMPARE(curl(resolve + QStringList { QStringLiteral("--cacert"), caFile, url }, &body), 0);
        QVERIFY2(body.contains("\"protocol\""), body.constData());
        // Without the CA, the same client stops at the certificate (curl: 60).
        QCOMPARE(curl(resolve + QStringList { url }, &body), 60);
        // And a name the certificate does not cover is refused.
        const QString other = QStringLiteral("https://elsewhere.test:%1/v1/hello").arg(port);
        QCOMPARE(curl({ QStringLiteral("--resolve"), QStringLiteral("elsewhere.test:%1:127.0.0.1").arg(port),
                          QStringLiteral("--cacert"), caFile, other },
                     &body),
            60);
    }

    void cleanupTestCase()
    {
        if (m_hub)
            m_hub->stop();
    }
};

QTEST_GUILESS_MAIN(TestHubCa)
#include "tst_hubca.moc"
