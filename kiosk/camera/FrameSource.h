#pragma once

#include <QObject>
#include <QVideoFrame>

// Where frames come from: a camera, still images, a video file. The scan
// pipeline takes frames from any of them the same way.
class FrameSource : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
    // A translated sentence when the source cannot deliver frames.
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void frameAvailable(const QVideoFrame &frame);
    void failed(const QString &message);
    void activeChanged();

protected:
    void fail(const QString &message)
    {
        m_error = message;
        Q_EMIT failed(message);
    }

private:
    QString m_error;
};
