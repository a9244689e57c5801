#include "kiosk/import/AttendeeImporter.h"

#include "kiosk/import/AttendeeColumns.h"
#include "kiosk/core/AttendeeTable.h"
#include "kiosk/import/DelimitedText.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/import/NameSplitting.h"
#include "kiosk/core/TextFolding.h"
#include "kiosk/core/WriteTransaction.h"

#include <QHash>
#include <QSqlQuery>
#include <QUuid>

namespace {

struct Row
{
    int line = 0;
    Attendee fields;
    bool hasName = false;
};

Attendee::Status statusFromText(const QString &text)
{
    const QString s = TextFolding::words(text).join(QLatin1Char(' '));
    static const QStringList cancelledPrefixes = {
        QStringLiteral("cancel"), QStringLiteral("annul"), QStringLiteral("refund"), QStringLiteral("rembours"),
        QStringLiteral("not attending"), QStringLiteral("deleted"), QStringLiteral("supprim"),
        QStringLiteral("void"), QStringLiteral("expired"), QStringLiteral("expire"), QStringLiteral("declined"),
    };
    for (const QString &prefix : cancelledPrefixes) {
        if (s.startsWith(prefix))
            return Attendee::Status::Cancelled;
    }
    return Attendee::Status::Registered;
}

QString languageFromText(const QString &text)
{
    const QString s = TextFolding::fold(text.trimmed());
    static const QHash<QString, QString> names = {
        { QStringLiteral("francais"), QStringLiteral("fr") }, { QStringLiteral("french"), QStringLiteral("fr") },
        { QStringLiteral("anglais"), QStringLiteral("en") }, { QStringLiteral("english"), QStringLiteral("en") },
        { QStringLiteral("espagnol"), QStringLiteral("es") }, { QStringLiteral("spanish"), QStringLiteral("es") },
        { QStringLiteral("espanol"), QStringLiteral("es") }, { QStringLiteral("arabe"), QStringLiteral("ar") },
        { QStringLiteral("arabic"), QStringLiteral("ar") }, { QStringLiteral("japonais"), QStringLiteral("ja") },
        { QStringLiteral("japanese"), QStringLiteral("ja") }, { QStringLiteral("portugais"), QStringLiteral("pt") },
        { QStringLiteral("portuguese"), QStringLiteral("pt") }, { QStringLiteral("allemand"), QStringLiteral("de") },
        { QStringLiteral("german"), QStringLiteral("de") }, { QStringLiteral("vietnamien"), QStringLiteral("vi") },
        { QStringLiteral("vietnamese"), QStringLiteral("vi") },
    };
    if (names.contains(s))
        return names.value(s);
    // "fr", "fr_FR", "fr-FR" → "fr"
    return s.left(2).size() == 2 && (s.size() == 2 || s.at(2) == QLatin1Char('_') || s.at(2) == QLatin1Char('-'))
        ? s.left(2)
        : s;
}

} // namespace

