#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QPair>
#include <QVector>

class EventStore;

// The organisers' figures, derived from the check-in log: arrivals, and
// attendance per session.
class Attendance {
    Q_DECLARE_TR_FUNCTIONS(Attendance)

public:
    struct SessionFigures {
        QString id;
        QString code;
        QString title;
        int checkedIn = 0;
        int capacity = 0;
    };
    struct Figures {
        int registered = 0;
        int checkedIn = 0;
        int doubleEntries = 0;
        QVector<SessionFigures> sessions;
        QJsonObject toJson() const;
        QString toText() const;
    };

    struct Quarter {
        QDateTime start; // in the event's time zone
        int count = 0;
    };

    explicit Attendance(EventStore &store);

    Figures figures(const QString &language = QString()) const;
    // The first and last day of the programme in the event's time zone; invalid dates without one.
    QPair<QDate, QDate> eventDays() const;
    // First venue arrivals per quarter of an hour of the event's time, in order.
    QVector<Quarter> arrivalsByQuarter() const;
    // One row per attendee: venue check-in and each session attended.
    bool exportCsv(const QString &path, QChar separator, QString *error) const;

private:
    EventStore &m_store;
};
