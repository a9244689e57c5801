#pragma once

// Check-in decisions, code lookup, name search and import at 1 000, 10 000
// and 100 000 attendees, each beside a baseline measured in the same run.
namespace CoreBench {
void run(bool quick);
// Only the 100 000-row import against a bare bulk insert (`accueil-bench import`).
void runImport();
}
