#include "kiosk/app/controllers/DashboardController.h"
#include "kiosk/app/controllers/StaffController.h"
#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CheckInLog.h"
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"
#include "printing/CupsClient.h"
#include "printing/PrintQueue.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestStaff : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<CheckInService> m_service;
    std::unique_ptr<StaffController> m_staff;
    QDateTime m_now;
    int m_run = 0;

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<EventStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_run))));
        TestSupport::addAttendee(*m_store, QStringLiteral("K-1"), QStringLiteral("Hélène"),
            QStringLiteral("Lefèvre-Dubois"), QStringLiteral("Ville de Lyon"));
        TestSupport::addAttendee(*m_store, QStringLiteral("K-2"), QStringLiteral("Gaël"), QStringLiteral("Œuvray"),
            QStringLiteral("Ville de Château-Thierry"));
        m_service = std::make_unique<CheckInService>(*m_store, QStringLiteral("desk-1"));
        m_now = QDateTime(QDate(2026, 7, 8), QTime(8, 0), Qt::UTC);
        m_staff = std::make_unique<StaffController>(
            *m_store, *m_service, StaffController::hashPin(QStringLiteral("4321")), nullptr, [this] { return m_now; });
    }

    void pinAndLockout()
    {
        QVERIFY(!m_staff->unlocked());
        for (int i = 0; i < StaffController::maxFailures - 1; ++i) {
            QVERIFY(!m_staff->unlock(QStringLiteral("0000")));
            QVERIFY(!m_staff->pinMessage().isEmpty());
        }
        QVERIFY(!m_staff->unlock(QStringLiteral("0000"))); // the fifth: locked out
        QVERIFY(!m_staff->unlock(QStringLiteral("4321"))); // even the right PIN waits
        m_now = m_now.addSecs(StaffController::lockoutSeconds + 1);
        QVERIFY(m_staff->unlock(QStringLiteral("4321")));
        QVERIFY(m_staff->unlocked());
        QVERIFY(m_staff->pinMessage().isEmpty());
        QVERIFY(StaffController::hashPin(QStringLiteral("4321")) != QStringLiteral("4321"));
    }

    void closesWhenLeftAlone()
    {
        m_staff->setIdleTimeout(100);
        QVERIFY(m_staff->unlock(QStringLiteral("4321")));
        QTRY_VERIFY(!m_staff->unlocked());
    }

    void searchCheckInUndo()
    {
        QAbstractItemModelTester tester(m_staff->results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_staff->unlock(QStringLiteral("4321")));
        m_staff->search(QStringLiteral("lefevre"));
        QCOMPARE(m_staff->results()->rowCount(), 1);
        const QModelIndex first = m_staff->results()->index(0);
        QCOMPARE(first.data(AttendeeListModel::NameRole).toString(), QStringLiteral("Hélène Lefèvre-Dubois"));
        QVERIFY(!first.data(AttendeeListModel::CheckedInRole).toBool());
        QSignalSpy badges(m_staff.get(), &StaffController::badgeWanted);
        const QString id = first.data(AttendeeListModel::IdRole).toString();
        QVERIFY(m_staff->checkIn(id));
        QCOMPARE(badges.size(), 1);
        QVERIFY(m_staff->results()->index(0).data(AttendeeListModel::CheckedInRole).toBool());
        QVERIFY(!m_staff->checkIn(id)); // already checked in, with the reason in the status
        QVERIFY(!m_staff->status().isEmpty());
        QVERIFY(m_staff->undoLastCheckIn(id));
        QVERIFY(!m_staff->results()->index(0).data(AttendeeListModel::CheckedInRole).toBool());
        QVERIFY(!m_staff->undoLastCheckIn(id));
    }

    void attendeePageAndEdit()
    {
        QVERIFY(m_staff->unlock(QStringLiteral("4321")));
        m_staff->search(QStringLiteral("lefevre"));
        const QString id = m_staff->results()->index(0).data(AttendeeListModel::IdRole).toString();
        QVERIFY(m_staff->checkIn(id));
        QVERIFY(m_staff->undoLastCheckIn(id));
        QSignalSpy selection(m_staff.get(), &StaffController::selectionChanged);
        m_staff->select(id);
        QCOMPARE(m_staff->selected().lastName, QStringLiteral("Lefèvre-Dubois"));
        QCOMPARE(m_staff->history()->count(), 2); // checked in, then undone
        QAbstractItemModelTester historyTester(
            m_staff->history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_staff->history()->index(1).data(AttendeeHistoryModel::WhatRole).toString(),
            QStringLiteral("Check-in undone"));
        QVERIFY(!m_staff->saveEdit(id, QString(), QStringLiteral(" "), QString(), QString(), QString()));
        QVERIFY(m_staff->saveEdit(id, QStringLiteral("Hélène"), QStringLiteral("Lefebvre-Dubois"),
            QStringLiteral("Métropole de Lyon"), QStringLiteral("Maire adjointe"), QStringLiteral("Élu·e")));
        const auto a = AttendeeTable(m_store->database()).byId(id);
        QCOMPARE(a->lastName, QStringLiteral("Lefebvre-Dubois"));
        QCOMPARE(a->organisation, QStringLiteral("Métropole de Lyon"));
        QCOMPARE(!AttendeeTable(m_store->database()).pendingPush().isEmpty(), true); // to be synced
        QVERIFY(selection.size() >= 2);
        m_staff->lock();
        QVERIFY(!m_staff->selected().valid());
    }

    void dashboardFigures()
    {
        DashboardController dashboard(*m_store, QStringLiteral("fr"));
        dashboard.refresh();
        QCOMPARE(dashboard.registered(), 2);
        QCOMPARE(dashboard.checkedIn(), 0);
        QCOMPARE(dashboard.arrivals()->count(), 0);
        QVERIFY(!dashboard.syncStatus().isEmpty());
        QVERIFY(m_staff->unlock(QStringLiteral("4321")));
        m_staff->search(QStringLiteral("oeuvray"));
        QVERIFY(m_staff->checkIn(m_staff->results()->index(0).data(AttendeeListModel::IdRole).toString()));
        m_staff->registerWalkIn(QStringLiteral("Inès"), QStringLiteral("Benali"), QString(), QString(), QString());
        dashboard.refresh();
        QCOMPARE(dashboard.registered(), 3);
        QCOMPARE(dashboard.checkedIn(), 2);
        int arrivals = 0;
        QAbstractItemModelTester arrivalsTester(
            dashboard.arrivals(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sessionsTester(
            dashboard.sessions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const ArrivalListModel::Quarter &quarter : dashboard.arrivals()->rows())
            arrivals += quarter.count;
        QCOMPARE(arrivals, 2);
        dashboard.setPrinter(QStringLiteral("badges"));
        dashboard.setPrinterProblem(QStringLiteral("badges"),
            CupsClient::describe({ QStringLiteral("media-empty") }, QStringLiteral("badges")));
        QVERIFY(dashboard.printerStatus().contains(QStringLiteral("labels")));
        // Staff move this kiosk's badges to another printer.
        QSignalSpy chosen(&dashboard, &DashboardController::printerChosen);
        dashboard.choosePrinter(QStringLiteral("badges"));
        QCOMPARE(chosen.size(), 0);
        dashboard.choosePrinter(QStringLiteral("desk-printer"));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(dashboard.printer(), QStringLiteral("desk-printer"));
        QVERIFY(!dashboard.printerStatus().contains(QStringLiteral("labels")));
    }

    // One printer state, in words staff use: never the print system's own.
    void printerStatusInPlainWords()
    {
        DashboardController dashboard(*m_store, QStringLiteral("fr"));
        QVERIFY(!dashboard.printerOk());
        QVERIFY(dashboard.printerStatus().contains(QStringLiteral("No badge printer")));
        dashboard.setPrinter(QStringLiteral("badges"));
        dashboard.setPrintServer({});
        QVERIFY(dashboard.printerOk());
        // What the print system said goes to the log; staff read one plain state.
        dashboard.setPrinterProblem(
            QStringLiteral("badges"), QStringLiteral("cannot reach the print server: Bad file descriptor"));
        QVERIFY(!dashboard.printerOk());
        QVERIFY2(
            !dashboard.printerStatus().contains(QStringLiteral("Bad file")), qPrintable(dashboard.printerStatus()));
        QVERIFY(!dashboard.printerStatus().contains(QStringLiteral("ready")));
        DashboardController::PrintServer down;
        down.reachable = false;
        dashboard.setPrintServer(down);
        QVERIFY(!dashboard.printerOk());
        QVERIFY(!dashboard.printerStatus().contains(QStringLiteral("ready")));
        DashboardController::PrintServer missing;
        missing.found = false;
        dashboard.setPrintServer(missing);
        QVERIFY(dashboard.printerStatus().contains(QStringLiteral("does not exist")));
        DashboardController::PrintServer odd;
        odd.reasons = { QStringLiteral("spool-area-full") };
        dashboard.setPrintServer(odd);
        QVERIFY2(!dashboard.printerStatus().contains(QStringLiteral("spool")), qPrintable(dashboard.printerStatus()));
        // A real print server that is not there: the same plain words, no socket path or error number.
        qputenv("CUPS_SERVER", m_dir.filePath(QStringLiteral("no-cupsd.sock")).toUtf8());
        dashboard.refreshPrinters();
        qunsetenv("CUPS_SERVER");
        QVERIFY(!dashboard.printerOk());
        QVERIFY(!dashboard.printerStatus().contains(QStringLiteral("no-cupsd")));
        QAbstractItemModelTester printersTester(
            dashboard.printers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const PrinterListModel::Printer &p : dashboard.printers()->rows())
            QVERIFY(!p.message.contains(QStringLiteral("no-cupsd")));
    }

    void hubUnreachableSince()
    {
        QDateTime now(QDate(2026, 7, 8), QTime(9, 30), Qt::UTC);
        DashboardController dashboard(*m_store, QStringLiteral("fr"), nullptr, [&now] { return now; });
        dashboard.refresh();
        QVERIFY(dashboard.syncOk()); // no hub: nothing to worry about
        m_store->setMetaValue(QStringLiteral("sync_hub_url"), QStringLiteral("https://hub.example:8443"));
        m_store->setMetaValue(QStringLiteral("sync_last_success"), now.addSecs(-30).toString(Qt::ISODate));
        QVERIFY(m_staff->unlock(QStringLiteral("4321")));
        m_staff->search(QStringLiteral("oeuvray"));
        QVERIFY(m_staff->checkIn(m_staff->results()->index(0).data(AttendeeListModel::IdRole).toString()));
        dashboard.refresh();
        QVERIFY2(dashboard.syncOk(), qPrintable(dashboard.syncStatus()));
        now = now.addSecs(qint64(20) * 60);
        dashboard.refresh();
        QVERIFY(!dashboard.syncOk());
        const QString since
            = now.addSecs(-20 * 60 - 30).toTimeZone(m_store->timeZone()).toString(QStringLiteral("HH:mm"));
        QVERIFY2(dashboard.syncStatus().contains(since), qPrintable(dashboard.syncStatus()));
        QVERIFY2(dashboard.syncStatus().contains(QStringLiteral("unreachable")), qPrintable(dashboard.syncStatus()));
        QVERIFY2(dashboard.syncStatus().contains(QStringLiteral("1 check-in")), qPrintable(dashboard.syncStatus()));
        QVERIFY(!dashboard.syncStatus().contains(QStringLiteral("hub.example")));
    }

    // A scan in staff mode opens that person's page with check-in offered: never a silent check-in.
    void scanOpensThePage()
    {
        const auto helene = AttendeeTable(m_store->database()).byCode(QStringLiteral("K-1"));
        QVERIFY(!m_staff->scan(QStringLiteral("K-1"))); // locked: the scan is not staff's
        QVERIFY(!m_staff->selected().valid());
        QVERIFY(m_staff->unlock(QStringLiteral("4321")));
        m_staff->setPage(StaffController::Page::WalkInPage);
        QSignalSpy badges(m_staff.get(), &StaffController::badgeWanted);
        QVERIFY(m_staff->scan(QStringLiteral(" k-1\r\n")));
        QCOMPARE(m_staff->selected().id, helene->id);
        QCOMPARE(m_staff->selected().checkedIn, false);
        QCOMPARE(m_staff->page(), StaffController::Page::SearchPage);
        QVERIFY(!CheckInLog(m_store->database()).firstCheckIn(helene->id, QString()).has_value());
        QCOMPARE(badges.size(), 0);
        QVERIFY(m_staff->checkIn(helene->id)); // staff's own decision
        QCOMPARE(m_staff->selected().checkedIn, true);
        QVERIFY(m_staff->scan(QStringLiteral("K-1")));
        QVERIFY(m_staff->status().contains(QStringLiteral("already")));
        QVERIFY(!m_staff->scan(QStringLiteral("NOPE-0000")));
        QVERIFY(!m_staff->status().isEmpty());
    }

    void walkInWithAnExistingName()
    {
        QVERIFY(m_staff->unlock(QStringLiteral("4321")));
        // Typed without accents or hyphen: the same folded name as Hélène Lefèvre-Dubois.
        QSignalSpy badges(m_staff.get(), &StaffController::badgeWanted);
        QVERIFY(m_staff
                    ->registerWalkIn(
                        QStringLiteral("helene"), QStringLiteral("LEFEVRE DUBOIS"), QString(), QString(), QString())
                    .isEmpty());
        QCOMPARE(
            m_staff->duplicate().value(QStringLiteral("name")).toString(), QStringLiteral("Hélène Lefèvre-Dubois"));
        QCOMPARE(AttendeeTable(m_store->database()).all().size(), 2);
        QCOMPARE(badges.size(), 0);
        m_staff->confirmDuplicate(); // another person of that name
        QVERIFY(m_staff->duplicate().isEmpty());
        QVERIFY(!m_staff
                     ->registerWalkIn(
                         QStringLiteral("helene"), QStringLiteral("LEFEVRE DUBOIS"), QString(), QString(), QString())
                     .isEmpty());
        QCOMPARE(AttendeeTable(m_store->database()).all().size(), 3);
        // A different name goes straight through.
        QVERIFY(!m_staff
                     ->registerWalkIn(QStringLiteral("Inès"), QStringLiteral("Benali"), QString(), QString(),
                         QStringLiteral("Élu·e"))
                     .isEmpty());
        QVERIFY(m_staff->categories().contains(QStringLiteral("Élu·e")));
    }

    void reprintNeedsAPrinter()
    {
        QVERIFY(m_staff->unlock(QStringLiteral("4321")));
        const auto helene = AttendeeTable(m_store->database()).byCode(QStringLiteral("K-1"));
        QSignalSpy reprints(m_staff.get(), &StaffController::reprintWanted);
        m_staff->reprint(helene->id);
        QCOMPARE(reprints.size(), 0);
        QVERIFY(!m_staff->status().contains(QStringLiteral("sent to the printer")));
        m_staff->setPrinting(true);
        m_staff->reprint(helene->id);
        QCOMPARE(reprints.size(), 1);
    }

    void badgeHistoryInWords()
    {
        QVERIFY(m_staff->unlock(QStringLiteral("4321")));
        const auto helene = AttendeeTable(m_store->database()).byCode(QStringLiteral("K-1"));
        QVERIFY(m_staff->checkIn(helene->id));
        const CupsClient cups;
        PrintQueue queue(*m_store, cups);
        QString error;
        const QString job
            = queue.enqueue(helene->id, QStringLiteral("id1-card"), QStringLiteral("badges"), false, &error);
        QVERIFY2(!job.isEmpty(), qPrintable(error));
        m_staff->select(helene->id);
        bool found = false;
        for (const AttendeeHistoryModel::Line &line : m_staff->history()->lines()) {
            const QString what = line.what;
            QVERIFY2(!what.contains(QStringLiteral("pending")) && !what.contains(QStringLiteral("completed")),
                qPrintable(what));
            found = found || what.startsWith(QStringLiteral("Badge"));
        }
        QVERIFY(found);
    }

    void walkIn_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("complete") << QStringLiteral("Inès") << QStringLiteral("Benali")
                                  << QStringLiteral("ines@example.fr") << true;
        QTest::newRow("no email") << QStringLiteral("Inès") << QStringLiteral("Benali") << QString() << true;
        QTest::newRow("one name") << QString() << QStringLiteral("Benali") << QString() << true;
        QTest::newRow("no last name") << QStringLiteral("Inès") << QString() << QString() << false;
        QTest::newRow("no name") << QString() << QStringLiteral("  ") << QString() << false;
        QTest::newRow("bad email") << QStringLiteral("Inès") << QStringLiteral("Benali")
                                   << QStringLiteral("ines.example.fr") << false;
    }
    void walkIn()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, email);
        QFETCH(bool, accepted);
        QSignalSpy badges(m_staff.get(), &StaffController::badgeWanted);
        const QString id
            = m_staff->registerWalkIn(first, last, QStringLiteral("Ville de Nantes"), email, QStringLiteral("Élu·e"));
        QCOMPARE(!id.isEmpty(), accepted);
        QVERIFY(!m_staff->status().isEmpty());
        if (!accepted) {
            QCOMPARE(AttendeeTable(m_store->database()).all().size(), 2);
            return;
        }
        const auto a = AttendeeTable(m_store->database()).byId(id);
        QVERIFY(a->code.startsWith(QStringLiteral("W-")));
        QVERIFY(CheckInLog(m_store->database()).firstCheckIn(id, QString()).has_value());
        QCOMPARE(badges.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStaff)
#include "tst_staff.moc"
