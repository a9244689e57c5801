<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AdminCli</name>
    <message>
        <location filename="../cli/AdminCli.cpp" line="+71" />
        <source>create (or open) an event database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>import a registration export (CSV or TSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>import the sessions (CSV or JSON)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>find attendees by name or organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>check a code in, as the kiosk does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>revoke a check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>arrivals and per-session counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>write attendance as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>write a synthetic attendee list for trials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+43" />
        <source>Usage: accueil [--db FILE] COMMAND [ARGS] [--json]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Unknown command "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>accueil %1 needs %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Run "accueil --help" for the list of commands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+38" />
        <source>Unknown time zone "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Event "%1" is ready in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+42" />
        <source>--limit takes a positive number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Nobody found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+48" />
        <source>Check-in %1 undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>--separator takes one character.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Attendance written to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>--count and --seed take whole numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>%1 attendees written to %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../core/Attendance.cpp" line="+47" />
        <source>Checked in: %1 of %2 registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+51" />
        <location line="+32" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttendeeColumns</name>
    <message>
        <location filename="../import/AttendeeColumns.cpp" line="+105" />
        <source>--map takes column=field, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>--map: the file has no column "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>--map: unknown field "%1"; known fields: %2, ignore.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttendeeImporter</name>
    <message>
        <location filename="../import/AttendeeImporter.cpp" line="+78" />
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>a quoted field is never closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>No column for names or codes was recognised in the header (%1). Name the columns with --map column=field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>%1 columns where the header has %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>neither a name nor a code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>the code is longer than 512 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>the code %1 is already used on line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+41" />
        <source>this row and line %1 are the same attendee</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckInResult</name>
    <message>
        <location filename="../core/CheckInResult.cpp" line="+28" />
        <source>%1 is checked in for %2.</source>
        <translation>%1 está registrado/a para %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is checked in. Welcome!</source>
        <translation>%1 está registrado/a. ¡Bienvenido/a!</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 was already checked in at %2 on %3, by %4.</source>
        <translation>%1 ya se registró a las %2 el %3, en %4.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This code is not on the attendee list. Please go to the welcome desk.</source>
        <translation>Este código no figura en la lista de participantes. Diríjase al mostrador de acogida.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This code is not valid for this event (%1). Please go to the welcome desk.</source>
        <translation>Este código no es válido para este evento (%1). Diríjase al mostrador de acogida.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The registration of %1 was cancelled. Please go to the welcome desk.</source>
        <translation>La inscripción de %1 fue anulada. Diríjase al mostrador de acogida.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not registered for %2.</source>
        <translation>%1 no está inscrito/a en %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is full (%2 of %3). Staff may let %4 in anyway.</source>
        <translation>%1 está completo (%2 de %3). El personal puede dejar entrar a %4 de todos modos.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The check-in could not be recorded: %1</source>
        <translation>No se pudo guardar el registro: %1</translation>
    </message>
</context>
<context>
    <name>CheckInService</name>
    <message>
        <location filename="../core/CheckInService.cpp" line="+66" />
        <source>empty code</source>
        <translation>código vacío</translation>
    </message>
    <message>
        <location line="+5" />
        <source>code too long</source>
        <translation>código demasiado largo</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unreadable characters in the code</source>
        <translation>caracteres ilegibles en el código</translation>
    </message>
    <message>
        <location line="+20" />
        <source>unknown session %1</source>
        <translation>sesión desconocida %1</translation>
    </message>
    <message>
        <location line="+67" />
        <source>There is no check-in with the id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>%1 is itself an undo and cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>The check-in %1 was already undone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventStore</name>
    <message>
        <location filename="../core/EventStore.cpp" line="+45" />
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Cannot open the event database %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Cannot set up the event database %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+49" />
        <source>The event database %1 was made by a newer version of Accueil (schema %2, this one knows %3). Update Accueil.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Cannot upgrade the event database %1 to schema %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../import/ImportReport.cpp" line="+27" />
        <source>Dry run: %1 new, %2 updated, %3 unchanged; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 new, %2 updated, %3 unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>The file was not imported: %n problem(s), nothing was written.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Columns not used: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgrammeImporter</name>
    <message>
        <location filename="../import/ProgrammeImporter.cpp" line="+105" />
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>The JSON is not valid: %1 (at byte %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>a quoted field is never closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>%1 columns where the header has %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>the session has no code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>the code %1 is used twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>the session %1 has no title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>cannot read the start time "%1" (give a date and a time such as 14:30)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>the end time "%1" is not a time after the start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>the capacity "%1" is not a whole number</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>