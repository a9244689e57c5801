#include "kiosk/codes/CodeVerifier.h"

#include "kiosk/codes/SigningKeys.h"

CodeVerifier::Verdict CodeVerifier::verify(
    const QString &text, QSqlDatabase db, const QString &eventId, const QDateTime &now)
{
    Verdict verdict;
    verdict.code = SignedCode::parse(text);
    if (!verdict.code) {
        verdict.reason = tr("damaged or incomplete signed code");
        return verdict;
    }
    const SignedCode &code = *verdict.code;
    if (code.version != SignedCode::formatVersion) {
        verdict.reason = tr("signed code of an unknown format (%1)").arg(code.version);
        return verdict;
    }
    const SigningKeys keys(db);
    const auto key = keys.byId(code.keyId);
    if (!key) {
        verdict.reason = tr("signed with a key this device does not know (%1)").arg(code.keyId);
        return verdict;
    }
    // The signature first: nothing else in an unverified code is to be believed.
    if (!code.verify(key->publicKey)) {
        verdict.reason = tr("the signature does not match: the code was altered or forged");
        return verdict;
    }
    if (key->retired) {
        verdict.reason = tr("signed with a withdrawn key (%1)").arg(code.keyId);
        return verdict;
    }
    if (code.eventTag != SignedCode::eventTagFor(eventId)) {
        verdict.reason = tr("the code is for another event");
        return verdict;
    }
    if (code.validFrom.isValid() && now < code.validFrom) {
        verdict.reason = tr("the code is not valid before %1")
                             .arg(code.validFrom.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        return verdict;
    }
    if (code.validUntil.isValid() && now > code.validUntil) {
        verdict.reason = tr("the code expired on %1")
                             .arg(code.validUntil.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        return verdict;
    }
    if (keys.isRevoked(text)) {
        verdict.reason = tr("the code was revoked");
        return verdict;
    }
    verdict.valid = true;
    return verdict;
}
