#pragma once

// Scan to bytes at the printer, per real label driver: the time from a
// check-in to the capture backend of a private cupsd writing the last byte
// of the badge (Brother QL, Dymo LabelWriter, Zebra ZPL, driverless A6).
namespace LabelBench {
void run(bool quick);
}
