#include "sync/RefusedChanges.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

RefusedChanges::RefusedChanges(QSqlDatabase db)
    : m_db(db)
{
}

bool RefusedChanges::ensureTable()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS sync_refused (kind TEXT NOT NULL, id TEXT NOT NULL,"
                                 " version TEXT NOT NULL, reason TEXT NOT NULL, refused_at TEXT NOT NULL,"
                                 " PRIMARY KEY (kind, id))"));
}

bool RefusedChanges::add(const QString &kind, const QString &id, const QString &version, const QString &reason)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sync_refused (kind, id, version, reason, refused_at) VALUES (?, ?, ?, ?, ?)"
                             " ON CONFLICT (kind, id) DO UPDATE SET version = excluded.version,"
                             " reason = excluded.reason, refused_at = excluded.refused_at"));
    q.addBindValue(kind);
    q.addBindValue(id);
    q.addBindValue(version);
    q.addBindValue(reason.left(500));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return q.exec();
}

void RefusedChanges::forget(const QString &kind, const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sync_refused WHERE kind = ? AND id = ?"));
    q.addBindValue(kind);
    q.addBindValue(id);
    q.exec();
}

int RefusedChanges::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM sync_refused")) && q.next() ? q.value(0).toInt() : 0;
}

QString RefusedChanges::latestReason() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT reason FROM sync_refused ORDER BY refused_at DESC LIMIT 1")) && q.next()
        ? q.value(0).toString()
        : QString();
}

void RefusedChanges::clear()
{
    QSqlQuery(m_db).exec(QStringLiteral("DELETE FROM sync_refused"));
}

QString RefusedChanges::eventIsRefused()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM sync_refused r WHERE r.kind = 'event' AND r.id = checkin_event.id)");
}
