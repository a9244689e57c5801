<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdminCli</name>
    <message>
        <location filename="../cli/AdminCli.cpp" line="+76" />
        <source>create (or open) an event database</source>
        <translation>create (or open) an event database</translation>
    </message>
    <message>
        <location line="+3" />
        <source>import a registration export (CSV or TSV)</source>
        <translation>import a registration export (CSV or TSV)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>import the sessions (CSV or JSON)</source>
        <translation>import the sessions (CSV or JSON)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>find attendees by name or organisation</source>
        <translation>find attendees by name or organisation</translation>
    </message>
    <message>
        <location line="+4" />
        <source>check a code in, as the kiosk does</source>
        <translation>check a code in, as the kiosk does</translation>
    </message>
    <message>
        <location line="+2" />
        <source>revoke a check-in</source>
        <translation>revoke a check-in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>arrivals and per-session counts</source>
        <translation>arrivals and per-session counts</translation>
    </message>
    <message>
        <location line="+2" />
        <source>write attendance as CSV</source>
        <translation>write attendance as CSV</translation>
    </message>
    <message>
        <location line="+2" />
        <source>make a new signing key pair for the event</source>
        <translation>make a new signing key pair for the event</translation>
    </message>
    <message>
        <location line="+2" />
        <source>list, add or retire the event's public keys</source>
        <translation>list, add or retire the event's public keys</translation>
    </message>
    <message>
        <location line="+4" />
        <source>issue signed codes and their QR images</source>
        <translation>issue signed codes and their QR images</translation>
    </message>
    <message>
        <location line="+2" />
        <source>refuse a signed code from now on</source>
        <translation>refuse a signed code from now on</translation>
    </message>
    <message>
        <location line="+3" />
        <source>render a badge (or all of them) to PDF or PNG</source>
        <translation>render a badge (or all of them) to PDF or PNG</translation>
    </message>
    <message>
        <location line="+3" />
        <source>print a badge through CUPS</source>
        <translation>print a badge through CUPS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>list the printers and their state</source>
        <translation>list the printers and their state</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the badge print queue: list, move or cancel jobs</source>
        <translation>the badge print queue: list, move or cancel jobs</translation>
    </message>
    <message>
        <location line="+2" />
        <source>enrol this device with a hub</source>
        <translation>enrol this device with a hub</translation>
    </message>
    <message>
        <location line="+2" />
        <source>one sync round with the hub, or keep in sync with --follow</source>
        <translation>one sync round with the hub, or keep in sync with --follow</translation>
    </message>
    <message>
        <location line="+4" />
        <source>register a walk-in and check them in</source>
        <translation>register a walk-in and check them in</translation>
    </message>
    <message>
        <location line="+5" />
        <source>fix an attendee's details, or cancel a registration</source>
        <translation>fix an attendee's details, or cancel a registration</translation>
    </message>
    <message>
        <location line="+2" />
        <source>read codes from image files with the camera pipeline</source>
        <translation>read codes from image files with the camera pipeline</translation>
    </message>
    <message>
        <location line="+3" />
        <source>write a synthetic attendee list for trials</source>
        <translation>write a synthetic attendee list for trials</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Usage: accueil [--db FILE] COMMAND [ARGS] [--json]</source>
        <translation>Usage: accueil [--db FILE] COMMAND [ARGS] [--json]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Unknown command "%1".</source>
        <translation>Unknown command "%1".</translation>
    </message>
    <message>
        <location line="+17" />
        <source>accueil %1 needs %2.</source>
        <translation>accueil %1 needs %2.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Run "accueil --help" for the list of commands.</source>
        <translation>Run "accueil --help" for the list of commands.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>--event-id takes a UUID.</source>
        <translation>--event-id takes a UUID.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 already belongs to the event %2.</source>
        <translation>%1 already belongs to the event %2.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Unknown time zone "%1".</source>
        <translation>Unknown time zone "%1".</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Event "%1" is ready in %2.</source>
        <translation>Event "%1" is ready in %2.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>--limit takes a positive number.</source>
        <translation>--limit takes a positive number.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Nobody found.</source>
        <translation>Nobody found.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+34" />
        <location filename="../cli/BadgeCommands.cpp" line="+122" />
        <source>No printer is set: give --printer, or set a default printer in CUPS.</source>
        <translation>No printer is set: give --printer, or set a default printer in CUPS.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Check-in %1 undone.</source>
        <translation>Check-in %1 undone.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>--separator takes one character.</source>
        <translation>--separator takes one character.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Attendance written to %1.</source>
        <translation>Attendance written to %1.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--count and --seed take whole numbers.</source>
        <translation>--count and --seed take whole numbers.</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../cli/BadgeCommands.cpp" line="-34" />
        <location filename="../cli/CodeCommands.cpp" line="+259" />
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 attendees written to %2.</source>
        <translation>%1 attendees written to %2.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Unknown code format "%1"; known: %2.</source>
        <translation>Unknown code format "%1"; known: %2.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cannot read the image %1: %2</source>
        <translation>Cannot read the image %1: %2</translation>
    </message>
    <message>
        <location filename="../cli/CodeCommands.cpp" line="-195" />
        <source>All 255 key numbers are used.</source>
        <translation>All 255 key numbers are used.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot create the key file %1: %2</source>
        <translation>Cannot create the key file %1: %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Key %1 made. Private key: %2 (keep it secret). Public key: %3</source>
        <translation>Key %1 made. Private key: %2 (keep it secret). Public key: %3</translation>
    </message>
    <message>
        <location line="+18" />
        <source>keys --add takes a 64-digit hexadecimal public key, and --id a number from 1 to 255.</source>
        <translation>keys --add takes a 64-digit hexadecimal public key, and --id a number from 1 to 255.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no key %1.</source>
        <translation>There is no key %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location line="+24" />
        <source>No private key found: run "accueil keygen" first, or give --key-file.</source>
        <translation>No private key found: run "accueil keygen" first, or give --key-file.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is not a readable Accueil key file.</source>
        <translation>%1 is not a readable Accueil key file.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The key %1 belongs to another event.</source>
        <translation>The key %1 belongs to another event.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>--valid-from and --valid-until take a date (2026-07-09) or a date and time.</source>
        <translation>--valid-from and --valid-until take a date (2026-07-09) or a date and time.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1: nobody has this id or code</source>
        <translation>%1: nobody has this id or code</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 already has the code %2 (give --replace to issue a new one)</source>
        <translation>%1 already has the code %2 (give --replace to issue a new one)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 has an id that is not a UUID and cannot get a signed code.</source>
        <translation>%1 has an id that is not a UUID and cannot get a signed code.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Cannot write the code of %1 (%2).</source>
        <translation>Cannot write the code of %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>%n signed code(s) issued; mail merge list: %1</source>
        <translation><numerusform>%n signed code issued; mail merge list: %1</numerusform><numerusform>%n signed codes issued; mail merge list: %1</numerusform></translation>
    </message>
    <message>
        <location line="+17" />
        <source>The code is revoked.</source>
        <translation>The code is revoked.</translation>
    </message>
    <message>
        <location filename="../cli/BadgeCommands.cpp" line="-35" />
        <source>accueil badge takes a CODE, or --all.</source>
        <translation>accueil badge takes a CODE, or --all.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>accueil badge needs --pdf FILE or --png FILE.</source>
        <translation>accueil badge needs --pdf FILE or --png FILE.</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+41" />
        <location filename="../cli/SyncCommands.cpp" line="+99" />
        <source>Nobody has the code %1.</source>
        <translation>Nobody has the code %1.</translation>
    </message>
    <message>
        <location line="-35" />
        <source>There is nobody to make a badge for.</source>
        <translation>There is nobody to make a badge for.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--png makes one badge; use --pdf for sheets and --all.</source>
        <translation>--png makes one badge; use --pdf for sheets and --all.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--dpi takes a resolution from 72 to 1200.</source>
        <translation>--dpi takes a resolution from 72 to 1200.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout takes a number of seconds.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not ready</source>
        <translation>not ready</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No printer is set up in CUPS.</source>
        <translation>No printer is set up in CUPS.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>--move needs --printer.</source>
        <translation>--move needs --printer.</translation>
    </message>
    <message>
        <location filename="../cli/SyncCommands.cpp" line="-79" />
        <source>accueil enroll needs --hub URL and --code CODE.</source>
        <translation>accueil enroll needs --hub URL and --code CODE.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is no certificate file %1.</source>
        <translation>There is no certificate file %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This device is enrolled with %1 for event %2.</source>
        <translation>This device is enrolled with %1 for event %2.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>In sync with %1 (change %2).</source>
        <translation>In sync with %1 (change %2).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A walk-in needs at least --first-name or --last-name.</source>
        <translation>A walk-in needs at least --first-name or --last-name.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 is deleted.</source>
        <translation>%1 is deleted.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 is updated.</source>
        <translation>%1 is updated.</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../core/Attendance.cpp" line="+34" />
        <source>Checked in: %1 of %2 registered</source>
        <translation>Checked in: %1 of %2 registered</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Codes used more than once: %1</source>
        <translation>Codes used more than once: %1</translation>
    </message>
    <message>
        <location line="+52" />
        <location line="+32" />
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>AttendeeColumns</name>
    <message>
        <location filename="../import/AttendeeColumns.cpp" line="+105" />
        <source>--map takes column=field, not "%1".</source>
        <translation>--map takes column=field, not "%1".</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--map: the file has no column "%1".</source>
        <translation>--map: the file has no column "%1".</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--map: unknown field "%1"; known fields: %2, ignore.</source>
        <translation>--map: unknown field "%1"; known fields: %2, ignore.</translation>
    </message>
