#include "kiosk/core/AttendeeSearch.h"
#include "kiosk/core/CheckInLog.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/StaffPin.h"
#include "tests/kiosk/real/RealKiosk.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// The real accueil-kiosk under Xvfb, used as people use it: a USB scanner's
// bursts at the welcome screen, a long press and the PIN pad into staff mode,
// names with accents typed at a person's pace, undo by press-and-hold, a scan
// at the desk, walk-ins typed field by field. Outcomes are read from the
// event database and the kiosk's log; screenshots of each step are written to
// realkiosk-screenshots/ beside the test (open them). What typing and
// scanning gave is printed as a table at the end; nothing here is timed.
class TestRealKiosk : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    EventStore m_store;
    RealKiosk m_kiosk;
    QString m_shots;
    QHash<QString, QString> m_ids; // code → attendee id
    QStringList m_table;
    int m_step = 0;
    static constexpr int bursts = 100;

    QString add(const QString &code, const QString &first, const QString &last, const QString &organisation)
    {
        QString id = TestSupport::addAttendee(m_store, code, first, last, organisation);
        m_ids.insert(code, id);
        return id;
    }

    bool checkedIn(const QString &code) const
    {
        return CheckInLog(m_store.database()).firstCheckIn(m_ids.value(code), QString()).has_value();
    }

    int checkedInCount(const QString &prefix) const
    {
        int n = 0;
        for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
            n += it.key().startsWith(prefix) && checkedIn(it.key()) ? 1 : 0;
        return n;
    }

    void shot(const QString &name)
    {
        const QString file
            = QStringLiteral("%1/%2-%3.png").arg(m_shots).arg(++m_step, 2, 10, QLatin1Char('0')).arg(name);
        QVERIFY2(m_kiosk.screenshot(file), qPrintable(file));
    }

    // A person typing at 8 to 12 keys a second, a word at a time (a new
    // xdotool per word adds the pause people make between words).
    bool typeLikeAPerson(const QString &text, QList<int> *delays)
    {
        const QStringList words = text.split(QLatin1Char(' '));
        for (int i = 0; i < words.size(); ++i) {
            const int delay = 83 + int(QRandomGenerator::global()->bounded(43)); // 83–125 ms
            delays->append(delay);
            if (!m_kiosk.type(i + 1 < words.size() ? words.at(i) + QLatin1Char(' ') : words.at(i), delay))
                return false;
        }
        return true;
    }

    // Taps a field, empties it and types into it as a person does.
    bool typeInto(const QString &field, const QString &text, QList<int> *delays)
    {
        return m_kiosk.tapItem(field) && m_kiosk.keys({ QStringLiteral("ctrl+a"), QStringLiteral("BackSpace") })
            && typeLikeAPerson(text, delays);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        if (!RealKiosk::toolsInstalled(&missing))
            QSKIP(qPrintable(QStringLiteral("needs %1 (deploy/setup installs them)").arg(missing)));
        QVERIFY(m_dir.isValid());
        QVERIFY(TestSupport::openFreshStore(m_store, m_dir));
        add(QStringLiteral("RAICT-LEF-01"), QStringLiteral("Hélène"), QStringLiteral("Lefèvre"),
            QStringLiteral("Ville de Lyon"));
        add(QStringLiteral("RAICT-MUL-02"), QStringLiteral("Jürgen"), QStringLiteral("Müller"),
            QStringLiteral("Stadt Köln"));
        add(QStringLiteral("RAICT-DUP-03"), QStringLiteral("Marie"), QStringLiteral("Dupont"),
            QStringLiteral("Région Bretagne"));
        for (int i = 1; i <= bursts; ++i)
            add(QStringLiteral("RAICT-B%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("Scan"),
                QStringLiteral("Burst%1").arg(i), QString());
        const QString config = m_dir.filePath(QStringLiteral("kiosk.conf"));
        {
            QSettings settings(config, QSettings::IniFormat);
            settings.setValue(QStringLiteral("staff/pin_hash"), StaffPin::hash(QStringLiteral("2468")));
            settings.setValue(QStringLiteral("staff/language"), QStringLiteral("en"));
        }
        m_shots = QDir::current().filePath(QStringLiteral("realkiosk-screenshots"));
        QDir(m_shots).removeRecursively();
        QString error;
        QVERIFY2(m_kiosk.start(QSize(1280, 800),
                     { QStringLiteral("--db"), m_store.path(), QStringLiteral("--config"), config,
                         QStringLiteral("--language"), QStringLiteral("en") },
                     &error),
            qPrintable(error));
        // The letters people type below have keys, as on a real keyboard with them.
        QVERIFY(m_kiosk.addKeysFor(QStringLiteral(
            "Müller Lefèvre Zoé Lefèvre-Châtelain départemental l'Hérault Jörg "
            "Großmüller Düsseldorf für Søren Ærø-Åberg Københavns Agnès française "
            "développement Jean-François Communauté Besançon coopération décentralisée "
            "Amélie Fontaine Mairie de Saint-Étienne service des relations internationales et européennes Nuño "
            "Gutiérrez Peña Ayuntamiento de Valladolid concejalía de cooperación al desarrollo Thérèse Lebœuf Région "
            "Bourgogne-Franche-Comté direction Europe et rayonnement international Ibrahima Ndiaye Ville de Dakar "
            "direction de la coopération décentralisée et des jumelages Françoise Mbarga-Éboué Communauté urbaine de "
            "Douala cellule des partenariats et de la coopération Hervé Le Guillou Conseil départemental du Finistère "
            "mission solidarité internationale et territoires Joaquín Ibáñez Diputación de Córdoba área de cooperación "
            "internacional y desarrollo local Noémie Dauphiné Métropole de Lyon délégation aux relations "
            "internationales et aux partenariats Raphaël Bénard-Côté Ville de Montréal bureau des relations "
            "internationales avec les villes francophones Zoë Lindqvist Göteborgs Stad internationella avdelningen för "
            "samarbete och utveckling Maëlle Kergoat Brest Métropole service des coopérations et des solidarités "
            "internationales Anaïs Delacroix Association des maires ruraux de France commission action extérieure des "
            "collectivités Grégoire Saint-Aubin Ville de Besançon direction des relations internationales et de la "
            "francophonie Inès Benali Commune de Tunis direction de la coopération internationale et des projets "
            "urbains Loïc Prévost Cités Unies France pôle Afrique et Méditerranée coopération décentralisée des "
            "territoires")));
        if (!m_kiosk.realTime())
            qWarning(
                "input tools run without real-time priority: on a loaded machine scanner bursts may arrive slowed");
        shot(QStringLiteral("welcome"));
    }

    void cleanupTestCase()
    {
        m_kiosk.stop();
        if (!m_table.isEmpty()) {
            qInfo("what the kiosk made of real input (xdotool under Xvfb, %s priority):",
                m_kiosk.realTime() ? "real-time" : "normal");
            for (const QString &line : std::as_const(m_table))
                qInfo().noquote() << line;
        }
        qInfo().noquote() << "screenshots:" << m_shots;
    }

    // A USB scanner at the welcome screen checks the person in.
    void scannerChecksIn()
    {
        QVERIFY(m_kiosk.scan(QStringLiteral("RAICT-LEF-01")));
        QVERIFY(QTest::qWaitFor([&] { return checkedIn(QStringLiteral("RAICT-LEF-01")); }, 60000));
        QVERIFY(m_kiosk.waitForLog(QStringLiteral("decision: checked_in")));
        shot(QStringLiteral("greeting"));
    }

    // 100 bursts give 100 check-ins, none read as anything else.
    void hundredScannerBursts()
    {
        QElapsedTimer clock;
        clock.start();
        for (int i = 1; i <= bursts; ++i)
            QVERIFY(m_kiosk.scan(QStringLiteral("RAICT-B%1").arg(i, 3, 10, QLatin1Char('0'))));
        const bool all = QTest::qWaitFor([&] { return checkedInCount(QStringLiteral("RAICT-B")) == bursts; }, 180000);
        const int got = checkedInCount(QStringLiteral("RAICT-B"));
        m_table << QStringLiteral("| scanner bursts | %1 sent | %2 checked in | %3 unknown codes | %4 s |")
                       .arg(bursts)
                       .arg(got)
                       .arg(m_kiosk.countInLog(QStringLiteral("decision: unknown_code")))
                       .arg(clock.elapsed() / 1000.0, 0, 'f', 1);
        QVERIFY2(all, qPrintable(QStringLiteral("%1 of %2 bursts were read as scans").arg(got).arg(bursts)));
        QCOMPARE(m_kiosk.countInLog(QStringLiteral("decision: unknown_code")), 0);
        shot(QStringLiteral("after-bursts"));
    }

    // A long press in the top right corner, then the PIN on the screen's pad.
    void longPressIntoStaffMode()
    {
        QVERIFY(m_kiosk.hold(QPoint(m_kiosk.screen().width() - 30, 30), 3000));
        QVERIFY(m_kiosk.waitForItem(QStringLiteral("pinKey_1")));
        shot(QStringLiteral("pin-pad"));
        for (const char *digit : { "2", "4", "6", "8" })
            QVERIFY(m_kiosk.tapItem(QStringLiteral("pinKey_") + QLatin1String(digit)));
        QVERIFY(m_kiosk.tapItem(QStringLiteral("unlockButton")));
        QVERIFY(m_kiosk.waitForItem(QStringLiteral("searchField")));
        QVERIFY(m_kiosk.waitForNoItem(QStringLiteral("pinKey_1")));
        shot(QStringLiteral("staff"));
    }

    // A name with an accent typed at a person's pace finds them; a tap checks them in.
    void typedSearchWithAccents()
    {
        QList<int> delays;
        const int scansBefore = m_kiosk.countInLog(QStringLiteral("code read in staff mode"));
        QVERIFY(typeInto(QStringLiteral("searchField"), QStringLiteral("Müller"), &delays));
        // "M" also lists Marie Dupont; "Mü" and after, Jürgen Müller alone.
        QVERIFY(QTest::qWaitFor([&] { return m_kiosk.itemCount(QStringLiteral("markArrived")) == 1; }, 60000));
        QVERIFY(m_kiosk.tapItem(QStringLiteral("markArrived")));
        QVERIFY(QTest::qWaitFor([&] { return checkedIn(QStringLiteral("RAICT-MUL-02")); }, 60000));
        QCOMPARE(m_kiosk.countInLog(QStringLiteral("code read in staff mode")), scansBefore);
        shot(QStringLiteral("search-mueller"));
    }

    // Undo is a press and hold, not a tap.
    void undoByPressAndHold()
    {
        QList<int> delays;
        QVERIFY(typeInto(QStringLiteral("searchField"), QStringLiteral("Lefèvre"), &delays));
        QVERIFY(m_kiosk.waitForItem(QStringLiteral("undoArrival")));
        QVERIFY(checkedIn(QStringLiteral("RAICT-LEF-01")));
        QVERIFY(m_kiosk.holdItem(QStringLiteral("undoArrival"), 2000));
        QVERIFY(QTest::qWaitFor([&] { return !checkedIn(QStringLiteral("RAICT-LEF-01")); }, 60000));
        shot(QStringLiteral("undone-lefevre"));
    }

    // A scan while staff type opens that person's page; nobody is checked in by it.
    void scanAtTheDesk()
    {
        QVERIFY(m_kiosk.tapItem(QStringLiteral("searchField")));
        const int before = m_kiosk.countInLog(QStringLiteral("code read in staff mode"));
        QVERIFY(m_kiosk.scan(QStringLiteral("RAICT-DUP-03")));
        QVERIFY(m_kiosk.waitForLog(QStringLiteral("code read in staff mode"), before + 1));
        QVERIFY(m_kiosk.waitForItem(QStringLiteral("panelMarkArrived")));
        QVERIFY(!checkedIn(QStringLiteral("RAICT-DUP-03")));
        shot(QStringLiteral("scanned-at-desk"));
        QVERIFY(m_kiosk.tapItem(QStringLiteral("panelMarkArrived")));
        QVERIFY(QTest::qWaitFor([&] { return checkedIn(QStringLiteral("RAICT-DUP-03")); }, 60000));
        // The attendee's page sits beside the results, under the tabs.
        const QRect panel = m_kiosk.item(QStringLiteral("attendeePanel"));
        const QRect tab = m_kiosk.item(QStringLiteral("dashboardTab"));
        QVERIFY(panel.isValid() && tab.isValid());
        QVERIFY2(panel.top() > tab.bottom(), "the attendee's page covers the tabs");
        shot(QStringLiteral("checked-in-at-desk"));
    }

    // Walk-ins typed field by field at a person's pace: every character arrives, no scan is made.
    void walkInsTyped_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("organisation");
        QTest::newRow("accents") << QStringLiteral("Zoé") << QStringLiteral("Lefèvre-Châtelain")
                                 << QStringLiteral("Conseil départemental de l'Hérault");
        QTest::newRow("umlauts") << QStringLiteral("Jörg") << QStringLiteral("Großmüller")
                                 << QStringLiteral("Landeshauptstadt Düsseldorf Amt für internationale Beziehungen");
        QTest::newRow("nordic") << QStringLiteral("Søren") << QStringLiteral("Ærø-Åberg")
                                << QStringLiteral("Københavns Kommune international afdeling");
        QTest::newRow("fast pairs") << QStringLiteral("Agnès") << QStringLiteral("Franc")
                                    << QStringLiteral("AFD Agence française de développement the three of them");
        QTest::newRow("long") << QStringLiteral("Jean-François") << QStringLiteral("Dubois-Ngoma")
                              << QStringLiteral(
                                     "Communauté d'agglomération du Grand Besançon direction des relations "
                                     "internationales et de la coopération décentralisée avec les villes jumelles");
        // A desk's hour of walk-ins: with the rows above, over 200 words typed.
        QTest::newRow("desk 1") << QStringLiteral("Amélie") << QStringLiteral("Fontaine")
                                << QStringLiteral(
                                       "Mairie de Saint-Étienne service des relations internationales et européennes");
        QTest::newRow("desk 2") << QStringLiteral("Nuño") << QStringLiteral("Gutiérrez Peña")
                                << QStringLiteral("Ayuntamiento de Valladolid concejalía de cooperación al desarrollo");
        QTest::newRow("desk 3") << QStringLiteral("Thérèse") << QStringLiteral("Lebœuf")
                                << QStringLiteral(
                                       "Région Bourgogne-Franche-Comté direction Europe et rayonnement international");
        QTest::newRow("desk 4") << QStringLiteral("Ibrahima") << QStringLiteral("Ndiaye")
                                << QStringLiteral(
                                       "Ville de Dakar direction de la coopération décentralisée et des jumelages");
        QTest::newRow("desk 5") << QStringLiteral("Françoise") << QStringLiteral("Mbarga-Éboué")
                                << QStringLiteral(
                                       "Communauté urbaine de Douala cellule des partenariats et de la coopération");
        QTest::newRow("desk 6")
            << QStringLiteral("Hervé") << QStringLiteral("Le Guillou")
            << QStringLiteral("Conseil départemental du Finistère mission solidarité internationale et territoires");
        QTest::newRow("desk 7") << QStringLiteral("Joaquín") << QStringLiteral("Ibáñez")
                                << QStringLiteral(
                                       "Diputación de Córdoba área de cooperación internacional y desarrollo local");
        QTest::newRow("desk 8")
            << QStringLiteral("Noémie") << QStringLiteral("Dauphiné")
            << QStringLiteral("Métropole de Lyon délégation aux relations internationales et aux partenariats");
        QTest::newRow("desk 9")
            << QStringLiteral("Raphaël") << QStringLiteral("Bénard-Côté")
            << QStringLiteral("Ville de Montréal bureau des relations internationales avec les villes francophones");
        QTest::newRow("desk 10") << QStringLiteral("Zoë") << QStringLiteral("Lindqvist")
                                 << QStringLiteral(
                                        "Göteborgs Stad internationella avdelningen för samarbete och utveckling");
        QTest::newRow("desk 11") << QStringLiteral("Maëlle") << QStringLiteral("Kergoat")
                                 << QStringLiteral(
                                        "Brest Métropole service des coopérations et des solidarités internationales");
        QTest::newRow("desk 12")
            << QStringLiteral("Anaïs") << QStringLiteral("Delacroix")
            << QStringLiteral("Association des maires ruraux de France commission action extérieure des collectivités");
        QTest::newRow("desk 13")
            << QStringLiteral("Grégoire") << QStringLiteral("Saint-Aubin")
            << QStringLiteral("Ville de Besançon direction des relations internationales et de la francophonie");
        QTest::newRow("desk 14")
            << QStringLiteral("Inès") << QStringLiteral("Benali")
            << QStringLiteral("Commune de Tunis direction de la coopération internationale et des projets urbains");
        QTest::newRow("desk 15")
            << QStringLiteral("Loïc") << QStringLiteral("Prévost")
            << QStringLiteral(
                   "Cités Unies France pôle Afrique et Méditerranée coopération décentralisée des territoires");
    }

    void walkInsTyped()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, organisation);
        QVERIFY(m_kiosk.tapItem(QStringLiteral("walkInTab")));
        QVERIFY(m_kiosk.waitForItem(QStringLiteral("walkInFirstName")));
        const int scansBefore = m_kiosk.countInLog(QStringLiteral("code read in staff mode"));
        QList<int> delays;
        // With the screen's keyboard up the form scrolls: Tab goes to the next field and brings it in view.
        QVERIFY(typeInto(QStringLiteral("walkInFirstName"), first, &delays));
        QVERIFY(m_kiosk.keys({ QStringLiteral("Tab") }));
        QVERIFY(typeLikeAPerson(last, &delays));
        QVERIFY(m_kiosk.keys({ QStringLiteral("Tab") }));
        QVERIFY(typeLikeAPerson(organisation, &delays));
        shot(QStringLiteral("walk-in-")
            + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        // The submit button is in view with the keyboard up, without scrolling.
        QVERIFY(m_kiosk.tapItem(QStringLiteral("walkInButton")));
        QVector<Attendee> found;
        QVERIFY(QTest::qWaitFor(
            [&] {
                found = AttendeeSearch(m_store.database()).find(last, 5);
                return !found.isEmpty();
            },
            60000));
        Attendee a = found.first();
        for (const Attendee &candidate : std::as_const(found)) {
            if (candidate.firstName == first)
                a = candidate;
        }
        const int keysTyped = int(first.size() + last.size() + organisation.size());
        const int lost = keysTyped - int(a.firstName.size() + a.lastName.size() + a.organisation.size());
        const int scans = m_kiosk.countInLog(QStringLiteral("code read in staff mode")) - scansBefore;
        const int words
            = int((first + QLatin1Char(' ') + last + QLatin1Char(' ') + organisation).split(QLatin1Char(' ')).size());
        m_table << QStringLiteral("| typing \"%1\" | %2 words, %3 characters at %4–%5 ms a key | %6 lost | %7 scans |")
                       .arg(QString::fromLatin1(QTest::currentDataTag()))
                       .arg(words)
                       .arg(keysTyped)
                       .arg(*std::min_element(delays.cbegin(), delays.cend()))
                       .arg(*std::max_element(delays.cbegin(), delays.cend()))
                       .arg(lost)
                       .arg(scans);
        QCOMPARE(a.firstName, first);
        QCOMPARE(a.lastName, last);
        QCOMPARE(a.organisation, organisation);
        QCOMPARE(scans, 0);
        QVERIFY(CheckInLog(m_store.database()).firstCheckIn(a.id, QString()).has_value());
    }
};

QTEST_GUILESS_MAIN(TestRealKiosk)
#include "tst_realkiosk.moc"
