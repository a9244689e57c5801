// The signed-code commands of `accueil`: keygen, keys, issue, revoke.
#include "kiosk/cli/AdminCli.h"

#include "kiosk/cli/TerminalProgress.h"

#include "kiosk/codes/QrCodeImage.h"
#include "kiosk/codes/SignedCode.h"
#include "kiosk/codes/SigningKeys.h"
#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CsvText.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/core/PrivateFile.h"
#include "kiosk/core/WriteTransaction.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

namespace {

QString defaultKeyFile(const QString &dbPath, int keyId)
{
    return dbPath + QStringLiteral(".key%1.json").arg(keyId);
}

// "2026-07-09" (end or start of that day in the event's zone) or an ISO date-time.
QDateTime parseLimit(const QString &text, const QTimeZone &zone, bool endOfDay)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid())
        return endOfDay ? QDateTime(day, QTime(23, 59, 59), zone).toUTC() : QDateTime(day, QTime(0, 0), zone).toUTC();
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), zone);
    return t.toUTC();
}

QString fileSafe(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c.toLower();
        else if ((c == QLatin1Char(' ') || c == QLatin1Char('-')) && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    return out.left(40);
}

} // namespace

int AdminCli::keygen(QCommandLineParser &parser)
{
    if (!openStore(parser))
        return Failure;
    SigningKeys keys(m_store->database());
    const int id = keys.nextId();
    if (id == 0) {
        m_err << tr("All 255 key numbers are used.") << Qt::endl;
        return Failure;
    }
    const QString path = parser.isSet(QStringLiteral("key-file")) ? parser.value(QStringLiteral("key-file"))
                                                                  : defaultKeyFile(m_store->path(), id);
    QByteArray publicKey;
    QByteArray secretKey;
    SignedCode::generateKeyPair(&publicKey, &secretKey);
    QFile file(path);
    // Never overwrite a private key; the file is created its owner's only
    // (whatever the umask), so that it is never readable by others, even empty.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_err << tr("Cannot create the key file %1: %2").arg(path, file.errorString()) << Qt::endl;
        return Failure;
    }
    const QJsonObject json { { QStringLiteral("event_id"), m_store->eventId() }, { QStringLiteral("key_id"), id },
        { QStringLiteral("public_key"), QString::fromLatin1(publicKey.toHex()) },
        { QStringLiteral("secret_key"), QString::fromLatin1(secretKey.toHex()) } };
    file.write(QJsonDocument(json).toJson());
    file.close();
    if (!keys.add(id, publicKey)) {
        file.remove();
        m_err << keys.errorString() << Qt::endl;
        return Failure;
    }
    if (m_json) {
        printJson(QJsonObject { { QStringLiteral("key_id"), id },
            { QStringLiteral("public_key"), QString::fromLatin1(publicKey.toHex()) },
            { QStringLiteral("key_file"), path } });
    } else {
        m_out << tr("Key %1 made. Private key: %2 (keep it secret). Public key: %3")
                     .arg(id)
                     .arg(path, QString::fromLatin1(publicKey.toHex()))
              << Qt::endl;
    }
    return Ok;
}

int AdminCli::keys(QCommandLineParser &parser)
{
    if (!openStore(parser))
        return Failure;
    SigningKeys keys(m_store->database());
    if (parser.isSet(QStringLiteral("add"))) {
        const QByteArray key = QByteArray::fromHex(parser.value(QStringLiteral("add")).toLatin1());
        bool ok = true;
        const int id
            = parser.isSet(QStringLiteral("id")) ? parser.value(QStringLiteral("id")).toInt(&ok) : keys.nextId();
        if (key.size() != SignedCode::publicKeySize || !ok || id < 1 || id > 255)
            return usage(tr("keys --add takes a 64-digit hexadecimal public key, and --id a number from 1 to 255."));
        if (!keys.add(id, key)) {
            m_err << keys.errorString() << Qt::endl;
            return Failure;
        }
    }
    if (parser.isSet(QStringLiteral("retire"))) {
        if (!keys.retire(parser.value(QStringLiteral("retire")).toInt())) {
            m_err << tr("There is no key %1.").arg(parser.value(QStringLiteral("retire"))) << Qt::endl;
            return Failure;
        }
    }
    QJsonArray list;
    for (const SigningKeys::Key &k : keys.all()) {
        list.append(QJsonObject { { QStringLiteral("key_id"), k.id },
            { QStringLiteral("public_key"), QString::fromLatin1(k.publicKey.toHex()) },
            { QStringLiteral("created_at"), k.createdAt.toString(Qt::ISODate) },
            { QStringLiteral("retired"), k.retired } });
        if (!m_json)
            m_out << k.id << '\t' << k.publicKey.toHex() << '\t' << (k.retired ? tr("withdrawn") : tr("valid")) << '\n';
    }
    if (m_json)
        printJson(list);
    m_out.flush();
    return Ok;
}

