#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// `accueil` where trust is at stake: deletion is final, the routine re-import
// always works, one set of field limits, secrets in private files.
class TestCliTrust : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    int m_run = 0;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    Run accueil(const QStringList &arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.remove(QStringLiteral("LANGUAGE"));
        p.setProcessEnvironment(env);
        p.start(
            TestSupport::binary(QStringLiteral("accueil")), QStringList { QStringLiteral("--db"), m_db } + arguments);
        p.waitForFinished(60000);
        Run r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(data);
        return file.fileName();
    }

    static QByteArray exportFile()
    {
        return "Code;Prénom;Nom;Organisation\n"
               "T-1;Marie;Lefèvre;Ville de Lyon\n"
               "T-2;Jean;Dupont;Ville de Nice\n"
               "T-3;Anne;Martin;Ville de Brest\n";
    }

private Q_SLOTS:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("event-%1.sqlite").arg(++m_run));
        QCOMPARE(accueil({ QStringLiteral("init"), QStringLiteral("--event"), QStringLiteral("Trust") }).exitCode, 0);
    }

    void reimportAfterDeletion()
    {
        const QString file = writeFile(QStringLiteral("export.csv"), exportFile());
        QCOMPARE(accueil({ QStringLiteral("import"), QStringLiteral("attendees"), file }).exitCode, 0);
        Run r = accueil({ QStringLiteral("edit"), QStringLiteral("T-2"), QStringLiteral("--delete") });
        QCOMPARE(r.exitCode, 0);

        r = accueil({ QStringLiteral("import"), QStringLiteral("attendees"), file, QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("skipped_deleted")).toArray(), (QJsonArray { 3 }));
        QCOMPARE(r.json().value(QStringLiteral("unchanged")).toInt(), 2);
        r = accueil({ QStringLiteral("import"), QStringLiteral("attendees"), file });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("1 skipped") && r.out.contains("lines 3"), r.out.constData());

        // The deleted person's code is refused, and sends them to the desk.
        r = accueil({ QStringLiteral("checkin"), QStringLiteral("T-2"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.json().value(QStringLiteral("result")).toString(), QStringLiteral("cancelled"));
        QVERIFY(r.json().value(QStringLiteral("message")).toString().contains(QLatin1String("desk")));

        r = accueil({ QStringLiteral("import"), QStringLiteral("attendees"), file, QStringLiteral("--restore-deleted"),
            QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("restored")).toInt(), 1);
        QCOMPARE(accueil({ QStringLiteral("checkin"), QStringLiteral("T-2") }).exitCode, 0);
    }

    void cancelledStayCancelledOnReimport()
    {
        const QString file = writeFile(
            QStringLiteral("status.csv"), "Code;Prénom;Nom;Statut\nT-1;Marie;Lefèvre;Payé\nT-2;Jean;Dupont;Payé\n");
        QCOMPARE(accueil({ QStringLiteral("import"), QStringLiteral("attendees"), file }).exitCode, 0);
        QCOMPARE(accueil({ QStringLiteral("edit"), QStringLiteral("T-1"), QStringLiteral("--cancel") }).exitCode, 0);
        Run r = accueil({ QStringLiteral("import"), QStringLiteral("attendees"), file, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("kept_cancelled")).toArray(), (QJsonArray { 2 }));
        QCOMPARE(accueil({ QStringLiteral("checkin"), QStringLiteral("T-1") }).exitCode, 3);
        r = accueil(
            { QStringLiteral("import"), QStringLiteral("attendees"), file, QStringLiteral("--restore-cancelled") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(accueil({ QStringLiteral("checkin"), QStringLiteral("T-1") }).exitCode, 0);
    }

    // A 3 000-character organisation is refused by import (that line only),
    // edit and walk-in: it could never reach the other devices.
    void threeThousandCharacterOrganisation()
    {
        const QString longText = QStringLiteral("Communauté d'agglomération ").repeated(112).left(3000);
        QCOMPARE(longText.size(), 3000);
        const QByteArray longName = longText.toUtf8();
        const QString file = writeFile(
            QStringLiteral("long.csv"), exportFile() + "T-4;Paul;Durand;" + longName + "\nT-5;Léa;Roux;Ville\n");
        Run r = accueil({ QStringLiteral("import"), QStringLiteral("attendees"), file, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("imported")).toInt(), 4);
        const QJsonArray refused = r.json().value(QStringLiteral("refused")).toArray();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).toObject().value(QStringLiteral("line")).toInt(), 5);
        QVERIFY(refused.at(0)
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("organisation")));
        QCOMPARE(accueil({ QStringLiteral("checkin"), QStringLiteral("T-4") }).exitCode, 3);
        QCOMPARE(accueil({ QStringLiteral("checkin"), QStringLiteral("T-5") }).exitCode, 0);

        r = accueil({ QStringLiteral("edit"), QStringLiteral("T-1"), QStringLiteral("--organisation"),
            QString::fromUtf8(longName) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(QLatin1String("organisation")) && r.err.contains(QLatin1String("2000")), qPrintable(r.err));
        r = accueil({ QStringLiteral("search"), QStringLiteral("Lefèvre"), QStringLiteral("--json") });
        QVERIFY(!r.out.contains("agglomération"));

        r = accueil({ QStringLiteral("walkin"), QStringLiteral("--last-name"), QStringLiteral("Nouveau"),
            QStringLiteral("--organisation"), QString::fromUtf8(longName) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("organisation")), qPrintable(r.err));
        const Run search = accueil({ QStringLiteral("search"), QStringLiteral("Nouveau"), QStringLiteral("--json") });
        QVERIFY(QJsonDocument::fromJson(search.out).array().isEmpty());
    }

    void keyFileIsPrivateWhateverTheUmask()
    {
        const mode_t saved = ::umask(022);
        const Run r = accueil({ QStringLiteral("keygen"), QStringLiteral("--key-file"),
            m_dir.filePath(QStringLiteral("key-%1.json").arg(m_run)), QStringLiteral("--json") });
        ::umask(saved);
        QCOMPARE(r.exitCode, 0);
        struct stat st { };
        QCOMPARE(::stat(QFile::encodeName(r.json().value(QStringLiteral("key_file")).toString()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }

    void issuedCodesArePrivateWhateverTheUmask()
    {
        QCOMPARE(accueil({ QStringLiteral("import"), QStringLiteral("attendees"),
                             writeFile(QStringLiteral("codes-%1.csv").arg(m_run), exportFile()) })
                     .exitCode,
            0);
        const QString key = m_dir.filePath(QStringLiteral("issue-key-%1.json").arg(m_run));
        QCOMPARE(accueil({ QStringLiteral("keygen"), QStringLiteral("--key-file"), key }).exitCode, 0);
        const QString out = m_dir.filePath(QStringLiteral("codes-out-%1").arg(m_run));
        const mode_t saved = ::umask(022);
        const Run r = accueil({ QStringLiteral("issue"), QStringLiteral("--missing"), QStringLiteral("--key-file"), key,
            QStringLiteral("--out"), out });
        ::umask(saved);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        struct stat st { };
        QCOMPARE(::stat(QFile::encodeName(out).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0700));
        QCOMPARE(::stat(QFile::encodeName(out + QStringLiteral("/codes.csv")).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }
};

QTEST_GUILESS_MAIN(TestCliTrust)
#include "tst_clitrust.moc"
