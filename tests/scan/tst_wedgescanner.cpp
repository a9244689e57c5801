#include "kiosk/camera/WedgeScanner.h"

#include <QKeyEvent>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

// A focused text field: keys that reach it are typed into its text, which the
// scanner may put back.
class Field : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString text MEMBER typed)

public:
    QString typed;
    int enters = 0;
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(e);
            if (key->key() == Qt::Key_Return)
                ++enters;
            else
                typed += key->text();
        }
        return QObject::event(e);
    }
};

// Keyboard-wedge scanners, driven with key events of a US and a French AZERTY
// session and a clock the test moves.
class TestWedgeScanner : public QObject {
    Q_OBJECT

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

    // One key press, its gap after the previous press, and what the session types for it.
    struct Stroke {
        int gapMs;
        int evdev;
        bool shift;
        QString text;
        int qtKey = Qt::Key_unknown;
    };

    void play(WedgeScanner &scanner, Field &field, const QVector<Stroke> &strokes, bool withScanCodes)
    {
        for (const Stroke &k : strokes) {
            m_now += k.gapMs;
            scanner.checkSilence(); // what the scanner's timer would do meanwhile
            QKeyEvent press(QEvent::KeyPress, k.qtKey, k.shift ? Qt::ShiftModifier : Qt::NoModifier,
                withScanCodes ? quint32(k.evdev + 8) : 0, 0, 0, k.text);
            scanner.eventFilter(&field, &press) || QCoreApplication::sendEvent(&field, &press);
            QKeyEvent release(
                QEvent::KeyRelease, k.qtKey, Qt::NoModifier, withScanCodes ? quint32(k.evdev + 8) : 0, 0, 0, k.text);
            scanner.eventFilter(&field, &release) || QCoreApplication::sendEvent(&field, &release);
        }
    }

    // The physical key and Shift a person presses for a character on a French
    // AZERTY or a US QWERTY keyboard ({-1} for a dead key first, then the letter).
    static QVector<Stroke> keysOf(QChar c, bool azerty)
    {
        const QChar lower = c.toLower();
        const bool capital = c != lower;
        if (azerty) {
            static const QHash<QChar, int> special = { { QChar(0xE9), 3 }, { QChar(0xE8), 8 }, { QChar(0xE7), 10 },
                { QChar(0xE0), 11 }, { QLatin1Char('-'), 7 }, { QLatin1Char('\''), 5 }, { QLatin1Char('a'), 16 },
                { QLatin1Char('z'), 17 }, { QLatin1Char('q'), 30 }, { QLatin1Char('w'), 44 }, { QLatin1Char('m'), 39 },
                { QLatin1Char(' '), 57 } };
            static const QHash<QChar, QChar> circumflex = { { QChar(0xEA), QLatin1Char('e') },
                { QChar(0xF4), QLatin1Char('o') }, { QChar(0xEE), QLatin1Char('i') }, { QChar(0xE2), QLatin1Char('a') },
                { QChar(0xFB), QLatin1Char('u') } };
            if (circumflex.contains(lower)) {
                QVector<Stroke> dead = keysOf(circumflex.value(lower), true);
                dead.last().text = QString(c);
                dead.prepend({ 0, 26, false, QString(), Qt::Key_Dead_Circumflex });
                return dead;
            }
            if (special.contains(lower))
                return { { 0, special.value(lower), capital, QString(c) } };
        }
        for (int evdev = 1; evdev < 100; ++evdev) {
            if (WedgeScanner::usCharacter(evdev, false) == lower)
                return { { 0, evdev, capital, QString(c) } };
        }
        return { { 0, 0, false, QString(c) } }; // typed some other way: text only
    }

