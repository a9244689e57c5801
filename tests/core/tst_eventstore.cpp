#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/Schema.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestEventStore : public QObject {
    Q_OBJECT

    static QVariant pragma(EventStore &store, const char *name)
    {
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
        return q.next() ? q.value(0) : QVariant();
    }

private Q_SLOTS:
    void createsAndMigrates()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("sub/folder/event.sqlite"))), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), EventStore::latestSchemaVersion());
        QVERIFY(!store.eventId().isEmpty());
        const QString id = store.eventId();
        store.close();
        // Reopening keeps the identity and migrates nothing.
        QVERIFY(store.open(dir.filePath(QStringLiteral("sub/folder/event.sqlite"))));
        QCOMPARE(store.eventId(), id);
        QCOMPARE(store.schemaVersion(), EventStore::latestSchemaVersion());
    }

    // Personal data and tokens: a new database and its WAL are its owner's
    // only, whatever the umask.
    void newFilesAreTheOwnersOnly()
    {
        QTemporaryDir dir;
        const mode_t previous = ::umask(0);
        EventStore store;
        const bool opened = store.open(dir.filePath(QStringLiteral("private.sqlite")));
        ::umask(previous);
        QVERIFY(opened);
        store.setMetaValue(QStringLiteral("event_name"), QStringLiteral("Test"));
        for (const QString &name : { QStringLiteral("private.sqlite"), QStringLiteral("private.sqlite-wal") }) {
            const QFile::Permissions permissions = QFile::permissions(dir.filePath(name));
            QVERIFY2(QFile::exists(dir.filePath(name)), qPrintable(name));
            QCOMPARE(permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                QFile::Permissions());
        }
    }

    void durabilitySettings()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(TestSupport::openFreshStore(store, dir));
        QCOMPARE(pragma(store, "journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(store, "synchronous").toInt(), 2); // FULL
        QCOMPARE(pragma(store, "foreign_keys").toInt(), 1);
        // Foreign keys are enforced: an event for nobody is refused.
        QSqlQuery q(store.database());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO checkin_event (id, attendee_id, kind, occurred_at, hlc)"
                                       " VALUES ('e', 'nobody', 'in', '2026-07-08T07:00:00Z', 'x')")));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        {
            EventStore store;
            QVERIFY(TestSupport::openFreshStore(store, dir));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        EventStore store;
        QVERIFY(!TestSupport::openFreshStore(store, dir));
        QVERIFY2(store.errorString().contains(QStringLiteral("newer")), qPrintable(store.errorString()));
    }

    void migratesAnOlderFile()
    {
        // A file at schema 0 that already holds unrelated tables gets every migration.
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(dir.filePath(QStringLiteral("event.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        EventStore store;
        QVERIFY2(TestSupport::openFreshStore(store, dir), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), EventStore::latestSchemaVersion());
    }

    void keepsACopyBeforeAnUpgrade()
    {
        // A file made by an older version (every migration but the last, and
        // one attendee) is copied, as it was, before it is upgraded.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.sqlite"));
        const int older = EventStore::latestSchemaVersion() - 1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            const QVector<QStringList> migrations = Schema::migrations(Schema::Dialect::Sqlite);
            for (int version = 0; version < older; ++version)
                for (const QString &statement : migrations.at(version))
                    QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(older)));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE kept (text TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO kept VALUES ('from before')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        {
            EventStore store;
            QVERIFY2(store.open(path), qPrintable(store.errorString()));
            QCOMPARE(store.schemaVersion(), EventStore::latestSchemaVersion());
        }
        const QStringList copies = QDir(dir.path()).entryList({ QStringLiteral("kiosk.before-schema-*.sqlite") });
        QCOMPARE(copies.size(), 1);
        const QString copy = dir.filePath(copies.first());
        QCOMPARE(
            QFile::permissions(copy) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
            db.setDatabaseName(copy);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), older);
            QVERIFY(q.exec(QStringLiteral("SELECT text FROM kept")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("from before"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("copy"));
        // Opened again at the latest schema: no further copy.
        {
            EventStore store;
            QVERIFY(store.open(path));
        }
        QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("kiosk.before-schema-*.sqlite") }).size(), 1);
    }

    void twoConnectionsAtOnce()
    {
        // The kiosk and the CLI open the same file: each sees the other's commits.
        QTemporaryDir dir;
        EventStore kiosk;
        EventStore cli;
        QVERIFY(TestSupport::openFreshStore(kiosk, dir));
        QVERIFY(TestSupport::openFreshStore(cli, dir));
        QSqlQuery longRead(kiosk.database());
        QVERIFY(longRead.exec(QStringLiteral("SELECT * FROM meta")));
        QVERIFY(longRead.next()); // a read in progress does not block the writer (WAL)
        QVERIFY(!TestSupport::addAttendee(cli, QStringLiteral("C-1"), QStringLiteral("Ana"), QStringLiteral("Ruiz"))
                     .isEmpty());
        longRead.finish();
        QVERIFY(AttendeeTable(kiosk.database()).byCode(QStringLiteral("C-1")).has_value());
    }

    void metaValues()
    {
        QTemporaryDir dir;
        EventStore store;
        QVERIFY(TestSupport::openFreshStore(store, dir));
        QVERIFY(store.setMetaValue(QStringLiteral("event_name"), QStringLiteral("RAICT 2026")));
        QVERIFY(store.setMetaValue(QStringLiteral("event_name"), QStringLiteral("RAICT 2027")));
        QCOMPARE(store.eventName(), QStringLiteral("RAICT 2027"));
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
