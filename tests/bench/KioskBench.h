#pragma once

// The kiosk as people meet it: start to ready, frame carrying a code to the
// greeting on screen, and resident memory after 1 000 scans.
namespace KioskBench {
void run(bool quick);
}
