#pragma once

#include "kiosk/core/Attendee.h"

#include <QString>
#include <QTemporaryDir>
#include <QVector>

// A small made-up event in a temporary folder for the self-test, the
// screenshot tour and the benchmark: synthetic attendees and two sessions.
class DemoEvent {
public:
    DemoEvent() = default;

    // Creates the database with `people` attendees; false and `error` on failure.
    [[nodiscard]] bool create(const QString &eventName, int people, QString *error);
    QString database() const { return m_dir.filePath(QStringLiteral("demo.sqlite")); }
    // An empty folder: a camera source showing no images.
    QString noImages() const { return m_dir.path(); }
    const QVector<Attendee> &people() const { return m_people; }

private:
    QTemporaryDir m_dir;
    QVector<Attendee> m_people;
};
