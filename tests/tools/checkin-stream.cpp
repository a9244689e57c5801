// Checks in the codes read from stdin one by one and prints "<code> <event id>"
// after each check-in is committed, so that a test can kill it at any moment
// and hold the database to what it reported.
#include "kiosk/core/CheckInService.h"
#include "kiosk/core/EventStore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (QCoreApplication::arguments().size() < 2) {
        std::fprintf(stderr, "usage: checkin-stream DB [DEVICE] < codes\n");
        return 2;
    }
    EventStore store;
    if (!store.open(QCoreApplication::arguments().at(1))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    CheckInService service(store, QCoreApplication::arguments().value(2, QStringLiteral("stream")));
    service.setRepeatWindow(0);
    QTextStream in(stdin);
    QString code;
    while (in.readLineInto(&code)) {
        CheckInService::Request request;
        request.scanned = code;
        const CheckInResult result = service.scan(request);
        if (result.outcome == CheckInResult::Outcome::CheckedIn) {
            std::printf("%s %s\n", qPrintable(code), qPrintable(result.eventId));
            std::fflush(stdout);
        }
    }
    return 0;
}