AttendeeImporter::AttendeeImporter(EventStore &store, HybridClock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

ImportReport AttendeeImporter::importFile(const QString &path, const Options &options)
{
    ImportReport report;
    report.dryRun = options.dryRun;
    const auto data = DelimitedText::load(path, &report);
    return data ? importData(*data, options) : report;
}

ImportReport AttendeeImporter::importData(const QByteArray &data, const Options &options)
{
    ImportReport report;
    report.dryRun = options.dryRun;
    auto parsed = DelimitedText::read(data, &report);
    if (!parsed)
        return report;
    QVector<CsvRecord> records = std::move(*parsed);
    const CsvRecord header = records.takeFirst();
    AttendeeColumns columns;
    if (!columns.map(header.fields, options.columnMap)) {
        report.addError(header.line, columns.errorString());
        return report;
    }
    report.ignoredColumns = columns.unmappedColumns();
    const bool hasNameColumns = columns.has(AttendeeColumns::FirstName) || columns.has(AttendeeColumns::LastName)
        || columns.has(AttendeeColumns::FullName);
    if (!hasNameColumns && !columns.has(AttendeeColumns::Code)) {
        report.addError(header.line, tr("No column for names or codes was recognised in the header (%1). "
                                        "Name the columns with --map column=field.")
                                         .arg(header.fields.join(QLatin1String(", "))));
        return report;
    }

    // 1. Read and check every row.
    QVector<Row> rows;
    QHash<QString, int> lineOfCode;
    QHash<QString, int> externalRefCount;
    const int width = header.fields.size();
    for (const CsvRecord &record : std::as_const(records)) {
        int nonEmptyExtra = 0;
        for (int i = width; i < record.fields.size(); ++i)
            nonEmptyExtra += record.fields.at(i).trimmed().isEmpty() ? 0 : 1;
        if (record.fields.size() < width || nonEmptyExtra > 0) {
            report.addError(record.line, tr("%1 columns where the header has %2").arg(record.fields.size()).arg(width));
            continue;
        }
        auto value = [&](AttendeeColumns::Field f) { return columns.value(f, record.fields); };
        Row row;
        row.line = record.line;
        Attendee &a = row.fields;
        a.firstName = value(AttendeeColumns::FirstName);
        a.lastName = value(AttendeeColumns::LastName);
        if (a.firstName.isEmpty() && a.lastName.isEmpty())
            NameSplitting::split(value(AttendeeColumns::FullName), &a.firstName, &a.lastName);
        row.hasName = !a.firstName.isEmpty() || !a.lastName.isEmpty();
        a.organisation = value(AttendeeColumns::Organisation);
        a.role = value(AttendeeColumns::Role);
        a.country = value(AttendeeColumns::Country);
        a.category = value(AttendeeColumns::Category);
        a.email = value(AttendeeColumns::Email);
        a.code = value(AttendeeColumns::Code);
        a.externalRef = value(AttendeeColumns::ExternalRef);
        a.status = statusFromText(value(AttendeeColumns::Status));
        a.language = languageFromText(value(AttendeeColumns::Language));

        if (!row.hasName && a.code.isEmpty()) {
            report.addError(record.line, tr("neither a name nor a code"));
            continue;
        }
        if (a.code.size() > 512) {
            report.addError(record.line, tr("the code is longer than 512 characters"));
            continue;
        }
        if (!a.code.isEmpty()) {
            if (lineOfCode.contains(a.code)) {
                report.addError(record.line, tr("the code %1 is already used on line %2").arg(a.code).arg(lineOfCode.value(a.code)));
                continue;
            }
            lineOfCode.insert(a.code, record.line);
        }
        if (!a.externalRef.isEmpty())
            ++externalRefCount[a.externalRef];
        rows << row;
    }
    if (!report.ok())
        return report;

    // 2. Match against the database and write, all or nothing.
    QSqlDatabase db = m_store.database();
    WriteTransaction transaction(db);
    if (!transaction.begin()) {
        report.addError(0, transaction.errorString());
        return report;
    }
    AttendeeTable table(db);
    QHash<QString, int> lineOfAttendee;
    QVector<Attendee> toSave;
    for (const Row &row : std::as_const(rows)) {
        const Attendee &in = row.fields;
        std::optional<Attendee> existing = table.byCode(in.code);
        if (!existing && !in.externalRef.isEmpty() && externalRefCount.value(in.externalRef) == 1) {
            const QVector<Attendee> byRef = table.byExternalRef(in.externalRef);
            if (byRef.size() == 1)
                existing = byRef.first();
        }
        if (!existing && in.code.isEmpty() && columns.has(AttendeeColumns::Email)) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT id FROM attendee WHERE code IS NULL AND deleted = 0"
                                     " AND first_name = ? AND last_name = ? AND email = ?"));
            q.addBindValue(in.firstName);
            q.addBindValue(in.lastName);
            q.addBindValue(in.email);
            if (q.exec() && q.next())
                existing = table.byId(q.value(0).toString());
        }
        if (existing && lineOfAttendee.contains(existing->id)) {
            report.addError(row.line, tr("this row and line %1 are the same attendee").arg(lineOfAttendee.value(existing->id)));
            continue;
        }

        Attendee merged = existing ? *existing : Attendee();
        if (!existing)
            merged.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        lineOfAttendee.insert(merged.id, row.line);
        // Only what the file has columns for is overwritten.
        auto take = [&](AttendeeColumns::Field f, QString Attendee::*member) {
            if (columns.has(f))
                merged.*member = in.*member;
        };
        if (columns.has(AttendeeColumns::FirstName) || columns.has(AttendeeColumns::LastName)
            || columns.has(AttendeeColumns::FullName)) {
            merged.firstName = in.firstName;
            merged.lastName = in.lastName;
        }
        take(AttendeeColumns::Organisation, &Attendee::organisation);
        take(AttendeeColumns::Role, &Attendee::role);
        take(AttendeeColumns::Country, &Attendee::country);
        take(AttendeeColumns::Category, &Attendee::category);
        take(AttendeeColumns::Email, &Attendee::email);
        take(AttendeeColumns::Language, &Attendee::language);
        take(AttendeeColumns::ExternalRef, &Attendee::externalRef);
        if (!in.code.isEmpty())
            merged.code = in.code;
        if (columns.has(AttendeeColumns::Status))
            merged.status = in.status;
        merged.provisional = false; // on the list now

        if (existing && existing->sameContent(merged)) {
            ++report.unchanged;
            continue;
        }
        existing ? ++report.updated : ++report.imported;
        merged.version = m_clock.tick();
        merged.device = m_clock.device();
        toSave << merged;
    }
    if (!report.ok()) {
        report.imported = report.updated = report.unchanged = 0;
        return report;
    }
    if (options.dryRun)
        return report; // rolled back by the transaction's destructor
    for (const Attendee &a : std::as_const(toSave)) {
        if (!table.save(a)) {
            report.addError(lineOfAttendee.value(a.id), table.errorString());
            report.imported = report.updated = report.unchanged = 0;
            return report;
        }
    }
    if (!transaction.commit()) {
        report.addError(0, transaction.errorString());
        report.imported = report.updated = report.unchanged = 0;
    }
    return report;
}
