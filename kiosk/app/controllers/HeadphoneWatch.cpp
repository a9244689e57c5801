#include "kiosk/app/controllers/HeadphoneWatch.h"

#include <QAudioDevice>

HeadphoneWatch::HeadphoneWatch(QStringList words, QObject *parent)
    : QObject(parent)
    , m_words(std::move(words))
{
    connect(&m_devices, &QMediaDevices::audioOutputsChanged, this, &HeadphoneWatch::check);
    m_headphones = isHeadphones(QMediaDevices::defaultAudioOutput().description(), m_words);
}

bool HeadphoneWatch::hasOutput() const
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

bool HeadphoneWatch::isHeadphones(const QString &description, const QStringList &words)
{
    for (const QString &word : words) {
        if (!word.trimmed().isEmpty() && description.contains(word.trimmed(), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void HeadphoneWatch::check()
{
    const bool plugged = isHeadphones(QMediaDevices::defaultAudioOutput().description(), m_words);
    if (plugged == m_headphones)
        return;
    m_headphones = plugged;
    Q_EMIT headphonesChanged(plugged);
}
