#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

// Tells systemd, when it started the kiosk as a service, that the kiosk is
// ready and still alive: datagrams on $NOTIFY_SOCKET as sd_notify(3) sends
// them, without libsystemd. The watchdog is fed from a timer on the GUI
// thread, so a frozen screen stops feeding it and systemd restarts the kiosk.
class SystemdNotifier : public QObject {
    Q_OBJECT

public:
    explicit SystemdNotifier(QObject *parent = nullptr);

    // True when started by systemd with a notification socket.
    bool isAvailable() const { return !m_socket.isEmpty(); }
    // READY=1, then WATCHDOG=1 at half the interval systemd asked for.
    void start();
    // Sends one state line ("READY=1", "STOPPING=1"…); false when not sent.
    bool notify(const QByteArray &state) const;

private:
    QByteArray m_socket;
    QTimer m_watchdog;
};
