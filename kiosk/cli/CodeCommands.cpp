// The signed-code commands of `accueil`: keygen, keys, issue, revoke.
#include "kiosk/cli/AdminCli.h"

#include "kiosk/cli/TerminalProgress.h"

#include "kiosk/codes/QrCodeImage.h"
#include "kiosk/codes/SignedCode.h"
#include "kiosk/codes/SigningKeys.h"
#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/CodeIssuer.h"
#include "kiosk/core/CsvText.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/PrivateFile.h"

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
                                                                  : CodeIssuer::defaultKeyFile(m_store->path(), id);
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
    CodeIssuer issuer(*m_store);
    QString error;
    const std::optional<CodeIssuer::Key> key = issuer.loadKey(parser.value(QStringLiteral("key-file")), &error);
    if (!key) {
        m_err << error << Qt::endl;
        return Failure;
    }
    const QTimeZone zone = m_store->timeZone();
    CodeIssuer::Validity validity;
    if (parser.isSet(QStringLiteral("valid-from")))
        validity.from = CodeIssuer::parseLimit(parser.value(QStringLiteral("valid-from")), zone, false);
    if (parser.isSet(QStringLiteral("valid-until")))
        validity.until = CodeIssuer::parseLimit(parser.value(QStringLiteral("valid-until")), zone, true);
    if ((parser.isSet(QStringLiteral("valid-from")) && !validity.from.isValid())
        || (parser.isSet(QStringLiteral("valid-until")) && !validity.until.isValid()))
        return usage(tr("--valid-from and --valid-until take a date (2026-07-09) or a date and time."));

    // Who gets a code: the people named, or everyone without a code.
    CodeIssuer::Choice choice;
    choice.wanted = parser.values(QStringLiteral("attendee"));
    choice.missing = parser.isSet(QStringLiteral("missing"));
    choice.replace = parser.isSet(QStringLiteral("replace"));
    if (parser.isSet(QStringLiteral("list"))) {
        QFile list(parser.value(QStringLiteral("list")));
        if (!list.open(QIODevice::ReadOnly)) {
            m_err << tr("Cannot read %1: %2").arg(list.fileName(), list.errorString()) << Qt::endl;
            return Failure;
        }
        for (const QString &line : QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                choice.wanted << line.trimmed();
        }
    }
    QStringList problems;
    const QVector<Attendee> chosen = issuer.choose(choice, &problems);
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
    QStringList csv { QStringLiteral("attendee_id,first_name,last_name,email,code,png,svg") };
    QJsonArray issued;
    TerminalProgress progress(m_err, m_progress, tr("Issuing codes"));
    // Each code's images are written before it is saved; the list last, before the commit.
    const auto keep = [&](const Attendee &a, int done, int total) -> QString {
        progress.update(done, total);
        const QrCodeImage qr = QrCodeImage::encode(a.code);
        const QString base = outDir + QLatin1Char('/') + fileSafe(a.lastName + QLatin1Char(' ') + a.firstName)
            + QLatin1Char('-') + a.id.left(8);
        QSaveFile svg(base + QStringLiteral(".svg"));
        const bool written = !qr.isNull() && qr.toImage(8).save(base + QStringLiteral(".png"))
            && svg.open(QIODevice::WriteOnly) && svg.write(qr.toSvg().toUtf8()) > 0 && svg.commit();
        if (!written)
            return tr("Cannot write the code of %1 (%2).").arg(a.displayName(), base);
        csv << QStringList { a.id, CsvText::field(a.firstName), CsvText::field(a.lastName), CsvText::field(a.email),
            a.code, base + QStringLiteral(".png"), base + QStringLiteral(".svg") }
                   .join(QLatin1Char(','));
        issued.append(QJsonObject { { QStringLiteral("attendee_id"), a.id }, { QStringLiteral("code"), a.code },
            { QStringLiteral("png"), base + QStringLiteral(".png") },
            { QStringLiteral("svg"), base + QStringLiteral(".svg") } });
        if (done + 1 < total)
            return QString();
        const QString listPath = outDir + QStringLiteral("/codes.csv");
        QString listError;
        if (!PrivateFile::write(listPath, (csv.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8(), &listError))
            return tr("Cannot write %1: %2").arg(listPath, listError);
        return QString();
    };
    if (!issuer.issue(*key, chosen, validity, deviceName(parser), keep, &error)) {
        m_err << error << Qt::endl;
        return Failure;
    }
    progress.finish();
    const QString listPath = outDir + QStringLiteral("/codes.csv");
    if (chosen.isEmpty()) {
        QString listError;
        if (!PrivateFile::write(listPath, (csv.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8(), &listError)) {
            m_err << tr("Cannot write %1: %2").arg(listPath, listError) << Qt::endl;
            return Failure;
        }
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
