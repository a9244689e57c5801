#include "kiosk/import/ImportWriter.h"

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/WriteTransaction.h"
#include "kiosk/import/AttendeeBatchWriter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

#include <algorithm>
#include <optional>

namespace {

const QString noteKey = QStringLiteral("import_unfinished");
// Between two transactions the lock is left free this long: a writer waiting
// in WriteTransaction::begin() tries every millisecond or so and gets in.
constexpr unsigned long gapMs = 3;
// Ids a query asks about at once (PostgreSQL takes at most 65 535 parameters).
constexpr qsizetype rowsPerQuery = 256;

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
    std::optional<AttendeeBatchWriter> batch;
    if (db.driverName() == QLatin1String("QSQLITE")) {
        batch.emplace(db);
        if (!batch->prepare()) {
            m_error = batch->errorString();
            return false;
        }
    }
    const QString startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    // Each transaction takes as many rows as the last one wrote in the
    // budget: sized by time, not by a count.
    qsizetype chunk = m_lockBudgetMs <= 0 ? rows.size() : firstChunkRows;
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
        const qsizetype count = std::min(chunk, rows.size() - from);
        const bool staged
            = batch ? writeBatch(*batch, rows, from, count, mayRestore) : writeRows(rows.mid(from, count), mayRestore);
        if (!staged)
            return false;
        next += count;
        // Committed with the rows it counts, removed with the last ones.
        QSqlQuery q(db);
        if (next >= rows.size()) {
            q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
            q.addBindValue(noteKey);
        } else {
            const QJsonObject note { { QStringLiteral("file"), label }, { QStringLiteral("started_at"), startedAt },
                { QStringLiteral("total"), rows.size() }, { QStringLiteral("written"), m_written + count } };
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
        const qint64 heldNs = std::max<qint64>(held.nsecsElapsed(), 1);
        m_longestLockMs = std::max(m_longestLockMs, heldNs / 1000000);
        ++m_transactions;
        m_written += count;
        if (m_lockBudgetMs > 0) {
            // Within a factor of two of the last size: one slow commit (a
            // checkpoint, a busy disk) does not swing the next one far.
            const qsizetype fits = qsizetype(double(count) * m_lockBudgetMs * 1e6 / double(heldNs));
            chunk = std::clamp(
                fits, std::max<qsizetype>(minChunkRows, count / 2), std::max<qsizetype>(minChunkRows, count * 2));
        }
        if (progress)
            progress(m_written);
        if (next < rows.size())
            QThread::msleep(gapMs);
    }
    return true;
}

bool ImportWriter::writeBatch(AttendeeBatchWriter &batch, const QVector<Attendee> &rows, qsizetype from,
    qsizetype count, const QSet<QString> &mayRestore)
{
    if (!batch.stage(rows, from, count)) {
        m_error = batch.errorString();
        batch.discard();
        return false;
    }
    // The rows were matched against the list as it was when the import
    // began; a deletion that arrived since (a sync) is final too.
    const std::optional<QStringList> tombstones = batch.stagedTombstones();
    if (!tombstones) {
        m_error = batch.errorString();
        batch.discard();
        return false;
    }
    QStringList deleted;
    for (const QString &id : *tombstones) {
        if (!mayRestore.contains(id))
            deleted << id;
    }
    if (!deleted.isEmpty()) {
        std::sort(deleted.begin(), deleted.end());
        if (!batch.unstage(deleted)) {
            m_error = batch.errorString();
            batch.discard();
            return false;
        }
        m_deletedMeanwhile << deleted;
    }
    if (batch.apply())
        return true;
    m_error = batch.errorString();
    findFailure(rows.mid(from, count), QSet<QString>(deleted.cbegin(), deleted.cend()));
    return false;
}

bool ImportWriter::writeRows(const QVector<Attendee> &rows, const QSet<QString> &mayRestore)
{
    QSqlDatabase db = m_store.database();
    // The rows were matched against the list as it was when the import
    // began; a deletion that arrived since (a sync) is final too. Asked a
    // slice at a time: a statement's parameters are limited.
    QVector<Attendee> kept;
    kept.reserve(rows.size());
    for (qsizetype from = 0; from < rows.size(); from += rowsPerQuery) {
        const QVector<Attendee> slice = rows.mid(from, rowsPerQuery);
        QStringList marks(slice.size(), QStringLiteral("?"));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM attendee WHERE deleted = 1 AND id IN (%1)")
                      .arg(marks.join(QLatin1Char(','))));
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
        for (const Attendee &a : slice) {
            if (deleted.contains(a.id))
                m_deletedMeanwhile << a.id;
            else
                kept << a;
        }
    }
    AttendeeTable table(db);
    if (table.saveAll(kept))
        return true;
    m_error = table.errorString();
    findFailure(kept, {});
    return false;
}

void ImportWriter::findFailure(const QVector<Attendee> &rows, const QSet<QString> &leftOut)
{
    // Which row failed: save them one by one (rolled back anyway).
    AttendeeTable table(m_store.database());
    for (const Attendee &a : rows) {
        if (leftOut.contains(a.id))
            continue;
        if (!table.save(a)) {
            m_failedId = a.id;
            m_error = table.errorString();
            break;
        }
    }
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
