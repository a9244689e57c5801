#include "kiosk/import/AttendeeImporter.h"

#include "kiosk/core/EventStore.h"
#include "kiosk/core/FieldLimits.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/core/TextFolding.h"
#include "kiosk/import/AttendeeColumns.h"
#include "kiosk/import/DelimitedText.h"
#include "kiosk/import/ImportPragmas.h"
#include "kiosk/import/ImportWriter.h"
#include "kiosk/import/KnownAttendees.h"
#include "kiosk/import/NameSplitting.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace {

struct Row {
    int line = 0;
    Attendee fields;
    bool hasName = false;
};

Attendee::Status statusFromText(const QString &text)
{
    const QString s = TextFolding::words(text).join(QLatin1Char(' '));
    static const QStringList cancelledPrefixes = {
        QStringLiteral("cancel"),
        QStringLiteral("annul"),
        QStringLiteral("refund"),
        QStringLiteral("rembours"),
        QStringLiteral("not attending"),
        QStringLiteral("deleted"),
        QStringLiteral("supprim"),
        QStringLiteral("void"),
        QStringLiteral("expired"),
        QStringLiteral("expire"),
        QStringLiteral("declined"),
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
        { QStringLiteral("francais"), QStringLiteral("fr") },
        { QStringLiteral("french"), QStringLiteral("fr") },
        { QStringLiteral("anglais"), QStringLiteral("en") },
        { QStringLiteral("english"), QStringLiteral("en") },
        { QStringLiteral("espagnol"), QStringLiteral("es") },
        { QStringLiteral("spanish"), QStringLiteral("es") },
        { QStringLiteral("espanol"), QStringLiteral("es") },
        { QStringLiteral("arabe"), QStringLiteral("ar") },
        { QStringLiteral("arabic"), QStringLiteral("ar") },
        { QStringLiteral("japonais"), QStringLiteral("ja") },
        { QStringLiteral("japanese"), QStringLiteral("ja") },
        { QStringLiteral("portugais"), QStringLiteral("pt") },
        { QStringLiteral("portuguese"), QStringLiteral("pt") },
        { QStringLiteral("allemand"), QStringLiteral("de") },
        { QStringLiteral("german"), QStringLiteral("de") },
        { QStringLiteral("vietnamien"), QStringLiteral("vi") },
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
    if (!data)
        return report;
    Options named = options;
    if (named.label.isEmpty())
        named.label = QFileInfo(path).fileName();
    return importData(*data, named);
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
        report.addError(header.line,
            tr("No column for names or codes was recognised in the header (%1). "
               "Name the columns with --map column=field.")
                .arg(header.fields.join(QLatin1String(", "))));
        return report;
    }

    // 1. Read and check every row.
    // Progress: checking the rows is the first half, writing them the second.
    const qint64 total = 2 * qint64(records.size());
    auto progress = [&options, total](qint64 done) {
        if (options.progress)
            options.progress(done, total);
    };
    // Statuses and languages repeat: each distinct text is read once.
    QHash<QString, Attendee::Status> statuses;
    auto cachedStatus = [&statuses](const QString &text) {
        auto it = statuses.find(text);
        if (it == statuses.end())
            it = statuses.insert(text, statusFromText(text));
        return *it;
    };
    QHash<QString, QString> languages;
    auto cachedLanguage = [&languages](const QString &text) {
        auto it = languages.find(text);
        if (it == languages.end())
            it = languages.insert(text, languageFromText(text));
        return *it;
    };
    QVector<Row> rows;
    rows.reserve(records.size());
    QHash<QString, int> lineOfCode;
    QHash<QString, int> externalRefCount;
    const int width = header.fields.size();
    qint64 checked = 0;
    for (const CsvRecord &record : std::as_const(records)) {
        if (++checked % 1000 == 0)
            progress(checked);
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
        a.status = cachedStatus(value(AttendeeColumns::Status));
        a.language = cachedLanguage(value(AttendeeColumns::Language));

        if (!row.hasName && (hasNameColumns || a.code.isEmpty())) {
            // A code alone would greet " is checked in" at the door.
            report.addError(record.line,
                a.code.isEmpty() ? tr("neither a name nor a code")
                                 : tr("the code %1 has no name (first, last or full name)").arg(a.code));
            continue;
        }
        // A field over the limits every device and the hub apply would never
        // sync: the line is left out, the others go in.
        if (const QString tooLong = FieldLimits::problemWith(a); !tooLong.isEmpty()) {
            report.addRefused(record.line, tooLong);
            continue;
        }
        if (!a.code.isEmpty()) {
            if (lineOfCode.contains(a.code)) {
                report.addError(record.line,
                    tr("the code %1 is already used on line %2").arg(a.code).arg(lineOfCode.value(a.code)));
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

    // 2. Match against the list as it is now (read in one snapshot); nothing
    // is written until every row has been checked, so a file with a bad row
    // changes nothing.
    QSqlDatabase db = m_store.database();
    report.unfinishedBefore = ImportWriter::unfinishedNote(m_store);
    KnownAttendees known;
    known.read(db);
    // A new person's id follows from this event, this file and the line: the
    // same import run again after it stopped half-way finds the people it had
    // already written, even those without a code.
    static const QUuid idNamespace(QStringLiteral("6f1d3c0e-8a52-4b0e-9a3c-3f3e5d0b7a21"));
    const QByteArray fileDigest = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    const QByteArray eventId = m_store.eventId().toUtf8();
    auto idFor = [&](int line) {
        return QUuid::createUuidV5(idNamespace, eventId + '\n' + fileDigest + '\n' + QByteArray::number(line))
            .toString(QUuid::WithoutBraces);
    };
    QHash<QString, int> lineOfAttendee;
    lineOfAttendee.reserve(rows.size());
    QHash<QString, bool> isNew;
    QSet<QString> mayRestore;
    QVector<Attendee> toSave;
    toSave.reserve(rows.size());
    for (const Row &row : std::as_const(rows)) {
        const Attendee &in = row.fields;
        const QString lineId = idFor(row.line);
        const bool uniqueExternalRef = externalRefCount.value(in.externalRef) == 1;
        std::optional<Attendee> existing
            = known.match(in, lineId, uniqueExternalRef, columns.has(AttendeeColumns::Email));
        bool restoring = false;
        if (!existing) {
            // Deleted in Accueil: deletion is final unless the import is asked to undo it.
            std::optional<Attendee> deleted = known.matchDeleted(in, lineId, uniqueExternalRef);
            if (deleted && !options.restoreDeleted) {
                report.skippedDeleted << row.line;
                continue;
            }
            if (deleted) {
                existing = deleted;
                restoring = true;
            }
        }
        if (!existing && !row.hasName) {
            report.addError(
                row.line, tr("the code %1 is not on the list, and the row has no name to add it with").arg(in.code));
            continue;
        }
        if (existing && lineOfAttendee.contains(existing->id)) {
            report.addError(
                row.line, tr("this row and line %1 are the same attendee").arg(lineOfAttendee.value(existing->id)));
            continue;
        }

        Attendee merged = existing ? *existing : Attendee();
        if (!existing)
            merged.id = lineId;
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
        if (columns.has(AttendeeColumns::Status)) {
            // A file can cancel someone; only --restore-cancelled lets it
            // register again someone cancelled here (at the desk, or by an
            // earlier export).
            if (existing && existing->status == Attendee::Status::Cancelled && in.status == Attendee::Status::Registered
                && !options.restoreCancelled)
                report.keptCancelled << row.line;
            else
                merged.status = in.status;
        }
        merged.provisional = false; // on the list now
        merged.deleted = false;

        if (existing && !restoring && existing->sameContent(merged)) {
            ++report.unchanged;
            continue;
        }
        existing ? ++report.updated : ++report.imported;
        if (restoring) {
            ++report.restored;
            mayRestore.insert(merged.id);
        }
        isNew.insert(merged.id, !existing);
        merged.version = m_clock.tick();
        merged.device = m_clock.device();
        toSave << merged;
    }
    if (!report.ok()) {
        report.imported = report.updated = report.unchanged = report.restored = 0;
        return report;
    }
    if (options.dryRun)
        return report;

    // 3. Write, in short transactions (ImportWriter): a hub or kiosk using
    // the same database is never kept waiting for more than a moment.
    // In the order of their ids: the table's key and the change log's index
    // then grow at one end instead of at random places.
    std::sort(toSave.begin(), toSave.end(), [](const Attendee &a, const Attendee &b) { return a.id < b.id; });
    const qint64 unchangedRows = qint64(rows.size()) - toSave.size();
    // A large import touches every page of the tables and indexes.
    const ImportPragmas pragmas(db, records.size());
    ImportWriter writer(m_store, options.lockBudgetMs);
    const bool written = writer.write(toSave, options.label, mayRestore,
        [&](qsizetype done) { progress(qint64(records.size()) + unchangedRows + done); });
    report.longestLockMs = writer.longestLockMs();
    report.transactions = writer.transactions();
    for (const QString &id : writer.deletedMeanwhile()) {
        report.skippedDeleted << lineOfAttendee.value(id);
        isNew.value(id) ? --report.imported : --report.updated;
    }
    std::sort(report.skippedDeleted.begin(), report.skippedDeleted.end());
    if (!written) {
        report.stopped = writer.written() > 0;
        report.written = int(writer.written());
        report.addError(lineOfAttendee.value(writer.failedId()), writer.errorString());
        report.imported = report.updated = report.unchanged = report.restored = 0;
    }
    return report;
}
