#include "sync/console/ConsoleCodes.h"

#include "kiosk/codes/QrCodeImage.h"
#include "kiosk/core/CodeIssuer.h"
#include "kiosk/core/CsvText.h"
#include "kiosk/core/EventStore.h"
#include "sync/SyncLog.h"
#include "sync/console/ConsoleDownload.h"
#include "sync/console/StoredZip.h"

#include <QBuffer>
#include <QJsonDocument>

namespace {

HttpResponse json(int status, const QJsonObject &object)
{
    return HttpResponse::json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse problem(int status, const QString &message)
{
    return json(status, QJsonObject { { QStringLiteral("error"), message } });
}

} // namespace

ConsoleCodes::ConsoleCodes(EventStore &store, QString keyFile)
    : m_store(store)
    , m_keyFile(std::move(keyFile))
{
}

QString ConsoleCodes::fileName(const QString &reference, const QString &id)
{
    // Letters, digits, - and _ only: a name every system and mail-merge tool takes.
    QString out;
    for (const QChar c : reference) {
        if (c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')))
            out += c;
    }
    return out.isEmpty() || out.size() != reference.size() ? id : out;
}

QJsonObject ConsoleCodes::status() const
{
    CodeIssuer issuer(m_store);
    QString error;
    const bool hasKey = issuer.loadKey(m_keyFile, &error).has_value();
    QStringList none;
    const int without = int(issuer.choose(CodeIssuer::Choice { {}, true, false, false }, &none).size());
    QJsonObject out { { QStringLiteral("key"), hasKey }, { QStringLiteral("holders"), int(issuer.holders().size()) },
        { QStringLiteral("without"), without } };
    if (!hasKey) {
        out.insert(QStringLiteral("key_problem"), error);
        out.insert(QStringLiteral("time_zone"), QString::fromLatin1(m_store.timeZone().id()));
    }
    return out;
}

HttpResponse ConsoleCodes::issue(const QJsonObject &in, const QString &user)
{
    CodeIssuer issuer(m_store);
    QString error;
    const std::optional<CodeIssuer::Key> key = issuer.loadKey(m_keyFile, &error);
    if (!key)
        return problem(409, error);
    const QString who = in.value(QStringLiteral("who")).toString();
    if (who != QLatin1String("missing") && who != QLatin1String("all"))
        return problem(400, QStringLiteral("who is missing or all"));
    const QTimeZone zone = m_store.timeZone();
    const QString from = in.value(QStringLiteral("valid_from")).toString().trimmed();
    const QString until = in.value(QStringLiteral("valid_until")).toString().trimmed();
    CodeIssuer::Validity validity;
    if (!from.isEmpty())
        validity.from = CodeIssuer::parseLimit(from, zone, false);
    if (!until.isEmpty())
        validity.until = CodeIssuer::parseLimit(until, zone, true);
    if ((!from.isEmpty() && !validity.from.isValid()) || (!until.isEmpty() && !validity.until.isValid()))
        return problem(422, tr("The validity takes a date (2026-07-09) or a date and time."));
    if (validity.from.isValid() && validity.until.isValid() && validity.until < validity.from)
        return problem(422, tr("The codes would stop working before they start: check the dates."));
    CodeIssuer::Choice choice;
    choice.missing = who == QLatin1String("missing");
    choice.everyone = who == QLatin1String("all");
    QStringList problems;
    const QVector<Attendee> chosen = issuer.choose(choice, &problems);
    const auto issued = issuer.issue(*key, chosen, validity, QStringLiteral("hub-console"), {}, &error);
    if (!issued)
        return problem(500, error);
    qCInfo(lcSync).noquote() << "console:" << user << "issued" << issued->size() << "signed codes";
    QJsonObject out = status();
    out.insert(QStringLiteral("issued"), int(issued->size()));
    return json(200, out);
}

QByteArray ConsoleCodes::csv(QChar separator) const
{
    const auto row = [separator](const QStringList &fields) {
        QStringList cells;
        for (const QString &f : fields)
            cells << CsvText::spreadsheetField(f, separator);
        return cells.join(separator) + QStringLiteral("\r\n");
    };
    // Column names a mail-merge field list shows as they are.
    QString out = row({ QStringLiteral("reference"), QStringLiteral("first_name"), QStringLiteral("last_name"),
        QStringLiteral("email"), QStringLiteral("code"), QStringLiteral("image") });
    for (const Attendee &a : CodeIssuer(m_store).holders()) {
        const QString reference = a.externalRef.isEmpty() ? a.id : a.externalRef;
        out += row({ reference, a.firstName, a.lastName, a.email, a.code,
            fileName(reference, a.id) + QStringLiteral(".png") });
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8(); // the BOM Excel needs to read UTF-8
}

HttpResponse ConsoleCodes::mailMergeCsv(QChar separator) const
{
    return ConsoleDownload::attachment(csv(separator), "text/csv; charset=utf-8", QStringLiteral("codes.csv"));
}

HttpResponse ConsoleCodes::qrArchive(QChar separator) const
{
    StoredZip zip;
    zip.add(QStringLiteral("codes.csv"), csv(separator));
    for (const Attendee &a : CodeIssuer(m_store).holders()) {
        const QString reference = a.externalRef.isEmpty() ? a.id : a.externalRef;
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        // 8 pixels a module: about 3 cm wide at 300 dpi, as the CLI writes them.
        if (!QrCodeImage::encode(a.code).toImage(8).save(&buffer, "PNG"))
            return problem(500, tr("Cannot draw the QR code of %1.").arg(a.displayName()));
        zip.add(fileName(reference, a.id) + QStringLiteral(".png"), png);
    }
    return ConsoleDownload::attachment(zip.finish(), "application/zip", QStringLiteral("codes-qr.zip"));
}
