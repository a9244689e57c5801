#pragma once

#include "kiosk/core/AttendanceReport.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QTranslator>

#include <memory>

class EventStore;

// The proof of presence an attendee asks for (French elected officials need
// one for their mission expenses): the event, its dates, and exactly the
// sessions the person was checked into with their times, in French or
// English, drawn with the badge fonts so that any script prints, signed off
// by the organiser named in the event settings (`organiser_name`) if any.
// One A4 certificate per attendee; several in one PDF start on new pages.
//
// Drawing text needs a QGuiApplication (fonts come from the platform plugin;
// with a QCoreApplication, QFont aborts): the `accueil` command line has one
// on the offscreen platform. A process that is a QCoreApplication (the hub)
// either runs `accueil --db DB certificate REF --out FILE` as a child, or
// sets QT_QPA_PLATFORM=offscreen and creates a QGuiApplication instead,
// then calls toPdf(); canRender() says which applies.
class AttendanceCertificate {
    Q_DECLARE_TR_FUNCTIONS(AttendanceCertificate)

public:
    explicit AttendanceCertificate(EventStore &store, const QString &language = QStringLiteral("fr"));

    // Overrides the organiser's name from the event settings (empty: none).
    void setSignatory(const QString &name) { m_signatory = name; }
    QString signatory() const { return m_signatory; }

    // Writes the certificates of these attendees (each must have attended
    // something) as one PDF; false with a translated reason otherwise.
    [[nodiscard]] bool write(
        QIODevice *device, const QVector<AttendanceReport::AttendeeAttendance> &attendees, QString *error) const;
    [[nodiscard]] bool writeFile(
        const QString &path, const QVector<AttendanceReport::AttendeeAttendance> &attendees, QString *error) const;
    // The PDF in memory (a download); empty with a reason on failure.
    QByteArray toPdf(const QVector<AttendanceReport::AttendeeAttendance> &attendees, QString *error) const;
    // Whether this process can draw text: a QGuiApplication exists.
    static bool canRender();

private:
    QString text(const char *source) const;

    EventStore &m_store;
    QString m_language;
    QString m_signatory;
    std::shared_ptr<QTranslator> m_translator;
};
