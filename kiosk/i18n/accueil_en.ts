<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AdminCli</name>
        <message>
            <source>import a registration export (CSV or TSV)</source>
            <translation>import a registration export (CSV or TSV)</translation>
        </message>
        <message>
            <source>import the sessions (CSV or JSON)</source>
            <translation>import the sessions (CSV or JSON)</translation>
        </message>
        <message>
            <source>find attendees by name or organisation</source>
            <translation>find attendees by name or organisation</translation>
        </message>
        <message>
            <source>check a code in, as the kiosk does</source>
            <translation>check a code in, as the kiosk does</translation>
        </message>
        <message>
            <source>arrivals and per-session counts</source>
            <translation>arrivals and per-session counts</translation>
        </message>
        <message>
            <source>make a new signing key pair for the event</source>
            <translation>make a new signing key pair for the event</translation>
        </message>
        <message>
            <source>list, add or retire the event's public keys</source>
            <translation>list, add or retire the event's public keys</translation>
        </message>
        <message>
            <source>issue signed codes and their QR images</source>
            <translation>issue signed codes and their QR images</translation>
        </message>
        <message>
            <source>refuse a signed code from now on</source>
            <translation>refuse a signed code from now on</translation>
        </message>
        <message>
            <source>print a badge through CUPS</source>
            <translation>print a badge through CUPS</translation>
        </message>
        <message>
            <source>list the printers and their state</source>
            <translation>list the printers and their state</translation>
        </message>
        <message>
            <source>one sync round with the hub, or keep in sync with --follow</source>
            <translation>one sync round with the hub, or keep in sync with --follow</translation>
        </message>
        <message>
            <source>register a walk-in and check them in</source>
            <translation>register a walk-in and check them in</translation>
        </message>
        <message>
            <source>fix an attendee's details, or cancel a registration</source>
            <translation>fix an attendee's details, or cancel a registration</translation>
        </message>
        <message>
            <source>read codes from image files with the camera pipeline</source>
            <translation>read codes from image files with the camera pipeline</translation>
        </message>
        <message>
            <source>write a synthetic attendee list for trials</source>
            <translation>write a synthetic attendee list for trials</translation>
        </message>
        <message>
            <source>Usage: accueil [--db FILE] COMMAND [ARGS] [--json]</source>
            <translation>Usage: accueil [--db FILE] COMMAND [ARGS] [--json]</translation>
        </message>
        <message>
            <source>Unknown command "%1".</source>
            <translation>Unknown command "%1".</translation>
        </message>
        <message>
            <source>accueil %1 needs %2.</source>
            <translation>accueil %1 needs %2.</translation>
        </message>
        <message>
            <source>Run "accueil --help" for the list of commands.</source>
            <translation>Run "accueil --help" for the list of commands.</translation>
        </message>
        <message>
            <source>--event-id takes a UUID.</source>
            <translation>--event-id takes a UUID.</translation>
        </message>
        <message>
            <source>%1 already belongs to the event %2.</source>
            <translation>%1 already belongs to the event %2.</translation>
        </message>
        <message>
            <source>Event "%1" is ready in %2.</source>
            <translation>Event "%1" is ready in %2.</translation>
        </message>
        <message>
            <source>--limit takes a positive number.</source>
            <translation>--limit takes a positive number.</translation>
        </message>
        <message>
            <source>Nobody found.</source>
            <translation>Nobody found.</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>No printer is set: give --printer, or set a default printer in CUPS.</source>
            <translation>No printer is set: give --printer, or set a default printer in CUPS.</translation>
        </message>
        <message>
            <source>--separator takes one character.</source>
            <translation>--separator takes one character.</translation>
        </message>
        <message>
            <source>Attendance written to %1.</source>
            <translation>Attendance written to %1.</translation>
        </message>
        <message>
            <source>--count and --seed take whole numbers.</source>
            <translation>--count and --seed take whole numbers.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>%1 attendees written to %2.</source>
            <translation>%1 attendees written to %2.</translation>
        </message>
        <message>
            <source>Unknown code format "%1"; known: %2.</source>
            <translation>Unknown code format "%1"; known: %2.</translation>
        </message>
        <message>
            <source>Cannot read the image %1: %2</source>
            <translation>Cannot read the image %1: %2</translation>
        </message>
        <message>
            <source>All 255 key numbers are used.</source>
            <translation>All 255 key numbers are used.</translation>
        </message>
        <message>
            <source>Cannot create the key file %1: %2</source>
            <translation>Cannot create the key file %1: %2</translation>
        </message>
        <message>
            <source>Key %1 made. Private key: %2 (keep it secret). Public key: %3</source>
            <translation>Key %1 made. Private key: %2 (keep it secret). Public key: %3</translation>
        </message>
        <message>
            <source>keys --add takes a 64-digit hexadecimal public key, and --id a number from 1 to 255.</source>
            <translation>keys --add takes a 64-digit hexadecimal public key, and --id a number from 1 to 255.</translation>
        </message>
        <message>
            <source>There is no key %1.</source>
            <translation>There is no key %1.</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>valid</translation>
        </message>
        <message>
            <source>--valid-from and --valid-until take a date (2026-07-09) or a date and time.</source>
            <translation>--valid-from and --valid-until take a date (2026-07-09) or a date and time.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Cannot create the folder %1.</translation>
        </message>
        <message>
            <source>Cannot write the code of %1 (%2).</source>
            <translation>Cannot write the code of %1 (%2).</translation>
        </message>
        <message numerus="yes">
            <source>%n signed code(s) issued; mail merge list: %1</source>
            <translation>
                <numerusform>%n signed code issued; mail merge list: %1</numerusform>
                <numerusform>%n signed codes issued; mail merge list: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The code is revoked.</source>
            <translation>The code is revoked.</translation>
        </message>
        <message>
            <source>accueil badge takes a CODE, or --all.</source>
            <translation>accueil badge takes a CODE, or --all.</translation>
        </message>
        <message>
            <source>accueil badge needs --pdf FILE or --png FILE.</source>
            <translation>accueil badge needs --pdf FILE or --png FILE.</translation>
        </message>
        <message>
            <source>Nobody has the code %1.</source>
            <translation>Nobody has the code %1.</translation>
        </message>
        <message>
            <source>There is nobody to make a badge for.</source>
            <translation>There is nobody to make a badge for.</translation>
        </message>
        <message>
            <source>--png makes one badge; use --pdf for sheets and --all.</source>
            <translation>--png makes one badge; use --pdf for sheets and --all.</translation>
        </message>
        <message>
            <source>--dpi takes a resolution from 72 to 1200.</source>
            <translation>--dpi takes a resolution from 72 to 1200.</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>Cannot write %1.</translation>
        </message>
        <message>
            <source>--timeout takes a number of seconds.</source>
            <translation>--timeout takes a number of seconds.</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>ready</translation>
        </message>
        <message>
            <source>not ready</source>
            <translation>not ready</translation>
        </message>
        <message>
            <source>No printer is set up in CUPS.</source>
            <translation>No printer is set up in CUPS.</translation>
        </message>
        <message>
            <source>accueil enroll needs --hub URL and --code CODE.</source>
            <translation>accueil enroll needs --hub URL and --code CODE.</translation>
        </message>
        <message>
            <source>There is no certificate file %1.</source>
            <translation>There is no certificate file %1.</translation>
        </message>
        <message>
            <source>This device is enrolled with %1 for event %2.</source>
            <translation>This device is enrolled with %1 for event %2.</translation>
        </message>
        <message>
            <source>In sync with %1 (change %2).</source>
            <translation>In sync with %1 (change %2).</translation>
        </message>
        <message>
            <source>Code: %1</source>
            <translation>Code: %1</translation>
        </message>
        <message>
            <source>%1 is deleted.</source>
            <translation>%1 is deleted.</translation>
        </message>
        <message>
            <source>%1 is updated.</source>
            <translation>%1 is updated.</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Commands:</translation>
        </message>
        <message>
            <source>Options of every command:</source>
            <translation>Options of every command:</translation>
        </message>
        <message>
            <source>"accueil COMMAND --help" describes the options of a command.</source>
            <translation>"accueil COMMAND --help" describes the options of a command.</translation>
        </message>
        <message>
            <source>--%1 needs a value before the next option.</source>
            <translation>--%1 needs a value before the next option.</translation>
        </message>
        <message>
            <source>Usage: accueil %1 [OPTIONS]</source>
            <translation>Usage: accueil %1 [OPTIONS]</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>Options:</translation>
        </message>
        <message>
            <source>No event database at %1; create it with `accueil init --event NAME`.</source>
            <translation>No event database at %1; create it with `accueil init --event NAME`.</translation>
        </message>
        <message>
            <source>--event needs the event's name.</source>
            <translation>--event needs the event's name.</translation>
        </message>
        <message>
            <source>A new event database needs a name: accueil init --event NAME.</source>
            <translation>A new event database needs a name: accueil init --event NAME.</translation>
        </message>
        <message>
            <source>Unknown time zone "%1"; give a name such as Europe/Paris or America/Mexico_City.</source>
            <translation>Unknown time zone "%1"; give a name such as Europe/Paris or America/Mexico_City.</translation>
        </message>
        <message>
            <source>Importing attendees</source>
            <translation>Importing attendees</translation>
        </message>
        <message>
            <source>There is no session "%1" in this event; "accueil stats" lists the sessions (import them with "accueil import programme FILE").</source>
            <translation>There is no session "%1" in this event; "accueil stats" lists the sessions (import them with "accueil import programme FILE").</translation>
        </message>
        <message>
            <source>Check-in undone for %1.</source>
            <translation>Check-in undone for %1.</translation>
        </message>
        <message>
            <source>Generating attendees</source>
            <translation>Generating attendees</translation>
        </message>
        <message>
            <source>the event database (default: $ACCUEIL_DB or ~/.local/share/accueil/event.sqlite)</source>
            <translation>the event database (default: $ACCUEIL_DB or ~/.local/share/accueil/event.sqlite)</translation>
        </message>
        <message>
            <source>machine-readable output on stdout, no progress</source>
            <translation>machine-readable output on stdout, no progress</translation>
        </message>
        <message>
            <source>the name this device writes in the log (default: the configured name or the host name)</source>
            <translation>the name this device writes in the log (default: the configured name or the host name)</translation>
        </message>
        <message>
            <source>show this help</source>
            <translation>show this help</translation>
        </message>
        <message>
            <source>show the version</source>
            <translation>show the version</translation>
        </message>
        <message>
            <source>the event's name (needed for a new database)</source>
            <translation>the event's name (needed for a new database)</translation>
        </message>
        <message>
            <source>the event's time zone, e.g. Europe/Paris or America/Mexico_City</source>
            <translation>the event's time zone, e.g. Europe/Paris or America/Mexico_City</translation>
        </message>
        <message>
            <source>join an existing event (a device's copy) instead of a new one</source>
            <translation>join an existing event (a device's copy) instead of a new one</translation>
        </message>
        <message>
            <source>create an event database, or rename its event</source>
            <translation>create an event database, or rename its event</translation>
        </message>
        <message>
            <source>read a column as a field (first_name, last_name, full_name, code, ...); repeatable</source>
            <translation>read a column as a field (first_name, last_name, full_name, code, ...); repeatable</translation>
        </message>
        <message>
            <source>check the file and report what would change, write nothing</source>
            <translation>check the file and report what would change, write nothing</translation>
        </message>
        <message>
            <source>show at most N people (default 20)</source>
            <translation>show at most N people (default 20)</translation>
        </message>
        <message>
            <source>check in to this session (its id or code; see "accueil stats")</source>
            <translation>check in to this session (its id or code; see "accueil stats")</translation>
        </message>
        <message>
            <source>who checks the person in, for the log</source>
            <translation>who checks the person in, for the log</translation>
        </message>
        <message>
            <source>admit even when the session is full</source>
            <translation>admit even when the session is full</translation>
        </message>
        <message>
            <source>print the badge of a first check-in</source>
            <translation>print the badge of a first check-in</translation>
        </message>
        <message>
            <source>the CUPS queue to print on (default: the event's printer)</source>
            <translation>the CUPS queue to print on (default: the event's printer)</translation>
        </message>
        <message>
            <source>the badge template (default: the event's, or a6)</source>
            <translation>the badge template (default: the event's, or a6)</translation>
        </message>
        <message>
            <source>who undoes the check-in, for the log</source>
            <translation>who undoes the check-in, for the log</translation>
        </message>
        <message>
            <source>undo a person's latest check-in (by code), or one check-in (by event id)</source>
            <translation>undo a person's latest check-in (by code), or one check-in (by event id)</translation>
        </message>
        <message>
            <source>where to write the private key (default: next to the database)</source>
            <translation>where to write the private key (default: next to the database)</translation>
        </message>
        <message>
            <source>accept codes signed with this public key (64 hexadecimal digits)</source>
            <translation>accept codes signed with this public key (64 hexadecimal digits)</translation>
        </message>
        <message>
            <source>the number of the key given with --add (1 to 255)</source>
            <translation>the number of the key given with --add (1 to 255)</translation>
        </message>
        <message>
            <source>stop accepting codes signed with key N</source>
            <translation>stop accepting codes signed with key N</translation>
        </message>
        <message>
            <source>issue a code for this person; repeatable</source>
            <translation>issue a code for this person; repeatable</translation>
        </message>
        <message>
            <source>issue codes for the ids or codes in FILE, one a line</source>
            <translation>issue codes for the ids or codes in FILE, one a line</translation>
        </message>
        <message>
            <source>also everyone registered who has no code yet</source>
            <translation>also everyone registered who has no code yet</translation>
        </message>
        <message>
            <source>give a new code to people who have one (the old one stops working)</source>
            <translation>give a new code to people who have one (the old one stops working)</translation>
        </message>
        <message>
            <source>the folder for the QR images and codes.csv (default: codes/ next to the database)</source>
            <translation>the folder for the QR images and codes.csv (default: codes/ next to the database)</translation>
        </message>
        <message>
            <source>the private key to sign with (default: the newest one next to the database)</source>
            <translation>the private key to sign with (default: the newest one next to the database)</translation>
        </message>
        <message>
            <source>the codes work from this date or date and time</source>
            <translation>the codes work from this date or date and time</translation>
        </message>
        <message>
            <source>the codes work until this date or date and time</source>
            <translation>the codes work until this date or date and time</translation>
        </message>
        <message>
            <source>the badges of everyone registered, in one PDF</source>
            <translation>the badges of everyone registered, in one PDF</translation>
        </message>
        <message>
            <source>write the badge(s) to this PDF file</source>
            <translation>write the badge(s) to this PDF file</translation>
        </message>
        <message>
            <source>write one badge to this PNG image</source>
            <translation>write one badge to this PNG image</translation>
        </message>
        <message>
            <source>the resolution of the PNG (72 to 1200; default: the template's)</source>
            <translation>the resolution of the PNG (72 to 1200; default: the template's)</translation>
        </message>
        <message>
            <source>a black and white PNG, as a label printer prints it</source>
            <translation>a black and white PNG, as a label printer prints it</translation>
        </message>
        <message>
            <source>render a badge (CODE) or all of them (--all) to PDF or PNG</source>
            <translation>render a badge (CODE) or all of them (--all) to PDF or PNG</translation>
        </message>
        <message>
            <source>wait until the printer has printed it or failed</source>
            <translation>wait until the printer has printed it or failed</translation>
        </message>
        <message>
            <source>how long --wait waits (default 120)</source>
            <translation>how long --wait waits (default 120)</translation>
        </message>
        <message>
            <source>also the finished jobs</source>
            <translation>also the finished jobs</translation>
        </message>
        <message>
            <source>cancel this job</source>
            <translation>cancel this job</translation>
        </message>
        <message>
            <source>the CUPS queue for --move</source>
            <translation>the CUPS queue for --move</translation>
        </message>
        <message>
            <source>send the waiting jobs and update their state now</source>
            <translation>send the waiting jobs and update their state now</translation>
        </message>
        <message>
            <source>the hub's address, e.g. https://hub.local:8642</source>
            <translation>the hub's address, e.g. https://hub.local:8642</translation>
        </message>
        <message>
            <source>the one-time enrolment code the hub gave</source>
            <translation>the one-time enrolment code the hub gave</translation>
        </message>
        <message>
            <source>the certificate authority that signed the hub's certificate</source>
            <translation>the certificate authority that signed the hub's certificate</translation>
        </message>
        <message>
            <source>enrol this device with a hub (creates its database)</source>
            <translation>enrol this device with a hub (creates its database)</translation>
        </message>
        <message>
            <source>the hub's address (default: the enrolled hub)</source>
            <translation>the hub's address (default: the enrolled hub)</translation>
        </message>
        <message>
            <source>keep in sync until stopped</source>
            <translation>keep in sync until stopped</translation>
        </message>
        <message>
            <source>with --follow, stop after N seconds</source>
            <translation>with --follow, stop after N seconds</translation>
        </message>
        <message>
            <source>the person's first name</source>
            <translation>the person's first name</translation>
        </message>
        <message>
            <source>the person's last name (needed)</source>
            <translation>the person's last name (needed)</translation>
        </message>
        <message>
            <source>the organisation they represent</source>
            <translation>the organisation they represent</translation>
        </message>
        <message>
            <source>their role or title</source>
            <translation>their role or title</translation>
        </message>
        <message>
            <source>their country</source>
            <translation>their country</translation>
        </message>
        <message>
            <source>their category (elected official, press, ...)</source>
            <translation>their category (elected official, press, ...)</translation>
        </message>
        <message>
            <source>their e-mail address</source>
            <translation>their e-mail address</translation>
        </message>
        <message>
            <source>who registers them, for the log</source>
            <translation>who registers them, for the log</translation>
        </message>
        <message>
            <source>the new first name</source>
            <translation>the new first name</translation>
        </message>
        <message>
            <source>the new last name</source>
            <translation>the new last name</translation>
        </message>
        <message>
            <source>the new organisation</source>
            <translation>the new organisation</translation>
        </message>
        <message>
            <source>the new role</source>
            <translation>the new role</translation>
        </message>
        <message>
            <source>the new country</source>
            <translation>the new country</translation>
        </message>
        <message>
            <source>the new category</source>
            <translation>the new category</translation>
        </message>
        <message>
            <source>the new e-mail address</source>
            <translation>the new e-mail address</translation>
        </message>
        <message>
            <source>cancel the registration (the code is refused)</source>
            <translation>cancel the registration (the code is refused)</translation>
        </message>
        <message>
            <source>restore a cancelled registration</source>
            <translation>restore a cancelled registration</translation>
        </message>
        <message>
            <source>delete the person from the list</source>
            <translation>delete the person from the list</translation>
        </message>
        <message>
            <source>the code formats to look for, comma-separated (default: QR codes)</source>
            <translation>the code formats to look for, comma-separated (default: QR codes)</translation>
        </message>
        <message>
            <source>how many people (default 500)</source>
            <translation>how many people (default 500)</translation>
        </message>
        <message>
            <source>the same seed makes the same list (default 2026)</source>
            <translation>the same seed makes the same list (default 2026)</translation>
        </message>
        <message>
            <source>Making badges</source>
            <translation>Making badges</translation>
        </message>
        <message numerus="yes">
            <source>writing %n badge(s) to the PDF</source>
            <translation>
                <numerusform>writing %n badge to the PDF</numerusform>
                <numerusform>writing %n badges to the PDF</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) written to %1 (template %2, %3).</source>
            <translation>
                <numerusform>%n badge written to %1 (template %2, %3).</numerusform>
                <numerusform>%n badges written to %1 (template %2, %3).</numerusform>
            </translation>
        </message>
        <message>
            <source>Badge written to %1 (template %2, %3 dpi, %4).</source>
            <translation>Badge written to %1 (template %2, %3 dpi, %4).</translation>
        </message>
        <message>
            <source>Issuing codes</source>
            <translation>Issuing codes</translation>
        </message>
        <message>
            <source>A walk-in needs --last-name (and, if known, --first-name).</source>
            <translation>A walk-in needs --last-name (and, if known, --first-name).</translation>
        </message>
        <message>
            <source>the hub's certificate fingerprint the hub printed (sha256:…): this device will talk to that hub only</source>
            <translation>the hub's certificate fingerprint the hub printed (sha256:…): this device will talk to that hub only</translation>
        </message>
        <message>
            <source>--fingerprint takes the hub's fingerprint as the hub prints it: sha256: and 64 hexadecimal digits.</source>
            <translation>--fingerprint takes the hub's fingerprint as the hub prints it: sha256: and 64 hexadecimal digits.</translation>
        </message>
        <message>
            <source>Give the hub's certificate fingerprint with --fingerprint (accueil-hub enrolment-code prints it).</source>
            <translation>Give the hub's certificate fingerprint with --fingerprint (accueil-hub enrolment-code prints it).</translation>
        </message>
        <message>
            <source>bring back the people deleted in Accueil that the file lists (skipped otherwise)</source>
            <translation>bring back the people deleted in Accueil that the file lists (skipped otherwise)</translation>
        </message>
        <message>
            <source>register again the people cancelled in Accueil that the file lists as registered (they stay cancelled otherwise)</source>
            <translation>register again the people cancelled in Accueil that the file lists as registered (they stay cancelled otherwise)</translation>
        </message>
        <message>
            <source>say whether this badge template fits each printer (default: the event's, or a6)</source>
            <translation>say whether this badge template fits each printer (default: the event's, or a6)</translation>
        </message>
        <message>
            <source>send this job to another printer (--move JOB QUEUE, or --printer)</source>
            <translation>send this job to another printer (--move JOB QUEUE, or --printer)</translation>
        </message>
        <message>
            <source>print a job that waits for staff (held at a kiosk, perhaps printed, lost or failed)</source>
            <translation>print a job that waits for staff (held at a kiosk, perhaps printed, lost or failed)</translation>
        </message>
        <message>
            <source>the badge print queue: list, release, move or cancel jobs</source>
            <translation>the badge print queue: list, release, move or cancel jobs</translation>
        </message>
        <message>
            <source>an image of the hub's enrolment QR code (accueil-hub enrolment-code --qr), instead of --hub, --code and --fingerprint</source>
            <translation>an image of the hub's enrolment QR code (accueil-hub enrolment-code --qr), instead of --hub, --code and --fingerprint</translation>
        </message>
        <message>
            <source>the text of that QR code</source>
            <translation>the text of that QR code</translation>
        </message>
        <message>
            <source>--move needs a printer: --move JOB QUEUE, or --printer QUEUE.</source>
            <translation>--move needs a printer: --move JOB QUEUE, or --printer QUEUE.</translation>
        </message>
        <message>
            <source>The badge will print on "%1".</source>
            <translation>The badge will print on "%1".</translation>
        </message>
        <message>
            <source>The badge is released and will print.</source>
            <translation>The badge is released and will print.</translation>
        </message>
        <message>
            <source>The print job is cancelled.</source>
            <translation>The print job is cancelled.</translation>
        </message>
        <message>
            <source>No QR code could be read in %1.</source>
            <translation>No QR code could be read in %1.</translation>
        </message>
        <message>
            <source>The walk-in is not registered: %1</source>
            <translation>The walk-in is not registered: %1</translation>
        </message>
        <message>
            <source>who signs the attendance certificates off (empty: nobody)</source>
            <translation>who signs the attendance certificates off (empty: nobody)</translation>
        </message>
        <message>
            <source>one row per person per session, listed by session (with counts) or by attendee; without it, one row per attendee with a column per session</source>
            <translation>one row per person per session, listed by session (with counts) or by attendee; without it, one row per attendee with a column per session</translation>
        </message>
        <message>
            <source>with --by session: this session only</source>
            <translation>with --by session: this session only</translation>
        </message>
        <message>
            <source>write the CSV to FILE (also given as FILE; default: stdout)</source>
            <translation>write the CSV to FILE (also given as FILE; default: stdout)</translation>
        </message>
        <message>
            <source>the field separator: one character, or "tab" (default ; as Excel reads it in French; use , for an English Excel)</source>
            <translation>the field separator: one character, or "tab" (default ; as Excel reads it in French; use , for an English Excel)</translation>
        </message>
        <message>
            <source>write attendance as CSV for a spreadsheet (UTF-8, Excel-ready)</source>
            <translation>write attendance as CSV for a spreadsheet (UTF-8, Excel-ready)</translation>
        </message>
        <message>
            <source>everyone checked in, one certificate a page, in one PDF</source>
            <translation>everyone checked in, one certificate a page, in one PDF</translation>
        </message>
        <message>
            <source>the certificate's language (default fr)</source>
            <translation>the certificate's language (default fr)</translation>
        </message>
        <message>
            <source>the PDF file to write</source>
            <translation>the PDF file to write</translation>
        </message>
        <message>
            <source>the organiser who signs it off (default: the event's, set with init --organiser)</source>
            <translation>the organiser who signs it off (default: the event's, set with init --organiser)</translation>
        </message>
        <message>
            <source>a certificate of attendance (REF: code or id) or all of them (--all)</source>
            <translation>a certificate of attendance (REF: code or id) or all of them (--all)</translation>
        </message>
        <message>
            <source>accueil export attendance writes one file: give it as FILE or --out FILE.</source>
            <translation>accueil export attendance writes one file: give it as FILE or --out FILE.</translation>
        </message>
        <message>
            <source>--by takes session or attendee.</source>
            <translation>--by takes session or attendee.</translation>
        </message>
        <message>
            <source>--session goes with --by session.</source>
            <translation>--session goes with --by session.</translation>
        </message>
        <message>
            <source>accueil export attendance without --by needs a FILE.</source>
            <translation>accueil export attendance without --by needs a FILE.</translation>
        </message>
        <message>
            <source>No session %1 in the programme; see accueil stats.</source>
            <translation>No session %1 in the programme; see accueil stats.</translation>
        </message>
        <message>
            <source>Cannot write the CSV to the standard output.</source>
            <translation>Cannot write the CSV to the standard output.</translation>
        </message>
        <message>
            <source>accueil certificate takes a code (or id), or --all.</source>
            <translation>accueil certificate takes a code (or id), or --all.</translation>
        </message>
        <message>
            <source>accueil certificate needs --out FILE.pdf.</source>
            <translation>accueil certificate needs --out FILE.pdf.</translation>
        </message>
        <message>
            <source>--lang takes fr or en.</source>
            <translation>--lang takes fr or en.</translation>
        </message>
        <message>
            <source>Nobody has the code or id %1.</source>
            <translation>Nobody has the code or id %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) written to %1.</source>
            <translation>
                <numerusform>%n certificate written to %1.</numerusform>
                <numerusform>%n certificates written to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Attendance</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Checked in: %1 of %2 registered</source>
            <translation>Checked in: %1 of %2 registered</translation>
        </message>
        <message>
            <source>Codes used more than once: %1</source>
            <translation>Codes used more than once: %1</translation>
        </message>
    </context>
    <context>
        <name>AttendanceCertificate</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Certificates need a graphical application to draw text (QGuiApplication, offscreen is enough).</source>
            <translation>Certificates need a graphical application to draw text (QGuiApplication, offscreen is enough).</translation>
        </message>
        <message>
            <source>Nobody to write a certificate for: no one was checked in.</source>
            <translation>Nobody to write a certificate for: no one was checked in.</translation>
        </message>
        <message>
            <source>%1 was not checked in at the event: no certificate.</source>
            <translation>%1 was not checked in at the event: no certificate.</translation>
        </message>
        <message>
            <source>Certificate of attendance</source>
            <translation>Certificate of attendance</translation>
        </message>
        <message>
            <source>Certificates of attendance</source>
            <translation>Certificates of attendance</translation>
        </message>
        <message>
            <source>Cannot write the PDF.</source>
            <translation>Cannot write the PDF.</translation>
        </message>
        <message>
            <source>This is to certify that</source>
            <translation>This is to certify that</translation>
        </message>
        <message>
            <source>attended the event on %1.</source>
            <translation>attended the event on %1.</translation>
        </message>
        <message>
            <source>attended the following sessions:</source>
            <translation>attended the following sessions:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Times are local times (%1), as recorded at the doors.</source>
            <translation>Times are local times (%1), as recorded at the doors.</translation>
        </message>
        <message>
            <source>Issued on %1.</source>
            <translation>Issued on %1.</translation>
        </message>
        <message>
            <source>For the organisers: %1</source>
            <translation>For the organisers: %1</translation>
        </message>
    </context>
    <context>
        <name>AttendanceCsv</name>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Starts (%1)</source>
            <translation>Starts (%1)</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Organisation type</source>
            <translation>Organisation type</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>First entry (%1)</source>
            <translation>First entry (%1)</translation>
        </message>
        <message>
            <source>Exits (%1)</source>
            <translation>Exits (%1)</translation>
        </message>
        <message>
            <source>Counted by</source>
            <translation>Counted by</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Venue entry (%1)</source>
            <translation>Venue entry (%1)</translation>
        </message>
    </context>
    <context>
        <name>AttendeeColumns</name>
        <message>
            <source>--map takes column=field, not "%1".</source>
            <translation>--map takes column=field, not "%1".</translation>
        </message>
        <message>
            <source>--map: the file has no column "%1".</source>
            <translation>--map: the file has no column "%1".</translation>
        </message>
        <message>
            <source>--map: unknown field "%1"; known fields: %2, ignore.</source>
            <translation>--map: unknown field "%1"; known fields: %2, ignore.</translation>
        </message>
    </context>
    <context>
        <name>AttendeeImporter</name>
        <message>
            <source>No column for names or codes was recognised in the header (%1). Name the columns with --map column=field.</source>
            <translation>No column for names or codes was recognised in the header (%1). Name the columns with --map column=field.</translation>
        </message>
        <message>
            <source>%1 columns where the header has %2</source>
            <translation>%1 columns where the header has %2</translation>
        </message>
        <message>
            <source>neither a name nor a code</source>
            <translation>neither a name nor a code</translation>
        </message>
        <message>
            <source>the code %1 is already used on line %2</source>
            <translation>the code %1 is already used on line %2</translation>
        </message>
        <message>
            <source>this row and line %1 are the same attendee</source>
            <translation>this row and line %1 are the same attendee</translation>
        </message>
        <message>
            <source>the code %1 has no name (first, last or full name)</source>
            <translation>the code %1 has no name (first, last or full name)</translation>
        </message>
        <message>
            <source>the code %1 is not on the list, and the row has no name to add it with</source>
            <translation>the code %1 is not on the list, and the row has no name to add it with</translation>
        </message>
    </context>
    <context>
        <name>AttendeePanel</name>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close this page</source>
            <translation>Close this page</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Reprint</translation>
        </message>
        <message>
            <source>Reprint this badge</source>
            <translation>Reprint this badge</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Registration cancelled</source>
            <translation>Registration cancelled</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrived</translation>
        </message>
        <message>
            <source>Not arrived yet</source>
            <translation>Not arrived yet</translation>
        </message>
        <message>
            <source>Mark as arrived</source>
            <translation>Mark as arrived</translation>
        </message>
        <message>
            <source>Mark %1 as arrived</source>
            <translation>Mark %1 as arrived</translation>
        </message>
        <message>
            <source>Undo arrival</source>
            <translation>Undo arrival</translation>
        </message>
        <message>
            <source>Tap again to undo</source>
            <translation>Tap again to undo</translation>
        </message>
        <message>
            <source>Undo the arrival (hold, or tap twice)</source>
            <translation>Undo the arrival (hold, or tap twice)</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Badge preview (tap to enlarge)</source>
            <translation>Badge preview (tap to enlarge)</translation>
        </message>
        <message>
            <source>Close the badge</source>
            <translation>Close the badge</translation>
        </message>
    </context>
    <context>
        <name>BadgeRenderer</name>
        <message>
            <source>Badges</source>
            <translation>Badges</translation>
        </message>
        <message>
            <source>Cannot write the PDF.</source>
            <translation>Cannot write the PDF.</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
    </context>
    <context>
        <name>BadgeTemplate</name>
        <message>
            <source>There is no badge template "%1"; templates: %2.</source>
            <translation>There is no badge template "%1"; templates: %2.</translation>
        </message>
        <message>
            <source>The badge template %1 is not valid: %2</source>
            <translation>The badge template %1 is not valid: %2</translation>
        </message>
        <message>
            <source>the page needs width_mm and height_mm</source>
            <translation>the page needs width_mm and height_mm</translation>
        </message>
        <message>
            <source>a grid needs columns, rows and template</source>
            <translation>a grid needs columns, rows and template</translation>
        </message>
        <message>
            <source>element %1 has an unknown type "%2"</source>
            <translation>element %1 has an unknown type "%2"</translation>
        </message>
        <message>
            <source>element %1 has no size</source>
            <translation>element %1 has no size</translation>
        </message>
    </context>
    <context>
        <name>CameraSource</name>
        <message>
            <source>No camera is connected.</source>
            <translation>No camera is connected.</translation>
        </message>
        <message>
            <source>The camera "%1" is not connected.</source>
            <translation>The camera "%1" is not connected.</translation>
        </message>
        <message>
            <source>The camera stopped: %1</source>
            <translation>The camera stopped: %1</translation>
        </message>
    </context>
    <context>
        <name>CertificateJob</name>
        <message>
            <source>Making the certificate took too long; try again, or one attendee at a time.</source>
            <translation>Making the certificate took too long; try again, or one attendee at a time.</translation>
        </message>
        <message>
            <source>The certificate could not be made.</source>
            <translation>The certificate could not be made.</translation>
        </message>
    </context>
    <context>
        <name>CheckInResult</name>
        <message>
            <source>%1 is checked in for %2.</source>
            <translation>%1 is checked in for %2.</translation>
        </message>
        <message>
            <source>%1 is checked in. Welcome!</source>
            <translation>%1 is checked in. Welcome!</translation>
        </message>
        <message>
            <source>%1 was already checked in at %2 on %3, by %4.</source>
            <translation>%1 was already checked in at %2 on %3, by %4.</translation>
        </message>
        <message>
            <source>This code is not on the attendee list. Please go to the welcome desk.</source>
            <translation>This code is not on the attendee list. Please go to the welcome desk.</translation>
        </message>
        <message>
            <source>This code is not valid for this event (%1). Please go to the welcome desk.</source>
            <translation>This code is not valid for this event (%1). Please go to the welcome desk.</translation>
        </message>
        <message>
            <source>The registration of %1 was cancelled. Please go to the welcome desk.</source>
            <translation>The registration of %1 was cancelled. Please go to the welcome desk.</translation>
        </message>
        <message>
            <source>%1 is not registered for %2.</source>
            <translation>%1 is not registered for %2.</translation>
        </message>
        <message>
            <source>%1 is full (%2 of %3). Staff may let %4 in anyway.</source>
            <translation>%1 is full (%2 of %3). Staff may let %4 in anyway.</translation>
        </message>
        <message>
            <source>The check-in could not be recorded: %1</source>
            <translation>The check-in could not be recorded: %1</translation>
        </message>
        <message>
            <source>Checked in for %1.</source>
            <translation>Checked in for %1.</translation>
        </message>
        <message>
            <source>Checked in. Welcome!</source>
            <translation>Checked in. Welcome!</translation>
        </message>
        <message>
            <source>This registration was withdrawn. Please go to the welcome desk.</source>
            <translation>This registration was withdrawn. Please go to the welcome desk.</translation>
        </message>
    </context>
    <context>
        <name>CheckInService</name>
        <message>
            <source>empty code</source>
            <translation>empty code</translation>
        </message>
        <message>
            <source>code too long</source>
            <translation>code too long</translation>
        </message>
        <message>
            <source>unreadable characters in the code</source>
            <translation>unreadable characters in the code</translation>
        </message>
        <message>
            <source>unknown session %1</source>
            <translation>unknown session %1</translation>
        </message>
        <message>
            <source>There is no check-in with the id %1.</source>
            <translation>There is no check-in with the id %1.</translation>
        </message>
        <message>
            <source>%1 is itself an undo and cannot be undone.</source>
            <translation>%1 is itself an undo and cannot be undone.</translation>
        </message>
        <message>
            <source>The check-in %1 was already undone.</source>
            <translation>The check-in %1 was already undone.</translation>
        </message>
        <message>
            <source>There is no check-in with the id %1, and nobody has that code.</source>
            <translation>There is no check-in with the id %1, and nobody has that code.</translation>
        </message>
        <message>
            <source>This person is not checked in.</source>
            <translation>This person is not checked in.</translation>
        </message>
        <message>
            <source>the registration was deleted</source>
            <translation>the registration was deleted</translation>
        </message>
    </context>
    <context>
        <name>CodeIssuer</name>
        <message>
            <source>No private key found: run "accueil keygen" first, or give --key-file.</source>
            <translation>No private key found: run "accueil keygen" first, or give --key-file.</translation>
        </message>
        <message>
            <source>%1 is not a readable Accueil key file.</source>
            <translation>%1 is not a readable Accueil key file.</translation>
        </message>
        <message>
            <source>The key %1 belongs to another event.</source>
            <translation>The key %1 belongs to another event.</translation>
        </message>
        <message>
            <source>%1: nobody has this id or code</source>
            <translation>%1: nobody has this id or code</translation>
        </message>
        <message>
            <source>%1 already has the code %2 (give --replace to issue a new one)</source>
            <translation>%1 already has the code %2 (give --replace to issue a new one)</translation>
        </message>
        <message>
            <source>%1 has an id that is not a UUID and cannot get a signed code.</source>
            <translation>%1 has an id that is not a UUID and cannot get a signed code.</translation>
        </message>
        <message>
            <source>Cannot save the code of %1.</source>
            <translation>Cannot save the code of %1.</translation>
        </message>
    </context>
    <context>
        <name>CodeVerifier</name>
        <message>
            <source>damaged or incomplete signed code</source>
            <translation>damaged or incomplete signed code</translation>
        </message>
        <message>
            <source>signed code of an unknown format (%1)</source>
            <translation>signed code of an unknown format (%1)</translation>
        </message>
        <message>
            <source>signed with a key this device does not know (%1)</source>
            <translation>signed with a key this device does not know (%1)</translation>
        </message>
        <message>
            <source>the signature does not match: the code was altered or forged</source>
            <translation>the signature does not match: the code was altered or forged</translation>
        </message>
        <message>
            <source>signed with a withdrawn key (%1)</source>
            <translation>signed with a withdrawn key (%1)</translation>
        </message>
        <message>
            <source>the code is for another event</source>
            <translation>the code is for another event</translation>
        </message>
        <message>
            <source>the code is not valid before %1</source>
            <translation>the code is not valid before %1</translation>
        </message>
        <message>
            <source>the code expired on %1</source>
            <translation>the code expired on %1</translation>
        </message>
        <message>
            <source>the code was revoked</source>
            <translation>the code was revoked</translation>
        </message>
    </context>
    <context>
        <name>ConsoleAccounts</name>
        <message>
            <source>The password library cannot start.</source>
            <translation>The password library cannot start.</translation>
        </message>
        <message>
            <source>Cannot prepare the console's accounts: %1</source>
            <translation>Cannot prepare the console's accounts: %1</translation>
        </message>
        <message>
            <source>A user name has 1 to 64 characters.</source>
            <translation>A user name has 1 to 64 characters.</translation>
        </message>
        <message>
            <source>The password must have at least %1 characters.</source>
            <translation>The password must have at least %1 characters.</translation>
        </message>
        <message>
            <source>Not enough memory to hash the password.</source>
            <translation>Not enough memory to hash the password.</translation>
        </message>
        <message>
            <source>There is no user %1.</source>
            <translation>There is no user %1.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleApi</name>
        <message>
            <source>Viewers see the figures only; ask an organiser to make this change.</source>
            <translation>Viewers see the figures only; ask an organiser to make this change.</translation>
        </message>
        <message>
            <source>The codes admit people: only organisers see them.</source>
            <translation>The codes admit people: only organisers see them.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleCodes</name>
        <message>
            <source>The validity takes a date (2026-07-09) or a date and time.</source>
            <translation>The validity takes a date (2026-07-09) or a date and time.</translation>
        </message>
        <message>
            <source>The codes would stop working before they start: check the dates.</source>
            <translation>The codes would stop working before they start: check the dates.</translation>
        </message>
        <message>
            <source>Cannot draw the QR code of %1.</source>
            <translation>Cannot draw the QR code of %1.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleServer</name>
        <message>
            <source>Certificates are being made for others; try again in a moment.</source>
            <translation>Certificates are being made for others; try again in a moment.</translation>
        </message>
    </context>
    <context>
        <name>CupsClient</name>
        <message>
            <source>Cannot reach the print server: %1</source>
            <translation>Cannot reach the print server: %1</translation>
        </message>
        <message>
            <source>Cannot send the badge to "%1": %2</source>
            <translation>Cannot send the badge to "%1": %2</translation>
        </message>
        <message>
            <source>The printer "%1" refused the badge: %2</source>
            <translation>The printer "%1" refused the badge: %2</translation>
        </message>
        <message>
            <source>Cannot read the state of print job %1: %2</source>
            <translation>Cannot read the state of print job %1: %2</translation>
        </message>
        <message>
            <source>Cannot cancel print job %1: %2</source>
            <translation>Cannot cancel print job %1: %2</translation>
        </message>
        <message>
            <source>No print server answers: start CUPS on this machine (sudo systemctl start cups), or set CUPS_SERVER to the print server's address.</source>
            <translation>No print server answers: start CUPS on this machine (sudo systemctl start cups), or set CUPS_SERVER to the print server's address.</translation>
        </message>
        <message>
            <source>There is no printer "%1". Choose another printer and move the badges to it.</source>
            <translation>There is no printer "%1". Choose another printer and move the badges to it.</translation>
        </message>
        <message>
            <source>There is no printer "%1". Choose another printer and move the badge to it.</source>
            <translation>There is no printer "%1". Choose another printer and move the badge to it.</translation>
        </message>
        <message>
            <source>The printer "%1" does not take new badges at the moment: let it accept badges again, or move the badge to another printer.</source>
            <translation>The printer "%1" does not take new badges at the moment: let it accept badges again, or move the badge to another printer.</translation>
        </message>
        <message>
            <source>The print server no longer knows print job %1.</source>
            <translation>The print server no longer knows print job %1.</translation>
        </message>
        <message>
            <source>Cannot read the print jobs: %1</source>
            <translation>Cannot read the print jobs: %1</translation>
        </message>
        <message>
            <source>Print job %1 is already over on the print server.</source>
            <translation>Print job %1 is already over on the print server.</translation>
        </message>
    </context>
    <context>
        <name>DashboardController</name>
        <message>
            <source>ready</source>
            <translation>ready</translation>
        </message>
        <message>
            <source>This device works alone (no hub).</source>
            <translation>This device works alone (no hub).</translation>
        </message>
        <message>
            <source>The printer "%1" needs attention. Check it, then try again.</source>
            <translation>The printer "%1" needs attention. Check it, then try again.</translation>
        </message>
        <message>
            <source>No badge printer is set up on this kiosk. Badges are not printed.</source>
            <translation>No badge printer is set up on this kiosk. Badges are not printed.</translation>
        </message>
        <message>
            <source>The printing service does not answer. Badges wait and print when it is back.</source>
            <translation>The printing service does not answer. Badges wait and print when it is back.</translation>
        </message>
        <message>
            <source>The badge printer "%1" does not exist on this kiosk. Choose another printer below.</source>
            <translation>The badge printer "%1" does not exist on this kiosk. Choose another printer below.</translation>
        </message>
        <message>
            <source>Badges could not be sent to the printer. They wait and print when it works again.</source>
            <translation>Badges could not be sent to the printer. They wait and print when it works again.</translation>
        </message>
        <message>
            <source>The badge printer is ready.</source>
            <translation>The badge printer is ready.</translation>
        </message>
        <message numerus="yes">
            <source>In touch with the hub; %n check-in(s) waiting to be sent.</source>
            <translation>
                <numerusform>In touch with the hub; %n check-in waiting to be sent.</numerusform>
                <numerusform>In touch with the hub; %n check-ins waiting to be sent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The hub is unreachable since %1; %n check-in(s) waiting.</source>
            <translation>
                <numerusform>The hub is unreachable since %1; %n check-in waiting.</numerusform>
                <numerusform>The hub is unreachable since %1; %n check-ins waiting.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The hub has not been reached yet; %n check-in(s) waiting.</source>
            <translation>
                <numerusform>The hub has not been reached yet; %n check-in waiting.</numerusform>
                <numerusform>The hub has not been reached yet; %n check-ins waiting.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardPanel</name>
        <message>
            <source>checked in</source>
            <translation>checked in</translation>
        </message>
        <message>
            <source>registered</source>
            <translation>registered</translation>
        </message>
        <message>
            <source>codes used twice</source>
            <translation>codes used twice</translation>
        </message>
        <message>
            <source>badges waiting</source>
            <translation>badges waiting</translation>
        </message>
        <message>
            <source>Arrivals by quarter of an hour</source>
            <translation>Arrivals by quarter of an hour</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Printers</source>
            <translation>Printers</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>Use this printer</source>
            <translation>Use this printer</translation>
        </message>
        <message>
            <source>Print badges on %1</source>
            <translation>Print badges on %1</translation>
        </message>
    </context>
    <context>
        <name>DelimitedText</name>
        <message>
            <source>a quoted field is never closed</source>
            <translation>a quoted field is never closed</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>The file is empty.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DemoEvent</name>
        <message>
            <source>The demo event has %1 attendees instead of %2.</source>
            <translation>The demo event has %1 attendees instead of %2.</translation>
        </message>
    </context>
    <context>
        <name>DoorController</name>
        <message>
            <source>The room is full (%1 of %2).</source>
            <translation>The room is full (%1 of %2).</translation>
        </message>
        <message>
            <source>Room full</source>
            <translation>Room full</translation>
        </message>
        <message>
            <source>%1 is back in.</source>
            <translation>%1 is back in.</translation>
        </message>
        <message>
            <source>Welcome back</source>
            <translation>Welcome back</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Not recorded</translation>
        </message>
        <message>
            <source>Come in</source>
            <translation>Come in</translation>
        </message>
        <message>
            <source>Already inside</source>
            <translation>Already inside</translation>
        </message>
        <message>
            <source>%1 came in at %2 and did not go out through an exit scan.</source>
            <translation>%1 came in at %2 and did not go out through an exit scan.</translation>
        </message>
        <message>
            <source>Not registered</source>
            <translation>Not registered</translation>
        </message>
        <message>
            <source>Not admitted</source>
            <translation>Not admitted</translation>
        </message>
        <message>
            <source>This code is not on the attendee list.</source>
            <translation>This code is not on the attendee list.</translation>
        </message>
        <message>
            <source>Code not recognised</source>
            <translation>Code not recognised</translation>
        </message>
        <message>
            <source>%1 was not counted in the room.</source>
            <translation>%1 was not counted in the room.</translation>
        </message>
        <message>
            <source>Not counted inside</source>
            <translation>Not counted inside</translation>
        </message>
        <message>
            <source>%1 went out.</source>
            <translation>%1 went out.</translation>
        </message>
        <message>
            <source>Goodbye</source>
            <translation>Goodbye</translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>Wrong PIN.</translation>
        </message>
    </context>
    <context>
        <name>DoorPinPad</name>
        <message>
            <source>Staff PIN to let %1 in</source>
            <translation>Staff PIN to let %1 in</translation>
        </message>
        <message>
            <source>Staff PIN to change the session</source>
            <translation>Staff PIN to change the session</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Erase</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>DoorScreen</name>
        <message>
            <source>Which session is this door for?</source>
            <translation>Which session is this door for?</translation>
        </message>
        <message>
            <source>Change session</source>
            <translation>Change session</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Let %1 in anyway</source>
            <translation>Let %1 in anyway</translation>
        </message>
        <message>
            <source>→ Entrance</source>
            <translation>→ Entrance</translation>
        </message>
        <message>
            <source>Scans count people coming in</source>
            <translation>Scans count people coming in</translation>
        </message>
        <message>
            <source>← Exit</source>
            <translation>← Exit</translation>
        </message>
        <message>
            <source>Scans count people going out</source>
            <translation>Scans count people going out</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) in the room now</source>
            <translation>
                <numerusform>%n person in the room now</numerusform>
                <numerusform>%n people in the room now</numerusform>
            </translation>
        </message>
        <message>
            <source>people in the room now</source>
            <translation>people in the room now</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentController</name>
        <message>
            <source>This is not an enrolment code. Show the code that the hub prints with “accueil-hub enrolment-code --qr”.</source>
            <translation>This is not an enrolment code. Show the code that the hub prints with “accueil-hub enrolment-code --qr”.</translation>
        </message>
        <message>
            <source>Enrolling with the hub…</source>
            <translation>Enrolling with the hub…</translation>
        </message>
        <message>
            <source>Enrolling with the hub of %1…</source>
            <translation>Enrolling with the hub of %1…</translation>
        </message>
        <message>
            <source>This kiosk is enrolled. Starting…</source>
            <translation>This kiosk is enrolled. Starting…</translation>
        </message>
        <message>
            <source>The enrolment did not succeed: %1</source>
            <translation>The enrolment did not succeed: %1</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentInvite</name>
        <message>
            <source>This is not an Accueil enrolment code.</source>
            <translation>This is not an Accueil enrolment code.</translation>
        </message>
        <message>
            <source>This enrolment code was made by another version of the hub.</source>
            <translation>This enrolment code was made by another version of the hub.</translation>
        </message>
        <message>
            <source>This enrolment code lacks the hub's address or the one-time code.</source>
            <translation>This enrolment code lacks the hub's address or the one-time code.</translation>
        </message>
        <message>
            <source>This enrolment code lacks the hub certificate's fingerprint.</source>
            <translation>This enrolment code lacks the hub certificate's fingerprint.</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentScreen</name>
        <message>
            <source>Scan the enrolment code</source>
            <translation>Scan the enrolment code</translation>
        </message>
        <message>
            <source>This kiosk is not enrolled with a hub yet. On the hub, run “accueil-hub enrolment-code --qr” and hold the QR code it shows in front of the camera, or read it with the scanner.</source>
            <translation>This kiosk is not enrolled with a hub yet. On the hub, run “accueil-hub enrolment-code --qr” and hold the QR code it shows in front of the camera, or read it with the scanner.</translation>
        </message>
    </context>
    <context>
        <name>EventStore</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Cannot create the folder %1.</translation>
        </message>
        <message>
            <source>Cannot open the event database %1: %2</source>
            <translation>Cannot open the event database %1: %2</translation>
        </message>
        <message>
            <source>Cannot set up the event database %1: %2</source>
            <translation>Cannot set up the event database %1: %2</translation>
        </message>
        <message>
            <source>The event database %1 was made by a newer version of Accueil (schema %2, this one knows %3). Update Accueil.</source>
            <translation>The event database %1 was made by a newer version of Accueil (schema %2, this one knows %3). Update Accueil.</translation>
        </message>
        <message>
            <source>Cannot upgrade the event database %1 to schema %2: %3</source>
            <translation>Cannot upgrade the event database %1 to schema %2: %3</translation>
        </message>
        <message>
            <source>The event database %1 needs an upgrade, and a copy of it could not be kept first (%2): it was left as it is.</source>
            <translation>The event database %1 needs an upgrade, and a copy of it could not be kept first (%2): it was left as it is.</translation>
        </message>
    </context>
    <context>
        <name>FieldLimits</name>
        <message>
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <source>external id</source>
            <translation>external id</translation>
        </message>
        <message>
            <source>first name</source>
            <translation>first name</translation>
        </message>
        <message>
            <source>last name</source>
            <translation>last name</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organisation</translation>
        </message>
        <message>
            <source>role</source>
            <translation>role</translation>
        </message>
        <message>
            <source>country</source>
            <translation>country</translation>
        </message>
        <message>
            <source>category</source>
            <translation>category</translation>
        </message>
        <message>
            <source>language</source>
            <translation>language</translation>
        </message>
        <message>
            <source>email</source>
            <translation>email</translation>
        </message>
        <message>
            <source>badge overrides</source>
            <translation>badge overrides</translation>
        </message>
        <message>
            <source>the %1 has %2 characters; at most %3 are allowed</source>
            <translation>the %1 has %2 characters; at most %3 are allowed</translation>
        </message>
    </context>
    <context>
        <name>HashPinCommand</name>
        <message>
            <source>Print the hash of a staff PIN (read from standard input), and exit.</source>
            <translation>Print the hash of a staff PIN (read from standard input), and exit.</translation>
        </message>
        <message>
            <source>Also write the hash into this configuration file.</source>
            <translation>Also write the hash into this configuration file.</translation>
        </message>
        <message>
            <source>The PIN (else read from standard input).</source>
            <translation>The PIN (else read from standard input).</translation>
        </message>
        <message>
            <source>Staff PIN (4 to 12 digits): </source>
            <translation>Staff PIN (4 to 12 digits): </translation>
        </message>
        <message>
            <source>The same PIN again: </source>
            <translation>The same PIN again: </translation>
        </message>
        <message>
            <source>The two PINs differ; nothing was changed.</source>
            <translation>The two PINs differ; nothing was changed.</translation>
        </message>
        <message>
            <source>A staff PIN is 4 to 12 digits (the staff screen has a digit pad).</source>
            <translation>A staff PIN is 4 to 12 digits (the staff screen has a digit pad).</translation>
        </message>
        <message>
            <source>The PIN could not be hashed (not enough memory?).</source>
            <translation>The PIN could not be hashed (not enough memory?).</translation>
        </message>
        <message>
            <source>The hash is in %1 ([staff] pin_hash).</source>
            <translation>The hash is in %1 ([staff] pin_hash).</translation>
        </message>
    </context>
    <context>
        <name>HubBackup</name>
        <message>
            <source>Cannot read the backup %1.</source>
            <translation>Cannot read the backup %1.</translation>
        </message>
        <message>
            <source>%1 is not a sound SQLite database.</source>
            <translation>%1 is not a sound SQLite database.</translation>
        </message>
        <message>
            <source>%1 is not a backup of a hub's event database.</source>
            <translation>%1 is not a backup of a hub's event database.</translation>
        </message>
        <message>
            <source>%1 is being restored; start the hub again when the restore is over.</source>
            <translation>%1 is being restored; start the hub again when the restore is over.</translation>
        </message>
        <message>
            <source>A hub on PostgreSQL is backed up with pg_dump.</source>
            <translation>A hub on PostgreSQL is backed up with pg_dump.</translation>
        </message>
        <message>
            <source>Cannot create the backup folder %1.</source>
            <translation>Cannot create the backup folder %1.</translation>
        </message>
        <message>
            <source>Cannot write the backup %1: %2</source>
            <translation>Cannot write the backup %1: %2</translation>
        </message>
        <message>
            <source>Cannot rename the backup %1 to %2.</source>
            <translation>Cannot rename the backup %1 to %2.</translation>
        </message>
        <message>
            <source>A hub on PostgreSQL is restored with pg_restore (see deploy/README.md).</source>
            <translation>A hub on PostgreSQL is restored with pg_restore (see deploy/README.md).</translation>
        </message>
        <message>
            <source>A hub is serving %1: stop it first (systemctl stop accueil-hub).</source>
            <translation>A hub is serving %1: stop it first (systemctl stop accueil-hub).</translation>
        </message>
        <message>
            <source>Cannot create %1.</source>
            <translation>Cannot create %1.</translation>
        </message>
        <message>
            <source>Cannot copy %1 to %2.</source>
            <translation>Cannot copy %1 to %2.</translation>
        </message>
        <message>
            <source>Cannot move the current database %1 aside.</source>
            <translation>Cannot move the current database %1 aside.</translation>
        </message>
        <message>
            <source>Cannot move %1 to %2.</source>
            <translation>Cannot move %1 to %2.</translation>
        </message>
    </context>
    <context>
        <name>HubService</name>
        <message>
            <source>This enrolment code is not valid: it is wrong, used already or expired.</source>
            <translation>This enrolment code is not valid: it is wrong, used already or expired.</translation>
        </message>
        <message>
            <source>There is no device "%1".</source>
            <translation>There is no device "%1".</translation>
        </message>
    </context>
    <context>
        <name>ImageSequenceSource</name>
        <message>
            <source>No image to show.</source>
            <translation>No image to show.</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>Dry run: %1 new, %2 updated, %3 unchanged; nothing was written.</source>
            <translation>Dry run: %1 new, %2 updated, %3 unchanged; nothing was written.</translation>
        </message>
        <message>
            <source>%1 new, %2 updated, %3 unchanged.</source>
            <translation>%1 new, %2 updated, %3 unchanged.</translation>
        </message>
        <message numerus="yes">
            <source>The file was not imported: %n problem(s), nothing was written.</source>
            <translation>
                <numerusform>The file was not imported: %n problem, nothing was written.</numerusform>
                <numerusform>The file was not imported: %n problems, nothing was written.</numerusform>
            </translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>line %1: %2</translation>
        </message>
        <message>
            <source>Columns not used: %1</source>
            <translation>Columns not used: %1</translation>
        </message>
        <message numerus="yes">
            <source>The import stopped part-way: %n change(s) were written, the rest were not. Run the same import again to finish it (what was written is matched, not duplicated).</source>
            <translation>
                <numerusform>The import stopped part-way: %n change was written, the rest were not. Run the same import again to finish it (what was written is matched, not duplicated).</numerusform>
                <numerusform>The import stopped part-way: %n changes were written, the rest were not. Run the same import again to finish it (what was written is matched, not duplicated).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted person(s) restored.</source>
            <translation>
                <numerusform>%n deleted person restored.</numerusform>
                <numerusform>%n deleted people restored.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped: deleted in Accueil (lines %1); import with --restore-deleted to bring them back.</source>
            <translation>
                <numerusform>%n skipped: deleted in Accueil (lines %1); import with --restore-deleted to bring them back.</numerusform>
                <numerusform>%n skipped: deleted in Accueil (lines %1); import with --restore-deleted to bring them back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n kept cancelled although the file lists them as registered (lines %1); import with --restore-cancelled to register them again.</source>
            <translation>
                <numerusform>%n kept cancelled although the file lists them as registered (lines %1); import with --restore-cancelled to register them again.</numerusform>
                <numerusform>%n kept cancelled although the file lists them as registered (lines %1); import with --restore-cancelled to register them again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) would be refused (the other lines would be imported):</source>
            <translation>
                <numerusform>%n line would be refused (the other lines would be imported):</numerusform>
                <numerusform>%n lines would be refused (the other lines would be imported):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) refused and not imported (the other lines were imported):</source>
            <translation>
                <numerusform>%n line refused and not imported (the other lines were imported):</numerusform>
                <numerusform>%n lines refused and not imported (the other lines were imported):</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWriter</name>
        <message>
            <source>An earlier import of %1 (started %2 UTC) stopped after writing %3 of %4 changes.</source>
            <translation>An earlier import of %1 (started %2 UTC) stopped after writing %3 of %4 changes.</translation>
        </message>
    </context>
    <context>
        <name>KioskApplication</name>
        <message>
            <source>The kiosk screens could not be loaded: %1</source>
            <translation>The kiosk screens could not be loaded: %1</translation>
        </message>
    </context>
    <context>
        <name>KioskSpeech</name>
        <message>
            <source>No audio output: the kiosk cannot read its screens aloud and its sounds are silent. Connect a loudspeaker, then restart the kiosk.</source>
            <translation>No audio output: the kiosk cannot read its screens aloud and its sounds are silent. Connect a loudspeaker, then restart the kiosk.</translation>
        </message>
        <message>
            <source>No speech engine: the kiosk cannot read its screens aloud. Install speech-dispatcher and espeak-ng, then restart the kiosk.</source>
            <translation>No speech engine: the kiosk cannot read its screens aloud. Install speech-dispatcher and espeak-ng, then restart the kiosk.</translation>
        </message>
        <message>
            <source>No voice for %1: the kiosk cannot read its screens aloud in that language.</source>
            <translation>No voice for %1: the kiosk cannot read its screens aloud in that language.</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Accueil — check-in</source>
            <translation>Accueil — check-in</translation>
        </message>
        <message>
            <source>Staff access (press and hold)</source>
            <translation>Staff access (press and hold)</translation>
        </message>
    </context>
    <context>
        <name>MediaFit</name>
        <message>
            <source>The badge template "%1" (%2 × %3 mm) fits none of the labels of the printer "%4" (%5). Load labels of the template's size, or choose a template for these labels.</source>
            <translation>The badge template "%1" (%2 × %3 mm) fits none of the labels of the printer "%4" (%5). Load labels of the template's size, or choose a template for these labels.</translation>
        </message>
        <message>
            <source>no size known</source>
            <translation>no size known</translation>
        </message>
    </context>
    <context>
        <name>MoreTimePrompt</name>
        <message>
            <source>Do you need more time?</source>
            <translation>Do you need more time?</translation>
        </message>
        <message numerus="yes">
            <source>Touch “More time” to keep this screen. Otherwise it goes back to the start in %n second(s).</source>
            <translation>
                <numerusform>Touch “More time” to keep this screen. Otherwise it goes back to the start in %n second.</numerusform>
                <numerusform>Touch “More time” to keep this screen. Otherwise it goes back to the start in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>More time</source>
            <translation>More time</translation>
        </message>
        <message>
            <source>More time: keep this screen</source>
            <translation>More time: keep this screen</translation>
        </message>
        <message>
            <source>I am done</source>
            <translation>I am done</translation>
        </message>
        <message>
            <source>I am done: back to the start</source>
            <translation>I am done: back to the start</translation>
        </message>
    </context>
    <context>
        <name>OrganisationType</name>
        <message>
            <source>Local government</source>
            <translation>Local government</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>International organisation</source>
            <translation>International organisation</translation>
        </message>
        <message>
            <source>Association or network</source>
            <translation>Association or network</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>PasswordPrompt</name>
        <message>
            <source>No password was given.</source>
            <translation>No password was given.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>PrintQueue</name>
        <message>
            <source>There is no attendee %1.</source>
            <translation>There is no attendee %1.</translation>
        </message>
        <message>
            <source>Cannot record the print job: %1</source>
            <translation>Cannot record the print job: %1</translation>
        </message>
        <message>
            <source>The attendee of this badge no longer exists.</source>
            <translation>The attendee of this badge no longer exists.</translation>
        </message>
        <message>
            <source>Cancelled on the print server.</source>
            <translation>Cancelled on the print server.</translation>
        </message>
        <message>
            <source>There is no print job %1.</source>
            <translation>There is no print job %1.</translation>
        </message>
        <message>
            <source>This badge was printed already; print it again instead.</source>
            <translation>This badge was printed already; print it again instead.</translation>
        </message>
        <message>
            <source>This print job is already over.</source>
            <translation>This print job is already over.</translation>
        </message>
        <message>
            <source>This badge is being sent to the printer right now; try again in a moment.</source>
            <translation>This badge is being sent to the printer right now; try again in a moment.</translation>
        </message>
        <message>
            <source>This badge has just been printed; print it again instead.</source>
            <translation>This badge has just been printed; print it again instead.</translation>
        </message>
        <message>
            <source>This badge changed in the meantime; look at the print queue again.</source>
            <translation>This badge changed in the meantime; look at the print queue again.</translation>
        </message>
        <message>
            <source>This badge is not waiting for staff: it is printing, printed or cancelled.</source>
            <translation>This badge is not waiting for staff: it is printing, printed or cancelled.</translation>
        </message>
        <message>
            <source>This badge has just been printed.</source>
            <translation>This badge has just been printed.</translation>
        </message>
        <message>
            <source>This badge may have printed: the program sending it stopped half-way. Check the printer, then release the badge to print it, or cancel it.</source>
            <translation>This badge may have printed: the program sending it stopped half-way. Check the printer, then release the badge to print it, or cancel it.</translation>
        </message>
        <message>
            <source>The badge did not reach the printer: the program sending it stopped.</source>
            <translation>The badge did not reach the printer: the program sending it stopped.</translation>
        </message>
        <message>
            <source>The print server no longer knows this badge: it may or may not have printed. Check the printer, then release the badge to print it, or cancel it.</source>
            <translation>The print server no longer knows this badge: it may or may not have printed. Check the printer, then release the badge to print it, or cancel it.</translation>
        </message>
        <message>
            <source>The printer "%1" gave up on this badge. Check the printer, then print the badge again.</source>
            <translation>The printer "%1" gave up on this badge. Check the printer, then print the badge again.</translation>
        </message>
        <message>
            <source>This badge is held on the print server. Release it there, or cancel it.</source>
            <translation>This badge is held on the print server. Release it there, or cancel it.</translation>
        </message>
        <message>
            <source>There is no printer "%1". Choose another printer and move the badge to it.</source>
            <translation>There is no printer "%1". Choose another printer and move the badge to it.</translation>
        </message>
    </context>
    <context>
        <name>PrinterMedia</name>
        <message>
            <source>There is no printer "%1".</source>
            <translation>There is no printer "%1".</translation>
        </message>
        <message>
            <source>Cannot read the labels of the printer "%1": %2</source>
            <translation>Cannot read the labels of the printer "%1": %2</translation>
        </message>
        <message>
            <source>any size from %1 × %2 to %3 × %4 mm</source>
            <translation>any size from %1 × %2 to %3 × %4 mm</translation>
        </message>
        <message>
            <source>other sizes up to %1 mm wide</source>
            <translation>other sizes up to %1 mm wide</translation>
        </message>
    </context>
    <context>
        <name>PrinterProblem</name>
        <message>
            <source>The printer "%1" cannot be reached. Check that it is switched on and plugged in.</source>
            <translation>The printer "%1" cannot be reached. Check that it is switched on and plugged in.</translation>
        </message>
        <message>
            <source>The printer "%1" is out of labels. Load labels; waiting badges will print.</source>
            <translation>The printer "%1" is out of labels. Load labels; waiting badges will print.</translation>
        </message>
        <message>
            <source>Labels are jammed in the printer "%1". Clear the jam; waiting badges will print.</source>
            <translation>Labels are jammed in the printer "%1". Clear the jam; waiting badges will print.</translation>
        </message>
        <message>
            <source>The printer "%1" is open. Close its cover.</source>
            <translation>The printer "%1" is open. Close its cover.</translation>
        </message>
        <message>
            <source>The printer "%1" is paused. Resume it, or move the waiting badges to another printer.</source>
            <translation>The printer "%1" is paused. Resume it, or move the waiting badges to another printer.</translation>
        </message>
        <message>
            <source>The printer "%1" needs ink or toner.</source>
            <translation>The printer "%1" needs ink or toner.</translation>
        </message>
        <message>
            <source>The printer "%1" cannot print badges: its driver is missing or broken. Reinstall the printer's driver, or choose another printer.</source>
            <translation>The printer "%1" cannot print badges: its driver is missing or broken. Reinstall the printer's driver, or choose another printer.</translation>
        </message>
        <message>
            <source>The printer "%1" reports a problem. Look at the printer: its screen or lights say what is wrong.</source>
            <translation>The printer "%1" reports a problem. Look at the printer: its screen or lights say what is wrong.</translation>
        </message>
        <message>
            <source>The print server stopped the printer: resume it once this is fixed.</source>
            <translation>The print server stopped the printer: resume it once this is fixed.</translation>
        </message>
        <message>
            <source>The print server stopped the printer "%1" after it failed to print. Check that it is switched on, connected and has labels, then resume it.</source>
            <translation>The print server stopped the printer "%1" after it failed to print. Check that it is switched on, connected and has labels, then resume it.</translation>
        </message>
        <message>
            <source>The printer "%1" is paused (%2). Resume it, or move the waiting badges to another printer.</source>
            <translation>The printer "%1" is paused (%2). Resume it, or move the waiting badges to another printer.</translation>
        </message>
        <message>
            <source>The printer "%1" does not take new badges at the moment: let it accept badges again, or move the waiting badges to another printer.</source>
            <translation>The printer "%1" does not take new badges at the moment: let it accept badges again, or move the waiting badges to another printer.</translation>
        </message>
    </context>
    <context>
        <name>PrivateFile</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeImporter</name>
        <message>
            <source>The JSON is not valid: %1 (at byte %2).</source>
            <translation>The JSON is not valid: %1 (at byte %2).</translation>
        </message>
        <message>
            <source>%1 columns where the header has %2</source>
            <translation>%1 columns where the header has %2</translation>
        </message>
        <message>
            <source>the session has no code</source>
            <translation>the session has no code</translation>
        </message>
        <message>
            <source>the code %1 is used twice</source>
            <translation>the code %1 is used twice</translation>
        </message>
        <message>
            <source>the session %1 has no title</source>
            <translation>the session %1 has no title</translation>
        </message>
        <message>
            <source>cannot read the start time "%1" (give a date and a time such as 14:30)</source>
            <translation>cannot read the start time "%1" (give a date and a time such as 14:30)</translation>
        </message>
        <message>
            <source>the end time "%1" is not a time after the start</source>
            <translation>the end time "%1" is not a time after the start</translation>
        </message>
        <message>
            <source>the capacity "%1" is not a whole number</source>
            <translation>the capacity "%1" is not a whole number</translation>
        </message>
    </context>
    <context>
        <name>ReachButton</name>
        <message>
            <source>Easy reach</source>
            <translation>Easy reach</translation>
        </message>
        <message>
            <source>Easy reach is on: touch to turn it off</source>
            <translation>Easy reach is on: touch to turn it off</translation>
        </message>
        <message>
            <source>Easy reach: controls lower, text larger</source>
            <translation>Easy reach: controls lower, text larger</translation>
        </message>
    </context>
    <context>
        <name>Registrations</name>
        <message>
            <source>A last name is needed.</source>
            <translation>A last name is needed.</translation>
        </message>
        <message>
            <source>This email address does not look right: %1</source>
            <translation>This email address does not look right: %1</translation>
        </message>
        <message>
            <source>The change could not be saved: %1</source>
            <translation>The change could not be saved: %1</translation>
        </message>
        <message>
            <source>This person is no longer on the list.</source>
            <translation>This person is no longer on the list.</translation>
        </message>
        <message>
            <source>The deletion could not be saved: %1</source>
            <translation>The deletion could not be saved: %1</translation>
        </message>
        <message>
            <source>This cannot be saved: %1.</source>
            <translation>This cannot be saved: %1.</translation>
        </message>
    </context>
    <context>
        <name>ResultScreen</name>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Back to the start</source>
            <translation>Back to the start</translation>
        </message>
        <message>
            <source>More time</source>
            <translation>More time</translation>
        </message>
        <message>
            <source>Keep this answer on screen longer</source>
            <translation>Keep this answer on screen longer</translation>
        </message>
    </context>
    <context>
        <name>ScreenshotTour</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Cannot create the folder %1.</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>Cannot write %1.</translation>
        </message>
    </context>
    <context>
        <name>SelfSearchScreen</name>
        <message>
            <source>Your last name</source>
            <translation>Your last name</translation>
        </message>
        <message>
            <source>I am %1</source>
            <translation>I am %1</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Back to the start</source>
            <translation>Back to the start</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Your answer</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <source>Confirm my answer</source>
            <translation>Confirm my answer</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>More time</source>
            <translation>More time</translation>
        </message>
        <message>
            <source>Keep this screen longer</source>
            <translation>Keep this screen longer</translation>
        </message>
    </context>
    <context>
        <name>SelfServiceController</name>
        <message>
            <source>Your badge is printing…</source>
            <translation>Your badge is printing…</translation>
        </message>
        <message>
            <source>Please take your badge.</source>
            <translation>Please take your badge.</translation>
        </message>
        <message>
            <source>Your badge will be handed to you at the welcome desk.</source>
            <translation>Your badge will be handed to you at the welcome desk.</translation>
        </message>
        <message>
            <source>No code?</source>
            <translation>No code?</translation>
        </message>
        <message>
            <source>Type the first letters of your last name, then touch your name.</source>
            <translation>Type the first letters of your last name, then touch your name.</translation>
        </message>
        <message>
            <source>Please go to the welcome desk: we will find your registration.</source>
            <translation>Please go to the welcome desk: we will find your registration.</translation>
        </message>
        <message>
            <source>Welcome, %1!</source>
            <translation>Welcome, %1!</translation>
        </message>
        <message>
            <source>You are checked in. Please confirm your details at the welcome desk when you can.</source>
            <translation>You are checked in. Please confirm your details at the welcome desk when you can.</translation>
        </message>
        <message>
            <source>You are checked in.</source>
            <translation>You are checked in.</translation>
        </message>
        <message>
            <source>Already checked in</source>
            <translation>Already checked in</translation>
        </message>
        <message>
            <source>Code not recognised</source>
            <translation>Code not recognised</translation>
        </message>
        <message>
            <source>We cannot find this code. Please go to the welcome desk with your confirmation.</source>
            <translation>We cannot find this code. Please go to the welcome desk with your confirmation.</translation>
        </message>
        <message>
            <source>Code not valid</source>
            <translation>Code not valid</translation>
        </message>
        <message>
            <source>This code is not valid for this event (%1). Please go to the welcome desk.</source>
            <translation>This code is not valid for this event (%1). Please go to the welcome desk.</translation>
        </message>
        <message>
            <source>Registration cancelled</source>
            <translation>Registration cancelled</translation>
        </message>
        <message>
            <source>This registration was cancelled. Please go to the welcome desk.</source>
            <translation>This registration was cancelled. Please go to the welcome desk.</translation>
        </message>
        <message>
            <source>Not registered for this session</source>
            <translation>Not registered for this session</translation>
        </message>
        <message>
            <source>Please ask the staff at the door or go to the welcome desk.</source>
            <translation>Please ask the staff at the door or go to the welcome desk.</translation>
        </message>
        <message>
            <source>This session is full</source>
            <translation>This session is full</translation>
        </message>
        <message>
            <source>Please ask the staff at the door.</source>
            <translation>Please ask the staff at the door.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>Your check-in could not be recorded. Please go to the welcome desk.</source>
            <translation>Your check-in could not be recorded. Please go to the welcome desk.</translation>
        </message>
        <message>
            <source>Welcome!</source>
            <translation>Welcome!</translation>
        </message>
        <message>
            <source>The staff at the welcome desk will check you in: please show them an identity document.</source>
            <translation>The staff at the welcome desk will check you in: please show them an identity document.</translation>
        </message>
        <message numerus="yes">
            <source>To check that it is you, type the last %n character(s) of your registration number.</source>
            <translation>
                <numerusform>To check that it is you, type the last %n character of your registration number.</numerusform>
                <numerusform>To check that it is you, type the last %n characters of your registration number.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>To check that it is you, type the first %n letter(s) after the @ of the e-mail address you registered with.</source>
            <translation>
                <numerusform>To check that it is you, type the first %n letter after the @ of the e-mail address you registered with.</numerusform>
                <numerusform>To check that it is you, type the first %n letters after the @ of the e-mail address you registered with.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>To check that it is you, type the first %n letter(s) of the e-mail address you registered with.</source>
            <translation>
                <numerusform>To check that it is you, type the first %n letter of the e-mail address you registered with.</numerusform>
                <numerusform>To check that it is you, type the first %n letters of the e-mail address you registered with.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That is not it: %n try(s) left.</source>
            <translation>
                <numerusform>That is not it: %n try left.</numerusform>
                <numerusform>That is not it: %n tries left.</numerusform>
            </translation>
        </message>
        <message>
            <source>Is this you?</source>
            <translation>Is this you?</translation>
        </message>
        <message>
            <source>We could not check that it is you. The staff at the welcome desk will check you in.</source>
            <translation>We could not check that it is you. The staff at the welcome desk will check you in.</translation>
        </message>
        <message>
            <source>Please go to the welcome desk</source>
            <translation>Please go to the welcome desk</translation>
        </message>
        <message>
            <source>This code was used at %1 on %2. If you need a new badge, please go to the welcome desk.</source>
            <translation>This code was used at %1 on %2. If you need a new badge, please go to the welcome desk.</translation>
        </message>
        <message>
            <source>The camera is not working. Use the scanner, or go to the welcome desk.</source>
            <translation>The camera is not working. Use the scanner, or go to the welcome desk.</translation>
        </message>
    </context>
    <context>
        <name>SigningKeys</name>
        <message>
            <source>Key %1 is already known with another value; a key is never replaced.</source>
            <translation>Key %1 is already known with another value; a key is never replaced.</translation>
        </message>
    </context>
    <context>
        <name>SpeechControl</name>
        <message>
            <source>Hear again</source>
            <translation>Hear again</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>Read aloud</translation>
        </message>
        <message>
            <source>Hear the screen again</source>
            <translation>Hear the screen again</translation>
        </message>
        <message>
            <source>Read the screen aloud</source>
            <translation>Read the screen aloud</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Stop reading aloud</source>
            <translation>Stop reading aloud</translation>
        </message>
        <message>
            <source>Quieter</source>
            <translation>Quieter</translation>
        </message>
        <message>
            <source>Louder</source>
            <translation>Louder</translation>
        </message>
    </context>
    <context>
        <name>SpokenTexts</name>
        <message>
            <source>If you have no code, please go to the welcome desk.</source>
            <translation>If you have no code, please go to the welcome desk.</translation>
        </message>
        <message>
            <source>The screen returns to the start on its own.</source>
            <translation>The screen returns to the start on its own.</translation>
        </message>
        <message>
            <source>Registration of %1.</source>
            <translation>Registration of %1.</translation>
        </message>
        <message>
            <source>If you cannot use the keyboard on the screen, please go to the welcome desk.</source>
            <translation>If you cannot use the keyboard on the screen, please go to the welcome desk.</translation>
        </message>
        <message>
            <source>The badge printer is waiting for the staff: badges may be handed out at the welcome desk.</source>
            <translation>The badge printer is waiting for the staff: badges may be handed out at the welcome desk.</translation>
        </message>
        <message>
            <source>Your badge reads: %1.</source>
            <translation>Your badge reads: %1.</translation>
        </message>
        <message>
            <source>Speech is on.</source>
            <translation>Speech is on.</translation>
        </message>
        <message>
            <source>To hear the screen again, touch the button in the bottom right corner of the screen. The button beside it stops speech; the next two make the voice quieter or louder.</source>
            <translation>To hear the screen again, touch the button in the bottom right corner of the screen. The button beside it stops speech; the next two make the voice quieter or louder.</translation>
        </message>
        <message>
            <source>Your name is never said on the loudspeaker: plug headphones into the kiosk to hear your name and your badge.</source>
            <translation>Your name is never said on the loudspeaker: plug headphones into the kiosk to hear your name and your badge.</translation>
        </message>
        <message>
            <source>Do you need more time? Touch “More time” to keep this screen.</source>
            <translation>Do you need more time? Touch “More time” to keep this screen.</translation>
        </message>
    </context>
    <context>
        <name>StaffController</name>
        <message>
            <source>This person has no code to check in with.</source>
            <translation>This person has no code to check in with.</translation>
        </message>
        <message>
            <source>The badge is sent to the printer again.</source>
            <translation>The badge is sent to the printer again.</translation>
        </message>
        <message>
            <source>The walk-in could not be recorded: %1</source>
            <translation>The walk-in could not be recorded: %1</translation>
        </message>
        <message>
            <source>Check-in undone</source>
            <translation>Check-in undone</translation>
        </message>
        <message>
            <source>Entered %1</source>
            <translation>Entered %1</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Checked in</translation>
        </message>
        <message>
            <source>%1 is updated.</source>
            <translation>%1 is updated.</translation>
        </message>
        <message>
            <source>The arrival is undone.</source>
            <translation>The arrival is undone.</translation>
        </message>
        <message>
            <source>No badge printer is set up on this kiosk: nothing was printed.</source>
            <translation>No badge printer is set up on this kiosk: nothing was printed.</translation>
        </message>
        <message>
            <source>%1 is already registered. Open their page, or register the walk-in as another person.</source>
            <translation>%1 is already registered. Open their page, or register the walk-in as another person.</translation>
        </message>
        <message>
            <source>Badge reprint waiting for the printer</source>
            <translation>Badge reprint waiting for the printer</translation>
        </message>
        <message>
            <source>Badge waiting for the printer</source>
            <translation>Badge waiting for the printer</translation>
        </message>
        <message>
            <source>Badge reprint being printed</source>
            <translation>Badge reprint being printed</translation>
        </message>
        <message>
            <source>Badge being printed</source>
            <translation>Badge being printed</translation>
        </message>
        <message>
            <source>Badge reprinted</source>
            <translation>Badge reprinted</translation>
        </message>
        <message>
            <source>Badge printed</source>
            <translation>Badge printed</translation>
        </message>
        <message>
            <source>Badge reprint did not print</source>
            <translation>Badge reprint did not print</translation>
        </message>
        <message>
            <source>Badge did not print</source>
            <translation>Badge did not print</translation>
        </message>
        <message>
            <source>Badge not printed (cancelled)</source>
            <translation>Badge not printed (cancelled)</translation>
        </message>
        <message>
            <source>This code is not valid for this event.</source>
            <translation>This code is not valid for this event.</translation>
        </message>
        <message>
            <source>This code is not on the attendee list.</source>
            <translation>This code is not on the attendee list.</translation>
        </message>
        <message>
            <source>%1 has already arrived.</source>
            <translation>%1 has already arrived.</translation>
        </message>
        <message>
            <source>%1: not arrived yet.</source>
            <translation>%1: not arrived yet.</translation>
        </message>
        <message>
            <source>Badge kept for the desk: hand it over or print it from the desk</source>
            <translation>Badge kept for the desk: hand it over or print it from the desk</translation>
        </message>
        <message>
            <source>Badge may have printed: check the printer, then reprint if needed</source>
            <translation>Badge may have printed: check the printer, then reprint if needed</translation>
        </message>
        <message>
            <source>Badge lost by the printer: reprint it</source>
            <translation>Badge lost by the printer: reprint it</translation>
        </message>
    </context>
    <context>
        <name>StaffKeyboard</name>
        <message>
            <source>Capital letter</source>
            <translation>Capital letter</translation>
        </message>
        <message>
            <source>space</source>
            <translation>space</translation>
        </message>
        <message>
            <source>Delete the letter before</source>
            <translation>Delete the letter before</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Hide</translation>
        </message>
        <message>
            <source>Hide the keyboard</source>
            <translation>Hide the keyboard</translation>
        </message>
    </context>
    <context>
        <name>StaffLogin</name>
        <message>
            <source>Staff access</source>
            <translation>Staff access</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Staff PIN</source>
            <translation>Staff PIN</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Open staff mode</source>
            <translation>Open staff mode</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Delete the last digit</source>
            <translation>Delete the last digit</translation>
        </message>
    </context>
    <context>
        <name>StaffPin</name>
        <message>
            <source>No staff PIN is set for this kiosk.</source>
            <translation>No staff PIN is set for this kiosk.</translation>
        </message>
        <message>
            <source>The staff PIN of this kiosk is stored in an old, unsafe form and cannot be used. Make a new one with "accueil-kiosk --hash-pin" and put it in the configuration (staff/pin_hash).</source>
            <translation>The staff PIN of this kiosk is stored in an old, unsafe form and cannot be used. Make a new one with "accueil-kiosk --hash-pin" and put it in the configuration (staff/pin_hash).</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Try again in %n second(s).</source>
            <translation>
                <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
                <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>Wrong PIN.</translation>
        </message>
    </context>
    <context>
        <name>StaffScreen</name>
        <message>
            <source>Welcome desk</source>
            <translation>Welcome desk</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close staff mode</source>
            <translation>Close staff mode</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Walk-in</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Figures</translation>
        </message>
        <message>
            <source>Name, organisation or code</source>
            <translation>Name, organisation or code</translation>
        </message>
        <message>
            <source>Search attendees</source>
            <translation>Search attendees</translation>
        </message>
        <message>
            <source>Open the page of %1</source>
            <translation>Open the page of %1</translation>
        </message>
        <message>
            <source>Registration cancelled</source>
            <translation>Registration cancelled</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Reprint</translation>
        </message>
        <message>
            <source>Reprint the badge of %1</source>
            <translation>Reprint the badge of %1</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Register, check in and print</source>
            <translation>Register, check in and print</translation>
        </message>
        <message>
            <source>Register the walk-in, check them in and print their badge</source>
            <translation>Register the walk-in, check them in and print their badge</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrived</translation>
        </message>
        <message>
            <source>Mark as arrived</source>
            <translation>Mark as arrived</translation>
        </message>
        <message>
            <source>Mark %1 as arrived</source>
            <translation>Mark %1 as arrived</translation>
        </message>
        <message>
            <source>Undo arrival</source>
            <translation>Undo arrival</translation>
        </message>
        <message>
            <source>Tap again to undo</source>
            <translation>Tap again to undo</translation>
        </message>
        <message>
            <source>Undo the arrival of %1 (hold, or tap twice)</source>
            <translation>Undo the arrival of %1 (hold, or tap twice)</translation>
        </message>
        <message>
            <source>Already registered: %1</source>
            <translation>Already registered: %1</translation>
        </message>
        <message>
            <source>Open their page</source>
            <translation>Open their page</translation>
        </message>
        <message>
            <source>Another person: register</source>
            <translation>Another person: register</translation>
        </message>
    </context>
    <context>
        <name>SyncClient</name>
        <message>
            <source>The hub %1 refused the enrolment: %2</source>
            <translation>The hub %1 refused the enrolment: %2</translation>
        </message>
        <message>
            <source>This database belongs to another event than the hub's (%1); use a new database for this device.</source>
            <translation>This database belongs to another event than the hub's (%1); use a new database for this device.</translation>
        </message>
        <message>
            <source>The hub refused the check-ins sent: %1</source>
            <translation>The hub refused the check-ins sent: %1</translation>
        </message>
        <message>
            <source>Cannot get the changes from the hub: %1</source>
            <translation>Cannot get the changes from the hub: %1</translation>
        </message>
        <message>
            <source>This device is not enrolled with a hub: run "accueil enroll --hub URL --code CODE".</source>
            <translation>This device is not enrolled with a hub: run "accueil enroll --hub URL --code CODE".</translation>
        </message>
        <message>
            <source>This device was enrolled with a hub that speaks TLS; it does not talk to %1 without it.</source>
            <translation>This device was enrolled with a hub that speaks TLS; it does not talk to %1 without it.</translation>
        </message>
        <message>
            <source>The server at %1 does not show the certificate of the hub this device was enrolled with; nothing was sent to it.</source>
            <translation>The server at %1 does not show the certificate of the hub this device was enrolled with; nothing was sent to it.</translation>
        </message>
        <message>
            <source>This device is enrolled with %1 without pinning its certificate: its token is not sent to %2. Enrol it again to change hubs.</source>
            <translation>This device is enrolled with %1 without pinning its certificate: its token is not sent to %2. Enrol it again to change hubs.</translation>
        </message>
        <message numerus="yes">
            <source>This device's clock is %n minute(s) ahead of the hub's; ask staff to set it.</source>
            <translation>
                <numerusform>This device's clock is %n minute ahead of the hub's; ask staff to set it.</numerusform>
                <numerusform>This device's clock is %n minutes ahead of the hub's; ask staff to set it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This device's clock is %n minute(s) behind the hub's; ask staff to set it.</source>
            <translation>
                <numerusform>This device's clock is %n minute behind the hub's; ask staff to set it.</numerusform>
                <numerusform>This device's clock is %n minutes behind the hub's; ask staff to set it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused by the hub (%1).</source>
            <translation>
                <numerusform>%n change refused by the hub (%1).</numerusform>
                <numerusform>%n changes refused by the hub (%1).</numerusform>
            </translation>
        </message>
        <message>
            <source>The hub is busy; the check-ins will be sent at the next sync.</source>
            <translation>The hub is busy; the check-ins will be sent at the next sync.</translation>
        </message>
        <message>
            <source>The hub is busy; this device's state will be sent at the next sync.</source>
            <translation>The hub is busy; this device's state will be sent at the next sync.</translation>
        </message>
        <message>
            <source>The hub refused this device's state: %1</source>
            <translation>The hub refused this device's state: %1</translation>
        </message>
    </context>
    <context>
        <name>TerminalProgress</name>
        <message>
            <source>%1: %2 of %3 (%4 %)</source>
            <translation>%1: %2 of %3 (%4 %)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>TlsIdentity</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <source>%1 is not a PEM certificate.</source>
            <translation>%1 is not a PEM certificate.</translation>
        </message>
        <message>
            <source>%1 is not a private key this hub can use (PEM, not encrypted).</source>
            <translation>%1 is not a private key this hub can use (PEM, not encrypted).</translation>
        </message>
        <message>
            <source>The key %1 does not belong to the certificate %2.</source>
            <translation>The key %1 does not belong to the certificate %2.</translation>
        </message>
        <message>
            <source>Cannot make the hub's certificates in %1.</source>
            <translation>Cannot make the hub's certificates in %1.</translation>
        </message>
    </context>
    <context>
        <name>VideoFileSource</name>
        <message>
            <source>Cannot play %1: %2</source>
            <translation>Cannot play %1: %2</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <source>Hold the code of your confirmation up to the camera, on your phone or on paper.</source>
            <translation>Hold the code of your confirmation up to the camera, on your phone or on paper.</translation>
        </message>
        <message>
            <source>No code?</source>
            <translation>No code?</translation>
        </message>
        <message>
            <source>I have no code</source>
            <translation>I have no code</translation>
        </message>
        <message>
            <source>Place the code inside the frame</source>
            <translation>Place the code inside the frame</translation>
        </message>
        <message>
            <source>Scan your QR code</source>
            <translation>Scan your QR code</translation>
        </message>
    </context>
    <context>
        <name>hub</name>
        <message>
            <source>The Accueil hub: the central attendee list that every device syncs with.</source>
            <translation>The Accueil hub: the central attendee list that every device syncs with.</translation>
        </message>
        <message>
            <source>Event database of the hub.</source>
            <translation>Event database of the hub.</translation>
        </message>
        <message>
            <source>Keep the hub's data in PostgreSQL instead (postgresql://user@host/database).</source>
            <translation>Keep the hub's data in PostgreSQL instead (postgresql://user@host/database).</translation>
        </message>
        <message>
            <source>Address and port (default 127.0.0.1:8642).</source>
            <translation>Address and port (default 127.0.0.1:8642).</translation>
        </message>
        <message>
            <source>accueil-hub needs --db FILE or --postgres URI.</source>
            <translation>accueil-hub needs --db FILE or --postgres URI.</translation>
        </message>
        <message>
            <source>One-time enrolment code, valid 24 hours:</source>
            <translation>One-time enrolment code, valid 24 hours:</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>revoked</translation>
        </message>
        <message>
            <source>revoke needs a device id or name.</source>
            <translation>revoke needs a device id or name.</translation>
        </message>
        <message>
            <source>Unknown command "%1".</source>
            <translation>Unknown command "%1".</translation>
        </message>
        <message>
            <source>--listen takes ADDRESS:PORT, such as 127.0.0.1:8642.</source>
            <translation>--listen takes ADDRESS:PORT, such as 127.0.0.1:8642.</translation>
        </message>
        <message>
            <source>Cannot listen on %1.</source>
            <translation>Cannot listen on %1.</translation>
        </message>
        <message>
            <source>accueil-hub serving event %1 on %2:%3</source>
            <translation>accueil-hub serving event %1 on %2:%3</translation>
        </message>
        <message>
            <source>TLS certificate (PEM); by default the hub makes its own.</source>
            <translation>TLS certificate (PEM); by default the hub makes its own.</translation>
        </message>
        <message>
            <source>TLS private key (PEM, RSA or EC).</source>
            <translation>TLS private key (PEM, RSA or EC).</translation>
        </message>
        <message>
            <source>Where the hub keeps the certificate it makes (default: beside the database).</source>
            <translation>Where the hub keeps the certificate it makes (default: beside the database).</translation>
        </message>
        <message>
            <source>Serve plain HTTP, without TLS: only on a loopback address, for tests.</source>
            <translation>Serve plain HTTP, without TLS: only on a loopback address, for tests.</translation>
        </message>
        <message>
            <source>enrolment-code: print {"code", "hub", "fingerprint"} as JSON.</source>
            <translation>enrolment-code: print {"code", "hub", "fingerprint"} as JSON.</translation>
        </message>
        <message>
            <source>The address devices use to reach the hub, for enrolment-code (default: from --listen).</source>
            <translation>The address devices use to reach the hub, for enrolment-code (default: from --listen).</translation>
        </message>
        <message>
            <source>--insecure-http is refused on %1: anyone on the network could read the list and forge answers. Serve TLS (the default) or listen on 127.0.0.1.</source>
            <translation>--insecure-http is refused on %1: anyone on the network could read the list and forge answers. Serve TLS (the default) or listen on 127.0.0.1.</translation>
        </message>
        <message>
            <source>Hub certificate: %1</source>
            <translation>Hub certificate: %1</translation>
        </message>
        <message>
            <source>On the device:</source>
            <translation>On the device:</translation>
        </message>
        <message>
            <source>enrolment-code: also show it as a QR code, and save it as a PNG image.</source>
            <translation>enrolment-code: also show it as a QR code, and save it as a PNG image.</translation>
        </message>
        <message>
            <source>enrolment-code --qr: the PNG image to write.</source>
            <translation>enrolment-code --qr: the PNG image to write.</translation>
        </message>
        <message>
            <source>Where to keep snapshots of the database (default: FILE.backups).</source>
            <translation>Where to keep snapshots of the database (default: FILE.backups).</translation>
        </message>
        <message>
            <source>Minutes between snapshots (default 5; 0: none).</source>
            <translation>Minutes between snapshots (default 5; 0: none).</translation>
        </message>
        <message>
            <source>How many snapshots to keep (default 24).</source>
            <translation>How many snapshots to keep (default 24).</translation>
        </message>
        <message>
            <source>restore needs a backup file.</source>
            <translation>restore needs a backup file.</translation>
        </message>
        <message>
            <source>Restored; devices push again what the backup lacks.</source>
            <translation>Restored; devices push again what the backup lacks.</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>Cannot write %1.</translation>
        </message>
        <message>
            <source>The QR code is also in %1.</source>
            <translation>The QR code is also in %1.</translation>
        </message>
        <message>
            <source>Another name or address the hub's certificate covers (repeatable; its own addresses and host name are always covered).</source>
            <translation>Another name or address the hub's certificate covers (repeatable; its own addresses and host name are always covered).</translation>
        </message>
        <message>
            <source>ca: print the CA certificate (PEM).</source>
            <translation>ca: print the CA certificate (PEM).</translation>
        </message>
        <message>
            <source>user add: organiser (may change things) or viewer (figures only).</source>
            <translation>user add: organiser (may change things) or viewer (figures only).</translation>
        </message>
        <message>
            <source>Nothing to serve; enrolment-code, ca (the CA to install in browsers), devices, revoke DEVICE, backup (a snapshot now), restore BACKUP, or the console's accounts: user add NAME --role organiser|viewer, user list, user remove NAME.</source>
            <translation>Nothing to serve; enrolment-code, ca (the CA to install in browsers), devices, revoke DEVICE, backup (a snapshot now), restore BACKUP, or the console's accounts: user add NAME --role organiser|viewer, user list, user remove NAME.</translation>
        </message>
        <message>
            <source>This hub has no CA of its own: it serves the certificate given with --tls-cert, or no TLS.</source>
            <translation>This hub has no CA of its own: it serves the certificate given with --tls-cert, or no TLS.</translation>
        </message>
        <message>
            <source>CA certificate: %1</source>
            <translation>CA certificate: %1</translation>
        </message>
        <message>
            <source>Fingerprint: %1</source>
            <translation>Fingerprint: %1</translation>
        </message>
        <message>
            <source>As browsers and phones show it (SHA-256): %1</source>
            <translation>As browsers and phones show it (SHA-256): %1</translation>
        </message>
        <message>
            <source>Also served at %1/ca.pem</source>
            <translation>Also served at %1/ca.pem</translation>
        </message>
        <message>
            <source>Use: user add NAME --role organiser|viewer, user list, or user remove NAME.</source>
            <translation>Use: user add NAME --role organiser|viewer, user list, or user remove NAME.</translation>
        </message>
        <message>
            <source>Password for %1: </source>
            <translation>Password for %1: </translation>
        </message>
        <message>
            <source>The same password again: </source>
            <translation>The same password again: </translation>
        </message>
        <message>
            <source>%1 can log in to the console as %2.</source>
            <translation>%1 can log in to the console as %2.</translation>
        </message>
        <message>
            <source>The event's private signing key, for issuing codes in the console (default: the newest one "accueil keygen" made beside the --db database).</source>
            <translation>The event's private signing key, for issuing codes in the console (default: the newest one "accueil keygen" made beside the --db database).</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n change waiting</numerusform>
                <numerusform>%n changes waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) waiting</source>
            <translation>
                <numerusform>%n badge waiting</numerusform>
                <numerusform>%n badges waiting</numerusform>
            </translation>
        </message>
        <message>
            <source>ready</source>
            <translation>ready</translation>
        </message>
    </context>
    <context>
        <name>kiosk</name>
        <message>
            <source>Configuration file (see deploy/kiosk.conf).</source>
            <translation>Configuration file (see deploy/kiosk.conf).</translation>
        </message>
        <message>
            <source>Event database.</source>
            <translation>Event database.</translation>
        </message>
        <message>
            <source>Camera id or part of its name.</source>
            <translation>Camera id or part of its name.</translation>
        </message>
        <message>
            <source>Show the images of a folder instead of a camera.</source>
            <translation>Show the images of a folder instead of a camera.</translation>
        </message>
        <message>
            <source>CUPS queue for badges.</source>
            <translation>CUPS queue for badges.</translation>
        </message>
        <message>
            <source>The hub's address, when it changed since this device enrolled.</source>
            <translation>The hub's address, when it changed since this device enrolled.</translation>
        </message>
        <message>
            <source>Badge template.</source>
            <translation>Badge template.</translation>
        </message>
        <message>
            <source>self-service (default) or door.</source>
            <translation>self-service (default) or door.</translation>
        </message>
        <message>
            <source>The session of a door (its code); chosen on screen when not given.</source>
            <translation>The session of a door (its code); chosen on screen when not given.</translation>
        </message>
        <message>
            <source>Fill the screen (the real kiosk).</source>
            <translation>Fill the screen (the real kiosk).</translation>
        </message>
        <message>
            <source>Log every decision on standard error.</source>
            <translation>Log every decision on standard error.</translation>
        </message>
        <message>
            <source>Load every screen in every language and exit; fails on any QML warning.</source>
            <translation>Load every screen in every language and exit; fails on any QML warning.</translation>
        </message>
        <message>
            <source>Time N scans from camera frame to greeting on a demo event, and report memory.</source>
            <translation>Time N scans from camera frame to greeting on a demo event, and report memory.</translation>
        </message>
        <message>
            <source>accueil-kiosk needs an event database: --db FILE or kiosk/database in --config.</source>
            <translation>accueil-kiosk needs an event database: --db FILE or kiosk/database in --config.</translation>
        </message>
        <message>
            <source>Language of the screens: %1.</source>
            <translation>Language of the screens: %1.</translation>
        </message>
        <message>
            <source>Read a staff PIN from standard input, print its hash for the configuration file, and exit (with --config FILE: write it there too). Needs no display.</source>
            <translation>Read a staff PIN from standard input, print its hash for the configuration file, and exit (with --config FILE: write it there too). Needs no display.</translation>
        </message>
        <message>
            <source>Render every screen in French, English and Spanish at three sizes into DIR.</source>
            <translation>Render every screen in French, English and Spanish at three sizes into DIR.</translation>
        </message>
        <message>
            <source>Until this device is enrolled, show "scan the enrolment code" and enrol from the hub's QR code.</source>
            <translation>Until this device is enrolled, show "scan the enrolment code" and enrol from the hub's QR code.</translation>
        </message>
        <message>
            <source>The kiosk could not start again; start it by hand.</source>
            <translation>The kiosk could not start again; start it by hand.</translation>
        </message>
    </context>
</TS>
