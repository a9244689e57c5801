#include "sync/EnrolmentInvite.h"

#include <QUrl>
#include <QUrlQuery>

namespace {
const QString scheme = QStringLiteral("accueil");
const QString path = QStringLiteral("enrol");
const QString version = QStringLiteral("1");
} // namespace

QString EnrolmentInvite::toText() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("v"), version);
    query.addQueryItem(QStringLiteral("hub"), QString::fromLatin1(QUrl::toPercentEncoding(hub)));
    query.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
    if (!fingerprint.isEmpty())
        query.addQueryItem(QStringLiteral("fp"), QString::fromLatin1(QUrl::toPercentEncoding(fingerprint)));
    if (!eventName.isEmpty())
        query.addQueryItem(QStringLiteral("event"), QString::fromLatin1(QUrl::toPercentEncoding(eventName)));
    return scheme + QLatin1Char(':') + path + QLatin1Char('?') + query.query(QUrl::FullyEncoded);
}

std::optional<EnrolmentInvite> EnrolmentInvite::fromText(const QString &text, QString *error)
{
    const QString prefix = scheme + QLatin1Char(':') + path + QLatin1Char('?');
    if (!text.trimmed().startsWith(prefix)) {
        *error = tr("This is not an Accueil enrolment code.");
        return std::nullopt;
    }
    const QUrlQuery query(text.trimmed().mid(prefix.size()));
    if (query.queryItemValue(QStringLiteral("v")) != version) {
        *error = tr("This enrolment code was made by another version of the hub.");
        return std::nullopt;
    }
    EnrolmentInvite invite;
    invite.hub = query.queryItemValue(QStringLiteral("hub"), QUrl::FullyDecoded);
    invite.code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    invite.fingerprint = query.queryItemValue(QStringLiteral("fp"), QUrl::FullyDecoded);
    invite.eventName = query.queryItemValue(QStringLiteral("event"), QUrl::FullyDecoded);
    const QUrl hubUrl(invite.hub);
    if (!hubUrl.isValid() || (hubUrl.scheme() != QLatin1String("https") && hubUrl.scheme() != QLatin1String("http"))
        || hubUrl.host().isEmpty() || invite.code.isEmpty()) {
        *error = tr("This enrolment code lacks the hub's address or the one-time code.");
        return std::nullopt;
    }
    if (hubUrl.scheme() == QLatin1String("https") && !invite.fingerprint.startsWith(QLatin1String("sha256:"))) {
        *error = tr("This enrolment code lacks the hub certificate's fingerprint.");
        return std::nullopt;
    }
    return invite;
}
