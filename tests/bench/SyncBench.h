#pragma once

// Sync on loopback with a real hub process: propagation of a check-in from
// one device to another, events per second the hub takes from 20 devices at
// once, and a new device's first full sync of 10 000 attendees.
namespace SyncBench {
void run(bool quick);
}
