#include "kiosk/core/StaffPin.h"

#include "kiosk/core/EventStore.h"

#include <QRegularExpression>

#include <sodium.h>

#include <algorithm>

namespace {

// The lockout, in the event database's meta table (never replicated).
const QString failuresKey = QStringLiteral("staff_pin_failures");
const QString lockedUntilKey = QStringLiteral("staff_pin_locked_until");

} // namespace

QString StaffPin::hash(const QString &pin)
{
    if (sodium_init() < 0)
        return QString();
    const QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), opsLimit, memLimit) != 0)
        return QString();
    return QString::fromLatin1(out);
}

bool StaffPin::isAcceptablePin(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,12}$"));
    return digits.match(pin).hasMatch();
}

bool StaffPin::isCurrentHash(const QString &stored)
{
    return stored.startsWith(QLatin1String("$argon2id$"));
}

QString StaffPin::hashFromSetting(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1Char(','));
    return value.toString();
}

StaffPin::StaffPin(EventStore &store, QString storedHash, Clock clock)
    : m_store(store)
    , m_hash(std::move(storedHash).trimmed())
    , m_now(std::move(clock))
{
    if (!m_now)
        m_now = [] { return QDateTime::currentDateTimeUtc(); };
}

int StaffPin::lockedForSeconds() const
{
    const QDateTime until = QDateTime::fromString(m_store.metaValue(lockedUntilKey), Qt::ISODateWithMs);
    if (!until.isValid())
        return 0;
    const qint64 leftMs = m_now().msecsTo(until);
    if (leftMs <= 0)
        return 0;
    const qint64 left = (leftMs + 999) / 1000;
    // A clock set back must not lock staff out for longer than the longest lockout.
    return int(std::clamp<qint64>(left, 0, longestLockoutSeconds));
}

StaffPin::Verdict StaffPin::check(const QString &pin)
{
    Verdict verdict;
    if (m_hash.isEmpty()) {
        verdict.result = Result::NoPin;
        verdict.message = tr("No staff PIN is set for this kiosk.");
        return verdict;
    }
    if (!isCurrentHash(m_hash)) {
        // An unsalted SHA-256 from older versions: a copied configuration gives
        // the PIN away in a second, so it is not used at all.
        verdict.result = Result::OutdatedHash;
        verdict.message = tr("The staff PIN of this kiosk is stored in an old, unsafe form and cannot be used. "
                             "Make a new one with \"accueil-kiosk --hash-pin\" and put it in the configuration "
                             "(staff/pin_hash).");
        return verdict;
    }
    if (const int wait = lockedForSeconds(); wait > 0) {
        verdict.result = Result::LockedOut;
        verdict.retryAfterSeconds = wait;
        // Rounded up, as people count: "in 31 seconds" while 30.x are left.
        verdict.message = tr("Too many wrong PINs. Try again in %n second(s).", nullptr, wait + 1);
        return verdict;
    }
    const QByteArray utf8 = pin.toUtf8();
    const QByteArray stored = m_hash.toLatin1();
    if (sodium_init() >= 0
        && crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0) {
        m_store.setMetaValue(failuresKey, QStringLiteral("0"));
        m_store.setMetaValue(lockedUntilKey, QString());
        verdict.result = Result::Accepted;
        return verdict;
    }
    const int failures = m_store.metaValue(failuresKey).toInt() + 1;
    m_store.setMetaValue(failuresKey, QString::number(failures));
    if (failures < freeAttempts) {
        verdict.result = Result::Wrong;
        verdict.message = tr("Wrong PIN.");
        return verdict;
    }
    // A minute after the fifth failure, then twice as long after each further one.
    const int doublings = std::min(failures - freeAttempts, 16);
    const int seconds = int(std::min<qint64>(qint64(firstLockoutSeconds) << doublings, longestLockoutSeconds));
    m_store.setMetaValue(lockedUntilKey, m_now().addSecs(seconds).toString(Qt::ISODateWithMs));
    verdict.result = Result::LockedOut;
    verdict.retryAfterSeconds = seconds;
    verdict.message = tr("Too many wrong PINs. Try again in %n second(s).", nullptr, seconds);
    return verdict;
}
