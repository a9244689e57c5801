#pragma once

// The organisers' console against a real hub holding 100 000 attendees with
// 20 enrolled devices: how long after a device's push an open dashboard has
// its new figures (server-sent event, then the dashboard's JSON), and how
// long the console's page takes to load.
namespace ConsoleBench {
void run(bool quick);
}
