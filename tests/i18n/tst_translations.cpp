// French, English and Spanish are complete: every string a person reads in
// the sources is in each translation file, translated, with the same
// placeholders as its English source.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            current.unfinished = type == QLatin1String("unfinished");
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            } else {
                current.translations = { xml.readElementText() };
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

QString key(const Message &m)
{
    return m.context + QLatin1String(" | ") + m.source;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("French") << QStringLiteral("fr");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Spanish") << QStringLiteral("es");
    }
    void complete()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &m : messages) {
            if (m.unfinished || m.translations.isEmpty())
                problems << QStringLiteral("not translated: ") + key(m);
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems << QStringLiteral("empty: ") + key(m);
                else if (placeholders(t) != placeholders(m.source)
                    && !(m.numerus
                        && placeholders(m.source) - placeholders(t) == QSet<QString> { QStringLiteral("%n") }))
                    problems << QStringLiteral("placeholders differ: ") + key(m) + QLatin1String(" -> ") + t;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Every string of the sources is in the translation files: lupdate run on
    // the sources finds nothing the committed files lack.
    void upToDate()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_fr.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(ACCUEIL_SOURCE_DIR));
        lupdate.start(QStringLiteral(ACCUEIL_LUPDATE),
            { QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("kiosk"), QStringLiteral("qml"),
                QStringLiteral("printing"), QStringLiteral("sync"), QStringLiteral("-ts"), fresh });
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QString error;
        QSet<QString> inSources;
        for (const Message &m : readTs(fresh, &error))
            inSources.insert(key(m));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &language : { QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("es") }) {
            QSet<QString> committed;
            for (const Message &m : readTs(tsPath(language), &error))
                committed.insert(key(m));
            const QSet<QString> missing = inSources - committed;
            QVERIFY2(missing.isEmpty(),
                qPrintable(language + QLatin1String(": not in the translation file (run the accueil_lupdate target): ")
                    + QStringList(missing.values()).join(QLatin1String("; "))));
        }
    }

private:
    static QString tsPath(const QString &language)
    {
        return QStringLiteral(ACCUEIL_SOURCE_DIR "/kiosk/i18n/accueil_%1.ts").arg(language);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
