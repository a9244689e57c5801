#include "kiosk/core/EventStore.h"
#include "printing/CupsClient.h"
#include "printing/PrintQueue.h"
#include "tests/support/TestSupport.h"

#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

// The print queue without a printer: a pending job is claimed by exactly one
// sender however many threads (each with its own connection, as processes
// have) try at once, and staff can release, move and cancel what waits for them.
class TestPrintQueue : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EventStore> m_store;
    QString m_attendee;

    QString path() const { return m_dir.filePath(QStringLiteral("queue.sqlite")); }

    void setState(const QString &id, const QString &state)
    {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("UPDATE print_job SET state = ? WHERE id = ?"));
        q.addBindValue(state);
        q.addBindValue(id);
        QVERIFY(q.exec());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<EventStore>();
        QVERIFY(m_store->open(path()));
        m_attendee = TestSupport::addAttendee(
            *m_store, QStringLiteral("Q-1"), QStringLiteral("Zoé"), QStringLiteral("Ngô Thị"));
    }

    void eachJobIsClaimedOnce()
    {
        const CupsClient cups;
        PrintQueue queue(*m_store, cups);
        QStringList ids;
        QString error;
        for (int i = 0; i < 40; ++i)
            ids << queue.enqueue(m_attendee, QStringLiteral("a6"), QStringLiteral("nowhere"), true, &error);
        QMutex mutex;
        QHash<QString, int> claims;
        QVector<QThread *> threads;
        for (int t = 0; t < 8; ++t) {
            threads << QThread::create([&, t] {
                EventStore store;
                if (!store.open(path()))
                    return;
                const CupsClient client;
                PrintQueue mine(store, client);
                // Each thread walks the jobs from a different place, as senders do.
                for (int i = 0; i < ids.size(); ++i) {
                    const QString &id = ids.at((i + t * 5) % ids.size());
                    if (const auto claimed = mine.claim(id)) {
                        QMutexLocker lock(&mutex);
                        ++claims[id];
                        if (claimed->claimedBy != mine.claimer() || claimed->state != PrintJob::State::Sending)
                            claims[id] += 100;
                    }
                }
            });
            threads.last()->start();
        }
        for (QThread *t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QCOMPARE(claims.size(), ids.size());
        for (const QString &id : ids) {
            QCOMPARE(claims.value(id), 1);
            QCOMPARE(queue.job(id)->state, PrintJob::State::Sending);
        }
        QVERIFY(!queue.claim(ids.first())); // taken: nobody takes it again
    }

    void staffDecideWhatWaitsForThem()
    {
        const CupsClient cups;
        PrintQueue queue(*m_store, cups);
        QString error;
        const QString held = queue.enqueue(m_attendee, QStringLiteral("a6"), QStringLiteral("kiosk"), false, &error);
        setState(held, QStringLiteral("held"));
        QVERIFY(queue.job(held)->waitsForStaff());
        QVERIFY2(queue.release(held.left(8), &error), qPrintable(error)); // a prefix of the id will do
        QCOMPARE(queue.job(held)->state, PrintJob::State::Pending);
        QVERIFY(!queue.release(held, &error)); // pending: nothing to release
        QVERIFY(!error.isEmpty());

        const QString uncertain
            = queue.enqueue(m_attendee, QStringLiteral("a6"), QStringLiteral("kiosk"), false, &error);
        setState(uncertain, QStringLiteral("uncertain"));
        QVERIFY2(queue.move(uncertain, QStringLiteral("desk"), &error), qPrintable(error));
        QCOMPARE(queue.job(uncertain)->printer, QStringLiteral("desk"));
        QCOMPARE(queue.job(uncertain)->state, PrintJob::State::Pending);

        const QString lost = queue.enqueue(m_attendee, QStringLiteral("a6"), QStringLiteral("kiosk"), false, &error);
        setState(lost, QStringLiteral("lost"));
        QVERIFY2(queue.cancel(lost, &error), qPrintable(error));
        QCOMPARE(queue.job(lost)->state, PrintJob::State::Cancelled);

        const QString sending = queue.enqueue(m_attendee, QStringLiteral("a6"), QStringLiteral("kiosk"), false, &error);
        QVERIFY(queue.claim(sending));
        QVERIFY(!queue.cancel(sending, &error)); // being sent: not now
        QVERIFY(!queue.move(sending, QStringLiteral("desk"), &error));
        QCOMPARE(queue.job(sending)->state, PrintJob::State::Sending);
    }

    void unattendedJobsSayso()
    {
        const CupsClient cups;
        PrintQueue queue(*m_store, cups);
        queue.setUnattended(true);
        QString error;
        const QString id = queue.enqueue(m_attendee, QStringLiteral("a6"), QStringLiteral("kiosk"), false, &error);
        QVERIFY(queue.job(id)->unattended);
        QVERIFY(queue.job(id)->toJson().value(QStringLiteral("unattended")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestPrintQueue)
#include "tst_printqueue.moc"
