#include "kiosk/app/controllers/KioskSpeech.h"
#include "kiosk/app/controllers/SelfServiceController.h"
#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/Translations.h"
#include "printing/BadgeComposer.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <cstdio>

// Every text the kiosk speaks on every attendee screen, in French, English and
// Spanish, rendered to WAV by espeak-ng (the engine speech-dispatcher uses):
// each file must hold real speech as long as its text needs. The lengths are
// printed as a table, for reading, not asserted against a clock.
class TestSpeechWav : public QObject {
    Q_OBJECT

    struct Utterance {
        QString screen;
        QString language;
        QString text;
    };
    struct Wave {
        bool valid = false;
        double seconds = 0;
        double rms = 0; // of the 16-bit samples
        double voiced = 0; // share of 10 ms windows that are not silence
    };

    QTemporaryDir m_dir;
    QString m_espeak;
    QVector<Utterance> m_all;
    int m_run = 0;

    static Wave readWave(const QString &path)
    {
        Wave wave;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return wave;
        const QByteArray bytes = file.readAll();
        if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
            return wave;
        int rate = 0;
        int channels = 0;
        int bits = 0;
        for (qsizetype at = 12; at + 8 <= bytes.size();) {
            const QByteArray id = bytes.mid(at, 4);
            qsizetype size = qFromLittleEndian<quint32>(bytes.constData() + at + 4);
            const char *body = bytes.constData() + at + 8;
            if (id == "fmt " && size >= 16) {
                channels = qFromLittleEndian<quint16>(body + 2);
                rate = static_cast<int>(qFromLittleEndian<quint32>(body + 4));
                bits = qFromLittleEndian<quint16>(body + 14);
            } else if (id == "data") {
                if (bits != 16 || rate <= 0 || channels <= 0)
                    return wave;
                // espeak-ng writing to a file may leave the size as it was first written.
                size = std::min<qsizetype>(size, bytes.size() - (at + 8));
                const qsizetype samples = size / 2;
                const qsizetype window = qsizetype(rate / 100) * channels;
                double sum = 0;
                double windowSum = 0;
                int windows = 0;
                int voiced = 0;
                for (qsizetype i = 0; i < samples; ++i) {
                    const double s = qFromLittleEndian<qint16>(body + 2 * i);
                    sum += s * s;
                    windowSum += s * s;
                    if ((i + 1) % window == 0) {
                        ++windows;
                        if (std::sqrt(windowSum / window) > 300)
                            ++voiced;
                        windowSum = 0;
                    }
                }
                wave.valid = samples > 0;
                wave.seconds = double(samples) / channels / rate;
                wave.rms = samples > 0 ? std::sqrt(sum / samples) : 0;
                wave.voiced = windows > 0 ? double(voiced) / windows : 0;
                return wave;
            }
            at += 8 + size + (size % 2);
        }
        return wave;
    }

