#pragma once

// `accueil-kiosk --hash-pin [PIN] [--config FILE]`: prints the Argon2id hash
// of a staff PIN, and with --config writes it into that file's [staff]
// pin_hash (the file readable by its owner only). Without PIN on the command
// line, reads it from standard input — twice, without echo, on a terminal.
// Runs before any GUI exists, so it works without a display.
namespace HashPinCommand {

// Whether the command line asks for it.
bool wanted(int argc, char *argv[]);
int run(int argc, char *argv[]);

} // namespace HashPinCommand
