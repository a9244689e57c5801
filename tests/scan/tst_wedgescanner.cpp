#include "kiosk/camera/WedgeScanner.h"

#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

// Keyboard-wedge scanners, driven with key events of a US and a French AZERTY
// session and a clock the test moves.
class TestWedgeScanner : public QObject {
    Q_OBJECT

    // Records what reaches the focused control.
    class Field : public QObject {
    public:
        QString typed;
        bool event(QEvent *e) override
        {
            if (e->type() == QEvent::KeyPress)
                typed += static_cast<QKeyEvent *>(e)->text();
            return QObject::event(e);
        }
    };

    struct Key {
        int evdev;
        bool shift;
        QString text; // what the session's layout produces for it
    };

    qint64 m_now = 0;

    static QVector<Key> usKeys(const QString &code)
    {
        // The physical keys a scanner set to US layout presses for a code.
        QVector<Key> keys;
        for (QChar c : code) {
            for (int evdev = 1; evdev < 100; ++evdev) {
                bool found = false;
                for (bool shift : { false, true }) {
                    if (WedgeScanner::usCharacter(evdev, shift) == c) {
                        keys.append({ evdev, shift, QString(c) });
                        found = true;
                        break;
                    }
                }
                if (found)
                    break;
            }
        }
        return keys;
    }

    static QString azertyText(int evdev, bool shift)
    {
        // What a French AZERTY layout types for these physical keys.
        const QString plain = QString::fromUtf8("&é\"'(-è_çà)=");
        const QString shifted = QStringLiteral("1234567890°+");
        if (evdev >= 2 && evdev <= 13)
            return QString((shift ? shifted : plain).at(evdev - 2));
        const QChar us = WedgeScanner::usCharacter(evdev, shift);
        return WedgeScanner::fromAzerty(QString(us)) == QString(us) ? QString(us) : QString();
    }

    void type(WedgeScanner &scanner, QObject *target, const QVector<Key> &keys, int intervalMs, bool withScanCodes,
        bool azerty, bool enter = true)
    {
        for (const Key &k : keys) {
            QString text = k.text;
            if (azerty) {
                text = azertyText(k.evdev, k.shift);
                if (text.isEmpty()) { // letters: AZERTY's own
                    const QString letters = QStringLiteral("azqwAZQW");
                    const QString us = QStringLiteral("qwazQWAZ");
                    const int i = us.indexOf(k.text);
                    text = i >= 0 ? QString(letters.at(i)) : k.text;
                }
            }
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, k.shift ? Qt::ShiftModifier : Qt::NoModifier,
                withScanCodes ? quint32(k.evdev + 8) : 0, 0, 0, text);
            scanner.eventFilter(target, &press) || QCoreApplication::sendEvent(target, &press);
            m_now += intervalMs;
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier,
                withScanCodes ? quint32(k.evdev + 8) : 0, 0, 0, text);
            scanner.eventFilter(target, &release);
        }
        if (enter) {
            QKeyEvent press(
                QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, withScanCodes ? 36u : 0u, 0, 0, QStringLiteral("\r"));
            scanner.eventFilter(target, &press) || QCoreApplication::sendEvent(target, &press);
        }
    }

    std::unique_ptr<WedgeScanner> scanner(WedgeScanner::Options options = {})
    {
        return std::make_unique<WedgeScanner>(options, [this] { return m_now; });
    }

private Q_SLOTS:
    void init() { m_now = 1000; }

    void layouts_data()
    {
        QTest::addColumn<bool>("azerty");
        QTest::addColumn<bool>("scanCodes");
        QTest::newRow("US session") << false << true;
        QTest::newRow("AZERTY session, scan codes") << true << true;
        QTest::newRow("AZERTY session, text only") << true << false;
    }
    void layouts()
    {
        QFETCH(bool, azerty);
        QFETCH(bool, scanCodes);
        auto s = scanner();
        Field field;
        QSignalSpy scans(s.get(), &WedgeScanner::scanned);
        type(*s, &field, usKeys(QStringLiteral("CUF-2026-0417")), 4, scanCodes, azerty);
        QCOMPARE(scans.size(), 1);
        QCOMPARE(scans.first().first().toString(), QStringLiteral("CUF-2026-0417"));
        QCOMPARE(field.typed, QString()); // the focused field got none of it
    }

    void signedCodeThroughAzertyWithScanCodes()
    {
        const QString code = QStringLiteral("AC1.AEA2NXTX5JU6XXUGE4L4H2EMZ5F2HPZCA5UK3ILUVU");
        auto s = scanner();
        Field field;
        QSignalSpy scans(s.get(), &WedgeScanner::scanned);
        type(*s, &field, usKeys(code), 3, true, true);
        QCOMPARE(scans.size(), 1);
        QCOMPARE(scans.first().first().toString(), code);
    }

    void personTypingIsLeftAlone()
    {
        auto s = scanner();
        Field field;
        QSignalSpy scans(s.get(), &WedgeScanner::scanned);
        // 150 ms between keys: a person searching a name.
        for (const Key &k : usKeys(QStringLiteral("dupont"))) {
            type(*s, &field, { k }, 150, true, false, false);
            s->checkSilence();
        }
        s->checkSilence();
        QCOMPARE(scans.size(), 0);
        QCOMPARE(field.typed, QStringLiteral("dupont"));
    }

    void shortFastBurstIsNotACode()
    {
        auto s = scanner();
        Field field;
        QSignalSpy scans(s.get(), &WedgeScanner::scanned);
        type(*s, &field, usKeys(QStringLiteral("ab")), 10, true, false, false);
        m_now += 200;
        s->checkSilence();
        QCOMPARE(scans.size(), 0);
        QCOMPARE(field.typed, QStringLiteral("ab"));
    }

    void scannerWithoutSuffixEndsInSilence()
    {
        auto s = scanner();
        Field field;
        QSignalSpy scans(s.get(), &WedgeScanner::scanned);
        type(*s, &field, usKeys(QStringLiteral("RAICT-7K4M-PQ2X")), 5, true, false, false);
        QCOMPARE(scans.size(), 0);
        m_now += 300;
        s->checkSilence();
        QCOMPARE(scans.size(), 1);
        QCOMPARE(scans.first().first().toString(), QStringLiteral("RAICT-7K4M-PQ2X"));
    }

    void configuredSuffix()
    {
        WedgeScanner::Options options;
        options.suffix = QStringLiteral("#");
        auto s = scanner(options);
        Field field;
        QSignalSpy scans(s.get(), &WedgeScanner::scanned);
        type(*s, &field, usKeys(QStringLiteral("0042000003#")), 5, true, false, false);
        QCOMPARE(scans.size(), 1);
        QCOMPARE(scans.first().first().toString(), QStringLiteral("0042000003"));
    }

    void twoScansInARow()
    {
        auto s = scanner();
        Field field;
        QSignalSpy scans(s.get(), &WedgeScanner::scanned);
        type(*s, &field, usKeys(QStringLiteral("CUF-2026-0417")), 4, true, false);
        m_now += 800;
        type(*s, &field, usKeys(QStringLiteral("CUF-2026-0418")), 4, true, false);
        QCOMPARE(scans.size(), 2);
        QCOMPARE(scans.at(1).first().toString(), QStringLiteral("CUF-2026-0418"));
    }

    void azertyTranslation()
    {
        QCOMPARE(WedgeScanner::fromAzerty(QString::fromUtf8("CUF)éàé-)à'&è")), QStringLiteral("CUF-2026-0417"));
    }
};

QTEST_MAIN(TestWedgeScanner)
#include "tst_wedgescanner.moc"
