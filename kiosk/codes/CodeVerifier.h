#pragma once

#include "kiosk/codes/SignedCode.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Checks a signed code against the event's keys, validity window and
// revocation list, and says why a code is refused.
class CodeVerifier {
    Q_DECLARE_TR_FUNCTIONS(CodeVerifier)

public:
    struct Verdict {
        bool valid = false;
        QString reason; // translated, when not valid
        std::optional<SignedCode> code;
    };

    static Verdict verify(const QString &text, QSqlDatabase db, const QString &eventId, const QDateTime &now);
};
