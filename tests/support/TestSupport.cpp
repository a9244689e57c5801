#include "tests/support/TestSupport.h"

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/EventStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace TestSupport {

QString dataPath(const QString &relative)
{
    return QStringLiteral(ACCUEIL_TEST_DATA "/") + relative;
}

QString binary(const QString &name)
{
    return QStringLiteral(ACCUEIL_BIN_DIR "/") + name;
}

bool matchesGolden(const QString &goldenPath, const QByteArray &actual, QString *message)
{
    QFile golden(goldenPath);
    const QByteArray expected = golden.open(QIODevice::ReadOnly) ? golden.readAll() : QByteArray();
    const QFileInfo info(goldenPath);
    const QString actualPath = info.absolutePath() + QLatin1Char('/')
        + info.completeBaseName().section(QLatin1Char('.'), 0, 0) + QStringLiteral(".actual.") + info.suffix();
    if (expected == actual) {
        QFile::remove(actualPath);
        return true;
    }
    QFile out(actualPath);
    if (out.open(QIODevice::WriteOnly))
        out.write(actual);
    *message = QStringLiteral("%1 differs from the golden file; see: diff -u %2 %3")
                   .arg(info.fileName(), goldenPath, actualPath);
    return false;
}

bool openFreshStore(EventStore &store, const QTemporaryDir &dir, const QString &name)
{
    return store.open(dir.filePath(name));
}

QString addAttendee(EventStore &store, const QString &code, const QString &firstName, const QString &lastName,
    const QString &organisation, bool cancelled)
{
    Attendee a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.code = code;
    a.firstName = firstName;
    a.lastName = lastName;
    a.organisation = organisation;
    a.status = cancelled ? Attendee::Status::Cancelled : Attendee::Status::Registered;
    a.version = QStringLiteral("000000000000001.000000.test");
    AttendeeTable table(store.database());
    return table.save(a) ? a.id : QString();
}

} // namespace TestSupport
