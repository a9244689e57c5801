// The hub's TLS identity: made once and kept, any key algorithm read, and a
// key that cannot serve refused at start; the hub's own CA, trusted alone by
// clients that connect by address and by name, its server certificate renewed
// under the same CA, and an older hub's certificate still answering its pins.
#include "sync/HttpServer.h"
#include "sync/HubAuthority.h"
#include "sync/TlsIdentity.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslSocket>
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

    static const QStringList &names()
    {
        static const QStringList list { QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
            QStringLiteral("hub.test"), QStringLiteral("accueil.local") };
        return list;
    }

    static bool privateFile(const QString &path)
    {
        return QFile::exists(path)
            && (QFile::permissions(path)
                   & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther))
            == QFile::Permissions();
    }

    // Connects to 127.0.0.1 naming the server `peerName`, trusting `authorities` only.
    static QList<QSslError> handshake(
        quint16 port, const QString &peerName, const QList<QSslCertificate> &authorities, bool *encrypted)
    {
        QSslSocket socket;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(authorities);
        socket.setSslConfiguration(configuration);
        QList<QSslError> errors;
        QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [&](const QList<QSslError> &e) { errors = e; });
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port, peerName);
        for (int i = 0; i < 500 && !socket.isEncrypted() && errors.isEmpty()
             && socket.state() != QAbstractSocket::UnconnectedState;
             ++i)
            QTest::qWait(10);
        *encrypted = socket.isEncrypted();
        return errors;
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

    void caSignsTheServerCertificate()
    {
        QTemporaryDir dir;
        QString error;
        const TlsIdentity identity = HubAuthority::loadOrCreate(dir.path(), QStringLiteral("RAICT"), names(), &error);
        QVERIFY2(identity.isValid(), qPrintable(error));
        QVERIFY(!identity.authority().isNull());
        QCOMPARE(identity.fingerprint(), TlsIdentity::fingerprintOf(identity.authority()));
        QVERIFY(identity.fingerprint() != TlsIdentity::fingerprintOf(identity.certificate()));
        QCOMPARE(identity.certificate().issuerInfo(QSslCertificate::CommonName),
            identity.authority().subjectInfo(QSslCertificate::CommonName));
        const QMultiMap<QSsl::AlternativeNameEntryType, QString> alternatives
            = identity.certificate().subjectAlternativeNames();
        QVERIFY(alternatives.values(QSsl::DnsEntry).contains(QStringLiteral("hub.test")));
        QVERIFY(alternatives.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        for (const char *file : { "hub-ca.pem", "hub-ca-key.pem", "hub-certificate.pem", "hub-key.pem" })
            QVERIFY2(privateFile(dir.filePath(QLatin1String(file))), file);
        QCOMPARE(QSslCertificate::fromPath(HubAuthority::caPath(dir.path())).value(0), identity.authority());
        // The chain shown carries the CA after the server's certificate.
        QCOMPARE(identity.serverConfiguration().localCertificateChain().size(), 2);
    }

    // What an organiser's laptop or phone does once the CA is installed: no
    // warning, whether the hub is reached by address or by name.
    void aClientTrustingOnlyTheCaConnects_data()
    {
        QTest::addColumn<QString>("peerName");
        QTest::newRow("by address") << QStringLiteral("127.0.0.1");
        QTest::newRow("by name") << QStringLiteral("hub.test");
        QTest::newRow("by .local name") << QStringLiteral("accueil.local");
        QTest::newRow("localhost") << QStringLiteral("localhost");
    }
    void aClientTrustingOnlyTheCaConnects()
    {
        QFETCH(QString, peerName);
        QTemporaryDir dir;
        QString error;
        const TlsIdentity identity = HubAuthority::loadOrCreate(dir.path(), QStringLiteral("RAICT"), names(), &error);
        QVERIFY2(identity.isValid(), qPrintable(error));
        HttpServer server([](const HttpRequest &request, const HttpResponder &responder) {
            responder.respond(HttpResponse::json(200, request.path.toUtf8()));
        });
        server.setTls(identity.serverConfiguration());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        bool encrypted = false;
        QList<QSslError> errors = handshake(server.serverPort(), peerName, { identity.authority() }, &encrypted);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).errorString()));
        QVERIFY(encrypted);
        // A name the certificate does not cover is refused, and so is the hub
        // by a client that does not trust its CA.
        errors = handshake(server.serverPort(), QStringLiteral("elsewhere.test"), { identity.authority() }, &encrypted);
        QVERIFY(!errors.isEmpty());
        errors = handshake(server.serverPort(), peerName, {}, &encrypted);
        QVERIFY(!errors.isEmpty());
        // OpenSSL's own client, as strict as a browser, agrees.
        QProcess client;
        const bool byAddress = !QHostAddress(peerName).isNull();
        client.start(QStringLiteral("openssl"),
            { QStringLiteral("s_client"), QStringLiteral("-connect"),
                QStringLiteral("127.0.0.1:%1").arg(server.serverPort()), QStringLiteral("-CAfile"),
                HubAuthority::caPath(dir.path()), QStringLiteral("-verify_return_error"),
                byAddress ? QStringLiteral("-verify_ip") : QStringLiteral("-verify_hostname"), peerName });
        client.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(client.state() == QProcess::NotRunning, 20000);
        const QString said = QString::fromUtf8(client.readAllStandardOutput() + client.readAllStandardError());
        QCOMPARE(client.exitCode(), 0);
        QVERIFY2(said.contains(QLatin1String("Verify return code: 0 (ok)")), qPrintable(said));
    }

    // A new address (the hub moved to another network) gets a new server
    // certificate from the same CA: nothing to install again, pins unchanged.
    void serverCertificateRenewedUnderTheSameCa()
    {
        QTemporaryDir dir;
        QString error;
        const TlsIdentity first = HubAuthority::loadOrCreate(dir.path(), QStringLiteral("RAICT"), names(), &error);
        QVERIFY2(first.isValid(), qPrintable(error));
        const TlsIdentity same = HubAuthority::loadOrCreate(dir.path(), QStringLiteral("RAICT"), names(), &error);
        QCOMPARE(same.certificate(), first.certificate());
        const TlsIdentity moved = HubAuthority::loadOrCreate(
            dir.path(), QStringLiteral("RAICT"), names() + QStringList { QStringLiteral("10.20.30.40") }, &error);
        QVERIFY2(moved.isValid(), qPrintable(error));
        QVERIFY(moved.certificate() != first.certificate());
        QCOMPARE(moved.authority(), first.authority());
        QCOMPARE(moved.fingerprint(), first.fingerprint());
        QVERIFY(moved.certificate()
                    .subjectAlternativeNames()
                    .values(QSsl::IpAddressEntry)
                    .contains(QStringLiteral("10.20.30.40")));
        QVERIFY(TlsIdentity::chainMatchesPin(moved.serverConfiguration().localCertificateChain(), first.fingerprint()));
    }

    // The folder of an older hub holds one self-signed certificate that
    // enrolled devices pinned: it keeps answering their pin.
    void olderHubsCertificateKeepsItsPins()
    {
        QTemporaryDir dir;
        QVERIFY(openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                            QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("hub-key.pem"),
                            QStringLiteral("-subj"), QStringLiteral("/CN=RAICT/O=Accueil hub"), QStringLiteral("-days"),
                            QStringLiteral("3650"), QStringLiteral("-out"), QStringLiteral("hub-certificate.pem") },
            dir.path()));
        const QString oldPin = TlsIdentity::fingerprintOf(
            QSslCertificate::fromPath(dir.filePath(QStringLiteral("hub-certificate.pem"))).value(0));
        QString error;
        const TlsIdentity identity = HubAuthority::loadOrCreate(dir.path(), QStringLiteral("RAICT"), names(), &error);
        QVERIFY2(identity.isValid(), qPrintable(error));
        QVERIFY(identity.fingerprint() != oldPin); // new devices pin the CA
        const QList<QSslCertificate> chain = identity.serverConfiguration().localCertificateChain();
        QCOMPARE(chain.size(), 3);
        QVERIFY(TlsIdentity::chainMatchesPin(chain, oldPin));
        QVERIFY(TlsIdentity::chainMatchesPin(chain, identity.fingerprint()));
        // Still so after a restart.
        const TlsIdentity again = HubAuthority::loadOrCreate(dir.path(), QStringLiteral("RAICT"), names(), &error);
        QCOMPARE(again.fingerprint(), identity.fingerprint());
        QVERIFY(TlsIdentity::chainMatchesPin(again.serverConfiguration().localCertificateChain(), oldPin));
    }

    // The CA's certificate is public: showing it beside a certificate it did
    // not sign proves nothing.
    void aCopiedCaDoesNotAnswerThePin()
    {
        QTemporaryDir hub;
        QTemporaryDir impostor;
        QString error;
        const TlsIdentity real = HubAuthority::loadOrCreate(hub.path(), QStringLiteral("RAICT"), names(), &error);
        const TlsIdentity fake = HubAuthority::loadOrCreate(impostor.path(), QStringLiteral("RAICT"), names(), &error);
        QVERIFY(real.isValid() && fake.isValid());
        QVERIFY(!TlsIdentity::chainMatchesPin({ fake.certificate(), real.authority() }, real.fingerprint()));
        QVERIFY(!TlsIdentity::chainMatchesPin({ fake.certificate(), fake.authority() }, real.fingerprint()));
        QVERIFY(TlsIdentity::chainMatchesPin({ real.certificate(), real.authority() }, real.fingerprint()));
        QVERIFY(TlsIdentity::chainMatchesPin({ real.certificate() }, TlsIdentity::fingerprintOf(real.certificate())));
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