</context>
<context>
    <name>AttendeeImporter</name>
    <message>
        <location filename="../import/AttendeeImporter.cpp" line="+96" />
        <source>No column for names or codes was recognised in the header (%1). Name the columns with --map column=field.</source>
        <translation>No column for names or codes was recognised in the header (%1). Name the columns with --map column=field.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 columns where the header has %2</source>
        <translation>%1 columns where the header has %2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>neither a name nor a code</source>
        <translation>neither a name nor a code</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the code is longer than 512 characters</source>
        <translation>the code is longer than 512 characters</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the code %1 is already used on line %2</source>
        <translation>the code %1 is already used on line %2</translation>
    </message>
    <message>
        <location line="+41" />
        <source>this row and line %1 are the same attendee</source>
        <translation>this row and line %1 are the same attendee</translation>
    </message>
</context>
<context>
    <name>AttendeePanel</name>
    <message>
        <location filename="../../qml/AttendeePanel.qml" line="+39" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close this page</source>
        <translation>Close this page</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+1" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Badge preview</source>
        <translation>Badge preview</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save the changes</source>
        <translation>Save the changes</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reprint this badge</source>
        <translation>Reprint this badge</translation>
    </message>
    <message>
        <location line="+4" />
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>BadgeRenderer</name>
    <message>
        <location filename="../../printing/BadgeRenderer.cpp" line="+158" />
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot write the PDF.</source>
        <translation>Cannot write the PDF.</translation>
    </message>
