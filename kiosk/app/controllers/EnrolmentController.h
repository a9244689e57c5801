#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QThread;

// A kiosk that has never met its hub: it asks for the hub's enrolment QR code
// (`accueil-hub enrolment-code --qr`), reads it from the camera or a scanner
// like any other code, enrols, fetches the list once, and says so. Any other
// code gets a plain "this is not an enrolment code".
class EnrolmentController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the application")
    Q_PROPERTY(bool needed READ needed NOTIFY changed)
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    enum class State { Waiting, Enrolling, Failed, Enrolled };
    Q_ENUM(State)

    // `needed` when this device must enrol before anything else.
    EnrolmentController(QString databasePath, QString deviceName, bool needed, QObject *parent = nullptr);
    ~EnrolmentController() override;

    bool needed() const { return m_needed; }
    State state() const { return m_state; }
    QString message() const { return m_message; }

    // A code read while enrolment is needed.
    Q_INVOKABLE void scan(const QString &text);

Q_SIGNALS:
    void changed();
    // Enrolled and the list fetched: the kiosk starts again as an enrolled device.
    void enrolled();

private:
    void finish(bool ok, const QString &message);

    QString m_databasePath;
    QString m_deviceName;
    bool m_needed = false;
    State m_state = State::Waiting;
    QString m_message;
    std::unique_ptr<QThread> m_worker;
};