int AdminCli::issue(QCommandLineParser &parser)
{
    if (!openStore(parser))
        return Failure;
    SigningKeys keys(m_store->database());
    QString keyPath = parser.value(QStringLiteral("key-file"));
    if (keyPath.isEmpty()) {
        for (const SigningKeys::Key &k : keys.all()) {
            if (!k.retired && QFile::exists(defaultKeyFile(m_store->path(), k.id)))
                keyPath = defaultKeyFile(m_store->path(), k.id);
        }
    }
    QFile keyFile(keyPath);
    const QJsonObject key
        = keyFile.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(keyFile.readAll()).object() : QJsonObject();
    const QByteArray secretKey = QByteArray::fromHex(key.value(QStringLiteral("secret_key")).toString().toLatin1());
    if (secretKey.size() != SignedCode::secretKeySize) {
        m_err << (keyPath.isEmpty() ? tr("No private key found: run \"accueil keygen\" first, or give --key-file.")
                                    : tr("%1 is not a readable Accueil key file.").arg(keyPath))
              << Qt::endl;
        return Failure;
    }
    if (key.value(QStringLiteral("event_id")).toString() != m_store->eventId()) {
        m_err << tr("The key %1 belongs to another event.").arg(keyPath) << Qt::endl;
        return Failure;
    }
    const QTimeZone zone = m_store->timeZone();
    SignedCode templateCode;
    templateCode.keyId = quint8(key.value(QStringLiteral("key_id")).toInt());
    templateCode.eventTag = SignedCode::eventTagFor(m_store->eventId());
    if (parser.isSet(QStringLiteral("valid-from")))
        templateCode.validFrom = parseLimit(parser.value(QStringLiteral("valid-from")), zone, false);
    if (parser.isSet(QStringLiteral("valid-until")))
        templateCode.validUntil = parseLimit(parser.value(QStringLiteral("valid-until")), zone, true);
    if ((parser.isSet(QStringLiteral("valid-from")) && !templateCode.validFrom.isValid())
        || (parser.isSet(QStringLiteral("valid-until")) && !templateCode.validUntil.isValid()))
        return usage(tr("--valid-from and --valid-until take a date (2026-07-09) or a date and time."));

    // Who gets a code: the people named, or everyone without a code.
    QStringList wanted = parser.values(QStringLiteral("attendee"));
    if (parser.isSet(QStringLiteral("list"))) {
        QFile list(parser.value(QStringLiteral("list")));
        if (!list.open(QIODevice::ReadOnly)) {
            m_err << tr("Cannot read %1: %2").arg(list.fileName(), list.errorString()) << Qt::endl;
            return Failure;
        }
        for (const QString &line : QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                wanted << line.trimmed();
        }
    }
    AttendeeTable table(m_store->database());
    QVector<Attendee> chosen;
    QStringList problems;
    if (wanted.isEmpty() || parser.isSet(QStringLiteral("missing"))) {
        for (const Attendee &a : table.all()) {
            if (a.code.isEmpty() && a.status == Attendee::Status::Registered)
                chosen << a;
        }
    }
    for (const QString &w : std::as_const(wanted)) {
        auto a = table.byId(w);
        if (!a)
            a = table.byCode(w);
        if (!a)
            problems << tr("%1: nobody has this id or code").arg(w);
        else if (!a->code.isEmpty() && !parser.isSet(QStringLiteral("replace")))
            problems
                << tr("%1 already has the code %2 (give --replace to issue a new one)").arg(a->displayName(), a->code);
        else
            chosen << *a;
    }
    if (!problems.isEmpty()) {
        m_err << problems.join(QLatin1Char('\n')) << Qt::endl;
        return Failure;
    }

    const QString outDir = parser.isSet(QStringLiteral("out"))
        ? parser.value(QStringLiteral("out"))
        : QFileInfo(m_store->path()).absolutePath() + QStringLiteral("/codes");
    // The codes admit people: their folder is its owner's only, whatever the umask.
    if (!QDir().mkpath(outDir)
        || !QFile::setPermissions(outDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        m_err << tr("Cannot create the folder %1.").arg(outDir) << Qt::endl;
        return Failure;
    }
    HybridClock clock(deviceName(parser));
    WriteTransaction transaction(m_store->database());
    if (!transaction.begin()) {
        m_err << transaction.errorString() << Qt::endl;
        return Failure;
    }
    QStringList csv { QStringLiteral("attendee_id,first_name,last_name,email,code,png,svg") };
    QJsonArray issued;
    TerminalProgress progress(m_err, m_progress, tr("Issuing codes"));
    for (Attendee a : std::as_const(chosen)) {
        progress.update(issued.size(), chosen.size());
        SignedCode code = templateCode;
        code.attendeeId = QUuid::fromString(a.id);
        code.firstName = a.firstName;
        code.lastName = a.lastName;
        code.category = a.category;
        if (code.attendeeId.isNull()) {
            m_err << tr("%1 has an id that is not a UUID and cannot get a signed code.").arg(a.displayName())
                  << Qt::endl;
            return Failure;
        }
        if (!a.code.isEmpty())
            keys.revoke(a.code, a.id); // the old code stops working
        a.code = code.sign(secretKey);
        a.version = clock.tick();
        a.device = clock.device();
        const QrCodeImage qr = QrCodeImage::encode(a.code);
        const QString base = outDir + QLatin1Char('/') + fileSafe(a.lastName + QLatin1Char(' ') + a.firstName)
            + QLatin1Char('-') + a.id.left(8);
        QSaveFile svg(base + QStringLiteral(".svg"));
        const bool written = !qr.isNull() && qr.toImage(8).save(base + QStringLiteral(".png"))
            && svg.open(QIODevice::WriteOnly) && svg.write(qr.toSvg().toUtf8()) > 0 && svg.commit();
        if (!written || !table.save(a)) {
            m_err << tr("Cannot write the code of %1 (%2).").arg(a.displayName(), base) << Qt::endl;
            return Failure;
        }
        csv << QStringList { a.id, CsvText::field(a.firstName), CsvText::field(a.lastName), CsvText::field(a.email),
            a.code, base + QStringLiteral(".png"), base + QStringLiteral(".svg") }
                   .join(QLatin1Char(','));
        issued.append(QJsonObject { { QStringLiteral("attendee_id"), a.id }, { QStringLiteral("code"), a.code },
            { QStringLiteral("png"), base + QStringLiteral(".png") },
            { QStringLiteral("svg"), base + QStringLiteral(".svg") } });
    }
    progress.finish();
    const QString listPath = outDir + QStringLiteral("/codes.csv");
    QString listError;
    if (!PrivateFile::write(listPath, (csv.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8(), &listError)
        || !transaction.commit()) {
        m_err << tr("Cannot write %1: %2").arg(listPath, listError.isEmpty() ? transaction.errorString() : listError)
              << Qt::endl;
        return Failure;
    }
    if (m_json) {
        printJson(QJsonObject { { QStringLiteral("issued"), issued.size() }, { QStringLiteral("csv"), listPath },
            { QStringLiteral("codes"), issued } });
    } else {
        m_out << tr("%n signed code(s) issued; mail merge list: %1", nullptr, int(issued.size())).arg(listPath)
              << Qt::endl;
    }
    return Ok;
}

int AdminCli::revoke(QCommandLineParser &parser)
{
    if (!openStore(parser))
        return Failure;
    const QString code = m_arguments.first();
    SigningKeys keys(m_store->database());
    const auto attendee = AttendeeTable(m_store->database()).byCode(code);
    if (!keys.revoke(code, attendee ? attendee->id : QString())) {
        m_err << keys.errorString() << Qt::endl;
        return Failure;
    }
    if (!m_json)
        m_out << tr("The code is revoked.") << Qt::endl;
    else
        printJson(QJsonObject { { QStringLiteral("revoked"), true } });
    return Ok;
}