</context>
<context>
    <name>BadgeTemplate</name>
    <message>
        <location filename="../../printing/BadgeTemplate.cpp" line="+69" />
        <source>There is no badge template "%1"; templates: %2.</source>
        <translation>There is no badge template "%1"; templates: %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The badge template %1 is not valid: %2</source>
        <translation>The badge template %1 is not valid: %2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>the page needs width_mm and height_mm</source>
        <translation>the page needs width_mm and height_mm</translation>
    </message>
    <message>
        <location line="+16" />
        <source>a grid needs columns, rows and template</source>
        <translation>a grid needs columns, rows and template</translation>
    </message>
    <message>
        <location line="+17" />
        <source>element %1 has an unknown type "%2"</source>
        <translation>element %1 has an unknown type "%2"</translation>
    </message>
    <message>
        <location line="+20" />
        <source>element %1 has no size</source>
        <translation>element %1 has no size</translation>
    </message>
</context>
<context>
    <name>CameraSource</name>
    <message>
        <location filename="../camera/CameraSource.cpp" line="+28" />
        <source>No camera is connected.</source>
        <translation>No camera is connected.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The camera "%1" is not connected.</source>
        <translation>The camera "%1" is not connected.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The camera stopped: %1</source>
        <translation>The camera stopped: %1</translation>
    </message>
