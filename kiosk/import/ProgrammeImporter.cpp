#include "kiosk/import/ProgrammeImporter.h"

#include "kiosk/core/EventStore.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/core/SessionTable.h"
#include "kiosk/core/TextFolding.h"
#include "kiosk/core/WriteTransaction.h"
#include "kiosk/import/DelimitedText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace {

QString normalized(const QString &header)
{
    return TextFolding::words(header).join(QLatin1Char(' '));
}

// Header or JSON key → field.
QString fieldOf(const QString &key)
{
    static const QHash<QString, QString> aliases = [] {
        QHash<QString, QString> h;
        auto set = [&h](const char *field, std::initializer_list<const char *> names) {
            for (const char *n : names)
                h.insert(normalized(QString::fromUtf8(n)), QString::fromLatin1(field));
        };
        set("code", { "code", "id", "session", "session code", "ref", "référence" });
        set("title_fr", { "title_fr", "titre", "titre fr", "intitulé", "titre français", "title" });
        set("title_en", { "title_en", "titre en", "english title", "titre anglais", "title english" });
        set("kind", { "kind", "type", "format", "nature" });
        set("room", { "room", "salle", "lieu", "location", "espace" });
        set("date", { "date", "jour", "day" });
        set("start", { "start", "starts_at", "début", "heure de début", "start time", "de", "from" });
        set("end", { "end", "ends_at", "fin", "heure de fin", "end time", "à", "to" });
        set("capacity", { "capacity", "capacité", "places", "jauge", "seats" });
        set("restricted", { "restricted", "sur inscription", "registration required", "inscription" });
        return h;
    }();
    return aliases.value(normalized(key));
}

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("dd/MM/yyyy"));
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("d/M/yyyy"));
    return d;
}

// "14:30", "14h30", "9h", "2026-07-08T14:30", "2026-07-08 14:30" → local date-time.
QDateTime parseTime(const QString &text, const QDate &day, const QTimeZone &zone)
{
    static const QRegularExpression timeOnly(QStringLiteral("^(\\d{1,2})\\s*[:hH]\\s*(\\d{2})?$"));
    static const QRegularExpression dateAndTime(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{1,2}):(\\d{2})(?::\\d{2})?(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QString t = text.trimmed();
    if (const auto m = timeOnly.match(t); m.hasMatch() && day.isValid()) {
        const QTime time(m.captured(1).toInt(), m.captured(2).isEmpty() ? 0 : m.captured(2).toInt());
        return time.isValid() ? QDateTime(day, time, zone) : QDateTime();
    }
    if (const auto m = dateAndTime.match(t); m.hasMatch()) {
        if (!m.captured(4).isEmpty())
            return QDateTime::fromString(t, Qt::ISODate);
        const QDate d = QDate::fromString(m.captured(1), Qt::ISODate);
        const QTime time(m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() && time.isValid() ? QDateTime(d, time, zone) : QDateTime();
    }
    return QDateTime();
}

bool isYes(const QString &text)
{
    static const QStringList yes = { QStringLiteral("1"), QStringLiteral("x"), QStringLiteral("oui"),
        QStringLiteral("yes"), QStringLiteral("true"), QStringLiteral("vrai"), QStringLiteral("si") };
    return yes.contains(normalized(text));
}

} // namespace

ProgrammeImporter::ProgrammeImporter(EventStore &store, HybridClock &clock)
    : m_store(store)
    , m_clock(clock)
{
    m_zone = store.timeZone();
}

ImportReport ProgrammeImporter::importFile(const QString &path, bool dryRun)
{
    ImportReport report;
    report.dryRun = dryRun;
    const auto loaded = DelimitedText::load(path, &report);
    if (!loaded)
        return report;
    const QByteArray &data = *loaded;
    const bool isJson = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || data.trimmed().startsWith('[')
        || data.trimmed().startsWith('{');
    return importData(data, isJson, dryRun);
}

ImportReport ProgrammeImporter::importData(const QByteArray &data, bool isJson, bool dryRun)
{
    ImportReport report;
    report.dryRun = dryRun;
    QVector<QPair<int, Entry>> entries;
    if (isJson) {
        report.encoding = QStringLiteral("UTF-8");
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
        if (doc.isNull()) {
            report.addError(
                0, tr("The JSON is not valid: %1 (at byte %2).").arg(parseError.errorString()).arg(parseError.offset));
            return report;
        }
        const QJsonArray array = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("sessions")).toArray();
        for (int i = 0; i < array.size(); ++i) {
            Entry entry;
            const QJsonObject object = array.at(i).toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString field = fieldOf(it.key());
                if (field.isEmpty())
                    continue;
                entry.insert(field,
                    it->isDouble()     ? QString::number(it->toDouble())
                        : it->isBool() ? QString::fromLatin1(it->toBool() ? "true" : "false")
                                       : it->toString());
            }
            entries.append({ i + 1, entry });
        }
    } else {
        auto parsed = DelimitedText::read(data, &report);
        if (!parsed)
            return report;
        QVector<CsvRecord> records = std::move(*parsed);
        const CsvRecord header = records.takeFirst();
        QStringList fields;
        for (const QString &name : header.fields) {
            fields << fieldOf(name);
            if (fields.last().isEmpty() && !name.trimmed().isEmpty())
                report.ignoredColumns << name;
        }
        for (const CsvRecord &record : std::as_const(records)) {
            if (record.fields.size() != header.fields.size()) {
                report.addError(record.line,
                    tr("%1 columns where the header has %2").arg(record.fields.size()).arg(header.fields.size()));
                continue;
            }
            Entry entry;
            for (int i = 0; i < fields.size(); ++i) {
                if (!fields.at(i).isEmpty())
                    entry.insert(fields.at(i), record.fields.at(i).simplified());
            }
            entries.append({ record.line, entry });
        }
    }
    return importEntries(entries, report);
}