    // A person typing at 8 to 12 keys a second: most gaps 83–125 ms, some
    // keys 20–40 ms apart (rolled digraphs and trigraphs, up to five keys in
    // a row), Shift pressed half-way before a capital, sometimes Enter.
    QVector<Stroke> personTyping(const QStringList &words, bool azerty, quint32 seed, QString *expected) const
    {
        QRandomGenerator random(seed);
        QVector<Stroke> strokes;
        int fastRun = 0;
        auto gap = [&] {
            if (fastRun < 4 && random.bounded(100) < (fastRun == 0 ? 25 : 50)) {
                ++fastRun;
                return 20 + int(random.bounded(21));
            }
            fastRun = 0;
            return 83 + int(random.bounded(43));
        };
        for (int w = 0; w < words.size(); ++w) {
            const QString word = words.at(w) + (w % 12 == 11 ? QString() : QStringLiteral(" "));
            for (QChar c : word) {
                for (Stroke k : keysOf(c, azerty)) {
                    k.gapMs = gap();
                    if (k.shift) {
                        const int before = 40 + int(random.bounded(50));
                        strokes.append({ before, 42, false, QString(), Qt::Key_Shift });
                        k.gapMs = 40 + int(random.bounded(40));
                        fastRun = 0;
                    }
                    strokes.append(k);
                }
            }
            *expected += word;
            if (w % 12 == 11) // a search sent with Enter
                strokes.append({ 150 + int(random.bounded(200)), 28, false, QStringLiteral("\r"), Qt::Key_Return });
        }
        return strokes;
    }

    // A scanner set to US layout: 2–10 ms between key presses, Shift pressed
    // for capitals, then Enter; the session types what its layout says.
    QVector<Stroke> scannerBurst(const QString &code, bool azerty, QRandomGenerator &random) const
    {
        QVector<Stroke> strokes;
        int first = 400 + int(random.bounded(800)); // the scanner is picked up
        for (const Key &k : usKeys(code)) {
            QString text = k.text;
            if (azerty) {
                text = azertyText(k.evdev, k.shift);
                if (text.isEmpty()) { // AZERTY's letters and punctuation where US has its own
                    const QString letters = QStringLiteral("azqwAZQW,?:;!m");
                    const QString us = QStringLiteral("qwazQWAZmM.,/;");
                    const int i = us.indexOf(k.text);
                    text = i >= 0 ? QString(letters.at(i)) : k.text;
                }
            }
            if (k.shift) {
                strokes.append({ first > 0 ? first : 2 + int(random.bounded(9)), 42, false, QString(), Qt::Key_Shift });
                first = 0;
            }
            strokes.append({ first > 0 ? first : 2 + int(random.bounded(9)), k.evdev, k.shift, text });
            first = 0;
        }
        strokes.append({ 2 + int(random.bounded(9)), 28, false, QStringLiteral("\r"), Qt::Key_Return });
        return strokes;
    }

    std::unique_ptr<WedgeScanner> scanner(const WedgeScanner::Options &options = {})
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
        QCOMPARE(field.typed, QString()); // the focused field is as it was
        QCOMPARE(field.enters, 0); // and its Enter did not fire
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

