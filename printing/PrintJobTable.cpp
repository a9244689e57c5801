#include "printing/PrintJobTable.h"

#include "kiosk/core/SqlValues.h"
#include "kiosk/core/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString columns = QStringLiteral("id, attendee_id, template, printer, state, cups_job_id, attempts, last_error, "
                                       "reprint, created_at, updated_at, next_attempt_at, claimed_by, claimed_at, "
                                       "unattended");
const QString unfinished = QStringLiteral("state NOT IN ('completed', 'failed', 'cancelled')");

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

PrintJob fromQuery(const QSqlQuery &q)
{
    PrintJob j;
    j.id = q.value(0).toString();
    j.attendeeId = q.value(1).toString();
    j.templateName = q.value(2).toString();
    j.printer = q.value(3).toString();
    j.state = PrintJob::stateFromName(q.value(4).toString());
    j.cupsJobId = q.value(5).toInt();
    j.attempts = q.value(6).toInt();
    j.lastError = q.value(7).toString();
    j.reprint = q.value(8).toBool();
    j.createdAt = fromIso(q.value(9));
    j.updatedAt = fromIso(q.value(10));
    j.nextAttemptAt = fromIso(q.value(11));
    j.claimedBy = q.value(12).toString();
    j.claimedAt = fromIso(q.value(13));
    j.unattended = q.value(14).toBool();
    return j;
}

QVariant cupsId(int id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

PrintJobTable::PrintJobTable(QSqlDatabase db)
    : m_db(db)
{
}

bool PrintJobTable::insert(const PrintJob &j)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO print_job (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(columns));
    for (const QVariant &v : { QVariant(j.id), QVariant(j.attendeeId), SqlValues::text(j.templateName),
             SqlValues::text(j.printer), QVariant(PrintJob::stateName(j.state)), cupsId(j.cupsJobId),
             QVariant(j.attempts), SqlValues::text(j.lastError), QVariant(j.reprint ? 1 : 0),
             QVariant(iso(j.createdAt)), QVariant(iso(j.updatedAt)), SqlValues::nullIfEmpty(iso(j.nextAttemptAt)),
             SqlValues::nullIfEmpty(j.claimedBy), SqlValues::nullIfEmpty(iso(j.claimedAt)),
             QVariant(j.unattended ? 1 : 0) })
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool PrintJobTable::update(const PrintJob &j, PrintJob::State from, const QString &claimedBy)
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE print_job SET printer = ?, state = ?, cups_job_id = ?, attempts = ?,"
                             " last_error = ?, updated_at = ?, next_attempt_at = ?, claimed_by = ?, claimed_at = ?"
                             " WHERE id = ? AND state = ?%1")
                  .arg(claimedBy.isEmpty() ? QString() : QStringLiteral(" AND claimed_by = ?")));
    for (const QVariant &v : { SqlValues::text(j.printer), QVariant(PrintJob::stateName(j.state)), cupsId(j.cupsJobId),
             QVariant(j.attempts), SqlValues::text(j.lastError), QVariant(iso(j.updatedAt)),
             SqlValues::nullIfEmpty(iso(j.nextAttemptAt)), SqlValues::nullIfEmpty(j.claimedBy),
             SqlValues::nullIfEmpty(iso(j.claimedAt)), QVariant(j.id), QVariant(PrintJob::stateName(from)) })
        q.addBindValue(v);
    if (!claimedBy.isEmpty())
        q.addBindValue(claimedBy);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

std::optional<PrintJob> PrintJobTable::claim(const QString &id, const QString &claimer, const QDateTime &now)
{
    WriteTransaction transaction(m_db);
    if (!transaction.begin()) {
        m_error = transaction.errorString();
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE print_job SET state = 'sending', claimed_by = ?, claimed_at = ?, updated_at = ?"
                             " WHERE id = ? AND state = 'pending'"));
    for (const QVariant &v : { QVariant(claimer), QVariant(iso(now)), QVariant(iso(now)), QVariant(id) })
        q.addBindValue(v);
    if (!q.exec() || q.numRowsAffected() != 1)
        return std::nullopt; // someone else has it (or it changed)
    auto job = byId(id);
    if (!job || !transaction.commit())
        return std::nullopt;
    return job;
}

bool PrintJobTable::recordCupsJob(const QString &id, const QString &claimer, int cupsJobId)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE print_job SET cups_job_id = ? WHERE id = ? AND state = 'sending' AND claimed_by = ?"));
    q.addBindValue(cupsJobId);
    q.addBindValue(id);
    q.addBindValue(claimer);
    return q.exec() && q.numRowsAffected() == 1;
}

QVector<PrintJob> PrintJobTable::select(const QString &where, const QVariantList &values) const
{
    QVector<PrintJob> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM print_job %2 ORDER BY created_at, id").arg(columns, where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        m_error = q.lastError().text();
    while (q.next())
        list << fromQuery(q);
    return list;
}

std::optional<PrintJob> PrintJobTable::byId(const QString &id) const
{
    const QVector<PrintJob> list = select(QStringLiteral("WHERE id = ?"), { id });
    return list.isEmpty() ? std::nullopt : std::optional<PrintJob>(list.first());
}

std::optional<PrintJob> PrintJobTable::byIdOrPrefix(const QString &idOrPrefix) const
{
    if (auto exact = byId(idOrPrefix))
        return exact;
    if (idOrPrefix.size() < 4 || idOrPrefix.contains(QLatin1Char('%')) || idOrPrefix.contains(QLatin1Char('_')))
        return std::nullopt;
    const QVector<PrintJob> list = select(QStringLiteral("WHERE id LIKE ?"), { idOrPrefix + QLatin1Char('%') });
    return list.size() == 1 ? std::optional<PrintJob>(list.first()) : std::nullopt;
}

QVector<PrintJob> PrintJobTable::due(const QDateTime &now) const
{
    return select(
        QStringLiteral("WHERE state = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"), { iso(now) });
}

QVector<PrintJob> PrintJobTable::inState(PrintJob::State state) const
{
    return select(QStringLiteral("WHERE state = ?"), { PrintJob::stateName(state) });
}

QVector<PrintJob> PrintJobTable::all(bool unfinishedOnly) const
{
    return select(unfinishedOnly ? QStringLiteral("WHERE ") + unfinished : QString(), {});
}

QVector<PrintJob> PrintJobTable::forAttendee(const QString &attendeeId) const
{
    return select(QStringLiteral("WHERE attendee_id = ?"), { attendeeId });
}

int PrintJobTable::unfinishedCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM print_job WHERE ") + unfinished) && q.next())
        return q.value(0).toInt();
    return 0;
}
