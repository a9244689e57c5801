#include "kiosk/app/kiosk/DemoEvent.h"

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/import/AttendeeImporter.h"
#include "kiosk/import/ProgrammeImporter.h"
#include "kiosk/import/SyntheticAttendees.h"

#include <QCoreApplication>

bool DemoEvent::create(const QString &eventName, int people, QString *error)
{
    EventStore store;
    if (!m_dir.isValid() || !store.open(database())) {
        *error = m_dir.isValid() ? store.errorString() : m_dir.errorString();
        return false;
    }
    store.setMetaValue(QStringLiteral("event_name"), eventName);
    HybridClock clock(QStringLiteral("demo"));
    AttendeeImporter(store, clock).importData(SyntheticAttendees::csv(people), {});
    ProgrammeImporter(store, clock)
        .importData("code;date;start;end;kind;room;capacity;title_fr;title_en\n"
                    "A1;2026-07-08;14:30;16:00;atelier;Salon Iéna;120;« L’AICT face au changement climatique »;Climate "
                    "change workshop\n"
                    "PL1;2026-07-08;16:45;18:30;plénière;Grand Salon;550;Conférence plénière;Plenary\n",
            false);
    m_people = AttendeeTable(store.database()).all();
    if (m_people.size() < people) {
        *error = QCoreApplication::translate("DemoEvent", "The demo event has %1 attendees instead of %2.")
                     .arg(m_people.size())
                     .arg(people);
        return false;
    }
    return true;
}
