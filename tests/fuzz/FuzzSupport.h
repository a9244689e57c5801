#pragma once

#include <QByteArray>

class EventStore;

// What every fuzz target shares: a Qt application for the SQL drivers, and a
// scratch event database emptied between inputs.
namespace FuzzSupport {

// Once, from LLVMFuzzerInitialize.
void initialize(int *argc, char ***argv);

// An event database in a private temporary folder, fast rather than durable.
EventStore &scratchStore();

// Removes every attendee, session, check-in and change the last input left.
void clear(EventStore &store);

inline QByteArray bytes(const unsigned char *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace FuzzSupport