</context>
<context>
    <name>CheckInResult</name>
    <message>
        <location filename="../core/CheckInResult.cpp" line="+28" />
        <source>%1 is checked in for %2.</source>
        <translation>%1 is checked in for %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is checked in. Welcome!</source>
        <translation>%1 is checked in. Welcome!</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 was already checked in at %2 on %3, by %4.</source>
        <translation>%1 was already checked in at %2 on %3, by %4.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This code is not on the attendee list. Please go to the welcome desk.</source>
        <translation>This code is not on the attendee list. Please go to the welcome desk.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This code is not valid for this event (%1). Please go to the welcome desk.</source>
        <translation>This code is not valid for this event (%1). Please go to the welcome desk.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The registration of %1 was cancelled. Please go to the welcome desk.</source>
        <translation>The registration of %1 was cancelled. Please go to the welcome desk.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not registered for %2.</source>
        <translation>%1 is not registered for %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is full (%2 of %3). Staff may let %4 in anyway.</source>
        <translation>%1 is full (%2 of %3). Staff may let %4 in anyway.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The check-in could not be recorded: %1</source>
        <translation>The check-in could not be recorded: %1</translation>
    </message>
</context>
<context>
    <name>CheckInService</name>
    <message>
        <location filename="../core/CheckInService.cpp" line="+70" />
        <source>empty code</source>
        <translation>empty code</translation>
    </message>
    <message>
        <location line="+5" />
        <source>code too long</source>
        <translation>code too long</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unreadable characters in the code</source>
        <translation>unreadable characters in the code</translation>
    </message>
    <message>
        <location line="+20" />
        <source>unknown session %1</source>
        <translation>unknown session %1</translation>
    </message>
    <message>
        <location line="+98" />
        <source>There is no check-in with the id %1.</source>
        <translation>There is no check-in with the id %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is itself an undo and cannot be undone.</source>
        <translation>%1 is itself an undo and cannot be undone.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The check-in %1 was already undone.</source>
        <translation>The check-in %1 was already undone.</translation>
    </message>