    void twoHundredWordsTyped_data()
    {
        QTest::addColumn<bool>("azerty");
        QTest::addColumn<bool>("scanCodes");
        QTest::newRow("AZERTY") << true << true;
        QTest::newRow("AZERTY, text only") << true << false;
        QTest::newRow("QWERTY") << false << true;
    }
    void twoHundredWordsTyped()
    {
        QFETCH(bool, azerty);
        QFETCH(bool, scanCodes);
        // Names, organisations and the words of an edit, as typed at a desk.
        const QStringList french = QString::fromUtf8(
            "Hélène Lefèvre-Dubois Ville de Lyon Gaël Château-Thierry François Agefrançais AFD Jérôme Bâle "
            "Marie-José Müller Ça Côte-d'Ivoire Irène Noël Zoé Wagner Quentin Mathéo l'Hôpital Saint-Étienne "
            "Benoît Élodie maître Anaïs région académie Université Grenoble Alpes Montréal Québec Ingénieur "
            "Conseil général Agnès Clément Frédéric Mélanie Orléans Besançon")
                                       .split(QLatin1Char(' '));
        const QStringList english = QStringLiteral(
            "Helen Lefevre-Dubois City of Lyon Gael Chateau-Thierry Francois Agefrancais AFD Jerome Basel "
            "Mary-Jo Muller Quentin Wagner Zoe Matthew Saint-Etienne Benoit Elodie University of Grenoble "
            "Montreal Quebec Engineer Council Agnes Clement Frederic Melanie Orleans Besancon Oxford Cambridge "
            "Imperial College Wellcome Trust Newcastle Edinburgh Aberdeen")
                                        .split(QLatin1Char(' '));
        const QStringList &vocabulary = azerty ? french : english;
        QStringList words;
        QRandomGenerator pick(12);
        while (words.size() < 200)
            words << vocabulary.at(int(pick.bounded(vocabulary.size())));
        auto s = scanner();
        Field field;
        QSignalSpy scans(s.get(), &WedgeScanner::scanned);
        QString expected;
        const QVector<Stroke> strokes = personTyping(words, azerty, azerty ? 2026 : 1789, &expected);
        play(*s, field, strokes, scanCodes);
        m_now += 1000;
        s->checkSilence();
        QCOMPARE(scans.size(), 0); // no phantom scan
        QCOMPARE(field.typed, expected); // not a character lost
        QCOMPARE(field.enters, 200 / 12);
    }

    void hundredScannerBursts_data()
    {
        QTest::addColumn<bool>("azerty");
        QTest::addColumn<bool>("scanCodes");
        QTest::newRow("US session") << false << true;
        QTest::newRow("AZERTY session") << true << true;
        QTest::newRow("AZERTY session, text only") << true << false;
    }
    void hundredScannerBursts()
    {
        QFETCH(bool, azerty);
        QFETCH(bool, scanCodes);
        QRandomGenerator random(azerty ? 77 : 78);
        const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ234567");
        QStringList codes;
        for (int i = 0; i < 100; ++i) {
            QString code;
            if (i % 3 == 0) {
                code = QStringLiteral("CUF-2026-%1").arg(int(random.bounded(10000)), 4, 10, QLatin1Char('0'));
            } else {
                code = i % 3 == 1 ? QStringLiteral("RAICT-") : QStringLiteral("AC1.");
                const int length = i % 3 == 1 ? 8 : 42;
                for (int c = 0; c < length; ++c)
                    code += alphabet.at(int(random.bounded(alphabet.size())));
            }
            codes << code;
        }
        auto s = scanner();
        Field field;
        field.typed = QStringLiteral("Lef"); // someone was searching when the scan came
        QSignalSpy scans(s.get(), &WedgeScanner::scanned);
        for (const QString &code : codes)
            play(*s, field, scannerBurst(code, azerty, random), scanCodes);
        QStringList got;
        for (const auto &scan : scans)
            got << scan.first().toString();
        QCOMPARE(got, codes);
        QCOMPARE(field.typed, QStringLiteral("Lef")); // the search is as it was
        QCOMPARE(field.enters, 0);
    }

    void lettersAndSpacesAreNotACode()
    {
        // Fast, long and ended by Enter, but not of the codes' alphabet.
        auto s = scanner();
        Field field;
        QSignalSpy scans(s.get(), &WedgeScanner::scanned);
        QVector<Stroke> strokes;
        for (QChar c : QStringLiteral("le nom"))
            strokes.append({ 5, 0, false, QString(c) });
        strokes.append({ 5, 28, false, QStringLiteral("\r"), Qt::Key_Return });
        play(*s, field, strokes, false);
        QCOMPARE(scans.size(), 0);
        QCOMPARE(field.typed, QStringLiteral("le nom"));
        QCOMPARE(field.enters, 1);
    }

    void azertyTranslation()
    {
        QCOMPARE(WedgeScanner::fromAzerty(QString::fromUtf8("CUF)éàé-)à'&è")), QStringLiteral("CUF-2026-0417"));
    }
};

QTEST_MAIN(TestWedgeScanner)
#include "tst_wedgescanner.moc"
