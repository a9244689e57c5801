#pragma once

#include "kiosk/core/Attendee.h"
#include "printing/BadgeData.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QTextToSpeech;
class SelfServiceController;

// The kiosk read aloud: follows the self-service screens and says, in the
// person's language, what each one says (SpokenTexts). Started from the
// accessibility control or by plugging in headphones; a new screen or a tap
// cuts the sentence short; "hear again" repeats it. The name and the badge
// only on headphones; the volume back to its start value after each person;
// silent in staff mode. Every utterance is announced by spoken(), voice or not.
class KioskSpeech : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the application")
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(bool headphones READ headphones NOTIFY changed)
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(int volume READ volume NOTIFY changed)

public:
    using BadgeReader = std::function<BadgeData(const Attendee &)>;
    explicit KioskSpeech(SelfServiceController &controller, QObject *parent = nullptr);

    // The voice (not owned); without one, spoken() alone tells what would be said.
    void setVoice(QTextToSpeech *voice);
    void setBadgeReader(BadgeReader reader) { m_badge = std::move(reader); }
    void setStartVolume(int percent);
    void setStartWithHeadphones(bool start) { m_startWithHeadphones = start; }
    bool active() const { return m_active; }
    bool headphones() const { return m_headphones; }
    bool available() const;
    int volume() const { return m_volume; }
    QString lastSpoken() const { return m_last; }
    // What staff must know: no audio output, no engine, a language without a voice; empty when all is well.
    static QString problem(bool audioOutput, QTextToSpeech *voice, const QStringList &languages);

public Q_SLOTS:
    void start(); // the accessibility control
    void stop(); // speech off until started again
    void repeat(); // hear again
    void askMoreTime(); // the screen's time is up: "more time?"
    void interrupt(); // a tap: the current sentence stops, speech stays on
    void louder();
    void quieter();
    void setHeadphones(bool plugged);
    void setQuiet(bool quiet); // staff mode: nothing is said, not even the PIN pad

Q_SIGNALS:
    void changed();
    void spoken(const QString &text, const QString &language);
    void interrupted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow();
    void say(const QString &text);
    void applyVolume();

    SelfServiceController &m_controller;
    QPointer<QTextToSpeech> m_voice;
    BadgeReader m_badge;
    QTimer m_settle; // the screens change in several steps: speak once they are done
    bool m_active = false;
    bool m_startedByHeadphones = false;
    bool m_startWithHeadphones = true;
    bool m_headphones = false;
    bool m_quiet = false;
    bool m_intro = false; // how to use speech, said once when it starts
    bool m_withPerson = false; // an answer was shown since the last welcome
    int m_startVolume = 80;
    int m_volume = 80;
    QString m_screenSaid;
    QString m_printerSaid;
    QString m_last;
};
