#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// What a device needs to enrol with a hub, as one line of text for a QR code:
// accueil:enrol?v=1&hub=URL&code=CODE&fp=sha256:HEX&event=NAME. The
// fingerprint pins the hub's certificate, so a QR shown on the hub's own
// screen is as good as typing all three by hand.
class EnrolmentInvite {
    Q_DECLARE_TR_FUNCTIONS(EnrolmentInvite)

public:
    QString hub;
    QString code;
    QString fingerprint; // empty for a plain-HTTP test hub
    QString eventName;

    QString toText() const;
    // Reads a text made by toText(); on failure *error says why.
    static std::optional<EnrolmentInvite> fromText(const QString &text, QString *error);
};