</context>
<context>
    <name>CodeVerifier</name>
    <message>
        <location filename="../codes/CodeVerifier.cpp" line="+10" />
        <source>damaged or incomplete signed code</source>
        <translation>damaged or incomplete signed code</translation>
    </message>
    <message>
        <location line="+5" />
        <source>signed code of an unknown format (%1)</source>
        <translation>signed code of an unknown format (%1)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>signed with a key this device does not know (%1)</source>
        <translation>signed with a key this device does not know (%1)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the signature does not match: the code was altered or forged</source>
        <translation>the signature does not match: the code was altered or forged</translation>
    </message>
    <message>
        <location line="+4" />
        <source>signed with a withdrawn key (%1)</source>
        <translation>signed with a withdrawn key (%1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the code is for another event</source>
        <translation>the code is for another event</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the code is not valid before %1</source>
        <translation>the code is not valid before %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the code expired on %1</source>
        <translation>the code expired on %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the code was revoked</source>
        <translation>the code was revoked</translation>
    </message>
</context>
<context>
    <name>CupsClient</name>
    <message>
        <location filename="../../printing/CupsClient.cpp" line="+50" />
        <source>Cannot reach the print server: %1</source>
        <translation>Cannot reach the print server: %1</translation>
    </message>
    <message>
        <location line="+50" />
        <location line="+18" />
        <source>There is no printer "%1".</source>
        <translation>There is no printer "%1".</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The printer "%1" refused the job: %2</source>
        <translation>The printer "%1" refused the job: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+3" />
        <source>Cannot send the badge to "%1": %2</source>
        <translation>Cannot send the badge to "%1": %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The printer "%1" refused the badge: %2</source>
        <translation>The printer "%1" refused the badge: %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Cannot read the state of print job %1: %2</source>
        <translation>Cannot read the state of print job %1: %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Cannot cancel print job %1: %2</source>
        <translation>Cannot cancel print job %1: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The printer "%1" is out of labels. Load labels; waiting badges will print.</source>
        <translation>The printer "%1" is out of labels. Load labels; waiting badges will print.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Labels are jammed in the printer "%1". Clear the jam; waiting badges will print.</source>
        <translation>Labels are jammed in the printer "%1". Clear the jam; waiting badges will print.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The printer "%1" cannot be reached. Check that it is on and plugged in.</source>
        <translation>The printer "%1" cannot be reached. Check that it is on and plugged in.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The printer "%1" is paused. Resume it, or move the waiting badges to another printer.</source>
        <translation>The printer "%1" is paused. Resume it, or move the waiting badges to another printer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The printer "%1" is open. Close its cover.</source>
        <translation>The printer "%1" is open. Close its cover.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The printer "%1" needs ink or toner.</source>
        <translation>The printer "%1" needs ink or toner.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The printer "%1" reports a problem (%2).</source>
        <translation>The printer "%1" reports a problem (%2).</translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <location filename="../app/controllers/DashboardController.cpp" line="+22" />
        <source>The printer is working.</source>
        <translation>The printer is working.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <location line="+58" />
        <source>This device works alone (no hub).</source>
        <translation>This device works alone (no hub).</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Not synced with the hub yet; %n check-in(s) waiting to be sent.</source>
        <translation><numerusform>Not synced with the hub yet; %n check-in waiting to be sent.</numerusform><numerusform>Not synced with the hub yet; %n check-ins waiting to be sent.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Last sync with the hub at %1; %n check-in(s) waiting to be sent.</source>
        <translation><numerusform>Last sync with the hub at %1; %n check-in waiting to be sent.</numerusform><numerusform>Last sync with the hub at %1; %n check-ins waiting to be sent.</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../../qml/DashboardPanel.qml" line="+23" />
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <location line="+1" />
        <source>codes used twice</source>
        <translation>codes used twice</translation>
    </message>
    <message>
        <location line="+1" />
        <source>badges waiting</source>
        <translation>badges waiting</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Arrivals by quarter of an hour</source>
        <translation>Arrivals by quarter of an hour</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Printers</source>
        <translation>Printers</translation>
    </message>
    <message>
        <location line="+18" />
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Use this printer</source>
        <translation>Use this printer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print badges on %1</source>
        <translation>Print badges on %1</translation>
    </message>
</context>
<context>
    <name>DelimitedText</name>
    <message>
        <location filename="../import/DelimitedText.cpp" line="+15" />
        <source>a quoted field is never closed</source>
        <translation>a quoted field is never closed</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>DoorScreen</name>
    <message>
        <location filename="../../qml/DoorScreen.qml" line="+24" />
        <source>Which session is this door for?</source>
        <translation>Which session is this door for?</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Change session</source>
        <translation>Change session</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n person(s) in the session</source>
        <translation><numerusform>%n person in the session</numerusform><numerusform>%n persons in the session</numerusform></translation>
    </message>
    <message>
        <location line="+5" />
        <source>people in the session</source>
        <translation>people in the session</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Let %1 in anyway</source>
        <translation>Let %1 in anyway</translation>
    </message>
</context>
<context>
    <name>EventStore</name>
    <message>
        <location filename="../core/EventStore.cpp" line="+77" />
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <location line="-18" />
        <location line="+26" />
        <source>Cannot open the event database %1: %2</source>
        <translation>Cannot open the event database %1: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot set up the event database %1: %2</source>
        <translation>Cannot set up the event database %1: %2</translation>
    </message>
    <message>
        <location line="+51" />
        <source>The event database %1 was made by a newer version of Accueil (schema %2, this one knows %3). Update Accueil.</source>
        <translation>The event database %1 was made by a newer version of Accueil (schema %2, this one knows %3). Update Accueil.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Cannot upgrade the event database %1 to schema %2: %3</source>
        <translation>Cannot upgrade the event database %1 to schema %2: %3</translation>
    </message>
</context>
<context>
    <name>HubService</name>
    <message>
        <location filename="../../sync/HubService.cpp" line="+67" />
        <source>This enrolment code is not valid: it is wrong, used already or expired.</source>
        <translation>This enrolment code is not valid: it is wrong, used already or expired.</translation>
    </message>
    <message>
        <location line="+55" />
        <source>There is no device "%1".</source>
        <translation>There is no device "%1".</translation>
    </message>
</context>
<context>
    <name>ImageSequenceSource</name>
    <message>
        <location filename="../camera/ImageSequenceSource.cpp" line="+34" />
        <source>No image to show.</source>
        <translation>No image to show.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../import/ImportReport.cpp" line="+27" />
        <source>Dry run: %1 new, %2 updated, %3 unchanged; nothing was written.</source>
        <translation>Dry run: %1 new, %2 updated, %3 unchanged; nothing was written.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 new, %2 updated, %3 unchanged.</source>
        <translation>%1 new, %2 updated, %3 unchanged.</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>The file was not imported: %n problem(s), nothing was written.</source>
        <translation><numerusform>The file was not imported: %n problem, nothing was written.</numerusform><numerusform>The file was not imported: %n problems, nothing was written.</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Columns not used: %1</source>
        <translation>Columns not used: %1</translation>
    </message>
</context>
<context>
    <name>KioskApplication</name>
    <message>
        <location filename="../app/kiosk/KioskApplication.cpp" line="+207" />
        <source>The kiosk screens could not be loaded: %1</source>
        <translation>The kiosk screens could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="+21" />
        <source>Accueil — check-in</source>
        <translation>Accueil — check-in</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Staff access (press and hold)</source>
        <translation>Staff access (press and hold)</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <location filename="../../printing/PrintQueue.cpp" line="+80" />
        <source>There is no attendee %1.</source>
        <translation>There is no attendee %1.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot record the print job: %1</source>
        <translation>Cannot record the print job: %1</translation>
    </message>
    <message>
        <location line="+81" />
        <source>The attendee of this badge no longer exists.</source>
        <translation>The attendee of this badge no longer exists.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>The printer gave up on this badge.</source>
        <translation>The printer gave up on this badge.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancelled on the print server.</source>
        <translation>Cancelled on the print server.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The printer "%1" has not printed this badge yet: %2</source>
        <translation>The printer "%1" has not printed this badge yet: %2</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+25" />
        <source>There is no print job %1.</source>
        <translation>There is no print job %1.</translation>
    </message>
    <message>
        <location line="-21" />
        <source>This badge was printed already; print it again instead.</source>
        <translation>This badge was printed already; print it again instead.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>This print job is already over.</source>
        <translation>This print job is already over.</translation>
    </message>
</context>
<context>
    <name>ProgrammeImporter</name>
    <message>
        <location filename="../import/ProgrammeImporter.cpp" line="+120" />
        <source>The JSON is not valid: %1 (at byte %2).</source>
        <translation>The JSON is not valid: %1 (at byte %2).</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 columns where the header has %2</source>
        <translation>%1 columns where the header has %2</translation>
    </message>
    <message>
        <location line="+27" />
        <source>the session has no code</source>
        <translation>the session has no code</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the code %1 is used twice</source>
        <translation>the code %1 is used twice</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the session %1 has no title</source>
        <translation>the session %1 has no title</translation>
    </message>
    <message>
        <location line="+8" />
        <source>cannot read the start time "%1" (give a date and a time such as 14:30)</source>
        <translation>cannot read the start time "%1" (give a date and a time such as 14:30)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the end time "%1" is not a time after the start</source>
        <translation>the end time "%1" is not a time after the start</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the capacity "%1" is not a whole number</source>
        <translation>the capacity "%1" is not a whole number</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../qml/ResultScreen.qml" line="+106" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>SelfSearchScreen</name>
    <message>
        <location filename="../../qml/SelfSearchScreen.qml" line="+47" />
        <location line="+1" />
        <source>Your last name</source>
        <translation>Your last name</translation>
    </message>
    <message>
        <location line="+12" />
        <source>I am %1</source>
        <translation>I am %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>SelfServiceController</name>
    <message>
        <location filename="../app/controllers/SelfServiceController.cpp" line="+25" />
        <source>Your badge is printing…</source>
        <translation>Your badge is printing…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Please take your badge.</source>
        <translation>Please take your badge.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your badge will be handed to you at the welcome desk.</source>
        <translation>Your badge will be handed to you at the welcome desk.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>No code?</source>
        <translation>No code?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the first letters of your last name, then touch your name.</source>
        <translation>Type the first letters of your last name, then touch your name.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Please go to the welcome desk: we will find your registration.</source>
        <translation>Please go to the welcome desk: we will find your registration.</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Welcome, %1!</source>
        <translation>Welcome, %1!</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You are checked in. Please confirm your details at the welcome desk when you can.</source>
        <translation>You are checked in. Please confirm your details at the welcome desk when you can.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You are checked in.</source>
        <translation>You are checked in.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Already checked in</source>
        <translation>Already checked in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This code was used at %1 (%2). If you need a new badge, please go to the welcome desk.</source>
        <translation>This code was used at %1 (%2). If you need a new badge, please go to the welcome desk.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Code not recognised</source>
        <translation>Code not recognised</translation>
    </message>
    <message>
        <location line="+0" />
        <source>We cannot find this code. Please go to the welcome desk with your confirmation.</source>
        <translation>We cannot find this code. Please go to the welcome desk with your confirmation.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Code not valid</source>
        <translation>Code not valid</translation>
    </message>
    <message>
        <location line="+0" />
        <source>This code is not valid for this event (%1). Please go to the welcome desk.</source>
        <translation>This code is not valid for this event (%1). Please go to the welcome desk.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Registration cancelled</source>
        <translation>Registration cancelled</translation>
    </message>
    <message>
        <location line="+0" />
        <source>This registration was cancelled. Please go to the welcome desk.</source>
        <translation>This registration was cancelled. Please go to the welcome desk.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not registered for this session</source>
        <translation>Not registered for this session</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Please ask the staff at the door or go to the welcome desk.</source>
        <translation>Please ask the staff at the door or go to the welcome desk.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This session is full</source>
        <translation>This session is full</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Please ask the staff at the door.</source>
        <translation>Please ask the staff at the door.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your check-in could not be recorded. Please go to the welcome desk.</source>
        <translation>Your check-in could not be recorded. Please go to the welcome desk.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The camera is not working (%1). Use the scanner, or go to the welcome desk.</source>
        <translation>The camera is not working (%1). Use the scanner, or go to the welcome desk.</translation>
    </message>
</context>
<context>
    <name>StaffController</name>
    <message numerus="yes">
        <location filename="../app/controllers/StaffController.cpp" line="+41" />
        <location line="+9" />
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation><numerusform>Too many wrong PINs. Try again in %n second.</numerusform><numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>No staff PIN is set for this kiosk.</source>
        <translation>No staff PIN is set for this kiosk.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>This person has no code to check in with.</source>
        <translation>This person has no code to check in with.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>This person is not checked in.</source>
        <translation>This person is not checked in.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The check-in is undone.</source>
        <translation>The check-in is undone.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The badge is sent to the printer again.</source>
        <translation>The badge is sent to the printer again.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+77" />
        <source>Give at least a first or a last name.</source>
        <translation>Give at least a first or a last name.</translation>
    </message>
    <message>
        <location line="-72" />
        <source>This email address does not look right: %1</source>
        <translation>This email address does not look right: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The walk-in could not be recorded: %1</source>
        <translation>The walk-in could not be recorded: %1</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Check-in undone</source>
        <translation>Check-in undone</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Entered %1</source>
        <translation>Entered %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Badge reprint: %1</source>
        <translation>Badge reprint: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Badge: %1</source>
        <translation>Badge: %1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>This person is no longer on the list.</source>
        <translation>This person is no longer on the list.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is updated.</source>
        <translation>%1 is updated.</translation>
    </message>
</context>
<context>
    <name>StaffLogin</name>
    <message>
        <location filename="../../qml/StaffLogin.qml" line="+33" />
        <source>Staff access</source>
        <translation>Staff access</translation>
    </message>
    <message>
        <location line="+12" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open staff mode</source>
        <translation>Open staff mode</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+1" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../qml/StaffScreen.qml" line="+34" />
        <source>Welcome desk</source>
        <translation>Welcome desk</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close staff mode</source>
        <translation>Close staff mode</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Name, organisation or code</source>
        <translation>Name, organisation or code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search attendees</source>
        <translation>Search attendees</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Open the page of %1</source>
        <translation>Open the page of %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Registration cancelled</source>
        <translation>Registration cancelled</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check in %1</source>
        <translation>Check in %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo the check-in of %1</source>
        <translation>Undo the check-in of %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reprint the badge of %1</source>
        <translation>Reprint the badge of %1</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+1" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Register, check in and print</source>
        <translation>Register, check in and print</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Register the walk-in, check them in and print their badge</source>
        <translation>Register the walk-in, check them in and print their badge</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <location filename="../../sync/SyncClient.cpp" line="+110" />
        <source>The hub %1 refused the enrolment: %2</source>
        <translation>The hub %1 refused the enrolment: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This database belongs to another event than the hub's (%1); use a new database for this device.</source>
        <translation>This database belongs to another event than the hub's (%1); use a new database for this device.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The hub refused the check-ins sent: %1</source>
        <translation>The hub refused the check-ins sent: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The hub refused %1: %2</source>
        <translation>The hub refused %1: %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Cannot get the changes from the hub: %1</source>
        <translation>Cannot get the changes from the hub: %1</translation>
    </message>
    <message>
        <location line="+62" />
        <source>This device is not enrolled with a hub: run "accueil enroll --hub URL --code CODE".</source>
        <translation>This device is not enrolled with a hub: run "accueil enroll --hub URL --code CODE".</translation>
    </message>
</context>
<context>
    <name>VideoFileSource</name>
    <message>
        <location filename="../camera/VideoFileSource.cpp" line="+13" />
        <source>Cannot play %1: %2</source>
        <translation>Cannot play %1: %2</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../qml/WelcomeScreen.qml" line="+67" />
        <source>Hold the code of your confirmation up to the camera, on your phone or on paper.</source>
        <translation>Hold the code of your confirmation up to the camera, on your phone or on paper.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>No code?</source>
        <translation>No code?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I have no code</source>
        <translation>I have no code</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Place the code inside the frame</source>
        <translation>Place the code inside the frame</translation>
    </message>
</context>
<context>
    <name>hub</name>
    <message>
        <location filename="../../sync/app/hub_main.cpp" line="+39" />
        <source>The Accueil hub: the central attendee list that every device syncs with.</source>
        <translation>The Accueil hub: the central attendee list that every device syncs with.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Event database of the hub.</source>
        <translation>Event database of the hub.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep the hub's data in PostgreSQL instead (postgresql://user@host/database).</source>
        <translation>Keep the hub's data in PostgreSQL instead (postgresql://user@host/database).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address and port (default 127.0.0.1:8642).</source>
        <translation>Address and port (default 127.0.0.1:8642).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TLS certificate (PEM).</source>
        <translation>TLS certificate (PEM).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TLS private key (PEM).</source>
        <translation>TLS private key (PEM).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing to serve; enrolment-code, devices or revoke DEVICE.</source>
        <translation>Nothing to serve; enrolment-code, devices or revoke DEVICE.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>accueil-hub needs --db FILE or --postgres URI.</source>
        <translation>accueil-hub needs --db FILE or --postgres URI.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>One-time enrolment code, valid 24 hours:</source>
        <translation>One-time enrolment code, valid 24 hours:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location line="+8" />
        <source>revoke needs a device id or name.</source>
        <translation>revoke needs a device id or name.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unknown command "%1".</source>
        <translation>Unknown command "%1".</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--listen takes ADDRESS:PORT, such as 127.0.0.1:8642.</source>
        <translation>--listen takes ADDRESS:PORT, such as 127.0.0.1:8642.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot read the TLS certificate or key.</source>
        <translation>Cannot read the TLS certificate or key.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Cannot listen on %1.</source>
        <translation>Cannot listen on %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>accueil-hub serving event %1 on %2:%3</source>
        <translation>accueil-hub serving event %1 on %2:%3</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../app/kiosk/main.cpp" line="+26" />
        <source>Configuration file (see deploy/kiosk.conf).</source>
        <translation>Configuration file (see deploy/kiosk.conf).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Event database.</source>
        <translation>Event database.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Camera id or part of its name.</source>
        <translation>Camera id or part of its name.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the images of a folder instead of a camera.</source>
        <translation>Show the images of a folder instead of a camera.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CUPS queue for badges.</source>
        <translation>CUPS queue for badges.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The hub's address, when it changed since this device enrolled.</source>
        <translation>The hub's address, when it changed since this device enrolled.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Badge template.</source>
        <translation>Badge template.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language of the screens: fr, en or es.</source>
        <translation>Language of the screens: fr, en or es.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>self-service (default) or door.</source>
        <translation>self-service (default) or door.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The session of a door (its code); chosen on screen when not given.</source>
        <translation>The session of a door (its code); chosen on screen when not given.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fill the screen (the real kiosk).</source>
        <translation>Fill the screen (the real kiosk).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log every decision on standard error.</source>
        <translation>Log every decision on standard error.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Load every screen in every language and exit; fails on any QML warning.</source>
        <translation>Load every screen in every language and exit; fails on any QML warning.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time N scans from camera frame to greeting on a demo event, and report memory.</source>
        <translation>Time N scans from camera frame to greeting on a demo event, and report memory.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print the hash of a staff PIN for the configuration file, and exit.</source>
        <translation>Print the hash of a staff PIN for the configuration file, and exit.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Render every screen in French and English at three sizes into DIR.</source>
        <translation>Render every screen in French and English at three sizes into DIR.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>accueil-kiosk needs an event database: --db FILE or kiosk/database in --config.</source>
        <translation>accueil-kiosk needs an event database: --db FILE or kiosk/database in --config.</translation>
    </message>
</context>
</TS>