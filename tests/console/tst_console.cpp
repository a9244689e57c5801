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
        const bool finished = script.waitForFinished(420000);
        const QByteArray output = script.readAll();
        qInfo().noquote() << output;
        if (!finished)
            script.kill();
        QVERIFY2(finished, "the browser test did not finish within 7 minutes");
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
    return runOnSqliteOrPostgres<TestConsole>(argc, argv, QStringLiteral("hub"));
}
#include "tst_console.moc"
