#include "kiosk/app/kiosk/SystemdNotifier.h"

#include "kiosk/app/kiosk/KioskLog.h"

#include <cstddef>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

SystemdNotifier::SystemdNotifier(QObject *parent)
    : QObject(parent)
    , m_socket(qgetenv("NOTIFY_SOCKET"))
{
    // Only the kiosk talks to systemd: the processes it starts must not.
    qunsetenv("NOTIFY_SOCKET");
    connect(&m_watchdog, &QTimer::timeout, this, [this] { notify(QByteArrayLiteral("WATCHDOG=1")); });
}

void SystemdNotifier::start()
{
    if (!isAvailable())
        return;
    notify(QByteArrayLiteral("READY=1"));
    bool ok = false;
    const qint64 usec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong(&ok);
    // WATCHDOG_PID names the compositor the kiosk runs in, not the kiosk:
    // the unit lets every process of the service notify (NotifyAccess=all).
    if (ok && usec > 0) {
        m_watchdog.start(int(std::max<qint64>(usec / 2000, 100)));
        qCInfo(lcKiosk, "feeding the systemd watchdog every %d ms", m_watchdog.interval());
    }
}

bool SystemdNotifier::notify(const QByteArray &state) const
{
    if (m_socket.isEmpty())
        return false;
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    if (size_t(m_socket.size()) >= sizeof(address.sun_path))
        return false;
    std::memcpy(address.sun_path, m_socket.constData(), size_t(m_socket.size()));
    // A name starting with '@' is in the abstract namespace.
    if (address.sun_path[0] == '@')
        address.sun_path[0] = '\0';
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(m_socket.size()));
    const bool sent = ::sendto(fd, state.constData(), size_t(state.size()), MSG_NOSIGNAL,
                          reinterpret_cast<const sockaddr *>(&address), length)
        == state.size();
    ::close(fd);
    if (!sent)
        qCWarning(lcKiosk, "cannot notify systemd of %s", state.constData());
    return sent;
}