    // Walks every attendee screen in one language and returns what was said on each.
    QVector<Utterance> walk(const QString &language)
    {
        EventStore store;
        if (!store.open(m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_run))))
            return {};
        const QString marie = TestSupport::addAttendee(store, QStringLiteral("K-1"), QStringLiteral("Marie"),
            QStringLiteral("Lefèvre"), QStringLiteral("Ville de Lyon"));
        Attendee withMail = *AttendeeTable(store.database()).byCode(QStringLiteral("K-1"));
        withMail.email = QStringLiteral("m.lefevre@grandlyon.example");
        if (!AttendeeTable(store.database()).save(withMail))
            return {};
        const QString omar = TestSupport::addAttendee(store, QStringLiteral("K-2"), QStringLiteral("Omar"),
            QStringLiteral("Benali"), QStringLiteral("Région Sud"));
        TestSupport::addAttendee(
            store, QStringLiteral("K-3"), QStringLiteral("Paul"), QStringLiteral("Annulé"), QString(), true);
        TestSupport::addAttendee(store, QStringLiteral("K-4"), QStringLiteral("Ana"), QStringLiteral("Ruiz"));
        CheckInService service(store, QStringLiteral("kiosk-1"));
        CheckInService elsewhere(store, QStringLiteral("kiosk-2"));
        CheckInService::Request earlier;
        earlier.scanned = QStringLiteral("K-4");
        if (elsewhere.scan(earlier).outcome != CheckInResult::Outcome::CheckedIn)
            return {};

        SelfServiceController controller(service, QStringLiteral("RAICT 2026"), QString(), language);
        controller.setPrinting(true);
        controller.setSelfSearch(true);
        Translations::install(Translations::locale(language));
        KioskSpeech speech(controller);
        speech.setBadgeReader([&store](const Attendee &a) { return BadgeComposer::compose(a, store); });
        QVector<Utterance> said;
        QString screen;
        connect(&speech, &KioskSpeech::spoken, this, [&](const QString &text, const QString &in) {
            said.append({ screen, in, text });
        });
        auto step = [&](const char *name, const std::function<void()> &act) {
            screen = QString::fromLatin1(name);
            act();
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
        };
        step("welcome", [&] { speech.setHeadphones(true); });
        step("greeting", [&] { controller.scan(QStringLiteral("K-1")); });
        step("badge ready", [&] { controller.badgePrinted(marie); });
        step("welcome", [&] { controller.backToWelcome(); });
        step("greeting", [&] { controller.scan(QStringLiteral("K-2")); });
        step("badge at desk", [&] { controller.badgeProblem(omar); });
        step("already checked in", [&] { controller.scan(QStringLiteral("K-4")); });
        step("unknown code", [&] { controller.scan(QStringLiteral("NOBODY-42")); });
        step("cancelled", [&] { controller.scan(QStringLiteral("K-3")); });
        step("no code, desk", [&] {
            controller.setSelfSearch(false);
            controller.showNoCode();
        });
        step("no code, search", [&] {
            controller.setSelfSearch(true);
            controller.backToWelcome();
            controller.showNoCode();
        });
        step("proof", [&] {
            controller.searchSelf(QStringLiteral("Lefèvre"));
            controller.chooseSelf(marie);
        });
        step("proof, wrong answer", [&] { controller.answerProof(QStringLiteral("xyz")); });
        step("to desk", [&] {
            controller.answerProof(QStringLiteral("xyz"));
            controller.answerProof(QStringLiteral("xyz"));
        });
        step("printer alert", [&] {
            controller.backToWelcome();
            controller.setPrinterAlert(QStringLiteral("badges"), QStringLiteral("out of labels"));
        });
        step("loudspeaker", [&] {
            controller.setPrinterAlert(QString(), QString());
            speech.setStartWithHeadphones(false);
            speech.setHeadphones(false);
            speech.start();
            controller.scan(QStringLiteral("K-1"));
        });
        return said;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_espeak = QStandardPaths::findExecutable(QStringLiteral("espeak-ng"));
        if (m_espeak.isEmpty())
            QSKIP("espeak-ng is not installed (deploy/setup installs it)");
        for (const QString &language : { QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("es") })
            m_all += walk(language);
        Translations::install(QLocale(QLocale::English));
        QVERIFY(m_all.size() >= qsizetype(3) * 14);
        std::printf("| language | screen | characters | seconds | text\n");
    }

    void everyScreenIsSaid_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        int n = 0;
        for (const Utterance &u : std::as_const(m_all))
            QTest::addRow("%s %02d %s", qPrintable(u.language), ++n, qPrintable(u.screen))
                << u.screen << u.language << u.text;
    }
    void everyScreenIsSaid()
    {
        QFETCH(QString, screen);
        QFETCH(QString, language);
        QFETCH(QString, text);
        QVERIFY(!text.trimmed().isEmpty());
        if (screen.endsWith(QLatin1String("loudspeaker")))
            QVERIFY2(
                !text.contains(QStringLiteral("Marie")) && !text.contains(QStringLiteral("Lefèvre")), qPrintable(text));
        const QString file
            = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))
                + QStringLiteral(".wav"));
        QProcess espeak;
        espeak.start(m_espeak, { QStringLiteral("-v"), language, QStringLiteral("-w"), file, text });
        QVERIFY(espeak.waitForFinished(60000));
        QCOMPARE(espeak.exitCode(), 0);
        const Wave wave = readWave(file);
        QVERIFY2(wave.valid, qPrintable(file));
        // Real speech: loud enough, mostly voiced, and long enough for its words (at most 25 characters a second).
        QVERIFY2(wave.rms > 500, qPrintable(QString::number(wave.rms)));
        QVERIFY2(wave.voiced > 0.4, qPrintable(QString::number(wave.voiced)));
        QVERIFY2(wave.seconds > text.size() / 25.0, qPrintable(QString::number(wave.seconds)));
        std::printf("| %-3s | %-24s | %5lld | %6.1f | %s\n", qPrintable(language), qPrintable(screen),
            static_cast<long long>(text.size()), wave.seconds, qPrintable(text.left(60)));
    }
};

QTEST_GUILESS_MAIN(TestSpeechWav)
#include "tst_speechwav.moc"
