// The commands of `accueil` that write reports: export attendance, certificate.
#include "kiosk/cli/AdminCli.h"

#include "kiosk/core/Attendance.h"
#include "kiosk/core/AttendanceCsv.h"
#include "kiosk/core/AttendanceReport.h"
#include "kiosk/core/EventStore.h"
#include "printing/AttendanceCertificate.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

int AdminCli::exportAttendance(QCommandLineParser &parser)
{
    if (!openStore(parser))
        return Failure;
    QString separator
        = parser.isSet(QStringLiteral("separator")) ? parser.value(QStringLiteral("separator")) : QStringLiteral(";");
    if (separator == QLatin1String("tab") || separator == QLatin1String("\\t"))
        separator = QStringLiteral("\t");
    if (separator.size() != 1 || separator == QLatin1String("\"") || separator == QLatin1String("\n"))
        return usage(tr("--separator takes one character."));
    if (m_arguments.size() > 1 || (m_arguments.size() == 1 && parser.isSet(QStringLiteral("out"))))
        return usage(tr("accueil export attendance writes one file: give it as FILE or --out FILE."));
    const QString path
        = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : m_arguments.value(0);
    const QString by = parser.value(QStringLiteral("by"));
    if (!by.isEmpty() && by != QLatin1String("session") && by != QLatin1String("attendee"))
        return usage(tr("--by takes session or attendee."));
    if (parser.isSet(QStringLiteral("session")) && by != QLatin1String("session"))
        return usage(tr("--session goes with --by session."));
    if (by.isEmpty()) {
        // The table of earlier versions: one row per attendee, a column per session.
        if (path.isEmpty())
            return usage(tr("accueil export attendance without --by needs a FILE."));
        QString error;
        if (!Attendance(*m_store).exportCsv(path, separator.front(), &error)) {
            m_err << error << Qt::endl;
            return Failure;
        }
    } else {
        const AttendanceReport report(*m_store);
        const AttendanceCsv csv(separator.front(), QLocale().name());
        QByteArray bytes;
        if (by == QLatin1String("session")) {
            const auto sessions = report.bySession(parser.value(QStringLiteral("session")));
            if (!sessions) {
                m_err << tr("No session %1 in the programme; see accueil stats.")
                             .arg(parser.value(QStringLiteral("session")))
                      << Qt::endl;
                return Failure;
            }
            bytes = csv.bySession(*sessions, report.timeZone());
        } else {
            bytes = csv.byAttendee(report.byAttendee(), report.timeZone());
        }
        if (path.isEmpty() || path == QLatin1String("-")) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
                m_err << tr("Cannot write the CSV to the standard output.") << Qt::endl;
                return Failure;
            }
            return Ok;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            m_err << tr("Cannot write %1: %2").arg(path, file.errorString()) << Qt::endl;
            return Failure;
        }
    }
    if (m_json)
        printJson(QJsonObject { { QStringLiteral("file"), QFileInfo(path).absoluteFilePath() } });
    else
        m_out << tr("Attendance written to %1.").arg(path) << Qt::endl;
    return Ok;
}

int AdminCli::certificate(QCommandLineParser &parser)
{
    const bool all = parser.isSet(QStringLiteral("all"));
    if (all == (m_arguments.size() == 1) || m_arguments.size() > 1)
        return usage(tr("accueil certificate takes a code (or id), or --all."));
    if (!parser.isSet(QStringLiteral("out")))
        return usage(tr("accueil certificate needs --out FILE.pdf."));
    const QString language
        = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")) : QStringLiteral("fr");
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        return usage(tr("--lang takes fr or en."));
    if (!openStore(parser))
        return Failure;
    const AttendanceReport report(*m_store);
    QVector<AttendanceReport::AttendeeAttendance> attendees;
    if (all) {
        attendees = report.byAttendee();
    } else {
        const auto one = report.forAttendee(m_arguments.first());
        if (!one) {
            m_err << tr("Nobody has the code or id %1.").arg(m_arguments.first()) << Qt::endl;
            return Failure;
        }
        attendees << *one;
    }
    AttendanceCertificate certificate(*m_store, language);
    if (parser.isSet(QStringLiteral("signed-by")))
        certificate.setSignatory(parser.value(QStringLiteral("signed-by")).simplified());
    const QString path = parser.value(QStringLiteral("out"));
    QString error;
    if (!certificate.writeFile(path, attendees, &error)) {
        m_err << error << Qt::endl;
        return Failure;
    }
    int sessions = 0;
    for (const auto &a : std::as_const(attendees))
        sessions += a.visits.size();
    if (m_json) {
        printJson(QJsonObject { { QStringLiteral("file"), QFileInfo(path).absoluteFilePath() },
            { QStringLiteral("certificates"), attendees.size() }, { QStringLiteral("sessions"), sessions } });
    } else {
        m_out << tr("%n certificate(s) written to %1.", nullptr, int(attendees.size())).arg(path) << Qt::endl;
    }
    return Ok;
}