ImportReport ProgrammeImporter::importEntries(const QVector<QPair<int, Entry>> &entries, ImportReport report)
{
    QVector<QPair<int, Session>> parsed;
    QSet<QString> codes;
    for (const auto &[line, entry] : entries) {
        Session s;
        s.code = entry.value(QStringLiteral("code"));
        s.titleFr = entry.value(QStringLiteral("title_fr"));
        s.titleEn = entry.value(QStringLiteral("title_en"));
        s.kind = TextFolding::fold(entry.value(QStringLiteral("kind")));
        s.room = entry.value(QStringLiteral("room"));
        const QDate day = parseDate(entry.value(QStringLiteral("date")));
        if (s.code.isEmpty()) {
            report.addError(line, tr("the session has no code"));
            continue;
        }
        if (codes.contains(s.code)) {
            report.addError(line, tr("the code %1 is used twice").arg(s.code));
            continue;
        }
        codes.insert(s.code);
        if (s.titleFr.isEmpty() && s.titleEn.isEmpty()) {
            report.addError(line, tr("the session %1 has no title").arg(s.code));
            continue;
        }
        const QString start = entry.value(QStringLiteral("start"));
        const QString end = entry.value(QStringLiteral("end"));
        if (!start.isEmpty()) {
            s.startsAt = parseTime(start, day, m_zone).toUTC();
            if (!s.startsAt.isValid()) {
                report.addError(
                    line, tr("cannot read the start time \"%1\" (give a date and a time such as 14:30)").arg(start));
                continue;
            }
        }
        if (!end.isEmpty()) {
            s.endsAt = parseTime(end, day, m_zone).toUTC();
            if (!s.endsAt.isValid() || (s.startsAt.isValid() && s.endsAt < s.startsAt)) {
                report.addError(line, tr("the end time \"%1\" is not a time after the start").arg(end));
                continue;
            }
        }
        const QString capacity = entry.value(QStringLiteral("capacity"));
        bool ok = true;
        s.capacity = capacity.isEmpty() ? 0 : capacity.toInt(&ok);
        if (!ok || s.capacity < 0) {
            report.addError(line, tr("the capacity \"%1\" is not a whole number").arg(capacity));
            continue;
        }
        s.restricted = isYes(entry.value(QStringLiteral("restricted")));
        parsed.append({ line, s });
    }
    if (!report.ok())
        return report;

    QSqlDatabase db = m_store.database();
    WriteTransaction transaction(db);
    if (!transaction.begin()) {
        report.addError(0, transaction.errorString());
        return report;
    }
    SessionTable table(db);
    for (auto &[line, s] : parsed) {
        const auto existing = table.byCode(s.code);
        if (existing && existing->sameContent(s)) {
            ++report.unchanged;
            continue;
        }
        s.id = existing ? existing->id : QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.version = m_clock.tick();
        s.device = m_clock.device();
        existing ? ++report.updated : ++report.imported;
        if (!report.dryRun && !table.save(s)) {
            report.addError(line, table.errorString());
            report.imported = report.updated = report.unchanged = 0;
            return report;
        }
    }
    if (!report.dryRun && !transaction.commit()) {
        report.addError(0, transaction.errorString());
        report.imported = report.updated = report.unchanged = 0;
    }
    return report;
}
