#include "kiosk/import/ImportWriter.h"

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/WriteTransaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

#include <algorithm>

namespace {

const QString noteKey = QStringLiteral("import_unfinished");
// Between two transactions the lock is left free this long: a writer waiting
// in WriteTransaction::begin() tries every millisecond or so and gets in.
constexpr unsigned long gapMs = 3;

} // namespace

ImportWriter::ImportWriter(EventStore &store, int lockBudgetMs)
    : m_store(store)
    , m_lockBudgetMs(lockBudgetMs)
{
}

bool ImportWriter::write(const QVector<Attendee> &rows, const QString &label, const QSet<QString> &mayRestore,
    const std::function<void(qsizetype)> &progress)
{
    QSqlDatabase db = m_store.database();
    const QString startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    qsizetype next = 0;
    while (next < rows.size()) {
        WriteTransaction transaction(db);
        if (!transaction.begin()) {
            m_error = transaction.errorString();
            return false;
        }
        QElapsedTimer held;
        held.start();
        const qsizetype from = next;
        while (next < rows.size() && (m_lockBudgetMs <= 0 || held.elapsed() < m_lockBudgetMs)) {
            const QVector<Attendee> slice = rows.mid(next, rowsBetweenChecks);
            if (!writeSlice(slice, mayRestore))
                return false;
            next += slice.size();
        }
        // Committed with the rows it counts, removed with the last ones.
        QSqlQuery q(db);
        if (next >= rows.size()) {
            q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
            q.addBindValue(noteKey);
        } else {
            const QJsonObject note { { QStringLiteral("file"), label }, { QStringLiteral("started_at"), startedAt },
                { QStringLiteral("total"), rows.size() }, { QStringLiteral("written"), m_written + next - from } };
            q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            q.addBindValue(noteKey);
            q.addBindValue(QString::fromUtf8(QJsonDocument(note).toJson(QJsonDocument::Compact)));
        }
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        if (!transaction.commit()) {
            m_error = transaction.errorString();
            return false;
        }
        m_longestLockMs = std::max(m_longestLockMs, held.elapsed());
        m_written += next - from;
        if (progress)
            progress(m_written);
        if (next < rows.size())
            QThread::msleep(gapMs);
    }
    return true;
}

bool ImportWriter::writeSlice(const QVector<Attendee> &slice, const QSet<QString> &mayRestore)
{
    QSqlDatabase db = m_store.database();
    // The rows were matched against the list as it was when the import
    // began; a deletion that arrived since (a sync) is final too.
    QStringList marks(slice.size(), QStringLiteral("?"));
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id FROM attendee WHERE deleted = 1 AND id IN (%1)").arg(marks.join(QLatin1Char(','))));
    for (const Attendee &a : slice)
        q.addBindValue(a.id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    QSet<QString> deleted;
    while (q.next()) {
        if (!mayRestore.contains(q.value(0).toString()))
            deleted.insert(q.value(0).toString());
    }
    QVector<Attendee> kept;
    kept.reserve(slice.size());
    for (const Attendee &a : slice) {
        if (deleted.contains(a.id))
            m_deletedMeanwhile << a.id;
        else
            kept << a;
    }
    AttendeeTable table(db);
    if (table.saveAll(kept))
        return true;
    m_error = table.errorString();
    // Which row failed: save the slice one by one (rolled back anyway).
    for (const Attendee &a : kept) {
        if (!table.save(a)) {
            m_failedId = a.id;
            m_error = table.errorString();
            break;
        }
    }
    return false;
}

QString ImportWriter::unfinishedNote(EventStore &store)
{
    const QString text = store.metaValue(noteKey);
    if (text.isEmpty())
        return QString();
    const QJsonObject note = QJsonDocument::fromJson(text.toUtf8()).object();
    const QDateTime started = QDateTime::fromString(note.value(QStringLiteral("started_at")).toString(), Qt::ISODate);
    return tr("An earlier import of %1 (started %2 UTC) stopped after writing %3 of %4 changes.")
        .arg(note.value(QStringLiteral("file")).toString(), started.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        .arg(note.value(QStringLiteral("written")).toInteger())
        .arg(note.value(QStringLiteral("total")).toInteger());
}
