#include "kiosk/core/CodeIssuer.h"

#include "kiosk/codes/SignedCode.h"
#include "kiosk/codes/SigningKeys.h"
#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/core/WriteTransaction.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <tuple>

CodeIssuer::CodeIssuer(EventStore &store)
    : m_store(store)
{
}

QString CodeIssuer::defaultKeyFile(const QString &dbPath, int keyId)
{
    return dbPath + QStringLiteral(".key%1.json").arg(keyId);
}

QString CodeIssuer::findKeyFile() const
{
    // A PostgreSQL address is no folder: its key file is always given.
    if (EventStore::isPostgres(m_store.path()))
        return QString();
    QString path;
    for (const SigningKeys::Key &k : SigningKeys(m_store.database()).all()) {
        if (!k.retired && QFile::exists(defaultKeyFile(m_store.path(), k.id)))
            path = defaultKeyFile(m_store.path(), k.id);
    }
    return path;
}

std::optional<CodeIssuer::Key> CodeIssuer::loadKey(const QString &path, QString *error) const
{
    const QString keyPath = path.isEmpty() ? findKeyFile() : path;
    QFile file(keyPath);
    const QJsonObject json
        = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    Key key { json.value(QStringLiteral("key_id")).toInt(),
        QByteArray::fromHex(json.value(QStringLiteral("secret_key")).toString().toLatin1()), keyPath };
    if (key.secretKey.size() != SignedCode::secretKeySize) {
        *error = keyPath.isEmpty() ? tr("No private key found: run \"accueil keygen\" first, or give --key-file.")
                                   : tr("%1 is not a readable Accueil key file.").arg(keyPath);
        return std::nullopt;
    }
    if (json.value(QStringLiteral("event_id")).toString() != m_store.eventId()) {
        *error = tr("The key %1 belongs to another event.").arg(keyPath);
        return std::nullopt;
    }
    return key;
}

QDateTime CodeIssuer::parseLimit(const QString &text, const QTimeZone &zone, bool endOfDay)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid())
        return endOfDay ? QDateTime(day, QTime(23, 59, 59), zone).toUTC() : QDateTime(day, QTime(0, 0), zone).toUTC();
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), zone);
    return t.toUTC();
}

QVector<Attendee> CodeIssuer::choose(const Choice &choice, QStringList *problems) const
{
    AttendeeTable table(m_store.database());
    QVector<Attendee> chosen;
    if (choice.everyone || choice.wanted.isEmpty() || choice.missing) {
        for (const Attendee &a : table.all()) {
            if (a.status == Attendee::Status::Registered && (choice.everyone || a.code.isEmpty()))
                chosen << a;
        }
    }
    for (const QString &w : choice.wanted) {
        auto a = table.byId(w);
        if (!a)
            a = table.byCode(w);
        if (!a)
            *problems << tr("%1: nobody has this id or code").arg(w);
        else if (!a->code.isEmpty() && !choice.replace && !choice.everyone)
            *problems
                << tr("%1 already has the code %2 (give --replace to issue a new one)").arg(a->displayName(), a->code);
        else if (std::none_of(chosen.begin(), chosen.end(), [&](const Attendee &c) { return c.id == a->id; }))
            chosen << *a;
    }
    return chosen;
}

std::optional<QVector<Attendee>> CodeIssuer::issue(const Key &key, const QVector<Attendee> &chosen,
    const Validity &validity, const QString &device, const Keep &keep, QString *error)
{
    SignedCode templateCode;
    templateCode.keyId = quint8(key.id);
    templateCode.eventTag = SignedCode::eventTagFor(m_store.eventId());
    templateCode.validFrom = validity.from;
    templateCode.validUntil = validity.until;
    for (const Attendee &a : chosen) {
        if (QUuid::fromString(a.id).isNull()) {
            *error = tr("%1 has an id that is not a UUID and cannot get a signed code.").arg(a.displayName());
            return std::nullopt;
        }
    }
    AttendeeTable table(m_store.database());
    SigningKeys keys(m_store.database());
    HybridClock clock(device);
    WriteTransaction transaction(m_store.database());
    if (!transaction.begin()) {
        *error = transaction.errorString();
        return std::nullopt;
    }
    QVector<Attendee> issued;
    issued.reserve(chosen.size());
    for (Attendee a : chosen) {
        SignedCode code = templateCode;
        code.attendeeId = QUuid::fromString(a.id);
        code.firstName = a.firstName;
        code.lastName = a.lastName;
        code.category = a.category;
        const QString signedText = code.sign(key.secretKey);
        // The old code stops working. Ed25519 signs the same fields alike, so a
        // code issued again with the same validity is the same code: kept, not revoked.
        if (!a.code.isEmpty() && a.code != signedText)
            keys.revoke(a.code, a.id);
        a.code = signedText;
        a.version = clock.tick();
        a.device = clock.device();
        if (keep) {
            const QString problem = keep(a, int(issued.size()), int(chosen.size()));
            if (!problem.isEmpty()) {
                *error = problem;
                return std::nullopt;
            }
        }
        if (!table.save(a)) {
            *error = tr("Cannot save the code of %1.").arg(a.displayName());
            return std::nullopt;
        }
        issued << a;
    }
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return std::nullopt;
    }
    return issued;
}

QVector<Attendee> CodeIssuer::holders() const
{
    QVector<Attendee> out;
    for (const Attendee &a : AttendeeTable(m_store.database()).all()) {
        if (!a.code.isEmpty() && SignedCode::looksSigned(a.code) && a.status == Attendee::Status::Registered)
            out << a;
    }
    std::sort(out.begin(), out.end(), [](const Attendee &x, const Attendee &y) {
        return std::tie(x.lastName, x.firstName, x.id) < std::tie(y.lastName, y.firstName, y.id);
    });
    return out;
}
