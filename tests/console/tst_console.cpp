// The organisers' console in a real browser (console_browser.py drives
// headless Chromium over the DevTools protocol) against a real hub, its data
// in SQLite, or in PostgreSQL with --postgres.
#include "tests/support/PostgresServer.h"
#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestConsole : public QObject {
    Q_OBJECT

public:
    explicit TestConsole(QString postgresUri = QString())
        : m_postgres(std::move(postgresUri))
    {
    }

private Q_SLOTS:
    void inTheBrowser()
    {
        const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        if (chromium.isEmpty())
            QSKIP("chromium is not installed (deploy/setup installs it)");
        QTemporaryDir work;
        QVERIFY(work.isValid());
        QStringList arguments { QStringLiteral(ACCUEIL_SOURCE_DIR "/tests/console/console_browser.py"),
            QStringLiteral("--bin"), QStringLiteral(ACCUEIL_BIN_DIR), QStringLiteral("--work"), work.path(),
            QStringLiteral("--chromium"), chromium, QStringLiteral("--hub-db"),
            m_postgres.isEmpty() ? work.filePath(QStringLiteral("hub.sqlite")) : m_postgres };
        // The screenshots in docs/ come from the SQLite run.
        if (m_postgres.isEmpty() && qEnvironmentVariableIsSet("ACCUEIL_CONSOLE_SCREENSHOTS"))
            arguments << QStringLiteral("--screenshots") << qEnvironmentVariable("ACCUEIL_CONSOLE_SCREENSHOTS");
        QProcess script;
        script.setProcessChannelMode(QProcess::MergedChannels);
        script.start(QStringLiteral("python3"), arguments);
        QVERIFY2(script.waitForStarted(), qPrintable(script.errorString()));
        const bool finished = script.waitForFinished(240000);
        const QByteArray output = script.readAll();
        qInfo().noquote() << output;
        if (!finished)
            script.kill();
        QVERIFY2(finished, "the browser test did not finish within 4 minutes");
        QCOMPARE(script.exitStatus(), QProcess::NormalExit);
        QCOMPARE(script.exitCode(), 0);
        QVERIFY(output.contains("all console checks passed"));
    }

private:
    QString m_postgres;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::vector<char *> arguments(argv, argv + argc);
    const auto flag
        = std::find_if(arguments.begin(), arguments.end(), [](const char *a) { return qstrcmp(a, "--postgres") == 0; });
    const bool postgres = flag != arguments.end();
    if (postgres)
        arguments.erase(flag);
    const int count = int(arguments.size());
    if (!postgres) {
        TestConsole onSqlite;
        return QTest::qExec(&onSqlite, count, arguments.data());
    }
    const QString reason = PostgresServer::unavailableReason();
    if (!reason.isEmpty()) {
        qWarning("PostgreSQL suite not run: %s", qPrintable(reason));
        return 0;
    }
    PostgresServer server;
    QString error;
    QString uri;
    if (!server.start(&error) || (uri = server.createDatabase(QStringLiteral("hub"), &error)).isEmpty()) {
        qWarning("PostgreSQL did not start: %s", qPrintable(error));
        return 1;
    }
    TestConsole onPostgres(uri);
    return QTest::qExec(&onPostgres, count, arguments.data());
}
#include "tst_console.moc"
