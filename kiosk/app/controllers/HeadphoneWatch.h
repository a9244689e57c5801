#pragma once

#include <QMediaDevices>
#include <QObject>
#include <QStringList>

// Whether the kiosk's sound goes to headphones: the default audio output's
// name holds one of the configured words ("headphone", "headset", …). USB and
// Bluetooth headphones appear as outputs of their own; a jack plugged into
// the built-in card shows only where the sound server names the port.
class HeadphoneWatch : public QObject {
    Q_OBJECT

public:
    explicit HeadphoneWatch(QStringList words, QObject *parent = nullptr);

    bool headphones() const { return m_headphones; }
    // Whether the system has any audio output at all.
    bool hasOutput() const;
    static bool isHeadphones(const QString &description, const QStringList &words);

Q_SIGNALS:
    void headphonesChanged(bool plugged);

private:
    void check();

    QMediaDevices m_devices;
    QStringList m_words;
    bool m_headphones = false;
};
