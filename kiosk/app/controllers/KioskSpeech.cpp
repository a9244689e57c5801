#include "kiosk/app/controllers/KioskSpeech.h"

#include "kiosk/app/controllers/SelfServiceController.h"
#include "kiosk/app/controllers/SpokenTexts.h"
#include "kiosk/core/Translations.h"

#include <QEvent>
#include <QTextToSpeech>

#include <algorithm>

namespace {
constexpr int volumeStep = 10;
constexpr int lowestVolume = 10;
} // namespace

KioskSpeech::KioskSpeech(SelfServiceController &controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(0);
    connect(&m_settle, &QTimer::timeout, this, &KioskSpeech::follow);
    connect(&controller, &SelfServiceController::changed, &m_settle, qOverload<>(&QTimer::start));
    connect(&controller, &SelfServiceController::moreTimeAsked, this, &KioskSpeech::askMoreTime);
}

void KioskSpeech::setVoice(QTextToSpeech *voice)
{
    m_voice = voice;
    applyVolume();
    Q_EMIT changed();
}

bool KioskSpeech::available() const
{
    return !m_voice.isNull();
}

void KioskSpeech::setStartVolume(int percent)
{
    m_startVolume = std::clamp(percent, lowestVolume, 100);
    m_volume = m_startVolume;
    applyVolume();
    Q_EMIT changed();
}

void KioskSpeech::applyVolume()
{
    if (m_voice)
        m_voice->setVolume(m_volume / 100.0);
}

void KioskSpeech::start()
{
    if (m_active) {
        repeat();
        return;
    }
    m_active = true;
    m_startedByHeadphones = false;
    m_intro = true;
    Q_EMIT changed();
    repeat();
}

void KioskSpeech::stop()
{
    if (m_voice)
        m_voice->stop();
    if (!m_active)
        return;
    m_active = false;
    m_startedByHeadphones = false;
    Q_EMIT changed();
}

void KioskSpeech::repeat()
{
    if (!m_active) {
        start();
        return;
    }
    m_screenSaid.clear();
    m_printerSaid.clear();
    follow();
}

void KioskSpeech::askMoreTime()
{
    if (m_active && !m_quiet)
        say(SpokenTexts::moreTime());
}

void KioskSpeech::interrupt()
{
    if (!m_active)
        return;
    if (m_voice)
        m_voice->stop();
    Q_EMIT interrupted();
}

void KioskSpeech::louder()
{
    m_volume = std::min(100, m_volume + volumeStep);
    applyVolume();
    Q_EMIT changed();
    repeat(); // heard at the new volume
}

void KioskSpeech::quieter()
{
    m_volume = std::max(lowestVolume, m_volume - volumeStep);
    applyVolume();
    Q_EMIT changed();
    repeat();
}

void KioskSpeech::setHeadphones(bool plugged)
{
    if (plugged == m_headphones)
        return;
    m_headphones = plugged;
    if (plugged && !m_active && m_startWithHeadphones) {
        m_active = true;
        m_startedByHeadphones = true;
        m_intro = true;
        Q_EMIT changed();
        repeat();
        return;
    }
    if (!plugged && m_active) {
        // What was being said may hold the name, and would go on through the loudspeaker.
        if (m_voice)
            m_voice->stop();
        if (m_startedByHeadphones)
            stop();
    }
    Q_EMIT changed();
}

void KioskSpeech::setQuiet(bool quiet)
{
    if (quiet == m_quiet)
        return;
    m_quiet = quiet;
    if (quiet && m_voice)
        m_voice->stop();
    m_screenSaid.clear(); // back from staff mode: the screen is said again
    m_printerSaid.clear();
    if (!quiet)
        m_settle.start();
}

bool KioskSpeech::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::TouchBegin)
        interrupt();
    return QObject::eventFilter(watched, event);
}

void KioskSpeech::follow()
{
    if (m_quiet)
        return;
    const bool welcome = m_controller.state() == SelfServiceController::State::Welcome;
    if (welcome && m_withPerson) {
        // The person has gone: the next one starts at the usual volume, and
        // speech they turned on with the control ends with them.
        m_withPerson = false;
        m_volume = m_startVolume;
        applyVolume();
        m_screenSaid.clear();
        if (m_active && !m_headphones)
            stop();
        Q_EMIT changed();
    }
    if (!welcome)
        m_withPerson = true;
    if (!m_active)
        return;
    BadgeData badge;
    const bool greeted = m_controller.state() == SelfServiceController::State::Greeting;
    if (greeted && m_badge && m_controller.lastResult().attendee)
        badge = m_badge(*m_controller.lastResult().attendee);
    const QString screen = SpokenTexts::screen(m_controller, m_headphones, greeted && m_badge ? &badge : nullptr);
    const QString printer = SpokenTexts::printer(m_controller);
    if (screen != m_screenSaid) {
        QStringList words { screen, printer };
        if (m_intro)
            words.prepend(SpokenTexts::howToUse(m_headphones));
        m_intro = false;
        words.removeAll(QString());
        say(words.join(QLatin1Char(' ')));
    } else if (printer != m_printerSaid && !printer.isEmpty()) {
        say(printer);
    }
    m_screenSaid = screen;
    m_printerSaid = printer;
}

void KioskSpeech::say(const QString &text)
{
    if (text.isEmpty())
        return;
    m_last = text;
    const QString language = m_controller.language();
    if (m_voice) {
        m_voice->stop();
        m_voice->setLocale(Translations::locale(language));
        m_voice->say(text);
    }
    Q_EMIT spoken(text, language);
}

QString KioskSpeech::problem(bool audioOutput, QTextToSpeech *voice, const QStringList &languages)
{
    if (!audioOutput)
        return tr("No audio output: the kiosk cannot read its screens aloud and its sounds are silent. Connect a "
                  "loudspeaker, then restart the kiosk.");
    if (!voice || voice->state() == QTextToSpeech::Error)
        return tr("No speech engine: the kiosk cannot read its screens aloud. Install speech-dispatcher and "
                  "espeak-ng, then restart the kiosk.");
    const QList<QLocale> available = voice->availableLocales();
    QStringList missing;
    for (const Translations::Language &language : Translations::languages()) {
        if (!languages.contains(language.code))
            continue;
        const QLocale::Language wanted = Translations::locale(language.code).language();
        if (std::none_of(available.cbegin(), available.cend(),
                [wanted](const QLocale &locale) { return locale.language() == wanted; }))
            missing << language.nativeName;
    }
    if (!missing.isEmpty())
        return tr("No voice for %1: the kiosk cannot read its screens aloud in that language.")
            .arg(missing.join(QStringLiteral(", ")));
    return QString();
}
