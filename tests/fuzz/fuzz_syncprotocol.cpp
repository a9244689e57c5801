#include "kiosk/core/EventStore.h"
#include "kiosk/core/HybridClock.h"
#include "kiosk/core/WriteTransaction.h"
#include "sync/DeviceState.h"
#include "sync/Replica.h"
#include "sync/SyncProtocol.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cstdlib>

// A body of the sync protocol from the network, read as the hub reads a push
// and as a device reads a page of changes: every record parsed, what parses
// written back to JSON and parsed again, then applied by the merge rules to a
// scratch event database.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initialize(argc, argv);
    return 0;
}

namespace {

template <typename Record, typename Parse>
QVector<Record> readAll(const QJsonObject &body, const char *key, Parse parse)
{
    QVector<Record> records;
    QString error;
    const QJsonArray array = body.value(QLatin1String(key)).toArray();
    for (const QJsonValue &v : array) {
        if (const auto r = parse(v, &error)) {
            // What was read writes out to JSON that reads back.
            if (!parse(SyncProtocol::toJson(*r), &error))
                std::abort();
            records << *r;
        } else if (error.isEmpty()) {
            std::abort(); // a refusal always says why
        }
        error.clear();
    }
    return records;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    if (size > size_t(SyncProtocol::maxBodyBytes))
        return 0;
    const QJsonDocument document = QJsonDocument::fromJson(FuzzSupport::bytes(data, size));
    if (!document.isObject())
        return 0;
    const QJsonObject body = document.object();
    const auto sessions = readAll<Session>(body, "sessions", SyncProtocol::sessionFromJson);
    const auto attendees = readAll<Attendee>(body, "attendees", SyncProtocol::attendeeFromJson);
    const auto events = readAll<CheckInEvent>(body, "events", SyncProtocol::eventFromJson);
    // The device's state: within bounds once read, and read back the same.
    if (const QJsonValue stateValue = body.value(QStringLiteral("state")); !stateValue.isUndefined()) {
        QString error;
        if (const auto state = DeviceState::fromJson(stateValue, &error)) {
            const bool inBounds = state->eventsWaiting >= 0 && state->eventsWaiting <= DeviceState::maxCount
                && state->badgesWaiting.value_or(0) >= 0 && state->badgesWaiting.value_or(0) <= DeviceState::maxCount
                && (!state->printer
                    || (!state->printer->queue.isEmpty() && state->printer->queue.size() <= DeviceState::maxQueueLength
                        && state->printer->message.size() <= DeviceState::maxMessageLength
                        && (state->printer->problem.isEmpty()
                            || DeviceState::problemKeys().contains(state->printer->problem))));
            if (!inBounds || DeviceState::fromJson(state->toJson(), &error) != state)
                std::abort();
        } else if (error.isEmpty()) {
            std::abort(); // a refusal always says why
        }
    }

    EventStore &store = FuzzSupport::scratchStore();
    HybridClock clock(QStringLiteral("fuzz"), [] { return qint64(1'783'494'000'000); });
    {
        WriteTransaction transaction(store.database());
        if (!transaction.begin())
            std::abort();
        Replica replica(store.database(), clock);
        QString error;
        for (const Session &s : sessions)
            (void)replica.applySession(s, &error);
        for (const Attendee &a : attendees)
            (void)replica.applyAttendee(a, &error);
        for (const CheckInEvent &e : events) {
            QSqlQuery(store.database()).exec(QStringLiteral("SAVEPOINT event"));
            if (replica.applyEvent(e, 0, &error) == Replica::Applied::Rejected)
                QSqlQuery(store.database()).exec(QStringLiteral("ROLLBACK TO event"));
            QSqlQuery(store.database()).exec(QStringLiteral("RELEASE event"));
        }
        for (const QJsonValue &v : body.value(QStringLiteral("keys")).toArray()) {
            const QJsonObject k = v.toObject();
            (void)replica.applyKey(k.value(QStringLiteral("key_id")).toInt(),
                k.value(QStringLiteral("public_key")).toString(), k.value(QStringLiteral("retired")).toBool(), &error);
        }
        for (const QJsonValue &v : body.value(QStringLiteral("revoked")).toArray()) {
            const QJsonObject r = v.toObject();
            (void)replica.applyRevoked(r.value(QStringLiteral("code_hash")).toString(),
                r.value(QStringLiteral("attendee_id")).toString(), r.value(QStringLiteral("revoked_at")).toString(),
                &error);
        }
        // What was merged pages out again as the hub serves it.
        const QJsonObject page = replica.changesSince(0, SyncProtocol::defaultPage);
        for (const QJsonValue &v : page.value(QStringLiteral("attendees")).toArray()) {
            if (!SyncProtocol::attendeeFromJson(v, &error))
                std::abort();
        }
        for (const QJsonValue &v : page.value(QStringLiteral("events")).toArray()) {
            if (!SyncProtocol::eventFromJson(v, &error))
                std::abort();
        }
    }
    FuzzSupport::clear(store);
    return 0;
}
