#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The command line as a new user meets it: slips are named, nothing is
// created by mistake, every option explains itself, long work shows progress.
class TestCliGuide : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("ACCUEIL_DB"));
        // No default database of the person running the tests is ever touched.
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        return env;
    }

    Run accueil(const QStringList &arguments, const QString &workingDirectory = QString())
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setWorkingDirectory(workingDirectory.isEmpty() ? m_dir.path() : workingDirectory);
        p.start(TestSupport::binary(QStringLiteral("accueil")), arguments);
        p.waitForFinished(120000);
        Run r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // The same, on a terminal: `script` gives the command a pseudo-terminal
    // and copies what it shows (stdout and stderr together) to its stdout.
    QString onTerminal(const QStringList &arguments)
    {
        QStringList quoted { TestSupport::binary(QStringLiteral("accueil")) };
        for (const QString &a : arguments)
            quoted << QLatin1Char('\'') + QString(a).replace(QLatin1Char('\''), QLatin1String("'\\''"))
                    + QLatin1Char('\'');
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral("script"),
            { QStringLiteral("-qec"), quoted.join(QLatin1Char(' ')), QStringLiteral("/dev/null") });
        p.waitForFinished(120000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("event.sqlite"));
        QCOMPARE(accueil({ QStringLiteral("init"), QStringLiteral("--event"), QStringLiteral("RAICT 2026"),
                             QStringLiteral("--db"), m_db })
                     .exitCode,
            0);
        QCOMPARE(accueil({ QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("attendees"),
                             TestSupport::dataPath(QStringLiteral("import/attendees/pretix.csv")) })
                     .exitCode,
            0);
        QCOMPARE(accueil({ QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("programme"),
                             QStringLiteral(ACCUEIL_SOURCE_DIR "/deploy/demo-data/programme.csv") })
                     .exitCode,
            0);
    }

    void missingDatabaseIsNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("stats") << QStringList { QStringLiteral("stats") };
        QTest::newRow("search") << QStringList { QStringLiteral("search"), QStringLiteral("marie") };
        QTest::newRow("checkin") << QStringList { QStringLiteral("checkin"), QStringLiteral("k3s9x2mzq8v7w4hn") };
        QTest::newRow("import") << QStringList { QStringLiteral("import"), QStringLiteral("attendees"),
            TestSupport::dataPath(QStringLiteral("import/attendees/pretix.csv")) };
        QTest::newRow("undo") << QStringList { QStringLiteral("undo"), QStringLiteral("k3s9x2mzq8v7w4hn") };
        QTest::newRow("walkin") << QStringList { QStringLiteral("walkin"), QStringLiteral("--last-name"),
            QStringLiteral("Durand") };
        QTest::newRow("badge") << QStringList { QStringLiteral("badge"), QStringLiteral("--all"),
            QStringLiteral("--pdf"), QStringLiteral("all.pdf") };
        QTest::newRow("keygen") << QStringList { QStringLiteral("keygen") };
        QTest::newRow("jobs") << QStringList { QStringLiteral("jobs") };
    }
    void missingDatabaseIsNamed()
    {
        QFETCH(QStringList, arguments);
        const QString typo = m_dir.filePath(QStringLiteral("evnet.sqlite"));
        Run r = accueil(QStringList { QStringLiteral("--db"), typo } + arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("No event database at ") + typo), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("accueil init --event NAME")), qPrintable(r.err));
        QVERIFY(!QFile::exists(typo));

        // The default database too, when there is none.
        r = accueil(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("No event database at")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("xdg/accueil/event.sqlite"))));
    }

    void optionWhereAValueBelongs()
    {
        const QString cwd = m_dir.filePath(QStringLiteral("cwd"));
        QVERIFY(QDir().mkpath(cwd));
        const Run r = accueil({ QStringLiteral("--db"), QStringLiteral("--help"), QStringLiteral("stats") }, cwd);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--db")), qPrintable(r.err));
        QVERIFY(QDir(cwd).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
        // A flag of one command that is an option with a value in another is no slip.
        const Run edit = accueil({ QStringLiteral("--db"), m_db, QStringLiteral("edit"), QStringLiteral("no-such-code"),
            QStringLiteral("--cancel"), QStringLiteral("--json") });
        QVERIFY2(!edit.err.contains(QStringLiteral("needs a value")), qPrintable(edit.err));
    }

    void initNeedsAName()
    {
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        Run r = accueil({ QStringLiteral("--db"), fresh, QStringLiteral("init") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--event")), qPrintable(r.err));
        QVERIFY(!QFile::exists(fresh));
        r = accueil(
            { QStringLiteral("--db"), fresh, QStringLiteral("init"), QStringLiteral("--event"), QStringLiteral("  ") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(fresh));
        r = accueil({ QStringLiteral("--db"), fresh, QStringLiteral("init"), QStringLiteral("--event"),
            QStringLiteral("X"), QStringLiteral("--timezone"), QStringLiteral("Bad/Zone") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(fresh));
        // An existing event keeps its name; init without --event just reports it.
        r = accueil({ QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("event_name")).toString(), QStringLiteral("RAICT 2026"));
    }

    void badTimeZoneChangesNothing()
    {
        Run r = accueil({ QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--event"),
            QStringLiteral("Renamed"), QStringLiteral("--timezone"), QStringLiteral("Bad/Zone") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Bad/Zone")), qPrintable(r.err));
        r = accueil({ QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--json") });
        QCOMPARE(r.json().value(QStringLiteral("event_name")).toString(), QStringLiteral("RAICT 2026"));
    }

    void walkInNeedsALastName_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing") << QStringList();
        QTest::newRow("first name only") << QStringList { QStringLiteral("--first-name"), QStringLiteral("Inès") };
        QTest::newRow("blank last name") << QStringList { QStringLiteral("--first-name"), QStringLiteral("Inès"),
            QStringLiteral("--last-name"), QStringLiteral(" ") };
    }
    void walkInNeedsALastName()
    {
        QFETCH(QStringList, arguments);
        const Run r = accueil(QStringList { QStringLiteral("--db"), m_db, QStringLiteral("walkin") } + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--last-name")), qPrintable(r.err));
    }

    void unknownSessionIsNamed()
    {
        const Run r = accueil({ QStringLiteral("--db"), m_db, QStringLiteral("checkin"),
            QStringLiteral("p2q7r8t9u3v4w5x6"), QStringLiteral("--session"), QStringLiteral("NOPE") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no session \"NOPE\"")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("accueil stats")), qPrintable(r.err));
    }

    void badgeSaysWhatItWrote()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("marie.pdf"));
        Run r = accueil({ QStringLiteral("--db"), m_db, QStringLiteral("badge"), QStringLiteral("k3s9x2mzq8v7w4hn"),
            QStringLiteral("--pdf"), pdf });
        QCOMPARE(r.exitCode, 0);
        const QString said = QString::fromUtf8(r.out);
        QVERIFY2(said.contains(pdf), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("a6")), qPrintable(said));
        QVERIFY2(said.contains(QRegularExpression(QStringLiteral("\\d+(\\.\\d+)? (kB|KB|KiB|bytes|MB|MiB)"))),
            qPrintable(said));
        r = accueil({ QStringLiteral("--db"), m_db, QStringLiteral("badge"), QStringLiteral("k3s9x2mzq8v7w4hn"),
            QStringLiteral("--pdf"), pdf, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("file")).toString(), QFileInfo(pdf).absoluteFilePath());
        QCOMPARE(r.json().value(QStringLiteral("bytes")).toInteger(), QFileInfo(pdf).size());
    }

    void everyOptionIsDescribed_data()
    {
        QTest::addColumn<QStringList>("command");
        for (const char *c : { "init", "import attendees", "import programme", "search", "checkin", "undo", "stats",
                 "export attendance", "certificate", "keygen", "keys", "issue", "revoke", "badge", "print", "printers",
                 "jobs", "enroll", "sync", "walkin", "edit", "decode", "generate attendees" })
            QTest::newRow(c) << QString::fromLatin1(c).split(QLatin1Char(' '));
    }
    void everyOptionIsDescribed()
    {
        QFETCH(QStringList, command);
        const Run r = accueil(command + QStringList { QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'));
        int options = 0;
        static const QRegularExpression optionLine(QStringLiteral("^  (-\\w, )?--[\\w-]+( [A-Z_=.]+)?\\s+(.*)$"));
        for (const QString &line : lines) {
            const QRegularExpressionMatch m = optionLine.match(line);
            if (!line.startsWith(QLatin1String("  -")))
                continue;
            ++options;
            QVERIFY2(m.hasMatch() && m.captured(3).size() >= 8, qPrintable(line));
        }
        QVERIFY(options >= 5); // at least the options of every command
        QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("accueil ") + command.join(QLatin1Char(' '))),
            r.out.constData());
    }

    void helpOfACommandGroup()
    {
        const Run r = accueil({ QStringLiteral("import"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("accueil import attendees FILE")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("accueil import programme FILE")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("--map COLUMN=FIELD")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("generate attendees")));
    }

    void helpListsEveryCommand()
    {
        const Run r = accueil({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        for (const char *c : { "init", "import attendees FILE", "checkin CODE", "badge", "generate attendees FILE" }) {
            static const QRegularExpression described(QStringLiteral("\\S\\s{2,}\\S"));
            bool found = false;
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                if (line.startsWith(QStringLiteral("  ") + QLatin1String(c) + QLatin1Char(' ')))
                    found = described.match(line).hasMatch();
            }
            QVERIFY2(found, c);
        }
    }

    void noPrintServerIsAPlainSentence()
    {
        QProcess p;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("CUPS_SERVER"), m_dir.filePath(QStringLiteral("no-cupsd.sock")));
        p.setProcessEnvironment(env);
        p.start(TestSupport::binary(QStringLiteral("accueil")), { QStringLiteral("printers") });
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("CUPS_SERVER")), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("descriptor")) && !err.contains(QStringLiteral("No such file")),
            qPrintable(err));
    }

    void progressOnlyOnATerminal()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
            QSKIP("script (util-linux) is needed to give the command a terminal");
        const QString list = m_dir.filePath(QStringLiteral("generated.csv"));
        QString shown = onTerminal({ QStringLiteral("generate"), QStringLiteral("attendees"), list,
            QStringLiteral("--count"), QStringLiteral("3000") });
        QVERIFY2(shown.contains(QStringLiteral("Generating attendees: ")), qPrintable(shown));
        const QString db = m_dir.filePath(QStringLiteral("progress.sqlite"));
        QCOMPARE(accueil({ QStringLiteral("init"), QStringLiteral("--event"), QStringLiteral("P"),
                             QStringLiteral("--db"), db })
                     .exitCode,
            0);
        shown = onTerminal({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("attendees"), list,
            QStringLiteral("--dry-run") });
        QVERIFY2(shown.contains(QStringLiteral("Importing attendees: ")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("3000")), qPrintable(shown));

        // Never with --json, even on a terminal; never when stderr is not a terminal.
        shown = onTerminal({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("attendees"), list,
            QStringLiteral("--dry-run"), QStringLiteral("--json") });
        QVERIFY2(!shown.contains(QStringLiteral("Importing attendees")), qPrintable(shown));
        const Run piped
            = accueil({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("attendees"), list });
        QCOMPARE(piped.exitCode, 0);
        QVERIFY2(!piped.err.contains(QStringLiteral("Importing attendees")), qPrintable(piped.err));
        QVERIFY(!piped.err.contains(QLatin1Char('\r')));
        shown = onTerminal({ QStringLiteral("--db"), db, QStringLiteral("badge"), QStringLiteral("--all"),
            QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("all.pdf")) });
        QVERIFY2(shown.contains(QStringLiteral("Making badges: ")), qPrintable(shown));
    }
};

QTEST_GUILESS_MAIN(TestCliGuide)
#include "tst_cliguide.moc"
