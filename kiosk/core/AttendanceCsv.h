#pragma once

#include "kiosk/core/AttendanceReport.h"

#include <QByteArray>
#include <QCoreApplication>

// The attendance report as CSV that Excel opens right: UTF-8 with a BOM (the
// mark Excel needs to read UTF-8), CRLF line ends, fields quoted per RFC 4180,
// cells that would start a formula made text. The separator is the reader's
// list separator: `;` by default, what Excel expects in French (and most
// European) locales, where `,` is the decimal comma; `,` for an English-locale
// Excel. A `sep=` first line would fix it for every locale but makes Excel
// ignore the BOM, and so mangle every accent.
class AttendanceCsv {
    Q_DECLARE_TR_FUNCTIONS(AttendanceCsv)

public:
    explicit AttendanceCsv(QChar separator = QLatin1Char(';'), const QString &language = QString());

    // One row per person per session, then the counts per session by
    // category and by organisation type.
    QByteArray bySession(const QVector<AttendanceReport::SessionAttendance> &sessions, const QTimeZone &zone) const;
    // One row per person per session attended (one row with the venue entry
    // alone for someone who attended no session).
    QByteArray byAttendee(const QVector<AttendanceReport::AttendeeAttendance> &attendees, const QTimeZone &zone) const;

    // A time as Excel reads it in every locale, in the event's zone.
    static QString time(const QDateTime &at);

private:
    QString row(const QStringList &fields) const;

    QChar m_separator;
    QString m_language;
};
