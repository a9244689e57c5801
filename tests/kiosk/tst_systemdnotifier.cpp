#include "kiosk/app/kiosk/SystemdNotifier.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstddef>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

// The kiosk's side of sd_notify(3): READY=1 then WATCHDOG=1 again and again
// as datagrams on $NOTIFY_SOCKET, a path or an abstract name; nothing at all
// when systemd did not start it.
class TestSystemdNotifier : public QObject {
    Q_OBJECT

    int m_fd = -1;
    QByteArrayList m_received;

    // Binds a datagram socket like systemd's; `name` starting with '@' is abstract.
    bool listen(const QByteArray &name)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
        if (name.startsWith('@'))
            address.sun_path[0] = '\0';
        return ::bind(m_fd, reinterpret_cast<const sockaddr *>(&address),
                   socklen_t(offsetof(sockaddr_un, sun_path) + size_t(name.size())))
            == 0;
    }
    QByteArray receive() const
    {
        char buffer[256];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        return n > 0 ? QByteArray(buffer, int(n)) : QByteArray();
    }

    // Everything received so far, kept, so that a condition may look again.
    const QByteArrayList &received()
    {
        for (QByteArray datagram = receive(); !datagram.isEmpty(); datagram = receive())
            m_received << datagram;
        return m_received;
    }

private Q_SLOTS:
    void cleanup()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        m_received.clear();
        qunsetenv("NOTIFY_SOCKET");
        qunsetenv("WATCHDOG_USEC");
    }

    void notConfigured()
    {
        SystemdNotifier notifier;
        QVERIFY(!notifier.isAvailable());
        notifier.start();
        QVERIFY(!notifier.notify(QByteArrayLiteral("READY=1")));
    }

    void readyThenWatchdog_data()
    {
        QTest::addColumn<bool>("abstract");
        QTest::newRow("socket file") << false;
        QTest::newRow("abstract socket") << true;
    }
    void readyThenWatchdog()
    {
        QFETCH(bool, abstract);
        QTemporaryDir dir;
        const QByteArray name = abstract ? QByteArrayLiteral("@accueil-test-") + QByteArray::number(::getpid())
                                         : QFile::encodeName(dir.filePath(QStringLiteral("notify")));
        QVERIFY(listen(name));
        qputenv("NOTIFY_SOCKET", name);
        qputenv("WATCHDOG_USEC", "200000");
        SystemdNotifier notifier;
        QVERIFY(notifier.isAvailable());
        QVERIFY(qEnvironmentVariableIsEmpty("NOTIFY_SOCKET")); // not passed on to child processes
        notifier.start();
        QCOMPARE(receive(), QByteArrayLiteral("READY=1"));
        QTRY_VERIFY(received().count(QByteArrayLiteral("WATCHDOG=1")) >= 2);
        QCOMPARE(received().count(), received().count(QByteArrayLiteral("WATCHDOG=1")));
    }

    void noWatchdogAskedNoneSent()
    {
        QTemporaryDir dir;
        const QByteArray name = QFile::encodeName(dir.filePath(QStringLiteral("notify")));
        QVERIFY(listen(name));
        qputenv("NOTIFY_SOCKET", name);
        SystemdNotifier notifier;
        notifier.start();
        QCOMPARE(receive(), QByteArrayLiteral("READY=1"));
        QTest::qWait(300);
        QCOMPARE(receive(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestSystemdNotifier)
#include "tst_systemdnotifier.moc"
