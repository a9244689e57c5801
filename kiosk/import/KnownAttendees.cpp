#include "kiosk/import/KnownAttendees.h"

#include "kiosk/core/AttendeeTable.h"

#include <QSqlQuery>

void KnownAttendees::read(const QSqlDatabase &db)
{
    {
        const AttendeeTable table(db);
        QSqlQuery snapshot(db);
        const bool inTransaction = snapshot.exec(QStringLiteral("BEGIN"));
        m_known.people = table.all();
        m_deleted.people = table.allTombstones();
        if (inTransaction)
            snapshot.exec(QStringLiteral("COMMIT"));
    }
    index(m_known);
    index(m_deleted);
    m_byNameAndEmail.clear();
    for (int i = 0; i < m_known.people.size(); ++i) {
        const Attendee &a = m_known.people.at(i);
        if (a.code.isEmpty() && !m_byNameAndEmail.contains(nameAndEmail(a)))
            m_byNameAndEmail.insert(nameAndEmail(a), i); // the first one wins
    }
}

void KnownAttendees::index(Index &index)
{
    index.byCode.clear();
    index.byExternalRef.clear();
    index.byId.clear();
    index.byId.reserve(index.people.size());
    for (int i = 0; i < index.people.size(); ++i) {
        const Attendee &a = index.people.at(i);
        index.byId.insert(a.id, i);
        if (!a.code.isEmpty())
            index.byCode.insert(a.code, i);
        if (!a.externalRef.isEmpty())
            index.byExternalRef[a.externalRef].append(i);
    }
}

std::optional<Attendee> KnownAttendees::find(
    const Index &index, const Attendee &row, const QString &lineId, bool uniqueExternalRef)
{
    if (!row.code.isEmpty()) {
        const auto it = index.byCode.constFind(row.code);
        if (it != index.byCode.cend())
            return index.people.at(*it);
    }
    if (!row.externalRef.isEmpty() && uniqueExternalRef) {
        const auto it = index.byExternalRef.constFind(row.externalRef);
        if (it != index.byExternalRef.cend() && it->size() == 1)
            return index.people.at(it->first());
    }
    const auto it = index.byId.constFind(lineId);
    if (it != index.byId.cend())
        return index.people.at(*it);
    return std::nullopt;
}

std::optional<Attendee> KnownAttendees::match(
    const Attendee &row, const QString &lineId, bool uniqueExternalRef, bool byNameAndEmail) const
{
    if (auto found = find(m_known, row, lineId, uniqueExternalRef))
        return found;
    if (byNameAndEmail && row.code.isEmpty()) {
        const auto it = m_byNameAndEmail.constFind(nameAndEmail(row));
        if (it != m_byNameAndEmail.cend())
            return m_known.people.at(*it);
    }
    return std::nullopt;
}

std::optional<Attendee> KnownAttendees::matchDeleted(
    const Attendee &row, const QString &lineId, bool uniqueExternalRef) const
{
    return find(m_deleted, row, lineId, uniqueExternalRef);
}

QString KnownAttendees::nameAndEmail(const Attendee &a)
{
    return a.firstName + QLatin1Char('\x1f') + a.lastName + QLatin1Char('\x1f') + a.email;
}
