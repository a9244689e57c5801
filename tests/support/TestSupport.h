#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

class EventStore;

namespace TestSupport {

QString dataPath(const QString &relative);
QString binary(const QString &name);

// Compares text with a golden file. On mismatch writes `<name>.actual.<ext>`
// beside the golden file and returns a message with a diff command.
bool matchesGolden(const QString &goldenPath, const QByteArray &actual, QString *message);

// Opens a fresh event database inside dir.
bool openFreshStore(EventStore &store, const QTemporaryDir &dir, const QString &name = QStringLiteral("event.sqlite"));

// Adds an attendee directly; returns its id.
QString addAttendee(EventStore &store, const QString &code, const QString &firstName, const QString &lastName,
    const QString &organisation = QString(), bool cancelled = false);

} // namespace TestSupport
