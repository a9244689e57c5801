<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AdminCli</name>
        <message>
            <source>import a registration export (CSV or TSV)</source>
            <translation>importar una exportación de inscripciones (CSV o TSV)</translation>
        </message>
        <message>
            <source>import the sessions (CSV or JSON)</source>
            <translation>importar las sesiones (CSV o JSON)</translation>
        </message>
        <message>
            <source>find attendees by name or organisation</source>
            <translation>buscar participantes por nombre u organización</translation>
        </message>
        <message>
            <source>check a code in, as the kiosk does</source>
            <translation>registrar la llegada de un código, como lo hace el quiosco</translation>
        </message>
        <message>
            <source>arrivals and per-session counts</source>
            <translation>llegadas y asistencia por sesión</translation>
        </message>
        <message>
            <source>make a new signing key pair for the event</source>
            <translation>crear un nuevo par de claves de firma para el evento</translation>
        </message>
        <message>
            <source>list, add or retire the event's public keys</source>
            <translation>listar, añadir o retirar las claves públicas del evento</translation>
        </message>
        <message>
            <source>issue signed codes and their QR images</source>
            <translation>emitir códigos firmados y sus imágenes QR</translation>
        </message>
        <message>
            <source>refuse a signed code from now on</source>
            <translation>rechazar un código firmado a partir de ahora</translation>
        </message>
        <message>
            <source>print a badge through CUPS</source>
            <translation>imprimir una credencial mediante CUPS</translation>
        </message>
        <message>
            <source>list the printers and their state</source>
            <translation>listar las impresoras y su estado</translation>
        </message>
        <message>
            <source>one sync round with the hub, or keep in sync with --follow</source>
            <translation>una ronda de sincronización con el hub, o mantenerse sincronizado con --follow</translation>
        </message>
        <message>
            <source>register a walk-in and check them in</source>
            <translation>inscribir a una persona sin inscripción previa y registrar su llegada</translation>
        </message>
        <message>
            <source>fix an attendee's details, or cancel a registration</source>
            <translation>corregir los datos de un participante o cancelar una inscripción</translation>
        </message>
        <message>
            <source>read codes from image files with the camera pipeline</source>
            <translation>leer códigos de archivos de imagen con la cadena de la cámara</translation>
        </message>
        <message>
            <source>write a synthetic attendee list for trials</source>
            <translation>escribir una lista de participantes ficticia para pruebas</translation>
        </message>
        <message>
            <source>Usage: accueil [--db FILE] COMMAND [ARGS] [--json]</source>
            <translation>Uso: accueil [--db ARCHIVO] ORDEN [ARGUMENTOS] [--json]</translation>
        </message>
        <message>
            <source>Unknown command "%1".</source>
            <translation>Orden desconocida «%1».</translation>
        </message>
        <message>
            <source>accueil %1 needs %2.</source>
            <translation>accueil %1 necesita %2.</translation>
        </message>
        <message>
            <source>Run "accueil --help" for the list of commands.</source>
            <translation>Ejecute «accueil --help» para ver la lista de órdenes.</translation>
        </message>
        <message>
            <source>--event-id takes a UUID.</source>
            <translation>--event-id espera un UUID.</translation>
        </message>
        <message>
            <source>%1 already belongs to the event %2.</source>
            <translation>%1 ya pertenece al evento %2.</translation>
        </message>
        <message>
            <source>Event "%1" is ready in %2.</source>
            <translation>El evento «%1» está listo en %2.</translation>
        </message>
        <message>
            <source>--limit takes a positive number.</source>
            <translation>--limit espera un número positivo.</translation>
        </message>
        <message>
            <source>Nobody found.</source>
            <translation>No se encontró a nadie.</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <source>No printer is set: give --printer, or set a default printer in CUPS.</source>
            <translation>No hay ninguna impresora configurada: indique --printer o defina una impresora predeterminada en CUPS.</translation>
        </message>
        <message>
            <source>--separator takes one character.</source>
            <translation>--separator espera un solo carácter.</translation>
        </message>
        <message>
            <source>Attendance written to %1.</source>
            <translation>Asistencia escrita en %1.</translation>
        </message>
        <message>
            <source>--count and --seed take whole numbers.</source>
            <translation>--count y --seed esperan números enteros.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>%1 attendees written to %2.</source>
            <translation>%1 participantes escritos en %2.</translation>
        </message>
        <message>
            <source>Unknown code format "%1"; known: %2.</source>
            <translation>Formato de código desconocido «%1»; conocidos: %2.</translation>
        </message>
        <message>
            <source>Cannot read the image %1: %2</source>
            <translation>No se puede leer la imagen %1: %2</translation>
        </message>
        <message>
            <source>All 255 key numbers are used.</source>
            <translation>Los 255 números de clave están en uso.</translation>
        </message>
        <message>
            <source>Cannot create the key file %1: %2</source>
            <translation>No se puede crear el archivo de clave %1: %2</translation>
        </message>
        <message>
            <source>Key %1 made. Private key: %2 (keep it secret). Public key: %3</source>
            <translation>Clave %1 creada. Clave privada: %2 (manténgala en secreto). Clave pública: %3</translation>
        </message>
        <message>
            <source>keys --add takes a 64-digit hexadecimal public key, and --id a number from 1 to 255.</source>
            <translation>keys --add espera una clave pública hexadecimal de 64 cifras, y --id un número de 1 a 255.</translation>
        </message>
        <message>
            <source>There is no key %1.</source>
            <translation>No existe la clave %1.</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>retirada</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>válida</translation>
        </message>
        <message>
            <source>--valid-from and --valid-until take a date (2026-07-09) or a date and time.</source>
            <translation>--valid-from y --valid-until esperan una fecha (2026-07-09) o una fecha y una hora.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>No se puede crear la carpeta %1.</translation>
        </message>
        <message>
            <source>Cannot write the code of %1 (%2).</source>
            <translation>No se puede escribir el código de %1 (%2).</translation>
        </message>
        <message numerus="yes">
            <source>%n signed code(s) issued; mail merge list: %1</source>
            <translation>
                <numerusform>%n código firmado emitido; lista para la combinación de correspondencia: %1</numerusform>
                <numerusform>%n códigos firmados emitidos; lista para la combinación de correspondencia: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The code is revoked.</source>
            <translation>El código está revocado.</translation>
        </message>
        <message>
            <source>accueil badge takes a CODE, or --all.</source>
            <translation>accueil badge espera un CÓDIGO, o --all.</translation>
        </message>
        <message>
            <source>accueil badge needs --pdf FILE or --png FILE.</source>
            <translation>accueil badge necesita --pdf ARCHIVO o --png ARCHIVO.</translation>
        </message>
        <message>
            <source>Nobody has the code %1.</source>
            <translation>Nadie tiene el código %1.</translation>
        </message>
        <message>
            <source>There is nobody to make a badge for.</source>
            <translation>No hay nadie para quien hacer una credencial.</translation>
        </message>
        <message>
            <source>--png makes one badge; use --pdf for sheets and --all.</source>
            <translation>--png genera una sola credencial; use --pdf para hojas y --all.</translation>
        </message>
        <message>
            <source>--dpi takes a resolution from 72 to 1200.</source>
            <translation>--dpi espera una resolución de 72 a 1200.</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>No se puede escribir %1.</translation>
        </message>
        <message>
            <source>--timeout takes a number of seconds.</source>
            <translation>--timeout espera un número de segundos.</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>lista</translation>
        </message>
        <message>
            <source>not ready</source>
            <translation>no está lista</translation>
        </message>
        <message>
            <source>No printer is set up in CUPS.</source>
            <translation>No hay ninguna impresora configurada en CUPS.</translation>
        </message>
        <message>
            <source>accueil enroll needs --hub URL and --code CODE.</source>
            <translation>accueil enroll necesita --hub URL y --code CÓDIGO.</translation>
        </message>
        <message>
            <source>There is no certificate file %1.</source>
            <translation>No existe el archivo de certificado %1.</translation>
        </message>
        <message>
            <source>This device is enrolled with %1 for event %2.</source>
            <translation>Este dispositivo está registrado en %1 para el evento %2.</translation>
        </message>
        <message>
            <source>In sync with %1 (change %2).</source>
            <translation>Sincronizado con %1 (cambio %2).</translation>
        </message>
        <message>
            <source>Code: %1</source>
            <translation>Código: %1</translation>
        </message>
        <message>
            <source>%1 is deleted.</source>
            <translation>%1 ha sido eliminado.</translation>
        </message>
        <message>
            <source>%1 is updated.</source>
            <translation>%1 ha sido actualizado.</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Órdenes:</translation>
        </message>
        <message>
            <source>Options of every command:</source>
            <translation>Opciones de todas las órdenes:</translation>
        </message>
        <message>
            <source>"accueil COMMAND --help" describes the options of a command.</source>
            <translation>«accueil ORDEN --help» describe las opciones de una orden.</translation>
        </message>
        <message>
            <source>--%1 needs a value before the next option.</source>
            <translation>--%1 necesita un valor antes de la opción siguiente.</translation>
        </message>
        <message>
            <source>Usage: accueil %1 [OPTIONS]</source>
            <translation>Uso: accueil %1 [OPCIONES]</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>Opciones:</translation>
        </message>
        <message>
            <source>No event database at %1; create it with `accueil init --event NAME`.</source>
            <translation>No hay ninguna base de datos del evento en %1; créela con `accueil init --event NOMBRE`.</translation>
        </message>
        <message>
            <source>--event needs the event's name.</source>
            <translation>--event necesita el nombre del evento.</translation>
        </message>
        <message>
            <source>A new event database needs a name: accueil init --event NAME.</source>
            <translation>Una base de datos de evento nueva necesita un nombre: accueil init --event NOMBRE.</translation>
        </message>
        <message>
            <source>Unknown time zone "%1"; give a name such as Europe/Paris or America/Mexico_City.</source>
            <translation>Zona horaria desconocida «%1»; indique un nombre como Europe/Paris o America/Mexico_City.</translation>
        </message>
        <message>
            <source>Importing attendees</source>
            <translation>Importando participantes</translation>
        </message>
        <message>
            <source>There is no session "%1" in this event; "accueil stats" lists the sessions (import them with "accueil import programme FILE").</source>
            <translation>No hay ninguna sesión «%1» en este evento; «accueil stats» lista las sesiones (impórtelas con «accueil import programme ARCHIVO»).</translation>
        </message>
        <message>
            <source>Check-in undone for %1.</source>
            <translation>Llegada anulada para %1.</translation>
        </message>
        <message>
            <source>Generating attendees</source>
            <translation>Generando participantes</translation>
        </message>
        <message>
            <source>the event database (default: $ACCUEIL_DB or ~/.local/share/accueil/event.sqlite)</source>
            <translation>la base de datos del evento (por defecto: $ACCUEIL_DB o ~/.local/share/accueil/event.sqlite)</translation>
        </message>
        <message>
            <source>machine-readable output on stdout, no progress</source>
            <translation>salida legible por programas en stdout, sin progreso</translation>
        </message>
        <message>
            <source>the name this device writes in the log (default: the configured name or the host name)</source>
            <translation>el nombre que este dispositivo escribe en el registro (por defecto: el nombre configurado o el del equipo)</translation>
        </message>
        <message>
            <source>show this help</source>
            <translation>mostrar esta ayuda</translation>
        </message>
        <message>
            <source>show the version</source>
            <translation>mostrar la versión</translation>
        </message>
        <message>
            <source>the event's name (needed for a new database)</source>
            <translation>el nombre del evento (necesario para una base nueva)</translation>
        </message>
        <message>
            <source>the event's time zone, e.g. Europe/Paris or America/Mexico_City</source>
            <translation>la zona horaria del evento, p. ej. Europe/Paris o America/Mexico_City</translation>
        </message>
        <message>
            <source>join an existing event (a device's copy) instead of a new one</source>
            <translation>unirse a un evento existente (la copia de un dispositivo) en lugar de crear uno</translation>
        </message>
        <message>
            <source>create an event database, or rename its event</source>
            <translation>crear una base de datos de evento, o renombrar su evento</translation>
        </message>
        <message>
            <source>read a column as a field (first_name, last_name, full_name, code, ...); repeatable</source>
            <translation>leer una columna como un campo (first_name, last_name, full_name, code…); repetible</translation>
        </message>
        <message>
            <source>check the file and report what would change, write nothing</source>
            <translation>comprobar el archivo e indicar qué cambiaría, sin escribir nada</translation>
        </message>
        <message>
            <source>show at most N people (default 20)</source>
            <translation>mostrar como máximo N personas (20 por defecto)</translation>
        </message>
        <message>
            <source>check in to this session (its id or code; see "accueil stats")</source>
            <translation>registrar la entrada en esta sesión (su identificador o código; véase «accueil stats»)</translation>
        </message>
        <message>
            <source>who checks the person in, for the log</source>
            <translation>quién registra la llegada, para el registro</translation>
        </message>
        <message>
            <source>admit even when the session is full</source>
            <translation>dejar entrar aunque la sesión esté llena</translation>
        </message>
        <message>
            <source>print the badge of a first check-in</source>
            <translation>imprimir la credencial de una primera llegada</translation>
        </message>
        <message>
            <source>the CUPS queue to print on (default: the event's printer)</source>
            <translation>la cola CUPS en la que imprimir (por defecto: la impresora del evento)</translation>
        </message>
        <message>
            <source>the badge template (default: the event's, or a6)</source>
            <translation>la plantilla de credencial (por defecto: la del evento, o a6)</translation>
        </message>
        <message>
            <source>who undoes the check-in, for the log</source>
            <translation>quién anula la llegada, para el registro</translation>
        </message>
        <message>
            <source>undo a person's latest check-in (by code), or one check-in (by event id)</source>
            <translation>anular la última llegada de una persona (por código), o una llegada (por identificador)</translation>
        </message>
        <message>
            <source>where to write the private key (default: next to the database)</source>
            <translation>dónde escribir la clave privada (por defecto: junto a la base de datos)</translation>
        </message>
        <message>
            <source>accept codes signed with this public key (64 hexadecimal digits)</source>
            <translation>aceptar los códigos firmados con esta clave pública (64 cifras hexadecimales)</translation>
        </message>
        <message>
            <source>the number of the key given with --add (1 to 255)</source>
            <translation>el número de la clave indicada con --add (de 1 a 255)</translation>
        </message>
        <message>
            <source>stop accepting codes signed with key N</source>
            <translation>dejar de aceptar los códigos firmados con la clave N</translation>
        </message>
        <message>
            <source>issue a code for this person; repeatable</source>
            <translation>emitir un código para esta persona; repetible</translation>
        </message>
        <message>
            <source>issue codes for the ids or codes in FILE, one a line</source>
            <translation>emitir códigos para los identificadores o códigos de ARCHIVO, uno por línea</translation>
        </message>
        <message>
            <source>also everyone registered who has no code yet</source>
            <translation>también a todas las personas inscritas que aún no tienen código</translation>
        </message>
        <message>
            <source>give a new code to people who have one (the old one stops working)</source>
            <translation>dar un código nuevo a quien ya tiene uno (el anterior deja de funcionar)</translation>
        </message>
        <message>
            <source>the folder for the QR images and codes.csv (default: codes/ next to the database)</source>
            <translation>la carpeta de las imágenes QR y de codes.csv (por defecto: codes/ junto a la base de datos)</translation>
        </message>
        <message>
            <source>the private key to sign with (default: the newest one next to the database)</source>
            <translation>la clave privada con la que firmar (por defecto: la más reciente junto a la base de datos)</translation>
        </message>
        <message>
            <source>the codes work from this date or date and time</source>
            <translation>los códigos valen desde esta fecha, o fecha y hora</translation>
        </message>
        <message>
            <source>the codes work until this date or date and time</source>
            <translation>los códigos valen hasta esta fecha, o fecha y hora</translation>
        </message>
        <message>
            <source>the badges of everyone registered, in one PDF</source>
            <translation>las credenciales de todas las personas inscritas, en un solo PDF</translation>
        </message>
        <message>
            <source>write the badge(s) to this PDF file</source>
            <translation>escribir la(s) credencial(es) en este archivo PDF</translation>
        </message>
        <message>
            <source>write one badge to this PNG image</source>
            <translation>escribir una credencial en esta imagen PNG</translation>
        </message>
        <message>
            <source>the resolution of the PNG (72 to 1200; default: the template's)</source>
            <translation>la resolución del PNG (de 72 a 1200; por defecto: la de la plantilla)</translation>
        </message>
        <message>
            <source>a black and white PNG, as a label printer prints it</source>
            <translation>un PNG en blanco y negro, como lo imprime una impresora de etiquetas</translation>
        </message>
        <message>
            <source>render a badge (CODE) or all of them (--all) to PDF or PNG</source>
            <translation>generar una credencial (CÓDIGO) o todas (--all) en PDF o PNG</translation>
        </message>
        <message>
            <source>wait until the printer has printed it or failed</source>
            <translation>esperar a que la impresora la haya impreso o haya fallado</translation>
        </message>
        <message>
            <source>how long --wait waits (default 120)</source>
            <translation>cuánto espera --wait (120 por defecto)</translation>
        </message>
        <message>
            <source>also the finished jobs</source>
            <translation>también los trabajos terminados</translation>
        </message>
        <message>
            <source>cancel this job</source>
            <translation>cancelar este trabajo</translation>
        </message>
        <message>
            <source>the CUPS queue for --move</source>
            <translation>la cola CUPS para --move</translation>
        </message>
        <message>
            <source>send the waiting jobs and update their state now</source>
            <translation>enviar los trabajos en espera y actualizar su estado ahora</translation>
        </message>
        <message>
            <source>the hub's address, e.g. https://hub.local:8642</source>
            <translation>la dirección del hub, p. ej. https://hub.local:8642</translation>
        </message>
        <message>
            <source>the one-time enrolment code the hub gave</source>
            <translation>el código de registro de un solo uso que dio el hub</translation>
        </message>
        <message>
            <source>the certificate authority that signed the hub's certificate</source>
            <translation>la autoridad que firmó el certificado del hub</translation>
        </message>
        <message>
            <source>enrol this device with a hub (creates its database)</source>
            <translation>registrar este dispositivo en un hub (crea su base de datos)</translation>
        </message>
        <message>
            <source>the hub's address (default: the enrolled hub)</source>
            <translation>la dirección del hub (por defecto: el del registro)</translation>
        </message>
        <message>
            <source>keep in sync until stopped</source>
            <translation>mantenerse sincronizado hasta que se detenga</translation>
        </message>
        <message>
            <source>with --follow, stop after N seconds</source>
            <translation>con --follow, detenerse tras N segundos</translation>
        </message>
        <message>
            <source>the person's first name</source>
            <translation>el nombre de la persona</translation>
        </message>
        <message>
            <source>the person's last name (needed)</source>
            <translation>el apellido de la persona (obligatorio)</translation>
        </message>
        <message>
            <source>the organisation they represent</source>
            <translation>la organización que representa</translation>
        </message>
        <message>
            <source>their role or title</source>
            <translation>su cargo o título</translation>
        </message>
        <message>
            <source>their country</source>
            <translation>su país</translation>
        </message>
        <message>
            <source>their category (elected official, press, ...)</source>
            <translation>su categoría (cargo electo, prensa…)</translation>
        </message>
        <message>
            <source>their e-mail address</source>
            <translation>su dirección de correo electrónico</translation>
        </message>
        <message>
            <source>who registers them, for the log</source>
            <translation>quién la inscribe, para el registro</translation>
        </message>
        <message>
            <source>the new first name</source>
            <translation>el nuevo nombre</translation>
        </message>
        <message>
            <source>the new last name</source>
            <translation>el nuevo apellido</translation>
        </message>
        <message>
            <source>the new organisation</source>
            <translation>la nueva organización</translation>
        </message>
        <message>
            <source>the new role</source>
            <translation>el nuevo cargo</translation>
        </message>
        <message>
            <source>the new country</source>
            <translation>el nuevo país</translation>
        </message>
        <message>
            <source>the new category</source>
            <translation>la nueva categoría</translation>
        </message>
        <message>
            <source>the new e-mail address</source>
            <translation>la nueva dirección de correo electrónico</translation>
        </message>
        <message>
            <source>cancel the registration (the code is refused)</source>
            <translation>cancelar la inscripción (el código se rechaza)</translation>
        </message>
        <message>
            <source>restore a cancelled registration</source>
            <translation>restablecer una inscripción cancelada</translation>
        </message>
        <message>
            <source>delete the person from the list</source>
            <translation>eliminar a la persona de la lista</translation>
        </message>
        <message>
            <source>the code formats to look for, comma-separated (default: QR codes)</source>
            <translation>los formatos de código que buscar, separados por comas (por defecto: códigos QR)</translation>
        </message>
        <message>
            <source>how many people (default 500)</source>
            <translation>cuántas personas (500 por defecto)</translation>
        </message>
        <message>
            <source>the same seed makes the same list (default 2026)</source>
            <translation>la misma semilla da la misma lista (2026 por defecto)</translation>
        </message>
        <message>
            <source>Making badges</source>
            <translation>Preparando credenciales</translation>
        </message>
        <message numerus="yes">
            <source>writing %n badge(s) to the PDF</source>
            <translation>
                <numerusform>escribiendo %n credencial en el PDF</numerusform>
                <numerusform>escribiendo %n credenciales en el PDF</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) written to %1 (template %2, %3).</source>
            <translation>
                <numerusform>%n credencial escrita en %1 (plantilla %2, %3).</numerusform>
                <numerusform>%n credenciales escritas en %1 (plantilla %2, %3).</numerusform>
            </translation>
        </message>
        <message>
            <source>Badge written to %1 (template %2, %3 dpi, %4).</source>
            <translation>Credencial escrita en %1 (plantilla %2, %3 ppp, %4).</translation>
        </message>
        <message>
            <source>Issuing codes</source>
            <translation>Emitiendo códigos</translation>
        </message>
        <message>
            <source>A walk-in needs --last-name (and, if known, --first-name).</source>
            <translation>Una inscripción en el lugar necesita --last-name (y, si se conoce, --first-name).</translation>
        </message>
        <message>
            <source>the hub's certificate fingerprint the hub printed (sha256:…): this device will talk to that hub only</source>
            <translation>la huella del certificado que mostró el hub (sha256:…): este dispositivo solo hablará con ese hub</translation>
        </message>
        <message>
            <source>--fingerprint takes the hub's fingerprint as the hub prints it: sha256: and 64 hexadecimal digits.</source>
            <translation>--fingerprint espera la huella tal como la muestra el hub: sha256: y 64 cifras hexadecimales.</translation>
        </message>
        <message>
            <source>Give the hub's certificate fingerprint with --fingerprint (accueil-hub enrolment-code prints it).</source>
            <translation>Indique la huella del certificado del hub con --fingerprint (accueil-hub enrolment-code la muestra).</translation>
        </message>
        <message>
            <source>bring back the people deleted in Accueil that the file lists (skipped otherwise)</source>
            <translation>recuperar las personas eliminadas en Accueil que figuran en el archivo (si no, se omiten)</translation>
        </message>
        <message>
            <source>register again the people cancelled in Accueil that the file lists as registered (they stay cancelled otherwise)</source>
            <translation>volver a inscribir a las personas canceladas en Accueil que el archivo da como inscritas (si no, siguen canceladas)</translation>
        </message>
        <message>
            <source>say whether this badge template fits each printer (default: the event's, or a6)</source>
            <translation>indicar si esta plantilla de credencial encaja en cada impresora (por defecto: la del evento, o a6)</translation>
        </message>
        <message>
            <source>send this job to another printer (--move JOB QUEUE, or --printer)</source>
            <translation>enviar este trabajo a otra impresora (--move TRABAJO COLA, o --printer)</translation>
        </message>
        <message>
            <source>print a job that waits for staff (held at a kiosk, perhaps printed, lost or failed)</source>
            <translation>imprimir un trabajo que espera al personal (retenido en un quiosco, quizá impreso, perdido o fallido)</translation>
        </message>
        <message>
            <source>the badge print queue: list, release, move or cancel jobs</source>
            <translation>la cola de impresión de credenciales: listar, liberar, mover o cancelar trabajos</translation>
        </message>
        <message>
            <source>an image of the hub's enrolment QR code (accueil-hub enrolment-code --qr), instead of --hub, --code and --fingerprint</source>
            <translation>una imagen del código QR de registro del hub (accueil-hub enrolment-code --qr), en lugar de --hub, --code y --fingerprint</translation>
        </message>
        <message>
            <source>the text of that QR code</source>
            <translation>el texto de ese código QR</translation>
        </message>
        <message>
            <source>--move needs a printer: --move JOB QUEUE, or --printer QUEUE.</source>
            <translation>--move necesita una impresora: --move TRABAJO COLA, o --printer COLA.</translation>
        </message>
        <message>
            <source>The badge will print on "%1".</source>
            <translation>La credencial se imprimirá en «%1».</translation>
        </message>
        <message>
            <source>The badge is released and will print.</source>
            <translation>La credencial está liberada y se imprimirá.</translation>
        </message>
        <message>
            <source>The print job is cancelled.</source>
            <translation>El trabajo de impresión está cancelado.</translation>
        </message>
        <message>
            <source>No QR code could be read in %1.</source>
            <translation>No se pudo leer ningún código QR en %1.</translation>
        </message>
        <message>
            <source>The walk-in is not registered: %1</source>
            <translation>No se inscribió a la persona: %1</translation>
        </message>
        <message>
            <source>who signs the attendance certificates off (empty: nobody)</source>
            <translation>quién firma los certificados de asistencia (vacío: nadie)</translation>
        </message>
        <message>
            <source>one row per person per session, listed by session (with counts) or by attendee; without it, one row per attendee with a column per session</source>
            <translation>una fila por persona y sesión, ordenadas por sesión (con recuentos) o por participante; sin esta opción, una fila por participante con una columna por sesión</translation>
        </message>
        <message>
            <source>with --by session: this session only</source>
            <translation>con --by session: solo esta sesión</translation>
        </message>
        <message>
            <source>write the CSV to FILE (also given as FILE; default: stdout)</source>
            <translation>escribir el CSV en ARCHIVO (también se puede indicar como ARCHIVO; por defecto: stdout)</translation>
        </message>
        <message>
            <source>the field separator: one character, or "tab" (default ; as Excel reads it in French; use , for an English Excel)</source>
            <translation>el separador de campos: un carácter, o «tab» (por defecto ; como lo lee Excel en francés; use , para un Excel en inglés)</translation>
        </message>
        <message>
            <source>write attendance as CSV for a spreadsheet (UTF-8, Excel-ready)</source>
            <translation>escribir la asistencia en CSV para una hoja de cálculo (UTF-8, lista para Excel)</translation>
        </message>
        <message>
            <source>everyone checked in, one certificate a page, in one PDF</source>
            <translation>todas las personas con llegada registrada, un certificado por página, en un solo PDF</translation>
        </message>
        <message>
            <source>the certificate's language (default fr)</source>
            <translation>el idioma del certificado (fr por defecto)</translation>
        </message>
        <message>
            <source>the PDF file to write</source>
            <translation>el archivo PDF que se escribirá</translation>
        </message>
        <message>
            <source>the organiser who signs it off (default: the event's, set with init --organiser)</source>
            <translation>el organizador que lo firma (por defecto: el del evento, definido con init --organiser)</translation>
        </message>
        <message>
            <source>a certificate of attendance (REF: code or id) or all of them (--all)</source>
            <translation>un certificado de asistencia (REF: código o identificador) o todos (--all)</translation>
        </message>
        <message>
            <source>accueil export attendance writes one file: give it as FILE or --out FILE.</source>
            <translation>accueil export attendance escribe un solo archivo: indíquelo como ARCHIVO o --out ARCHIVO.</translation>
        </message>
        <message>
            <source>--by takes session or attendee.</source>
            <translation>--by espera session o attendee.</translation>
        </message>
        <message>
            <source>--session goes with --by session.</source>
            <translation>--session va con --by session.</translation>
        </message>
        <message>
            <source>accueil export attendance without --by needs a FILE.</source>
            <translation>accueil export attendance sin --by necesita un ARCHIVO.</translation>
        </message>
        <message>
            <source>No session %1 in the programme; see accueil stats.</source>
            <translation>No hay ninguna sesión %1 en el programa; véase accueil stats.</translation>
        </message>
        <message>
            <source>Cannot write the CSV to the standard output.</source>
            <translation>No se puede escribir el CSV en la salida estándar.</translation>
        </message>
        <message>
            <source>accueil certificate takes a code (or id), or --all.</source>
            <translation>accueil certificate espera un código (o un identificador), o --all.</translation>
        </message>
        <message>
            <source>accueil certificate needs --out FILE.pdf.</source>
            <translation>accueil certificate necesita --out ARCHIVO.pdf.</translation>
        </message>
        <message>
            <source>--lang takes fr or en.</source>
            <translation>--lang espera fr o en.</translation>
        </message>
        <message>
            <source>Nobody has the code or id %1.</source>
            <translation>Nadie tiene el código o identificador %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) written to %1.</source>
            <translation>
                <numerusform>%n certificado escrito en %1.</numerusform>
                <numerusform>%n certificados escritos en %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Attendance</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>Checked in: %1 of %2 registered</source>
            <translation>Llegadas: %1 de %2 inscritos</translation>
        </message>
        <message>
            <source>Codes used more than once: %1</source>
            <translation>Códigos usados más de una vez: %1</translation>
        </message>
    </context>
    <context>
        <name>AttendanceCertificate</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>Certificates need a graphical application to draw text (QGuiApplication, offscreen is enough).</source>
            <translation>Los certificados necesitan una aplicación gráfica para dibujar el texto (QGuiApplication; basta con offscreen).</translation>
        </message>
        <message>
            <source>Nobody to write a certificate for: no one was checked in.</source>
            <translation>No hay nadie para quien escribir un certificado: no se registró la llegada de nadie.</translation>
        </message>
        <message>
            <source>%1 was not checked in at the event: no certificate.</source>
            <translation>No se registró la llegada de %1 al evento: no hay certificado.</translation>
        </message>
        <message>
            <source>Certificate of attendance</source>
            <translation>Certificado de asistencia</translation>
        </message>
        <message>
            <source>Certificates of attendance</source>
            <translation>Certificados de asistencia</translation>
        </message>
        <message>
            <source>Cannot write the PDF.</source>
            <translation>No se puede escribir el PDF.</translation>
        </message>
        <message>
            <source>This is to certify that</source>
            <translation>Por la presente se certifica que</translation>
        </message>
        <message>
            <source>attended the event on %1.</source>
            <translation>asistió al evento el %1.</translation>
        </message>
        <message>
            <source>attended the following sessions:</source>
            <translation>asistió a las siguientes sesiones:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Horario previsto</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Presencia</translation>
        </message>
        <message>
            <source>Times are local times (%1), as recorded at the doors.</source>
            <translation>Las horas son locales (%1), tal como se registraron en las puertas.</translation>
        </message>
        <message>
            <source>Issued on %1.</source>
            <translation>Expedido el %1.</translation>
        </message>
        <message>
            <source>For the organisers: %1</source>
            <translation>Por los organizadores: %1</translation>
        </message>
    </context>
    <context>
        <name>AttendanceCsv</name>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Starts (%1)</source>
            <translation>Inicio (%1)</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Sala</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellido</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Organisation type</source>
            <translation>Tipo de organización</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>First entry (%1)</source>
            <translation>Primera entrada (%1)</translation>
        </message>
        <message>
            <source>Exits (%1)</source>
            <translation>Salidas (%1)</translation>
        </message>
        <message>
            <source>Counted by</source>
            <translation>Contado por</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Venue entry (%1)</source>
            <translation>Entrada al recinto (%1)</translation>
        </message>
    </context>
    <context>
        <name>AttendeeColumns</name>
        <message>
            <source>--map takes column=field, not "%1".</source>
            <translation>--map espera columna=campo, no «%1».</translation>
        </message>
        <message>
            <source>--map: the file has no column "%1".</source>
            <translation>--map: el archivo no tiene ninguna columna «%1».</translation>
        </message>
        <message>
            <source>--map: unknown field "%1"; known fields: %2, ignore.</source>
            <translation>--map: campo desconocido «%1»; campos conocidos: %2, ignore.</translation>
        </message>
    </context>
    <context>
        <name>AttendeeImporter</name>
        <message>
            <source>No column for names or codes was recognised in the header (%1). Name the columns with --map column=field.</source>
            <translation>No se reconoció ninguna columna de nombres o códigos en la cabecera (%1). Nombre las columnas con --map columna=campo.</translation>
        </message>
        <message>
            <source>%1 columns where the header has %2</source>
            <translation>%1 columnas donde la cabecera tiene %2</translation>
        </message>
        <message>
            <source>neither a name nor a code</source>
            <translation>ni nombre ni código</translation>
        </message>
        <message>
            <source>the code %1 is already used on line %2</source>
            <translation>el código %1 ya se usa en la línea %2</translation>
        </message>
        <message>
            <source>this row and line %1 are the same attendee</source>
            <translation>esta fila y la línea %1 son el mismo participante</translation>
        </message>
        <message>
            <source>the code %1 has no name (first, last or full name)</source>
            <translation>el código %1 no tiene nombre (nombre, apellido o nombre completo)</translation>
        </message>
        <message>
            <source>the code %1 is not on the list, and the row has no name to add it with</source>
            <translation>el código %1 no está en la lista, y la fila no tiene nombre para añadirlo</translation>
        </message>
    </context>
    <context>
        <name>AttendeePanel</name>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close this page</source>
            <translation>Cerrar esta página</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellido</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Reimprimir</translation>
        </message>
        <message>
            <source>Reprint this badge</source>
            <translation>Reimprimir esta credencial</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Registration cancelled</source>
            <translation>Inscripción anulada</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Ha llegado</translation>
        </message>
        <message>
            <source>Not arrived yet</source>
            <translation>Aún no ha llegado</translation>
        </message>
        <message>
            <source>Mark as arrived</source>
            <translation>Marcar como llegado/a</translation>
        </message>
        <message>
            <source>Mark %1 as arrived</source>
            <translation>Marcar a %1 como llegado/a</translation>
        </message>
        <message>
            <source>Undo arrival</source>
            <translation>Anular la llegada</translation>
        </message>
        <message>
            <source>Tap again to undo</source>
            <translation>Toque de nuevo para anular</translation>
        </message>
        <message>
            <source>Undo the arrival (hold, or tap twice)</source>
            <translation>Anular la llegada (mantener pulsado o tocar dos veces)</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Guardar los cambios</translation>
        </message>
        <message>
            <source>Badge preview (tap to enlarge)</source>
            <translation>Vista previa de la credencial (toque para ampliar)</translation>
        </message>
        <message>
            <source>Close the badge</source>
            <translation>Cerrar la credencial</translation>
        </message>
    </context>
    <context>
        <name>BadgeRenderer</name>
        <message>
            <source>Badges</source>
            <translation>Credenciales</translation>
        </message>
        <message>
            <source>Cannot write the PDF.</source>
            <translation>No se puede escribir el PDF.</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Credencial</translation>
        </message>
    </context>
    <context>
        <name>BadgeTemplate</name>
        <message>
            <source>There is no badge template "%1"; templates: %2.</source>
            <translation>No existe la plantilla de credencial «%1»; plantillas: %2.</translation>
        </message>
        <message>
            <source>The badge template %1 is not valid: %2</source>
            <translation>La plantilla de credencial %1 no es válida: %2</translation>
        </message>
        <message>
            <source>the page needs width_mm and height_mm</source>
            <translation>la página necesita width_mm y height_mm</translation>
        </message>
        <message>
            <source>a grid needs columns, rows and template</source>
            <translation>una cuadrícula necesita columns, rows y template</translation>
        </message>
        <message>
            <source>element %1 has an unknown type "%2"</source>
            <translation>el elemento %1 tiene un tipo desconocido «%2»</translation>
        </message>
        <message>
            <source>element %1 has no size</source>
            <translation>el elemento %1 no tiene tamaño</translation>
        </message>
    </context>
    <context>
        <name>CameraSource</name>
        <message>
            <source>No camera is connected.</source>
            <translation>No hay ninguna cámara conectada.</translation>
        </message>
        <message>
            <source>The camera "%1" is not connected.</source>
            <translation>La cámara «%1» no está conectada.</translation>
        </message>
        <message>
            <source>The camera stopped: %1</source>
            <translation>La cámara se detuvo: %1</translation>
        </message>
    </context>
    <context>
        <name>CertificateJob</name>
        <message>
            <source>Making the certificate took too long; try again, or one attendee at a time.</source>
            <translation>La creación del certificado tardó demasiado; vuelva a intentarlo, o una persona a la vez.</translation>
        </message>
        <message>
            <source>The certificate could not be made.</source>
            <translation>No se pudo crear el certificado.</translation>
        </message>
    </context>
    <context>
        <name>CheckInResult</name>
        <message>
            <source>%1 is checked in for %2.</source>
            <translation>%1 está registrado/a para %2.</translation>
        </message>
        <message>
            <source>%1 is checked in. Welcome!</source>
            <translation>%1 está registrado/a. ¡Bienvenido/a!</translation>
        </message>
        <message>
            <source>%1 was already checked in at %2 on %3, by %4.</source>
            <translation>%1 ya se registró a las %2 el %3, en %4.</translation>
        </message>
        <message>
            <source>This code is not on the attendee list. Please go to the welcome desk.</source>
            <translation>Este código no figura en la lista de participantes. Diríjase al mostrador de acogida.</translation>
        </message>
        <message>
            <source>This code is not valid for this event (%1). Please go to the welcome desk.</source>
            <translation>Este código no es válido para este evento (%1). Diríjase al mostrador de acogida.</translation>
        </message>
        <message>
            <source>The registration of %1 was cancelled. Please go to the welcome desk.</source>
            <translation>La inscripción de %1 fue anulada. Diríjase al mostrador de acogida.</translation>
        </message>
        <message>
            <source>%1 is not registered for %2.</source>
            <translation>%1 no está inscrito/a en %2.</translation>
        </message>
        <message>
            <source>%1 is full (%2 of %3). Staff may let %4 in anyway.</source>
            <translation>%1 está completo (%2 de %3). El personal puede dejar entrar a %4 de todos modos.</translation>
        </message>
        <message>
            <source>The check-in could not be recorded: %1</source>
            <translation>No se pudo guardar el registro: %1</translation>
        </message>
        <message>
            <source>Checked in for %1.</source>
            <translation>Llegada registrada para %1.</translation>
        </message>
        <message>
            <source>Checked in. Welcome!</source>
            <translation>Llegada registrada. ¡Le damos la bienvenida!</translation>
        </message>
        <message>
            <source>This registration was withdrawn. Please go to the welcome desk.</source>
            <translation>Esta inscripción fue retirada. Diríjase al mostrador de acogida.</translation>
        </message>
    </context>
    <context>
        <name>CheckInService</name>
        <message>
            <source>empty code</source>
            <translation>código vacío</translation>
        </message>
        <message>
            <source>code too long</source>
            <translation>código demasiado largo</translation>
        </message>
        <message>
            <source>unreadable characters in the code</source>
            <translation>caracteres ilegibles en el código</translation>
        </message>
        <message>
            <source>unknown session %1</source>
            <translation>sesión desconocida %1</translation>
        </message>
        <message>
            <source>There is no check-in with the id %1.</source>
            <translation>No hay ningún registro de llegada con el identificador %1.</translation>
        </message>
        <message>
            <source>%1 is itself an undo and cannot be undone.</source>
            <translation>%1 ya es una anulación y no se puede anular.</translation>
        </message>
        <message>
            <source>The check-in %1 was already undone.</source>
            <translation>El registro de llegada %1 ya estaba anulado.</translation>
        </message>
        <message>
            <source>There is no check-in with the id %1, and nobody has that code.</source>
            <translation>No hay ninguna llegada con el identificador %1, y nadie tiene ese código.</translation>
        </message>
        <message>
            <source>This person is not checked in.</source>
            <translation>Esta persona no ha registrado su llegada.</translation>
        </message>
        <message>
            <source>the registration was deleted</source>
            <translation>la inscripción fue eliminada</translation>
        </message>
    </context>
    <context>
        <name>CodeIssuer</name>
        <message>
            <source>No private key found: run "accueil keygen" first, or give --key-file.</source>
            <translation>No se encontró ninguna clave privada: ejecute primero «accueil keygen» o indique --key-file.</translation>
        </message>
        <message>
            <source>%1 is not a readable Accueil key file.</source>
            <translation>%1 no es un archivo de clave de Accueil legible.</translation>
        </message>
        <message>
            <source>The key %1 belongs to another event.</source>
            <translation>La clave %1 pertenece a otro evento.</translation>
        </message>
        <message>
            <source>%1: nobody has this id or code</source>
            <translation>%1: nadie tiene este identificador ni este código</translation>
        </message>
        <message>
            <source>%1 already has the code %2 (give --replace to issue a new one)</source>
            <translation>%1 ya tiene el código %2 (indique --replace para emitir uno nuevo)</translation>
        </message>
        <message>
            <source>%1 has an id that is not a UUID and cannot get a signed code.</source>
            <translation>%1 tiene un identificador que no es un UUID y no puede recibir un código firmado.</translation>
        </message>
        <message>
            <source>Cannot save the code of %1.</source>
            <translation>No se puede guardar el código de %1.</translation>
        </message>
    </context>
    <context>
        <name>CodeVerifier</name>
        <message>
            <source>damaged or incomplete signed code</source>
            <translation>código firmado dañado o incompleto</translation>
        </message>
        <message>
            <source>signed code of an unknown format (%1)</source>
            <translation>código firmado de formato desconocido (%1)</translation>
        </message>
        <message>
            <source>signed with a key this device does not know (%1)</source>
            <translation>firmado con una clave que este equipo no conoce (%1)</translation>
        </message>
        <message>
            <source>the signature does not match: the code was altered or forged</source>
            <translation>la firma no coincide: el código fue alterado o falsificado</translation>
        </message>
        <message>
            <source>signed with a withdrawn key (%1)</source>
            <translation>firmado con una clave retirada (%1)</translation>
        </message>
        <message>
            <source>the code is for another event</source>
            <translation>el código es de otro evento</translation>
        </message>
        <message>
            <source>the code is not valid before %1</source>
            <translation>el código no es válido antes del %1</translation>
        </message>
        <message>
            <source>the code expired on %1</source>
            <translation>el código caducó el %1</translation>
        </message>
        <message>
            <source>the code was revoked</source>
            <translation>el código fue revocado</translation>
        </message>
    </context>
    <context>
        <name>ConsoleAccounts</name>
        <message>
            <source>The password library cannot start.</source>
            <translation>La biblioteca de contraseñas no puede iniciarse.</translation>
        </message>
        <message>
            <source>Cannot prepare the console's accounts: %1</source>
            <translation>No se pueden preparar las cuentas de la consola: %1</translation>
        </message>
        <message>
            <source>A user name has 1 to 64 characters.</source>
            <translation>Un nombre de usuario tiene de 1 a 64 caracteres.</translation>
        </message>
        <message>
            <source>The password must have at least %1 characters.</source>
            <translation>La contraseña debe tener al menos %1 caracteres.</translation>
        </message>
        <message>
            <source>Not enough memory to hash the password.</source>
            <translation>No hay memoria suficiente para calcular el hash de la contraseña.</translation>
        </message>
        <message>
            <source>There is no user %1.</source>
            <translation>No existe el usuario %1.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleApi</name>
        <message>
            <source>Viewers see the figures only; ask an organiser to make this change.</source>
            <translation>Las cuentas de consulta solo ven las cifras; pida a un organizador que haga este cambio.</translation>
        </message>
        <message>
            <source>The codes admit people: only organisers see them.</source>
            <translation>Los códigos dan acceso: solo los organizadores los ven.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleCodes</name>
        <message>
            <source>The validity takes a date (2026-07-09) or a date and time.</source>
            <translation>La validez admite una fecha (2026-07-09) o una fecha y una hora.</translation>
        </message>
        <message>
            <source>The codes would stop working before they start: check the dates.</source>
            <translation>Los códigos dejarían de funcionar antes de empezar: revise las fechas.</translation>
        </message>
        <message>
            <source>Cannot draw the QR code of %1.</source>
            <translation>No se puede dibujar el código QR de %1.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleServer</name>
        <message>
            <source>Certificates are being made for others; try again in a moment.</source>
            <translation>Se están creando certificados para otras personas; vuelva a intentarlo en un momento.</translation>
        </message>
    </context>
    <context>
        <name>CupsClient</name>
        <message>
            <source>Cannot reach the print server: %1</source>
            <translation>No se puede contactar con el servidor de impresión: %1</translation>
        </message>
        <message>
            <source>Cannot send the badge to "%1": %2</source>
            <translation>No se puede enviar la credencial a «%1»: %2</translation>
        </message>
        <message>
            <source>The printer "%1" refused the badge: %2</source>
            <translation>La impresora «%1» rechazó la credencial: %2</translation>
        </message>
        <message>
            <source>Cannot read the state of print job %1: %2</source>
            <translation>No se puede leer el estado del trabajo de impresión %1: %2</translation>
        </message>
        <message>
            <source>Cannot cancel print job %1: %2</source>
            <translation>No se puede cancelar el trabajo de impresión %1: %2</translation>
        </message>
        <message>
            <source>No print server answers: start CUPS on this machine (sudo systemctl start cups), or set CUPS_SERVER to the print server's address.</source>
            <translation>Ningún servidor de impresión responde: inicie CUPS en este equipo (sudo systemctl start cups) o indique en CUPS_SERVER la dirección del servidor de impresión.</translation>
        </message>
        <message>
            <source>There is no printer "%1". Choose another printer and move the badges to it.</source>
            <translation>No existe la impresora «%1». Elija otra impresora y mueva a ella las credenciales.</translation>
        </message>
        <message>
            <source>There is no printer "%1". Choose another printer and move the badge to it.</source>
            <translation>No existe la impresora «%1». Elija otra impresora y mueva a ella la credencial.</translation>
        </message>
        <message>
            <source>The printer "%1" does not take new badges at the moment: let it accept badges again, or move the badge to another printer.</source>
            <translation>La impresora «%1» no acepta nuevas credenciales por ahora: haga que vuelva a aceptarlas o mueva la credencial a otra impresora.</translation>
        </message>
        <message>
            <source>The print server no longer knows print job %1.</source>
            <translation>El servidor de impresión ya no conoce el trabajo de impresión %1.</translation>
        </message>
        <message>
            <source>Cannot read the print jobs: %1</source>
            <translation>No se pueden leer los trabajos de impresión: %1</translation>
        </message>
        <message>
            <source>Print job %1 is already over on the print server.</source>
            <translation>El trabajo de impresión %1 ya ha terminado en el servidor de impresión.</translation>
        </message>
    </context>
    <context>
        <name>DashboardController</name>
        <message>
            <source>ready</source>
            <translation>lista</translation>
        </message>
        <message>
            <source>This device works alone (no hub).</source>
            <translation>Este dispositivo funciona solo (sin hub).</translation>
        </message>
        <message>
            <source>The printer "%1" needs attention. Check it, then try again.</source>
            <translation>La impresora «%1» requiere atención. Compruébela y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>No badge printer is set up on this kiosk. Badges are not printed.</source>
            <translation>No hay ninguna impresora de credenciales configurada en este quiosco. Las credenciales no se imprimen.</translation>
        </message>
        <message>
            <source>The printing service does not answer. Badges wait and print when it is back.</source>
            <translation>El servicio de impresión no responde. Las credenciales esperan y se imprimirán cuando vuelva.</translation>
        </message>
        <message>
            <source>The badge printer "%1" does not exist on this kiosk. Choose another printer below.</source>
            <translation>La impresora de credenciales «%1» no existe en este quiosco. Elija otra impresora abajo.</translation>
        </message>
        <message>
            <source>Badges could not be sent to the printer. They wait and print when it works again.</source>
            <translation>No se pudieron enviar las credenciales a la impresora. Esperan y se imprimirán cuando vuelva a funcionar.</translation>
        </message>
        <message>
            <source>The badge printer is ready.</source>
            <translation>La impresora de credenciales está lista.</translation>
        </message>
        <message numerus="yes">
            <source>In touch with the hub; %n check-in(s) waiting to be sent.</source>
            <translation>
                <numerusform>En contacto con el hub; %n llegada pendiente de envío.</numerusform>
                <numerusform>En contacto con el hub; %n llegadas pendientes de envío.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The hub is unreachable since %1; %n check-in(s) waiting.</source>
            <translation>
                <numerusform>No se puede contactar con el hub desde las %1; %n llegada en espera.</numerusform>
                <numerusform>No se puede contactar con el hub desde las %1; %n llegadas en espera.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The hub has not been reached yet; %n check-in(s) waiting.</source>
            <translation>
                <numerusform>Aún no se ha contactado con el hub; %n llegada en espera.</numerusform>
                <numerusform>Aún no se ha contactado con el hub; %n llegadas en espera.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardPanel</name>
        <message>
            <source>checked in</source>
            <translation>llegados</translation>
        </message>
        <message>
            <source>registered</source>
            <translation>inscritos</translation>
        </message>
        <message>
            <source>codes used twice</source>
            <translation>códigos usados dos veces</translation>
        </message>
        <message>
            <source>badges waiting</source>
            <translation>credenciales en espera</translation>
        </message>
        <message>
            <source>Arrivals by quarter of an hour</source>
            <translation>Llegadas por cuarto de hora</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Printers</source>
            <translation>Impresoras</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>En uso</translation>
        </message>
        <message>
            <source>Use this printer</source>
            <translation>Usar esta impresora</translation>
        </message>
        <message>
            <source>Print badges on %1</source>
            <translation>Imprimir las credenciales en %1</translation>
        </message>
    </context>
    <context>
        <name>DelimitedText</name>
        <message>
            <source>a quoted field is never closed</source>
            <translation>un campo entre comillas nunca se cierra</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>El archivo está vacío.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DemoEvent</name>
        <message>
            <source>The demo event has %1 attendees instead of %2.</source>
            <translation>El evento de demostración tiene %1 participantes en lugar de %2.</translation>
        </message>
    </context>
    <context>
        <name>DoorController</name>
        <message>
            <source>The room is full (%1 of %2).</source>
            <translation>La sala está llena (%1 de %2).</translation>
        </message>
        <message>
            <source>Room full</source>
            <translation>Sala llena</translation>
        </message>
        <message>
            <source>%1 is back in.</source>
            <translation>%1 ha vuelto a entrar.</translation>
        </message>
        <message>
            <source>Welcome back</source>
            <translation>Bienvenido/a de nuevo</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>No registrado</translation>
        </message>
        <message>
            <source>Come in</source>
            <translation>Adelante</translation>
        </message>
        <message>
            <source>Already inside</source>
            <translation>Ya está dentro</translation>
        </message>
        <message>
            <source>%1 came in at %2 and did not go out through an exit scan.</source>
            <translation>%1 entró a las %2 y su salida no se escaneó.</translation>
        </message>
        <message>
            <source>Not registered</source>
            <translation>No inscrito/a</translation>
        </message>
        <message>
            <source>Not admitted</source>
            <translation>Acceso denegado</translation>
        </message>
        <message>
            <source>This code is not on the attendee list.</source>
            <translation>Este código no figura en la lista de participantes.</translation>
        </message>
        <message>
            <source>Code not recognised</source>
            <translation>Código no reconocido</translation>
        </message>
        <message>
            <source>%1 was not counted in the room.</source>
            <translation>%1 no figuraba en el recuento de la sala.</translation>
        </message>
        <message>
            <source>Not counted inside</source>
            <translation>No contado/a en la sala</translation>
        </message>
        <message>
            <source>%1 went out.</source>
            <translation>%1 ha salido.</translation>
        </message>
        <message>
            <source>Goodbye</source>
            <translation>Hasta luego</translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>PIN incorrecto.</translation>
        </message>
    </context>
    <context>
        <name>DoorPinPad</name>
        <message>
            <source>Staff PIN to let %1 in</source>
            <translation>PIN del personal para dejar entrar a %1</translation>
        </message>
        <message>
            <source>Staff PIN to change the session</source>
            <translation>PIN del personal para cambiar de sesión</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>DoorScreen</name>
        <message>
            <source>Which session is this door for?</source>
            <translation>¿Para qué sesión es esta puerta?</translation>
        </message>
        <message>
            <source>Change session</source>
            <translation>Cambiar de sesión</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Let %1 in anyway</source>
            <translation>Dejar entrar a %1 de todos modos</translation>
        </message>
        <message>
            <source>→ Entrance</source>
            <translation>→ Entrada</translation>
        </message>
        <message>
            <source>Scans count people coming in</source>
            <translation>Las lecturas cuentan a las personas que entran</translation>
        </message>
        <message>
            <source>← Exit</source>
            <translation>← Salida</translation>
        </message>
        <message>
            <source>Scans count people going out</source>
            <translation>Las lecturas cuentan a las personas que salen</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) in the room now</source>
            <translation>
                <numerusform>%n persona en la sala ahora</numerusform>
                <numerusform>%n personas en la sala ahora</numerusform>
            </translation>
        </message>
        <message>
            <source>people in the room now</source>
            <translation>personas en la sala ahora</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentController</name>
        <message>
            <source>This is not an enrolment code. Show the code that the hub prints with “accueil-hub enrolment-code --qr”.</source>
            <translation>Este no es un código de registro. Muestre el código que genera el hub con «accueil-hub enrolment-code --qr».</translation>
        </message>
        <message>
            <source>Enrolling with the hub…</source>
            <translation>Registrándose en el hub…</translation>
        </message>
        <message>
            <source>Enrolling with the hub of %1…</source>
            <translation>Registrándose en el hub de %1…</translation>
        </message>
        <message>
            <source>This kiosk is enrolled. Starting…</source>
            <translation>Este quiosco está registrado. Iniciando…</translation>
        </message>
        <message>
            <source>The enrolment did not succeed: %1</source>
            <translation>El registro no se completó: %1</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentInvite</name>
        <message>
            <source>This is not an Accueil enrolment code.</source>
            <translation>Este no es un código de registro de Accueil.</translation>
        </message>
        <message>
            <source>This enrolment code was made by another version of the hub.</source>
            <translation>Este código de registro lo creó otra versión del hub.</translation>
        </message>
        <message>
            <source>This enrolment code lacks the hub's address or the one-time code.</source>
            <translation>A este código de registro le falta la dirección del hub o el código de un solo uso.</translation>
        </message>
        <message>
            <source>This enrolment code lacks the hub certificate's fingerprint.</source>
            <translation>A este código de registro le falta la huella del certificado del hub.</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentScreen</name>
        <message>
            <source>Scan the enrolment code</source>
            <translation>Escanee el código de registro</translation>
        </message>
        <message>
            <source>This kiosk is not enrolled with a hub yet. On the hub, run “accueil-hub enrolment-code --qr” and hold the QR code it shows in front of the camera, or read it with the scanner.</source>
            <translation>Este quiosco aún no está registrado en ningún hub. En el hub, ejecute «accueil-hub enrolment-code --qr» y coloque el código QR que aparece delante de la cámara, o léalo con el lector.</translation>
        </message>
    </context>
    <context>
        <name>EventStore</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>No se puede crear la carpeta %1.</translation>
        </message>
        <message>
            <source>Cannot open the event database %1: %2</source>
            <translation>No se puede abrir la base de datos del evento %1: %2</translation>
        </message>
        <message>
            <source>Cannot set up the event database %1: %2</source>
            <translation>No se puede preparar la base de datos del evento %1: %2</translation>
        </message>
        <message>
            <source>The event database %1 was made by a newer version of Accueil (schema %2, this one knows %3). Update Accueil.</source>
            <translation>La base de datos del evento %1 fue creada por una versión más reciente de Accueil (esquema %2; esta conoce el %3). Actualice Accueil.</translation>
        </message>
        <message>
            <source>Cannot upgrade the event database %1 to schema %2: %3</source>
            <translation>No se puede actualizar la base de datos del evento %1 al esquema %2: %3</translation>
        </message>
        <message>
            <source>The event database %1 needs an upgrade, and a copy of it could not be kept first (%2): it was left as it is.</source>
            <translation>La base de datos del evento %1 necesita una actualización, y no se pudo guardar antes una copia (%2): se dejó como estaba.</translation>
        </message>
    </context>
    <context>
        <name>FieldLimits</name>
        <message>
            <source>code</source>
            <translation>código</translation>
        </message>
        <message>
            <source>external id</source>
            <translation>identificador externo</translation>
        </message>
        <message>
            <source>first name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>last name</source>
            <translation>apellido</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organización</translation>
        </message>
        <message>
            <source>role</source>
            <translation>cargo</translation>
        </message>
        <message>
            <source>country</source>
            <translation>país</translation>
        </message>
        <message>
            <source>category</source>
            <translation>categoría</translation>
        </message>
        <message>
            <source>language</source>
            <translation>idioma</translation>
        </message>
        <message>
            <source>email</source>
            <translation>correo electrónico</translation>
        </message>
        <message>
            <source>badge overrides</source>
            <translation>personalización de la credencial</translation>
        </message>
        <message>
            <source>the %1 has %2 characters; at most %3 are allowed</source>
            <translation>el campo %1 tiene %2 caracteres; se permiten como máximo %3</translation>
        </message>
    </context>
    <context>
        <name>HashPinCommand</name>
        <message>
            <source>Print the hash of a staff PIN (read from standard input), and exit.</source>
            <translation>Mostrar el hash de un PIN del personal (leído de la entrada estándar) y salir.</translation>
        </message>
        <message>
            <source>Also write the hash into this configuration file.</source>
            <translation>Escribir también el hash en este archivo de configuración.</translation>
        </message>
        <message>
            <source>The PIN (else read from standard input).</source>
            <translation>El PIN (si no, se lee de la entrada estándar).</translation>
        </message>
        <message>
            <source>Staff PIN (4 to 12 digits): </source>
            <translation>PIN del personal (de 4 a 12 cifras): </translation>
        </message>
        <message>
            <source>The same PIN again: </source>
            <translation>Repita el PIN: </translation>
        </message>
        <message>
            <source>The two PINs differ; nothing was changed.</source>
            <translation>Los dos PIN no coinciden; no se cambió nada.</translation>
        </message>
        <message>
            <source>A staff PIN is 4 to 12 digits (the staff screen has a digit pad).</source>
            <translation>Un PIN del personal tiene de 4 a 12 cifras (la pantalla del personal tiene un teclado numérico).</translation>
        </message>
        <message>
            <source>The PIN could not be hashed (not enough memory?).</source>
            <translation>No se pudo calcular el hash del PIN (¿falta memoria?).</translation>
        </message>
        <message>
            <source>The hash is in %1 ([staff] pin_hash).</source>
            <translation>El hash está en %1 ([staff] pin_hash).</translation>
        </message>
    </context>
    <context>
        <name>HubBackup</name>
        <message>
            <source>Cannot read the backup %1.</source>
            <translation>No se puede leer la copia de seguridad %1.</translation>
        </message>
        <message>
            <source>%1 is not a sound SQLite database.</source>
            <translation>%1 no es una base de datos SQLite íntegra.</translation>
        </message>
        <message>
            <source>%1 is not a backup of a hub's event database.</source>
            <translation>%1 no es una copia de seguridad de la base de datos del evento de un hub.</translation>
        </message>
        <message>
            <source>%1 is being restored; start the hub again when the restore is over.</source>
            <translation>%1 se está restaurando; vuelva a iniciar el hub cuando termine la restauración.</translation>
        </message>
        <message>
            <source>A hub on PostgreSQL is backed up with pg_dump.</source>
            <translation>Un hub en PostgreSQL se respalda con pg_dump.</translation>
        </message>
        <message>
            <source>Cannot create the backup folder %1.</source>
            <translation>No se puede crear la carpeta de copias de seguridad %1.</translation>
        </message>
        <message>
            <source>Cannot write the backup %1: %2</source>
            <translation>No se puede escribir la copia de seguridad %1: %2</translation>
        </message>
        <message>
            <source>Cannot rename the backup %1 to %2.</source>
            <translation>No se puede renombrar la copia de seguridad %1 como %2.</translation>
        </message>
        <message>
            <source>A hub on PostgreSQL is restored with pg_restore (see deploy/README.md).</source>
            <translation>Un hub en PostgreSQL se restaura con pg_restore (véase deploy/README.md).</translation>
        </message>
        <message>
            <source>A hub is serving %1: stop it first (systemctl stop accueil-hub).</source>
            <translation>Un hub está sirviendo %1: deténgalo primero (systemctl stop accueil-hub).</translation>
        </message>
        <message>
            <source>Cannot create %1.</source>
            <translation>No se puede crear %1.</translation>
        </message>
        <message>
            <source>Cannot copy %1 to %2.</source>
            <translation>No se puede copiar %1 en %2.</translation>
        </message>
        <message>
            <source>Cannot move the current database %1 aside.</source>
            <translation>No se puede apartar la base de datos actual %1.</translation>
        </message>
        <message>
            <source>Cannot move %1 to %2.</source>
            <translation>No se puede mover %1 a %2.</translation>
        </message>
    </context>
    <context>
        <name>HubService</name>
        <message>
            <source>This enrolment code is not valid: it is wrong, used already or expired.</source>
            <translation>Este código de registro no es válido: es incorrecto, ya se usó o ha caducado.</translation>
        </message>
        <message>
            <source>There is no device "%1".</source>
            <translation>No existe el dispositivo «%1».</translation>
        </message>
    </context>
    <context>
        <name>ImageSequenceSource</name>
        <message>
            <source>No image to show.</source>
            <translation>No hay ninguna imagen que mostrar.</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>Dry run: %1 new, %2 updated, %3 unchanged; nothing was written.</source>
            <translation>Simulación: %1 nuevos, %2 actualizados, %3 sin cambios; no se escribió nada.</translation>
        </message>
        <message>
            <source>%1 new, %2 updated, %3 unchanged.</source>
            <translation>%1 nuevos, %2 actualizados, %3 sin cambios.</translation>
        </message>
        <message numerus="yes">
            <source>The file was not imported: %n problem(s), nothing was written.</source>
            <translation>
                <numerusform>El archivo no se importó: %n problema, no se escribió nada.</numerusform>
                <numerusform>El archivo no se importó: %n problemas, no se escribió nada.</numerusform>
            </translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>línea %1: %2</translation>
        </message>
        <message>
            <source>Columns not used: %1</source>
            <translation>Columnas no usadas: %1</translation>
        </message>
        <message numerus="yes">
            <source>The import stopped part-way: %n change(s) were written, the rest were not. Run the same import again to finish it (what was written is matched, not duplicated).</source>
            <translation>
                <numerusform>La importación se detuvo a medias: se escribió %n cambio y el resto no. Vuelva a ejecutar la misma importación para terminarla (lo ya escrito se reconoce, no se duplica).</numerusform>
                <numerusform>La importación se detuvo a medias: se escribieron %n cambios y el resto no. Vuelva a ejecutar la misma importación para terminarla (lo ya escrito se reconoce, no se duplica).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted person(s) restored.</source>
            <translation>
                <numerusform>%n persona eliminada restaurada.</numerusform>
                <numerusform>%n personas eliminadas restauradas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped: deleted in Accueil (lines %1); import with --restore-deleted to bring them back.</source>
            <translation>
                <numerusform>%n persona omitida: eliminada en Accueil (líneas %1); importe con --restore-deleted para recuperarla.</numerusform>
                <numerusform>%n personas omitidas: eliminadas en Accueil (líneas %1); importe con --restore-deleted para recuperarlas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n kept cancelled although the file lists them as registered (lines %1); import with --restore-cancelled to register them again.</source>
            <translation>
                <numerusform>%n persona sigue cancelada aunque el archivo la da como inscrita (líneas %1); importe con --restore-cancelled para volver a inscribirla.</numerusform>
                <numerusform>%n personas siguen canceladas aunque el archivo las da como inscritas (líneas %1); importe con --restore-cancelled para volver a inscribirlas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) would be refused (the other lines would be imported):</source>
            <translation>
                <numerusform>%n línea se rechazaría (las demás se importarían):</numerusform>
                <numerusform>%n líneas se rechazarían (las demás se importarían):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) refused and not imported (the other lines were imported):</source>
            <translation>
                <numerusform>%n línea rechazada y no importada (las demás se importaron):</numerusform>
                <numerusform>%n líneas rechazadas y no importadas (las demás se importaron):</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWriter</name>
        <message>
            <source>An earlier import of %1 (started %2 UTC) stopped after writing %3 of %4 changes.</source>
            <translation>Una importación anterior de %1 (iniciada el %2 UTC) se detuvo tras escribir %3 de %4 cambios.</translation>
        </message>
    </context>
    <context>
        <name>KioskApplication</name>
        <message>
            <source>The kiosk screens could not be loaded: %1</source>
            <translation>No se pudieron cargar las pantallas del quiosco: %1</translation>
        </message>
    </context>
    <context>
        <name>KioskSpeech</name>
        <message>
            <source>No audio output: the kiosk cannot read its screens aloud and its sounds are silent. Connect a loudspeaker, then restart the kiosk.</source>
            <translation>No hay salida de audio: el quiosco no puede leer sus pantallas en voz alta y sus sonidos no se oyen. Conecte un altavoz y reinicie el quiosco.</translation>
        </message>
        <message>
            <source>No speech engine: the kiosk cannot read its screens aloud. Install speech-dispatcher and espeak-ng, then restart the kiosk.</source>
            <translation>No hay motor de voz: el quiosco no puede leer sus pantallas en voz alta. Instale speech-dispatcher y espeak-ng y reinicie el quiosco.</translation>
        </message>
        <message>
            <source>No voice for %1: the kiosk cannot read its screens aloud in that language.</source>
            <translation>No hay voz para %1: el quiosco no puede leer sus pantallas en voz alta en ese idioma.</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Accueil — check-in</source>
            <translation>Accueil — registro</translation>
        </message>
        <message>
            <source>Staff access (press and hold)</source>
            <translation>Acceso del personal (mantener pulsado)</translation>
        </message>
    </context>
    <context>
        <name>MediaFit</name>
        <message>
            <source>The badge template "%1" (%2 × %3 mm) fits none of the labels of the printer "%4" (%5). Load labels of the template's size, or choose a template for these labels.</source>
            <translation>La plantilla de credencial «%1» (%2 × %3 mm) no encaja en ninguna de las etiquetas de la impresora «%4» (%5). Cargue etiquetas del tamaño de la plantilla o elija una plantilla para estas etiquetas.</translation>
        </message>
        <message>
            <source>no size known</source>
            <translation>ningún tamaño conocido</translation>
        </message>
    </context>
    <context>
        <name>MoreTimePrompt</name>
        <message>
            <source>Do you need more time?</source>
            <translation>¿Necesita más tiempo?</translation>
        </message>
        <message numerus="yes">
            <source>Touch “More time” to keep this screen. Otherwise it goes back to the start in %n second(s).</source>
            <translation>
                <numerusform>Toque «Más tiempo» para mantener esta pantalla. Si no, volverá al inicio en %n segundo.</numerusform>
                <numerusform>Toque «Más tiempo» para mantener esta pantalla. Si no, volverá al inicio en %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <source>More time</source>
            <translation>Más tiempo</translation>
        </message>
        <message>
            <source>More time: keep this screen</source>
            <translation>Más tiempo: mantener esta pantalla</translation>
        </message>
        <message>
            <source>I am done</source>
            <translation>He terminado</translation>
        </message>
        <message>
            <source>I am done: back to the start</source>
            <translation>He terminado: volver al inicio</translation>
        </message>
    </context>
    <context>
        <name>OrganisationType</name>
        <message>
            <source>Local government</source>
            <translation>Gobierno local</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>International organisation</source>
            <translation>Organización internacional</translation>
        </message>
        <message>
            <source>Association or network</source>
            <translation>Asociación o red</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Medios de comunicación</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
    </context>
    <context>
        <name>PasswordPrompt</name>
        <message>
            <source>No password was given.</source>
            <translation>No se indicó ninguna contraseña.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Las dos contraseñas no coinciden.</translation>
        </message>
    </context>
    <context>
        <name>PrintQueue</name>
        <message>
            <source>There is no attendee %1.</source>
            <translation>No existe el participante %1.</translation>
        </message>
        <message>
            <source>Cannot record the print job: %1</source>
            <translation>No se puede registrar el trabajo de impresión: %1</translation>
        </message>
        <message>
            <source>The attendee of this badge no longer exists.</source>
            <translation>El participante de esta credencial ya no existe.</translation>
        </message>
        <message>
            <source>Cancelled on the print server.</source>
            <translation>Cancelado en el servidor de impresión.</translation>
        </message>
        <message>
            <source>There is no print job %1.</source>
            <translation>No existe el trabajo de impresión %1.</translation>
        </message>
        <message>
            <source>This badge was printed already; print it again instead.</source>
            <translation>Esta credencial ya se imprimió; reimprímala en su lugar.</translation>
        </message>
        <message>
            <source>This print job is already over.</source>
            <translation>Este trabajo de impresión ya ha terminado.</translation>
        </message>
        <message>
            <source>This badge is being sent to the printer right now; try again in a moment.</source>
            <translation>Esta credencial se está enviando a la impresora en este momento; vuelva a intentarlo enseguida.</translation>
        </message>
        <message>
            <source>This badge has just been printed; print it again instead.</source>
            <translation>Esta credencial se acaba de imprimir; reimprímala en su lugar.</translation>
        </message>
        <message>
            <source>This badge changed in the meantime; look at the print queue again.</source>
            <translation>Esta credencial cambió mientras tanto; vuelva a consultar la cola de impresión.</translation>
        </message>
        <message>
            <source>This badge is not waiting for staff: it is printing, printed or cancelled.</source>
            <translation>Esta credencial no está esperando al personal: se está imprimiendo, ya se imprimió o se canceló.</translation>
        </message>
        <message>
            <source>This badge has just been printed.</source>
            <translation>Esta credencial se acaba de imprimir.</translation>
        </message>
        <message>
            <source>This badge may have printed: the program sending it stopped half-way. Check the printer, then release the badge to print it, or cancel it.</source>
            <translation>Puede que esta credencial se haya impreso: el programa que la enviaba se detuvo a medias. Compruebe la impresora y luego libere la credencial para imprimirla, o cancélela.</translation>
        </message>
        <message>
            <source>The badge did not reach the printer: the program sending it stopped.</source>
            <translation>La credencial no llegó a la impresora: el programa que la enviaba se detuvo.</translation>
        </message>
        <message>
            <source>The print server no longer knows this badge: it may or may not have printed. Check the printer, then release the badge to print it, or cancel it.</source>
            <translation>El servidor de impresión ya no conoce esta credencial: puede que se haya impreso o no. Compruebe la impresora y luego libere la credencial para imprimirla, o cancélela.</translation>
        </message>
        <message>
            <source>The printer "%1" gave up on this badge. Check the printer, then print the badge again.</source>
            <translation>La impresora «%1» renunció a imprimir esta credencial. Compruebe la impresora y luego reimprima la credencial.</translation>
        </message>
        <message>
            <source>This badge is held on the print server. Release it there, or cancel it.</source>
            <translation>Esta credencial está retenida en el servidor de impresión. Libérela allí o cancélela.</translation>
        </message>
        <message>
            <source>There is no printer "%1". Choose another printer and move the badge to it.</source>
            <translation>No existe la impresora «%1». Elija otra impresora y mueva a ella la credencial.</translation>
        </message>
    </context>
    <context>
        <name>PrinterMedia</name>
        <message>
            <source>There is no printer "%1".</source>
            <translation>No existe la impresora «%1».</translation>
        </message>
        <message>
            <source>Cannot read the labels of the printer "%1": %2</source>
            <translation>No se pueden leer las etiquetas de la impresora «%1»: %2</translation>
        </message>
        <message>
            <source>any size from %1 × %2 to %3 × %4 mm</source>
            <translation>cualquier tamaño de %1 × %2 a %3 × %4 mm</translation>
        </message>
        <message>
            <source>other sizes up to %1 mm wide</source>
            <translation>otros tamaños de hasta %1 mm de ancho</translation>
        </message>
    </context>
    <context>
        <name>PrinterProblem</name>
        <message>
            <source>The printer "%1" cannot be reached. Check that it is switched on and plugged in.</source>
            <translation>No se puede contactar con la impresora «%1». Compruebe que esté encendida y conectada.</translation>
        </message>
        <message>
            <source>The printer "%1" is out of labels. Load labels; waiting badges will print.</source>
            <translation>La impresora «%1» no tiene etiquetas. Cargue etiquetas; las credenciales en espera se imprimirán.</translation>
        </message>
        <message>
            <source>Labels are jammed in the printer "%1". Clear the jam; waiting badges will print.</source>
            <translation>Hay etiquetas atascadas en la impresora «%1». Elimine el atasco; las credenciales en espera se imprimirán.</translation>
        </message>
        <message>
            <source>The printer "%1" is open. Close its cover.</source>
            <translation>La impresora «%1» está abierta. Cierre la tapa.</translation>
        </message>
        <message>
            <source>The printer "%1" is paused. Resume it, or move the waiting badges to another printer.</source>
            <translation>La impresora «%1» está en pausa. Reanúdela o mueva las credenciales en espera a otra impresora.</translation>
        </message>
        <message>
            <source>The printer "%1" needs ink or toner.</source>
            <translation>La impresora «%1» necesita tinta o tóner.</translation>
        </message>
        <message>
            <source>The printer "%1" cannot print badges: its driver is missing or broken. Reinstall the printer's driver, or choose another printer.</source>
            <translation>La impresora «%1» no puede imprimir credenciales: su controlador falta o está dañado. Reinstale el controlador de la impresora o elija otra impresora.</translation>
        </message>
        <message>
            <source>The printer "%1" reports a problem. Look at the printer: its screen or lights say what is wrong.</source>
            <translation>La impresora «%1» indica un problema. Mire la impresora: su pantalla o sus luces indican qué falla.</translation>
        </message>
        <message>
            <source>The print server stopped the printer: resume it once this is fixed.</source>
            <translation>El servidor de impresión detuvo la impresora: reanúdela cuando esto esté resuelto.</translation>
        </message>
        <message>
            <source>The print server stopped the printer "%1" after it failed to print. Check that it is switched on, connected and has labels, then resume it.</source>
            <translation>El servidor de impresión detuvo la impresora «%1» tras un fallo de impresión. Compruebe que esté encendida, conectada y con etiquetas, y luego reanúdela.</translation>
        </message>
        <message>
            <source>The printer "%1" is paused (%2). Resume it, or move the waiting badges to another printer.</source>
            <translation>La impresora «%1» está en pausa (%2). Reanúdela o mueva las credenciales en espera a otra impresora.</translation>
        </message>
        <message>
            <source>The printer "%1" does not take new badges at the moment: let it accept badges again, or move the waiting badges to another printer.</source>
            <translation>La impresora «%1» no acepta nuevas credenciales por ahora: haga que vuelva a aceptarlas o mueva las credenciales en espera a otra impresora.</translation>
        </message>
    </context>
    <context>
        <name>PrivateFile</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeImporter</name>
        <message>
            <source>The JSON is not valid: %1 (at byte %2).</source>
            <translation>El JSON no es válido: %1 (en el byte %2).</translation>
        </message>
        <message>
            <source>%1 columns where the header has %2</source>
            <translation>%1 columnas donde la cabecera tiene %2</translation>
        </message>
        <message>
            <source>the session has no code</source>
            <translation>la sesión no tiene código</translation>
        </message>
        <message>
            <source>the code %1 is used twice</source>
            <translation>el código %1 se usa dos veces</translation>
        </message>
        <message>
            <source>the session %1 has no title</source>
            <translation>la sesión %1 no tiene título</translation>
        </message>
        <message>
            <source>cannot read the start time "%1" (give a date and a time such as 14:30)</source>
            <translation>no se puede leer la hora de inicio «%1» (indique una fecha y una hora como 14:30)</translation>
        </message>
        <message>
            <source>the end time "%1" is not a time after the start</source>
            <translation>la hora de fin «%1» no es una hora posterior al inicio</translation>
        </message>
        <message>
            <source>the capacity "%1" is not a whole number</source>
            <translation>la capacidad «%1» no es un número entero</translation>
        </message>
    </context>
    <context>
        <name>ReachButton</name>
        <message>
            <source>Easy reach</source>
            <translation>Alcance fácil</translation>
        </message>
        <message>
            <source>Easy reach is on: touch to turn it off</source>
            <translation>Alcance fácil activado: toque para desactivarlo</translation>
        </message>
        <message>
            <source>Easy reach: controls lower, text larger</source>
            <translation>Alcance fácil: controles más abajo, texto más grande</translation>
        </message>
    </context>
    <context>
        <name>Registrations</name>
        <message>
            <source>A last name is needed.</source>
            <translation>Se necesita un apellido.</translation>
        </message>
        <message>
            <source>This email address does not look right: %1</source>
            <translation>Esta dirección de correo no parece correcta: %1</translation>
        </message>
        <message>
            <source>The change could not be saved: %1</source>
            <translation>No se pudo guardar el cambio: %1</translation>
        </message>
        <message>
            <source>This person is no longer on the list.</source>
            <translation>Esta persona ya no está en la lista.</translation>
        </message>
        <message>
            <source>The deletion could not be saved: %1</source>
            <translation>No se pudo guardar la eliminación: %1</translation>
        </message>
        <message>
            <source>This cannot be saved: %1.</source>
            <translation>No se puede guardar: %1.</translation>
        </message>
    </context>
    <context>
        <name>ResultScreen</name>
        <message>
            <source>Back</source>
            <translation>Volver</translation>
        </message>
        <message>
            <source>Back to the start</source>
            <translation>Volver al inicio</translation>
        </message>
        <message>
            <source>More time</source>
            <translation>Más tiempo</translation>
        </message>
        <message>
            <source>Keep this answer on screen longer</source>
            <translation>Mantener esta respuesta más tiempo en pantalla</translation>
        </message>
    </context>
    <context>
        <name>ScreenshotTour</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>No se puede crear la carpeta %1.</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>No se puede escribir %1.</translation>
        </message>
    </context>
    <context>
        <name>SelfSearchScreen</name>
        <message>
            <source>Your last name</source>
            <translation>Su apellido</translation>
        </message>
        <message>
            <source>I am %1</source>
            <translation>Soy %1</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Volver</translation>
        </message>
        <message>
            <source>Back to the start</source>
            <translation>Volver al inicio</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Su respuesta</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirmar</translation>
        </message>
        <message>
            <source>Confirm my answer</source>
            <translation>Confirmar mi respuesta</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>More time</source>
            <translation>Más tiempo</translation>
        </message>
        <message>
            <source>Keep this screen longer</source>
            <translation>Mantener esta pantalla más tiempo</translation>
        </message>
    </context>
    <context>
        <name>SelfServiceController</name>
        <message>
            <source>Your badge is printing…</source>
            <translation>Su acreditación se está imprimiendo…</translation>
        </message>
        <message>
            <source>Please take your badge.</source>
            <translation>Tome su acreditación.</translation>
        </message>
        <message>
            <source>Your badge will be handed to you at the welcome desk.</source>
            <translation>Le entregarán su acreditación en el mostrador de acogida.</translation>
        </message>
        <message>
            <source>No code?</source>
            <translation>¿No tiene código?</translation>
        </message>
        <message>
            <source>Type the first letters of your last name, then touch your name.</source>
            <translation>Escriba las primeras letras de su apellido y toque su nombre.</translation>
        </message>
        <message>
            <source>Please go to the welcome desk: we will find your registration.</source>
            <translation>Diríjase al mostrador de acogida: encontraremos su inscripción.</translation>
        </message>
        <message>
            <source>Welcome, %1!</source>
            <translation>¡Bienvenido/a, %1!</translation>
        </message>
        <message>
            <source>You are checked in. Please confirm your details at the welcome desk when you can.</source>
            <translation>Está registrado/a. Confirme sus datos en el mostrador de acogida cuando pueda.</translation>
        </message>
        <message>
            <source>You are checked in.</source>
            <translation>Está registrado/a.</translation>
        </message>
        <message>
            <source>Already checked in</source>
            <translation>Ya registrado/a</translation>
        </message>
        <message>
            <source>Code not recognised</source>
            <translation>Código no reconocido</translation>
        </message>
        <message>
            <source>We cannot find this code. Please go to the welcome desk with your confirmation.</source>
            <translation>No encontramos este código. Diríjase al mostrador de acogida con su confirmación.</translation>
        </message>
        <message>
            <source>Code not valid</source>
            <translation>Código no válido</translation>
        </message>
        <message>
            <source>This code is not valid for this event (%1). Please go to the welcome desk.</source>
            <translation>Este código no es válido para este evento (%1). Diríjase al mostrador de acogida.</translation>
        </message>
        <message>
            <source>Registration cancelled</source>
            <translation>Inscripción anulada</translation>
        </message>
        <message>
            <source>This registration was cancelled. Please go to the welcome desk.</source>
            <translation>Esta inscripción fue anulada. Diríjase al mostrador de acogida.</translation>
        </message>
        <message>
            <source>Not registered for this session</source>
            <translation>No inscrito/a en esta sesión</translation>
        </message>
        <message>
            <source>Please ask the staff at the door or go to the welcome desk.</source>
            <translation>Pregunte al personal de la puerta o diríjase al mostrador de acogida.</translation>
        </message>
        <message>
            <source>This session is full</source>
            <translation>Esta sesión está completa</translation>
        </message>
        <message>
            <source>Please ask the staff at the door.</source>
            <translation>Pregunte al personal de la puerta.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>Your check-in could not be recorded. Please go to the welcome desk.</source>
            <translation>No se pudo guardar su registro. Diríjase al mostrador de acogida.</translation>
        </message>
        <message>
            <source>Welcome!</source>
            <translation>¡Le damos la bienvenida!</translation>
        </message>
        <message>
            <source>The staff at the welcome desk will check you in: please show them an identity document.</source>
            <translation>El personal del mostrador de acogida registrará su llegada: muéstrele un documento de identidad.</translation>
        </message>
        <message numerus="yes">
            <source>To check that it is you, type the last %n character(s) of your registration number.</source>
            <translation>
                <numerusform>Para comprobar que es usted, escriba %n carácter: el último de su número de inscripción.</numerusform>
                <numerusform>Para comprobar que es usted, escriba los %n últimos caracteres de su número de inscripción.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>To check that it is you, type the first %n letter(s) after the @ of the e-mail address you registered with.</source>
            <translation>
                <numerusform>Para comprobar que es usted, escriba %n letra: la primera tras la @ de la dirección de correo con la que se inscribió.</numerusform>
                <numerusform>Para comprobar que es usted, escriba las %n primeras letras tras la @ de la dirección de correo con la que se inscribió.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>To check that it is you, type the first %n letter(s) of the e-mail address you registered with.</source>
            <translation>
                <numerusform>Para comprobar que es usted, escriba %n letra: la primera de la dirección de correo con la que se inscribió.</numerusform>
                <numerusform>Para comprobar que es usted, escriba las %n primeras letras de la dirección de correo con la que se inscribió.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That is not it: %n try(s) left.</source>
            <translation>
                <numerusform>No es correcto: le queda %n intento.</numerusform>
                <numerusform>No es correcto: le quedan %n intentos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Is this you?</source>
            <translation>¿Es usted?</translation>
        </message>
        <message>
            <source>We could not check that it is you. The staff at the welcome desk will check you in.</source>
            <translation>No pudimos comprobar que es usted. El personal del mostrador de acogida registrará su llegada.</translation>
        </message>
        <message>
            <source>Please go to the welcome desk</source>
            <translation>Diríjase al mostrador de acogida</translation>
        </message>
        <message>
            <source>This code was used at %1 on %2. If you need a new badge, please go to the welcome desk.</source>
            <translation>Este código se usó a las %1 el %2. Si necesita una nueva acreditación, diríjase al mostrador de acogida.</translation>
        </message>
        <message>
            <source>The camera is not working. Use the scanner, or go to the welcome desk.</source>
            <translation>La cámara no funciona. Use el lector o diríjase al mostrador de acogida.</translation>
        </message>
    </context>
    <context>
        <name>SigningKeys</name>
        <message>
            <source>Key %1 is already known with another value; a key is never replaced.</source>
            <translation>La clave %1 ya se conoce con otro valor; una clave nunca se sustituye.</translation>
        </message>
    </context>
    <context>
        <name>SpeechControl</name>
        <message>
            <source>Hear again</source>
            <translation>Volver a oír</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>Leer en voz alta</translation>
        </message>
        <message>
            <source>Hear the screen again</source>
            <translation>Volver a oír la pantalla</translation>
        </message>
        <message>
            <source>Read the screen aloud</source>
            <translation>Leer la pantalla en voz alta</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Stop reading aloud</source>
            <translation>Dejar de leer en voz alta</translation>
        </message>
        <message>
            <source>Quieter</source>
            <translation>Más bajo</translation>
        </message>
        <message>
            <source>Louder</source>
            <translation>Más alto</translation>
        </message>
    </context>
    <context>
        <name>SpokenTexts</name>
        <message>
            <source>If you have no code, please go to the welcome desk.</source>
            <translation>Si no tiene código, diríjase al mostrador de acogida.</translation>
        </message>
        <message>
            <source>The screen returns to the start on its own.</source>
            <translation>La pantalla vuelve al inicio por sí sola.</translation>
        </message>
        <message>
            <source>Registration of %1.</source>
            <translation>Inscripción de %1.</translation>
        </message>
        <message>
            <source>If you cannot use the keyboard on the screen, please go to the welcome desk.</source>
            <translation>Si no puede usar el teclado de la pantalla, diríjase al mostrador de acogida.</translation>
        </message>
        <message>
            <source>The badge printer is waiting for the staff: badges may be handed out at the welcome desk.</source>
            <translation>La impresora de acreditaciones espera al personal: las acreditaciones pueden entregarse en el mostrador de acogida.</translation>
        </message>
        <message>
            <source>Your badge reads: %1.</source>
            <translation>Su acreditación dice: %1.</translation>
        </message>
        <message>
            <source>Speech is on.</source>
            <translation>La voz está activada.</translation>
        </message>
        <message>
            <source>To hear the screen again, touch the button in the bottom right corner of the screen. The button beside it stops speech; the next two make the voice quieter or louder.</source>
            <translation>Para volver a oír la pantalla, toque el botón de la esquina inferior derecha de la pantalla. El botón de al lado detiene la voz; los dos siguientes bajan o suben el volumen de la voz.</translation>
        </message>
        <message>
            <source>Your name is never said on the loudspeaker: plug headphones into the kiosk to hear your name and your badge.</source>
            <translation>Su nombre nunca se dice por el altavoz: conecte unos auriculares al quiosco para oír su nombre y su acreditación.</translation>
        </message>
        <message>
            <source>Do you need more time? Touch “More time” to keep this screen.</source>
            <translation>¿Necesita más tiempo? Toque «Más tiempo» para mantener esta pantalla.</translation>
        </message>
    </context>
    <context>
        <name>StaffController</name>
        <message>
            <source>This person has no code to check in with.</source>
            <translation>Esta persona no tiene código para registrar su llegada.</translation>
        </message>
        <message>
            <source>The badge is sent to the printer again.</source>
            <translation>La credencial se envía de nuevo a la impresora.</translation>
        </message>
        <message>
            <source>The walk-in could not be recorded: %1</source>
            <translation>No se pudo registrar la inscripción en el lugar: %1</translation>
        </message>
        <message>
            <source>Check-in undone</source>
            <translation>Llegada anulada</translation>
        </message>
        <message>
            <source>Entered %1</source>
            <translation>Entró en %1</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Llegada registrada</translation>
        </message>
        <message>
            <source>%1 is updated.</source>
            <translation>%1 ha sido actualizado.</translation>
        </message>
        <message>
            <source>The arrival is undone.</source>
            <translation>La llegada está anulada.</translation>
        </message>
        <message>
            <source>No badge printer is set up on this kiosk: nothing was printed.</source>
            <translation>No hay ninguna impresora de credenciales configurada en este quiosco: no se imprimió nada.</translation>
        </message>
        <message>
            <source>%1 is already registered. Open their page, or register the walk-in as another person.</source>
            <translation>%1 ya está inscrito/a. Abra su ficha o registre a esta persona como otra distinta.</translation>
        </message>
        <message>
            <source>Badge reprint waiting for the printer</source>
            <translation>Reimpresión de la credencial en espera de la impresora</translation>
        </message>
        <message>
            <source>Badge waiting for the printer</source>
            <translation>Credencial en espera de la impresora</translation>
        </message>
        <message>
            <source>Badge reprint being printed</source>
            <translation>Reimprimiendo la credencial</translation>
        </message>
        <message>
            <source>Badge being printed</source>
            <translation>Imprimiendo la credencial</translation>
        </message>
        <message>
            <source>Badge reprinted</source>
            <translation>Credencial reimpresa</translation>
        </message>
        <message>
            <source>Badge printed</source>
            <translation>Credencial impresa</translation>
        </message>
        <message>
            <source>Badge reprint did not print</source>
            <translation>La credencial no se reimprimió</translation>
        </message>
        <message>
            <source>Badge did not print</source>
            <translation>La credencial no se imprimió</translation>
        </message>
        <message>
            <source>Badge not printed (cancelled)</source>
            <translation>Credencial no impresa (cancelada)</translation>
        </message>
        <message>
            <source>This code is not valid for this event.</source>
            <translation>Este código no es válido para este evento.</translation>
        </message>
        <message>
            <source>This code is not on the attendee list.</source>
            <translation>Este código no figura en la lista de participantes.</translation>
        </message>
        <message>
            <source>%1 has already arrived.</source>
            <translation>%1 ya ha llegado.</translation>
        </message>
        <message>
            <source>%1: not arrived yet.</source>
            <translation>%1: aún no ha llegado.</translation>
        </message>
        <message>
            <source>Badge kept for the desk: hand it over or print it from the desk</source>
            <translation>Credencial reservada para el mostrador: entréguela o imprímala desde el mostrador</translation>
        </message>
        <message>
            <source>Badge may have printed: check the printer, then reprint if needed</source>
            <translation>Puede que la credencial se haya impreso: revise la impresora y reimprímala si hace falta</translation>
        </message>
        <message>
            <source>Badge lost by the printer: reprint it</source>
            <translation>La impresora perdió la credencial: reimprímala</translation>
        </message>
    </context>
    <context>
        <name>StaffKeyboard</name>
        <message>
            <source>Capital letter</source>
            <translation>Mayúscula</translation>
        </message>
        <message>
            <source>space</source>
            <translation>espacio</translation>
        </message>
        <message>
            <source>Delete the letter before</source>
            <translation>Borrar la letra anterior</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Intro</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <source>Hide the keyboard</source>
            <translation>Ocultar el teclado</translation>
        </message>
    </context>
    <context>
        <name>StaffLogin</name>
        <message>
            <source>Staff access</source>
            <translation>Acceso del personal</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Staff PIN</source>
            <translation>PIN del personal</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open staff mode</source>
            <translation>Abrir el modo personal</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Delete the last digit</source>
            <translation>Borrar la última cifra</translation>
        </message>
    </context>
    <context>
        <name>StaffPin</name>
        <message>
            <source>No staff PIN is set for this kiosk.</source>
            <translation>Este quiosco no tiene PIN de personal.</translation>
        </message>
        <message>
            <source>The staff PIN of this kiosk is stored in an old, unsafe form and cannot be used. Make a new one with "accueil-kiosk --hash-pin" and put it in the configuration (staff/pin_hash).</source>
            <translation>El PIN del personal de este quiosco está guardado en un formato antiguo e inseguro y no se puede usar. Cree uno nuevo con «accueil-kiosk --hash-pin» y póngalo en la configuración (staff/pin_hash).</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Try again in %n second(s).</source>
            <translation>
                <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo en %n segundo.</numerusform>
                <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo en %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>PIN incorrecto.</translation>
        </message>
    </context>
    <context>
        <name>StaffScreen</name>
        <message>
            <source>Welcome desk</source>
            <translation>Mostrador de acogida</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close staff mode</source>
            <translation>Cerrar el modo personal</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Inscripción en el lugar</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Cifras</translation>
        </message>
        <message>
            <source>Name, organisation or code</source>
            <translation>Nombre, organización o código</translation>
        </message>
        <message>
            <source>Search attendees</source>
            <translation>Buscar participantes</translation>
        </message>
        <message>
            <source>Open the page of %1</source>
            <translation>Abrir la página de %1</translation>
        </message>
        <message>
            <source>Registration cancelled</source>
            <translation>Inscripción anulada</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Reimprimir</translation>
        </message>
        <message>
            <source>Reprint the badge of %1</source>
            <translation>Reimprimir la credencial de %1</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellido</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Register, check in and print</source>
            <translation>Inscribir, registrar llegada e imprimir</translation>
        </message>
        <message>
            <source>Register the walk-in, check them in and print their badge</source>
            <translation>Inscribir a la persona, registrar su llegada e imprimir su credencial</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Ha llegado</translation>
        </message>
        <message>
            <source>Mark as arrived</source>
            <translation>Marcar como llegado/a</translation>
        </message>
        <message>
            <source>Mark %1 as arrived</source>
            <translation>Marcar a %1 como llegado/a</translation>
        </message>
        <message>
            <source>Undo arrival</source>
            <translation>Anular la llegada</translation>
        </message>
        <message>
            <source>Tap again to undo</source>
            <translation>Toque de nuevo para anular</translation>
        </message>
        <message>
            <source>Undo the arrival of %1 (hold, or tap twice)</source>
            <translation>Anular la llegada de %1 (mantener pulsado o tocar dos veces)</translation>
        </message>
        <message>
            <source>Already registered: %1</source>
            <translation>Ya inscrito/a: %1</translation>
        </message>
        <message>
            <source>Open their page</source>
            <translation>Abrir su ficha</translation>
        </message>
        <message>
            <source>Another person: register</source>
            <translation>Otra persona: registrar</translation>
        </message>
    </context>
    <context>
        <name>SyncClient</name>
        <message>
            <source>The hub %1 refused the enrolment: %2</source>
            <translation>El hub %1 rechazó el registro: %2</translation>
        </message>
        <message>
            <source>This database belongs to another event than the hub's (%1); use a new database for this device.</source>
            <translation>Esta base de datos pertenece a un evento distinto del del hub (%1); use una base de datos nueva para este dispositivo.</translation>
        </message>
        <message>
            <source>The hub refused the check-ins sent: %1</source>
            <translation>El hub rechazó las llegadas enviadas: %1</translation>
        </message>
        <message>
            <source>Cannot get the changes from the hub: %1</source>
            <translation>No se pueden obtener los cambios del hub: %1</translation>
        </message>
        <message>
            <source>This device is not enrolled with a hub: run "accueil enroll --hub URL --code CODE".</source>
            <translation>Este dispositivo no está registrado en ningún hub: ejecute «accueil enroll --hub URL --code CÓDIGO».</translation>
        </message>
        <message>
            <source>This device was enrolled with a hub that speaks TLS; it does not talk to %1 without it.</source>
            <translation>Este dispositivo se registró en un hub que usa TLS; no habla con %1 sin TLS.</translation>
        </message>
        <message>
            <source>The server at %1 does not show the certificate of the hub this device was enrolled with; nothing was sent to it.</source>
            <translation>El servidor %1 no presenta el certificado del hub en el que se registró este dispositivo; no se le envió nada.</translation>
        </message>
        <message>
            <source>This device is enrolled with %1 without pinning its certificate: its token is not sent to %2. Enrol it again to change hubs.</source>
            <translation>Este dispositivo está registrado en %1 sin fijar su certificado: su token no se envía a %2. Vuelva a registrarlo para cambiar de hub.</translation>
        </message>
        <message numerus="yes">
            <source>This device's clock is %n minute(s) ahead of the hub's; ask staff to set it.</source>
            <translation>
                <numerusform>El reloj de este dispositivo va %n minuto adelantado respecto al del hub; pida al personal que lo ponga en hora.</numerusform>
                <numerusform>El reloj de este dispositivo va %n minutos adelantado respecto al del hub; pida al personal que lo ponga en hora.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This device's clock is %n minute(s) behind the hub's; ask staff to set it.</source>
            <translation>
                <numerusform>El reloj de este dispositivo va %n minuto atrasado respecto al del hub; pida al personal que lo ponga en hora.</numerusform>
                <numerusform>El reloj de este dispositivo va %n minutos atrasado respecto al del hub; pida al personal que lo ponga en hora.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused by the hub (%1).</source>
            <translation>
                <numerusform>%n cambio rechazado por el hub (%1).</numerusform>
                <numerusform>%n cambios rechazados por el hub (%1).</numerusform>
            </translation>
        </message>
        <message>
            <source>The hub is busy; the check-ins will be sent at the next sync.</source>
            <translation>El hub está ocupado; las llegadas se enviarán en la próxima sincronización.</translation>
        </message>
        <message>
            <source>The hub is busy; this device's state will be sent at the next sync.</source>
            <translation>El hub está ocupado; el estado de este dispositivo se enviará en la próxima sincronización.</translation>
        </message>
        <message>
            <source>The hub refused this device's state: %1</source>
            <translation>El hub rechazó el estado de este dispositivo: %1</translation>
        </message>
    </context>
    <context>
        <name>TerminalProgress</name>
        <message>
            <source>%1: %2 of %3 (%4 %)</source>
            <translation>%1: %2 de %3 (%4 %)</translation>
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
            <translation>No se puede leer %1: %2</translation>
        </message>
        <message>
            <source>%1 is not a PEM certificate.</source>
            <translation>%1 no es un certificado PEM.</translation>
        </message>
        <message>
            <source>%1 is not a private key this hub can use (PEM, not encrypted).</source>
            <translation>%1 no es una clave privada que este hub pueda usar (PEM, sin cifrar).</translation>
        </message>
        <message>
            <source>The key %1 does not belong to the certificate %2.</source>
            <translation>La clave %1 no corresponde al certificado %2.</translation>
        </message>
        <message>
            <source>Cannot make the hub's certificates in %1.</source>
            <translation>No se pueden crear los certificados del hub en %1.</translation>
        </message>
    </context>
    <context>
        <name>VideoFileSource</name>
        <message>
            <source>Cannot play %1: %2</source>
            <translation>No se puede reproducir %1: %2</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <source>Hold the code of your confirmation up to the camera, on your phone or on paper.</source>
            <translation>Muestre a la cámara el código de su confirmación, en el teléfono o en papel.</translation>
        </message>
        <message>
            <source>No code?</source>
            <translation>¿No tiene código?</translation>
        </message>
        <message>
            <source>I have no code</source>
            <translation>No tengo código</translation>
        </message>
        <message>
            <source>Place the code inside the frame</source>
            <translation>Coloque el código dentro del marco</translation>
        </message>
        <message>
            <source>Scan your QR code</source>
            <translation>Escanee su código QR</translation>
        </message>
    </context>
    <context>
        <name>hub</name>
        <message>
            <source>The Accueil hub: the central attendee list that every device syncs with.</source>
            <translation>El hub de Accueil: la lista central de participantes con la que se sincroniza cada dispositivo.</translation>
        </message>
        <message>
            <source>Event database of the hub.</source>
            <translation>Base de datos del evento del hub.</translation>
        </message>
        <message>
            <source>Keep the hub's data in PostgreSQL instead (postgresql://user@host/database).</source>
            <translation>Guardar los datos del hub en PostgreSQL (postgresql://usuario@servidor/base).</translation>
        </message>
        <message>
            <source>Address and port (default 127.0.0.1:8642).</source>
            <translation>Dirección y puerto (por defecto 127.0.0.1:8642).</translation>
        </message>
        <message>
            <source>accueil-hub needs --db FILE or --postgres URI.</source>
            <translation>accueil-hub necesita --db ARCHIVO o --postgres URI.</translation>
        </message>
        <message>
            <source>One-time enrolment code, valid 24 hours:</source>
            <translation>Código de registro de un solo uso, válido 24 horas:</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>revocado</translation>
        </message>
        <message>
            <source>revoke needs a device id or name.</source>
            <translation>revoke necesita el identificador o el nombre de un dispositivo.</translation>
        </message>
        <message>
            <source>Unknown command "%1".</source>
            <translation>Orden desconocida «%1».</translation>
        </message>
        <message>
            <source>--listen takes ADDRESS:PORT, such as 127.0.0.1:8642.</source>
            <translation>--listen espera DIRECCIÓN:PUERTO, como 127.0.0.1:8642.</translation>
        </message>
        <message>
            <source>Cannot listen on %1.</source>
            <translation>No se puede escuchar en %1.</translation>
        </message>
        <message>
            <source>accueil-hub serving event %1 on %2:%3</source>
            <translation>accueil-hub sirve el evento %1 en %2:%3</translation>
        </message>
        <message>
            <source>TLS certificate (PEM); by default the hub makes its own.</source>
            <translation>Certificado TLS (PEM); por defecto el hub crea el suyo.</translation>
        </message>
        <message>
            <source>TLS private key (PEM, RSA or EC).</source>
            <translation>Clave privada TLS (PEM, RSA o EC).</translation>
        </message>
        <message>
            <source>Where the hub keeps the certificate it makes (default: beside the database).</source>
            <translation>Dónde guarda el hub el certificado que crea (por defecto: junto a la base de datos).</translation>
        </message>
        <message>
            <source>Serve plain HTTP, without TLS: only on a loopback address, for tests.</source>
            <translation>Servir HTTP sin TLS: solo en una dirección local, para pruebas.</translation>
        </message>
        <message>
            <source>enrolment-code: print {"code", "hub", "fingerprint"} as JSON.</source>
            <translation>enrolment-code: mostrar {"code", "hub", "fingerprint"} en JSON.</translation>
        </message>
        <message>
            <source>The address devices use to reach the hub, for enrolment-code (default: from --listen).</source>
            <translation>La dirección con la que los dispositivos llegan al hub, para enrolment-code (por defecto: según --listen).</translation>
        </message>
        <message>
            <source>--insecure-http is refused on %1: anyone on the network could read the list and forge answers. Serve TLS (the default) or listen on 127.0.0.1.</source>
            <translation>--insecure-http se rechaza en %1: cualquiera en la red podría leer la lista y falsificar respuestas. Sirva TLS (por defecto) o escuche en 127.0.0.1.</translation>
        </message>
        <message>
            <source>Hub certificate: %1</source>
            <translation>Certificado del hub: %1</translation>
        </message>
        <message>
            <source>On the device:</source>
            <translation>En el dispositivo:</translation>
        </message>
        <message>
            <source>enrolment-code: also show it as a QR code, and save it as a PNG image.</source>
            <translation>enrolment-code: mostrarlo también como código QR y guardarlo como imagen PNG.</translation>
        </message>
        <message>
            <source>enrolment-code --qr: the PNG image to write.</source>
            <translation>enrolment-code --qr: la imagen PNG que se escribirá.</translation>
        </message>
        <message>
            <source>Where to keep snapshots of the database (default: FILE.backups).</source>
            <translation>Dónde guardar las instantáneas de la base de datos (por defecto: FILE.backups).</translation>
        </message>
        <message>
            <source>Minutes between snapshots (default 5; 0: none).</source>
            <translation>Minutos entre instantáneas (5 por defecto; 0: ninguna).</translation>
        </message>
        <message>
            <source>How many snapshots to keep (default 24).</source>
            <translation>Cuántas instantáneas conservar (24 por defecto).</translation>
        </message>
        <message>
            <source>restore needs a backup file.</source>
            <translation>restore necesita un archivo de copia de seguridad.</translation>
        </message>
        <message>
            <source>Restored; devices push again what the backup lacks.</source>
            <translation>Restaurado; los dispositivos vuelven a enviar lo que falta en la copia.</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>No se puede escribir %1.</translation>
        </message>
        <message>
            <source>The QR code is also in %1.</source>
            <translation>El código QR también está en %1.</translation>
        </message>
        <message>
            <source>Another name or address the hub's certificate covers (repeatable; its own addresses and host name are always covered).</source>
            <translation>Otro nombre o dirección que cubre el certificado del hub (repetible; sus propias direcciones y su nombre de equipo siempre están cubiertos).</translation>
        </message>
        <message>
            <source>ca: print the CA certificate (PEM).</source>
            <translation>ca: mostrar el certificado de la CA (PEM).</translation>
        </message>
        <message>
            <source>user add: organiser (may change things) or viewer (figures only).</source>
            <translation>user add: organiser (puede hacer cambios) o viewer (solo cifras).</translation>
        </message>
        <message>
            <source>Nothing to serve; enrolment-code, ca (the CA to install in browsers), devices, revoke DEVICE, backup (a snapshot now), restore BACKUP, or the console's accounts: user add NAME --role organiser|viewer, user list, user remove NAME.</source>
            <translation>Nada que servir; enrolment-code, ca (la CA que se instala en los navegadores), devices, revoke DISPOSITIVO, backup (una instantánea ahora), restore COPIA, o las cuentas de la consola: user add NOMBRE --role organiser|viewer, user list, user remove NOMBRE.</translation>
        </message>
        <message>
            <source>This hub has no CA of its own: it serves the certificate given with --tls-cert, or no TLS.</source>
            <translation>Este hub no tiene CA propia: sirve el certificado indicado con --tls-cert, o sin TLS.</translation>
        </message>
        <message>
            <source>CA certificate: %1</source>
            <translation>Certificado de la CA: %1</translation>
        </message>
        <message>
            <source>Fingerprint: %1</source>
            <translation>Huella: %1</translation>
        </message>
        <message>
            <source>As browsers and phones show it (SHA-256): %1</source>
            <translation>Tal como la muestran los navegadores y los teléfonos (SHA-256): %1</translation>
        </message>
        <message>
            <source>Also served at %1/ca.pem</source>
            <translation>También disponible en %1/ca.pem</translation>
        </message>
        <message>
            <source>Use: user add NAME --role organiser|viewer, user list, or user remove NAME.</source>
            <translation>Uso: user add NOMBRE --role organiser|viewer, user list o user remove NOMBRE.</translation>
        </message>
        <message>
            <source>Password for %1: </source>
            <translation>Contraseña de %1: </translation>
        </message>
        <message>
            <source>The same password again: </source>
            <translation>Repita la contraseña: </translation>
        </message>
        <message>
            <source>%1 can log in to the console as %2.</source>
            <translation>%1 puede iniciar sesión en la consola como %2.</translation>
        </message>
        <message>
            <source>The event's private signing key, for issuing codes in the console (default: the newest one "accueil keygen" made beside the --db database).</source>
            <translation>La clave privada de firma del evento, para emitir códigos en la consola (por defecto: la más reciente creada por «accueil keygen» junto a la base de datos --db).</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n cambio en espera</numerusform>
                <numerusform>%n cambios en espera</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) waiting</source>
            <translation>
                <numerusform>%n credencial en espera</numerusform>
                <numerusform>%n credenciales en espera</numerusform>
            </translation>
        </message>
        <message>
            <source>ready</source>
            <translation>lista</translation>
        </message>
    </context>
    <context>
        <name>kiosk</name>
        <message>
            <source>Configuration file (see deploy/kiosk.conf).</source>
            <translation>Archivo de configuración (véase deploy/kiosk.conf).</translation>
        </message>
        <message>
            <source>Event database.</source>
            <translation>Base de datos del evento.</translation>
        </message>
        <message>
            <source>Camera id or part of its name.</source>
            <translation>Identificador de la cámara o parte de su nombre.</translation>
        </message>
        <message>
            <source>Show the images of a folder instead of a camera.</source>
            <translation>Mostrar las imágenes de una carpeta en lugar de una cámara.</translation>
        </message>
        <message>
            <source>CUPS queue for badges.</source>
            <translation>Cola CUPS para las credenciales.</translation>
        </message>
        <message>
            <source>The hub's address, when it changed since this device enrolled.</source>
            <translation>La dirección del hub, si cambió desde el registro de este dispositivo.</translation>
        </message>
        <message>
            <source>Badge template.</source>
            <translation>Plantilla de credencial.</translation>
        </message>
        <message>
            <source>self-service (default) or door.</source>
            <translation>self-service (por defecto) o door.</translation>
        </message>
        <message>
            <source>The session of a door (its code); chosen on screen when not given.</source>
            <translation>La sesión de una puerta (su código); se elige en pantalla si no se indica.</translation>
        </message>
        <message>
            <source>Fill the screen (the real kiosk).</source>
            <translation>Ocupar toda la pantalla (el quiosco real).</translation>
        </message>
        <message>
            <source>Log every decision on standard error.</source>
            <translation>Registrar cada decisión en la salida de error estándar.</translation>
        </message>
        <message>
            <source>Load every screen in every language and exit; fails on any QML warning.</source>
            <translation>Cargar cada pantalla en cada idioma y salir; falla ante cualquier advertencia QML.</translation>
        </message>
        <message>
            <source>Time N scans from camera frame to greeting on a demo event, and report memory.</source>
            <translation>Medir N lecturas, de la imagen de la cámara al saludo, en un evento de demostración, e informar de la memoria.</translation>
        </message>
        <message>
            <source>accueil-kiosk needs an event database: --db FILE or kiosk/database in --config.</source>
            <translation>accueil-kiosk necesita una base de datos del evento: --db ARCHIVO o kiosk/database en --config.</translation>
        </message>
        <message>
            <source>Language of the screens: %1.</source>
            <translation>Idioma de las pantallas: %1.</translation>
        </message>
        <message>
            <source>Read a staff PIN from standard input, print its hash for the configuration file, and exit (with --config FILE: write it there too). Needs no display.</source>
            <translation>Leer un PIN del personal de la entrada estándar, mostrar su hash para el archivo de configuración y salir (con --config ARCHIVO: escribirlo también allí). No necesita pantalla.</translation>
        </message>
        <message>
            <source>Render every screen in French, English and Spanish at three sizes into DIR.</source>
            <translation>Generar cada pantalla en francés, inglés y español, en tres tamaños, en DIR.</translation>
        </message>
        <message>
            <source>Until this device is enrolled, show "scan the enrolment code" and enrol from the hub's QR code.</source>
            <translation>Hasta que este dispositivo esté registrado, mostrar «Escanee el código de registro» y registrarlo con el código QR del hub.</translation>
        </message>
        <message>
            <source>The kiosk could not start again; start it by hand.</source>
            <translation>El quiosco no pudo reiniciarse; inícielo a mano.</translation>
        </message>
    </context>
</TS>
