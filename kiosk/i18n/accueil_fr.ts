<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AdminCli</name>
        <message>
            <source>import a registration export (CSV or TSV)</source>
            <translation>importer un export d’inscriptions (CSV ou TSV)</translation>
        </message>
        <message>
            <source>import the sessions (CSV or JSON)</source>
            <translation>importer les sessions (CSV ou JSON)</translation>
        </message>
        <message>
            <source>find attendees by name or organisation</source>
            <translation>chercher des participants par nom ou organisation</translation>
        </message>
        <message>
            <source>check a code in, as the kiosk does</source>
            <translation>enregistrer un code, comme la borne</translation>
        </message>
        <message>
            <source>arrivals and per-session counts</source>
            <translation>arrivées et fréquentation par session</translation>
        </message>
        <message>
            <source>make a new signing key pair for the event</source>
            <translation>créer une nouvelle paire de clés de signature pour l’événement</translation>
        </message>
        <message>
            <source>list, add or retire the event's public keys</source>
            <translation>lister, ajouter ou retirer les clés publiques de l’événement</translation>
        </message>
        <message>
            <source>issue signed codes and their QR images</source>
            <translation>émettre des codes signés et leurs images QR</translation>
        </message>
        <message>
            <source>refuse a signed code from now on</source>
            <translation>refuser désormais un code signé</translation>
        </message>
        <message>
            <source>print a badge through CUPS</source>
            <translation>imprimer un badge par CUPS</translation>
        </message>
        <message>
            <source>list the printers and their state</source>
            <translation>lister les imprimantes et leur état</translation>
        </message>
        <message>
            <source>one sync round with the hub, or keep in sync with --follow</source>
            <translation>synchroniser une fois avec le hub, ou en continu avec --follow</translation>
        </message>
        <message>
            <source>register a walk-in and check them in</source>
            <translation>inscrire une personne sur place et l’enregistrer</translation>
        </message>
        <message>
            <source>fix an attendee's details, or cancel a registration</source>
            <translation>corriger les informations d’un participant, ou annuler une inscription</translation>
        </message>
        <message>
            <source>read codes from image files with the camera pipeline</source>
            <translation>lire des codes dans des images avec la chaîne de la caméra</translation>
        </message>
        <message>
            <source>write a synthetic attendee list for trials</source>
            <translation>écrire une liste fictive de participants pour des essais</translation>
        </message>
        <message>
            <source>Usage: accueil [--db FILE] COMMAND [ARGS] [--json]</source>
            <translation>Usage : accueil [--db FICHIER] COMMANDE [ARGUMENTS] [--json]</translation>
        </message>
        <message>
            <source>Unknown command "%1".</source>
            <translation>Commande inconnue « %1 ».</translation>
        </message>
        <message>
            <source>accueil %1 needs %2.</source>
            <translation>accueil %1 attend %2.</translation>
        </message>
        <message>
            <source>Run "accueil --help" for the list of commands.</source>
            <translation>Lancez « accueil --help » pour la liste des commandes.</translation>
        </message>
        <message>
            <source>--event-id takes a UUID.</source>
            <translation>--event-id attend un UUID.</translation>
        </message>
        <message>
            <source>%1 already belongs to the event %2.</source>
            <translation>%1 appartient déjà à l’événement %2.</translation>
        </message>
        <message>
            <source>Event "%1" is ready in %2.</source>
            <translation>L’événement « %1 » est prêt dans %2.</translation>
        </message>
        <message>
            <source>--limit takes a positive number.</source>
            <translation>--limit attend un nombre positif.</translation>
        </message>
        <message>
            <source>Nobody found.</source>
            <translation>Personne n’a été trouvé.</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <source>No printer is set: give --printer, or set a default printer in CUPS.</source>
            <translation>Aucune imprimante n’est choisie : donnez --printer, ou choisissez une imprimante par défaut dans CUPS.</translation>
        </message>
        <message>
            <source>--separator takes one character.</source>
            <translation>--separator attend un seul caractère.</translation>
        </message>
        <message>
            <source>Attendance written to %1.</source>
            <translation>Présences écrites dans %1.</translation>
        </message>
        <message>
            <source>--count and --seed take whole numbers.</source>
            <translation>--count et --seed attendent des nombres entiers.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>%1 attendees written to %2.</source>
            <translation>%1 participants écrits dans %2.</translation>
        </message>
        <message>
            <source>Unknown code format "%1"; known: %2.</source>
            <translation>Format de code inconnu « %1 » ; formats connus : %2.</translation>
        </message>
        <message>
            <source>Cannot read the image %1: %2</source>
            <translation>Impossible de lire l’image %1 : %2</translation>
        </message>
        <message>
            <source>All 255 key numbers are used.</source>
            <translation>Les 255 numéros de clé sont tous utilisés.</translation>
        </message>
        <message>
            <source>Cannot create the key file %1: %2</source>
            <translation>Impossible de créer le fichier de clé %1 : %2</translation>
        </message>
        <message>
            <source>Key %1 made. Private key: %2 (keep it secret). Public key: %3</source>
            <translation>Clé %1 créée. Clé privée : %2 (à garder secrète). Clé publique : %3</translation>
        </message>
        <message>
            <source>keys --add takes a 64-digit hexadecimal public key, and --id a number from 1 to 255.</source>
            <translation>keys --add attend une clé publique de 64 chiffres hexadécimaux, et --id un nombre de 1 à 255.</translation>
        </message>
        <message>
            <source>There is no key %1.</source>
            <translation>Il n’y a pas de clé %1.</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>retirée</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>valable</translation>
        </message>
        <message>
            <source>--valid-from and --valid-until take a date (2026-07-09) or a date and time.</source>
            <translation>--valid-from et --valid-until attendent une date (2026-07-09) ou une date et une heure.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Impossible de créer le dossier %1.</translation>
        </message>
        <message>
            <source>Cannot write the code of %1 (%2).</source>
            <translation>Impossible d’écrire le code de %1 (%2).</translation>
        </message>
        <message numerus="yes">
            <source>%n signed code(s) issued; mail merge list: %1</source>
            <translation>
                <numerusform>%n code signé émis ; liste pour le publipostage : %1</numerusform>
                <numerusform>%n codes signés émis ; liste pour le publipostage : %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The code is revoked.</source>
            <translation>Le code est révoqué.</translation>
        </message>
        <message>
            <source>accueil badge takes a CODE, or --all.</source>
            <translation>accueil badge attend un CODE, ou --all.</translation>
        </message>
        <message>
            <source>accueil badge needs --pdf FILE or --png FILE.</source>
            <translation>accueil badge attend --pdf FICHIER ou --png FICHIER.</translation>
        </message>
        <message>
            <source>Nobody has the code %1.</source>
            <translation>Personne n’a le code %1.</translation>
        </message>
        <message>
            <source>There is nobody to make a badge for.</source>
            <translation>Il n’y a personne pour qui faire un badge.</translation>
        </message>
        <message>
            <source>--png makes one badge; use --pdf for sheets and --all.</source>
            <translation>--png produit un seul badge ; utilisez --pdf pour les planches et --all.</translation>
        </message>
        <message>
            <source>--dpi takes a resolution from 72 to 1200.</source>
            <translation>--dpi attend une résolution de 72 à 1200.</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>Impossible d’écrire %1.</translation>
        </message>
        <message>
            <source>--timeout takes a number of seconds.</source>
            <translation>--timeout attend un nombre de secondes.</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>prête</translation>
        </message>
        <message>
            <source>not ready</source>
            <translation>pas prête</translation>
        </message>
        <message>
            <source>No printer is set up in CUPS.</source>
            <translation>Aucune imprimante n’est installée dans CUPS.</translation>
        </message>
        <message>
            <source>accueil enroll needs --hub URL and --code CODE.</source>
            <translation>accueil enroll attend --hub URL et --code CODE.</translation>
        </message>
        <message>
            <source>There is no certificate file %1.</source>
            <translation>Il n’y a pas de fichier de certificat %1.</translation>
        </message>
        <message>
            <source>This device is enrolled with %1 for event %2.</source>
            <translation>Cet appareil est inscrit auprès de %1 pour l’événement %2.</translation>
        </message>
        <message>
            <source>In sync with %1 (change %2).</source>
            <translation>Synchronisé avec %1 (modification %2).</translation>
        </message>
        <message>
            <source>Code: %1</source>
            <translation>Code : %1</translation>
        </message>
        <message>
            <source>%1 is deleted.</source>
            <translation>%1 est supprimé·e.</translation>
        </message>
        <message>
            <source>%1 is updated.</source>
            <translation>%1 est mis·e à jour.</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Commandes :</translation>
        </message>
        <message>
            <source>Options of every command:</source>
            <translation>Options de toutes les commandes :</translation>
        </message>
        <message>
            <source>"accueil COMMAND --help" describes the options of a command.</source>
            <translation>« accueil COMMANDE --help » décrit les options d’une commande.</translation>
        </message>
        <message>
            <source>--%1 needs a value before the next option.</source>
            <translation>--%1 attend une valeur avant l’option suivante.</translation>
        </message>
        <message>
            <source>Usage: accueil %1 [OPTIONS]</source>
            <translation>Usage : accueil %1 [OPTIONS]</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>Options :</translation>
        </message>
        <message>
            <source>No event database at %1; create it with `accueil init --event NAME`.</source>
            <translation>Aucune base d’événement à %1 ; créez-la avec `accueil init --event NOM`.</translation>
        </message>
        <message>
            <source>--event needs the event's name.</source>
            <translation>--event attend le nom de l’événement.</translation>
        </message>
        <message>
            <source>A new event database needs a name: accueil init --event NAME.</source>
            <translation>Une nouvelle base d’événement a besoin d’un nom : accueil init --event NOM.</translation>
        </message>
        <message>
            <source>Unknown time zone "%1"; give a name such as Europe/Paris or America/Mexico_City.</source>
            <translation>Fuseau horaire inconnu « %1 » ; donnez un nom comme Europe/Paris ou America/Mexico_City.</translation>
        </message>
        <message>
            <source>Importing attendees</source>
            <translation>Import des participants</translation>
        </message>
        <message>
            <source>There is no session "%1" in this event; "accueil stats" lists the sessions (import them with "accueil import programme FILE").</source>
            <translation>Il n’y a pas de session « %1 » dans cet événement ; « accueil stats » liste les sessions (importez-les avec « accueil import programme FICHIER »).</translation>
        </message>
        <message>
            <source>Check-in undone for %1.</source>
            <translation>Arrivée annulée pour %1.</translation>
        </message>
        <message>
            <source>Generating attendees</source>
            <translation>Création des participants</translation>
        </message>
        <message>
            <source>the event database (default: $ACCUEIL_DB or ~/.local/share/accueil/event.sqlite)</source>
            <translation>la base de l’événement (par défaut : $ACCUEIL_DB ou ~/.local/share/accueil/event.sqlite)</translation>
        </message>
        <message>
            <source>machine-readable output on stdout, no progress</source>
            <translation>une sortie lisible par programme sur stdout, sans progression</translation>
        </message>
        <message>
            <source>the name this device writes in the log (default: the configured name or the host name)</source>
            <translation>le nom que cet appareil inscrit dans le journal (par défaut : le nom configuré ou le nom de la machine)</translation>
        </message>
        <message>
            <source>show this help</source>
            <translation>afficher cette aide</translation>
        </message>
        <message>
            <source>show the version</source>
            <translation>afficher la version</translation>
        </message>
        <message>
            <source>the event's name (needed for a new database)</source>
            <translation>le nom de l’événement (nécessaire pour une nouvelle base)</translation>
        </message>
        <message>
            <source>the event's time zone, e.g. Europe/Paris or America/Mexico_City</source>
            <translation>le fuseau horaire de l’événement, par exemple Europe/Paris ou America/Mexico_City</translation>
        </message>
        <message>
            <source>join an existing event (a device's copy) instead of a new one</source>
            <translation>rejoindre un événement existant (la copie d’un appareil) au lieu d’en créer un</translation>
        </message>
        <message>
            <source>create an event database, or rename its event</source>
            <translation>créer une base d’événement, ou renommer son événement</translation>
        </message>
        <message>
            <source>read a column as a field (first_name, last_name, full_name, code, ...); repeatable</source>
            <translation>lire une colonne comme un champ (first_name, last_name, full_name, code…) ; répétable</translation>
        </message>
        <message>
            <source>check the file and report what would change, write nothing</source>
            <translation>vérifier le fichier et dire ce qui changerait, sans rien écrire</translation>
        </message>
        <message>
            <source>show at most N people (default 20)</source>
            <translation>afficher au plus N personnes (20 par défaut)</translation>
        </message>
        <message>
            <source>check in to this session (its id or code; see "accueil stats")</source>
            <translation>enregistrer l’entrée dans cette session (son identifiant ou son code ; voir « accueil stats »)</translation>
        </message>
        <message>
            <source>who checks the person in, for the log</source>
            <translation>qui enregistre l’arrivée, pour le journal</translation>
        </message>
        <message>
            <source>admit even when the session is full</source>
            <translation>faire entrer même si la session est pleine</translation>
        </message>
        <message>
            <source>print the badge of a first check-in</source>
            <translation>imprimer le badge d’une première arrivée</translation>
        </message>
        <message>
            <source>the CUPS queue to print on (default: the event's printer)</source>
            <translation>la file CUPS où imprimer (par défaut : l’imprimante de l’événement)</translation>
        </message>
        <message>
            <source>the badge template (default: the event's, or a6)</source>
            <translation>le modèle de badge (par défaut : celui de l’événement, ou a6)</translation>
        </message>
        <message>
            <source>who undoes the check-in, for the log</source>
            <translation>qui annule l’arrivée, pour le journal</translation>
        </message>
        <message>
            <source>undo a person's latest check-in (by code), or one check-in (by event id)</source>
            <translation>annuler la dernière arrivée d’une personne (par code), ou une arrivée (par identifiant)</translation>
        </message>
        <message>
            <source>where to write the private key (default: next to the database)</source>
            <translation>où écrire la clé privée (par défaut : à côté de la base)</translation>
        </message>
        <message>
            <source>accept codes signed with this public key (64 hexadecimal digits)</source>
            <translation>accepter les codes signés avec cette clé publique (64 chiffres hexadécimaux)</translation>
        </message>
        <message>
            <source>the number of the key given with --add (1 to 255)</source>
            <translation>le numéro de la clé donnée avec --add (de 1 à 255)</translation>
        </message>
        <message>
            <source>stop accepting codes signed with key N</source>
            <translation>ne plus accepter les codes signés avec la clé N</translation>
        </message>
        <message>
            <source>issue a code for this person; repeatable</source>
            <translation>émettre un code pour cette personne ; répétable</translation>
        </message>
        <message>
            <source>issue codes for the ids or codes in FILE, one a line</source>
            <translation>émettre des codes pour les identifiants ou codes de FICHIER, un par ligne</translation>
        </message>
        <message>
            <source>also everyone registered who has no code yet</source>
            <translation>aussi toutes les personnes inscrites qui n’ont pas encore de code</translation>
        </message>
        <message>
            <source>give a new code to people who have one (the old one stops working)</source>
            <translation>donner un nouveau code aux personnes qui en ont un (l’ancien cesse de fonctionner)</translation>
        </message>
        <message>
            <source>the folder for the QR images and codes.csv (default: codes/ next to the database)</source>
            <translation>le dossier des images QR et de codes.csv (par défaut : codes/ à côté de la base)</translation>
        </message>
        <message>
            <source>the private key to sign with (default: the newest one next to the database)</source>
            <translation>la clé privée pour signer (par défaut : la plus récente à côté de la base)</translation>
        </message>
        <message>
            <source>the codes work from this date or date and time</source>
            <translation>les codes valent à partir de cette date, ou date et heure</translation>
        </message>
        <message>
            <source>the codes work until this date or date and time</source>
            <translation>les codes valent jusqu’à cette date, ou date et heure</translation>
        </message>
        <message>
            <source>the badges of everyone registered, in one PDF</source>
            <translation>les badges de toutes les personnes inscrites, dans un seul PDF</translation>
        </message>
        <message>
            <source>write the badge(s) to this PDF file</source>
            <translation>écrire le ou les badges dans ce fichier PDF</translation>
        </message>
        <message>
            <source>write one badge to this PNG image</source>
            <translation>écrire un badge dans cette image PNG</translation>
        </message>
        <message>
            <source>the resolution of the PNG (72 to 1200; default: the template's)</source>
            <translation>la résolution du PNG (de 72 à 1200 ; par défaut : celle du modèle)</translation>
        </message>
        <message>
            <source>a black and white PNG, as a label printer prints it</source>
            <translation>un PNG en noir et blanc, comme l’imprime une imprimante d’étiquettes</translation>
        </message>
        <message>
            <source>render a badge (CODE) or all of them (--all) to PDF or PNG</source>
            <translation>produire un badge (CODE) ou tous (--all) en PDF ou PNG</translation>
        </message>
        <message>
            <source>wait until the printer has printed it or failed</source>
            <translation>attendre que l’imprimante l’ait imprimé ou ait échoué</translation>
        </message>
        <message>
            <source>how long --wait waits (default 120)</source>
            <translation>combien de temps --wait attend (120 par défaut)</translation>
        </message>
        <message>
            <source>also the finished jobs</source>
            <translation>aussi les travaux terminés</translation>
        </message>
        <message>
            <source>cancel this job</source>
            <translation>annuler ce travail</translation>
        </message>
        <message>
            <source>the CUPS queue for --move</source>
            <translation>la file CUPS pour --move</translation>
        </message>
        <message>
            <source>send the waiting jobs and update their state now</source>
            <translation>envoyer les travaux en attente et mettre leur état à jour maintenant</translation>
        </message>
        <message>
            <source>the hub's address, e.g. https://hub.local:8642</source>
            <translation>l’adresse du hub, par exemple https://hub.local:8642</translation>
        </message>
        <message>
            <source>the one-time enrolment code the hub gave</source>
            <translation>le code d’enrôlement à usage unique donné par le hub</translation>
        </message>
        <message>
            <source>the certificate authority that signed the hub's certificate</source>
            <translation>l’autorité qui a signé le certificat du hub</translation>
        </message>
        <message>
            <source>enrol this device with a hub (creates its database)</source>
            <translation>enrôler cet appareil auprès d’un hub (crée sa base)</translation>
        </message>
        <message>
            <source>the hub's address (default: the enrolled hub)</source>
            <translation>l’adresse du hub (par défaut : celui de l’enrôlement)</translation>
        </message>
        <message>
            <source>keep in sync until stopped</source>
            <translation>rester synchronisé jusqu’à l’arrêt</translation>
        </message>
        <message>
            <source>with --follow, stop after N seconds</source>
            <translation>avec --follow, s’arrêter après N secondes</translation>
        </message>
        <message>
            <source>the person's first name</source>
            <translation>le prénom de la personne</translation>
        </message>
        <message>
            <source>the person's last name (needed)</source>
            <translation>le nom de famille de la personne (obligatoire)</translation>
        </message>
        <message>
            <source>the organisation they represent</source>
            <translation>l’organisation qu’elle représente</translation>
        </message>
        <message>
            <source>their role or title</source>
            <translation>sa fonction ou son titre</translation>
        </message>
        <message>
            <source>their country</source>
            <translation>son pays</translation>
        </message>
        <message>
            <source>their category (elected official, press, ...)</source>
            <translation>sa catégorie (élu·e, presse…)</translation>
        </message>
        <message>
            <source>their e-mail address</source>
            <translation>son adresse e-mail</translation>
        </message>
        <message>
            <source>who registers them, for the log</source>
            <translation>qui l’inscrit, pour le journal</translation>
        </message>
        <message>
            <source>the new first name</source>
            <translation>le nouveau prénom</translation>
        </message>
        <message>
            <source>the new last name</source>
            <translation>le nouveau nom de famille</translation>
        </message>
        <message>
            <source>the new organisation</source>
            <translation>la nouvelle organisation</translation>
        </message>
        <message>
            <source>the new role</source>
            <translation>la nouvelle fonction</translation>
        </message>
        <message>
            <source>the new country</source>
            <translation>le nouveau pays</translation>
        </message>
        <message>
            <source>the new category</source>
            <translation>la nouvelle catégorie</translation>
        </message>
        <message>
            <source>the new e-mail address</source>
            <translation>la nouvelle adresse e-mail</translation>
        </message>
        <message>
            <source>cancel the registration (the code is refused)</source>
            <translation>annuler l’inscription (le code est refusé)</translation>
        </message>
        <message>
            <source>restore a cancelled registration</source>
            <translation>rétablir une inscription annulée</translation>
        </message>
        <message>
            <source>delete the person from the list</source>
            <translation>supprimer la personne de la liste</translation>
        </message>
        <message>
            <source>the code formats to look for, comma-separated (default: QR codes)</source>
            <translation>les formats de code à chercher, séparés par des virgules (par défaut : codes QR)</translation>
        </message>
        <message>
            <source>how many people (default 500)</source>
            <translation>combien de personnes (500 par défaut)</translation>
        </message>
        <message>
            <source>the same seed makes the same list (default 2026)</source>
            <translation>la même graine donne la même liste (2026 par défaut)</translation>
        </message>
        <message>
            <source>Making badges</source>
            <translation>Préparation des badges</translation>
        </message>
        <message numerus="yes">
            <source>writing %n badge(s) to the PDF</source>
            <translation>
                <numerusform>écriture de %n badge dans le PDF</numerusform>
                <numerusform>écriture de %n badges dans le PDF</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) written to %1 (template %2, %3).</source>
            <translation>
                <numerusform>%n badge écrit dans %1 (modèle %2, %3).</numerusform>
                <numerusform>%n badges écrits dans %1 (modèle %2, %3).</numerusform>
            </translation>
        </message>
        <message>
            <source>Badge written to %1 (template %2, %3 dpi, %4).</source>
            <translation>Badge écrit dans %1 (modèle %2, %3 ppp, %4).</translation>
        </message>
        <message>
            <source>Issuing codes</source>
            <translation>Émission des codes</translation>
        </message>
        <message>
            <source>A walk-in needs --last-name (and, if known, --first-name).</source>
            <translation>Une inscription sur place demande --last-name (et, s’il est connu, --first-name).</translation>
        </message>
        <message>
            <source>the hub's certificate fingerprint the hub printed (sha256:…): this device will talk to that hub only</source>
            <translation>l’empreinte du certificat que le hub a affichée (sha256:…) : cet appareil ne parlera qu’à ce hub</translation>
        </message>
        <message>
            <source>--fingerprint takes the hub's fingerprint as the hub prints it: sha256: and 64 hexadecimal digits.</source>
            <translation>--fingerprint attend l’empreinte telle que le hub l’affiche : sha256: et 64 chiffres hexadécimaux.</translation>
        </message>
        <message>
            <source>Give the hub's certificate fingerprint with --fingerprint (accueil-hub enrolment-code prints it).</source>
            <translation>Donnez l’empreinte du certificat du hub avec --fingerprint (accueil-hub enrolment-code l’affiche).</translation>
        </message>
        <message>
            <source>bring back the people deleted in Accueil that the file lists (skipped otherwise)</source>
            <translation>rétablir les personnes supprimées dans Accueil que le fichier contient (sinon elles sont ignorées)</translation>
        </message>
        <message>
            <source>register again the people cancelled in Accueil that the file lists as registered (they stay cancelled otherwise)</source>
            <translation>réinscrire les personnes annulées dans Accueil que le fichier indique comme inscrites (sinon elles restent annulées)</translation>
        </message>
        <message>
            <source>say whether this badge template fits each printer (default: the event's, or a6)</source>
            <translation>indiquer si ce modèle de badge convient à chaque imprimante (par défaut : celui de l’événement, ou a6)</translation>
        </message>
        <message>
            <source>send this job to another printer (--move JOB QUEUE, or --printer)</source>
            <translation>envoyer ce travail vers une autre imprimante (--move JOB QUEUE, ou --printer)</translation>
        </message>
        <message>
            <source>print a job that waits for staff (held at a kiosk, perhaps printed, lost or failed)</source>
            <translation>imprimer un travail qui attend l’équipe (retenu sur une borne, peut-être imprimé, perdu ou en échec)</translation>
        </message>
        <message>
            <source>the badge print queue: list, release, move or cancel jobs</source>
            <translation>la file d’impression des badges : lister, libérer, déplacer ou annuler des travaux</translation>
        </message>
        <message>
            <source>an image of the hub's enrolment QR code (accueil-hub enrolment-code --qr), instead of --hub, --code and --fingerprint</source>
            <translation>une image du code QR d’enrôlement du hub (accueil-hub enrolment-code --qr), au lieu de --hub, --code et --fingerprint</translation>
        </message>
        <message>
            <source>the text of that QR code</source>
            <translation>le texte de ce code QR</translation>
        </message>
        <message>
            <source>--move needs a printer: --move JOB QUEUE, or --printer QUEUE.</source>
            <translation>--move attend une imprimante : --move JOB QUEUE, ou --printer QUEUE.</translation>
        </message>
        <message>
            <source>The badge will print on "%1".</source>
            <translation>Le badge s’imprimera sur « %1 ».</translation>
        </message>
        <message>
            <source>The badge is released and will print.</source>
            <translation>Le badge est libéré et va s’imprimer.</translation>
        </message>
        <message>
            <source>The print job is cancelled.</source>
            <translation>Le travail d’impression est annulé.</translation>
        </message>
        <message>
            <source>No QR code could be read in %1.</source>
            <translation>Aucun code QR n’a pu être lu dans %1.</translation>
        </message>
        <message>
            <source>The walk-in is not registered: %1</source>
            <translation>La personne sur place n’a pas été inscrite : %1</translation>
        </message>
        <message>
            <source>who signs the attendance certificates off (empty: nobody)</source>
            <translation>qui signe les attestations de présence (vide : personne)</translation>
        </message>
        <message>
            <source>one row per person per session, listed by session (with counts) or by attendee; without it, one row per attendee with a column per session</source>
            <translation>une ligne par personne et par session, classées par session (avec les effectifs) ou par participant ; sans cette option, une ligne par participant avec une colonne par session</translation>
        </message>
        <message>
            <source>with --by session: this session only</source>
            <translation>avec --by session : cette session seulement</translation>
        </message>
        <message>
            <source>write the CSV to FILE (also given as FILE; default: stdout)</source>
            <translation>écrire le CSV dans FICHIER (peut aussi être donné comme FICHIER ; par défaut : stdout)</translation>
        </message>
        <message>
            <source>the field separator: one character, or "tab" (default ; as Excel reads it in French; use , for an English Excel)</source>
            <translation>le séparateur de champs : un caractère, ou "tab" (par défaut : point-virgule ;, comme le lit Excel en français ; pour un Excel en anglais, utilisez ,)</translation>
        </message>
        <message>
            <source>write attendance as CSV for a spreadsheet (UTF-8, Excel-ready)</source>
            <translation>écrire les présences en CSV pour un tableur (UTF-8, prêt pour Excel)</translation>
        </message>
        <message>
            <source>everyone checked in, one certificate a page, in one PDF</source>
            <translation>toutes les personnes enregistrées, une attestation par page, dans un seul PDF</translation>
        </message>
        <message>
            <source>the certificate's language (default fr)</source>
            <translation>la langue de l’attestation (fr par défaut)</translation>
        </message>
        <message>
            <source>the PDF file to write</source>
            <translation>le fichier PDF à écrire</translation>
        </message>
        <message>
            <source>the organiser who signs it off (default: the event's, set with init --organiser)</source>
            <translation>la personne de l’organisation qui la signe (par défaut : celle de l’événement, définie avec init --organiser)</translation>
        </message>
        <message>
            <source>a certificate of attendance (REF: code or id) or all of them (--all)</source>
            <translation>une attestation de présence (REF : code ou identifiant) ou toutes (--all)</translation>
        </message>
        <message>
            <source>accueil export attendance writes one file: give it as FILE or --out FILE.</source>
            <translation>accueil export attendance écrit un seul fichier : donnez-le comme FICHIER ou --out FICHIER.</translation>
        </message>
        <message>
            <source>--by takes session or attendee.</source>
            <translation>--by attend session ou attendee.</translation>
        </message>
        <message>
            <source>--session goes with --by session.</source>
            <translation>--session s’utilise avec --by session.</translation>
        </message>
        <message>
            <source>accueil export attendance without --by needs a FILE.</source>
            <translation>accueil export attendance sans --by attend un FICHIER.</translation>
        </message>
        <message>
            <source>No session %1 in the programme; see accueil stats.</source>
            <translation>Pas de session %1 au programme ; voir accueil stats.</translation>
        </message>
        <message>
            <source>Cannot write the CSV to the standard output.</source>
            <translation>Impossible d’écrire le CSV sur la sortie standard.</translation>
        </message>
        <message>
            <source>accueil certificate takes a code (or id), or --all.</source>
            <translation>accueil certificate attend un code (ou un identifiant), ou --all.</translation>
        </message>
        <message>
            <source>accueil certificate needs --out FILE.pdf.</source>
            <translation>accueil certificate attend --out FICHIER.pdf.</translation>
        </message>
        <message>
            <source>--lang takes fr or en.</source>
            <translation>--lang attend fr ou en.</translation>
        </message>
        <message>
            <source>Nobody has the code or id %1.</source>
            <translation>Personne n’a le code ou l’identifiant %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) written to %1.</source>
            <translation>
                <numerusform>%n attestation écrite dans %1.</numerusform>
                <numerusform>%n attestations écrites dans %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Attendance</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>Checked in: %1 of %2 registered</source>
            <translation>Arrivés : %1 sur %2 inscrits</translation>
        </message>
        <message>
            <source>Codes used more than once: %1</source>
            <translation>Codes utilisés plus d’une fois : %1</translation>
        </message>
    </context>
    <context>
        <name>AttendanceCertificate</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>Certificates need a graphical application to draw text (QGuiApplication, offscreen is enough).</source>
            <translation>Les attestations demandent une application graphique pour dessiner le texte (QGuiApplication, offscreen suffit).</translation>
        </message>
        <message>
            <source>Nobody to write a certificate for: no one was checked in.</source>
            <translation>Personne pour qui écrire une attestation : aucune arrivée n’a été enregistrée.</translation>
        </message>
        <message>
            <source>%1 was not checked in at the event: no certificate.</source>
            <translation>%1 n’a pas été enregistré·e à l’événement : pas d’attestation.</translation>
        </message>
        <message>
            <source>Certificate of attendance</source>
            <translation>Attestation de présence</translation>
        </message>
        <message>
            <source>Certificates of attendance</source>
            <translation>Attestations de présence</translation>
        </message>
        <message>
            <source>Cannot write the PDF.</source>
            <translation>Impossible d’écrire le PDF.</translation>
        </message>
        <message>
            <source>This is to certify that</source>
            <translation>Nous attestons que</translation>
        </message>
        <message>
            <source>attended the event on %1.</source>
            <translation>a participé à l’événement le %1.</translation>
        </message>
        <message>
            <source>attended the following sessions:</source>
            <translation>a assisté aux sessions suivantes :</translation>
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
            <translation>Horaire prévu</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Présence</translation>
        </message>
        <message>
            <source>Times are local times (%1), as recorded at the doors.</source>
            <translation>Les heures sont en heure locale (%1), telles qu’enregistrées aux portes.</translation>
        </message>
        <message>
            <source>Issued on %1.</source>
            <translation>Délivrée le %1.</translation>
        </message>
        <message>
            <source>For the organisers: %1</source>
            <translation>Pour l’organisation : %1</translation>
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
            <translation>Titre</translation>
        </message>
        <message>
            <source>Starts (%1)</source>
            <translation>Début (%1)</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Salle</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Organisation type</source>
            <translation>Type d’organisation</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>First entry (%1)</source>
            <translation>Première entrée (%1)</translation>
        </message>
        <message>
            <source>Exits (%1)</source>
            <translation>Sorties (%1)</translation>
        </message>
        <message>
            <source>Counted by</source>
            <translation>Décompte par</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Venue entry (%1)</source>
            <translation>Entrée sur le site (%1)</translation>
        </message>
    </context>
    <context>
        <name>AttendeeColumns</name>
        <message>
            <source>--map takes column=field, not "%1".</source>
            <translation>--map attend colonne=champ, pas « %1 ».</translation>
        </message>
        <message>
            <source>--map: the file has no column "%1".</source>
            <translation>--map : le fichier n’a pas de colonne « %1 ».</translation>
        </message>
        <message>
            <source>--map: unknown field "%1"; known fields: %2, ignore.</source>
            <translation>--map : champ inconnu « %1 » ; champs connus : %2, ignore.</translation>
        </message>
    </context>
    <context>
        <name>AttendeeImporter</name>
        <message>
            <source>No column for names or codes was recognised in the header (%1). Name the columns with --map column=field.</source>
            <translation>Aucune colonne de noms ou de codes n’a été reconnue dans l’en-tête (%1). Nommez les colonnes avec --map colonne=champ.</translation>
        </message>
        <message>
            <source>%1 columns where the header has %2</source>
            <translation>%1 colonnes alors que l’en-tête en a %2</translation>
        </message>
        <message>
            <source>neither a name nor a code</source>
            <translation>ni nom ni code</translation>
        </message>
        <message>
            <source>the code %1 is already used on line %2</source>
            <translation>le code %1 est déjà utilisé ligne %2</translation>
        </message>
        <message>
            <source>this row and line %1 are the same attendee</source>
            <translation>cette ligne et la ligne %1 désignent la même personne</translation>
        </message>
        <message>
            <source>the code %1 has no name (first, last or full name)</source>
            <translation>le code %1 n’a pas de nom (prénom, nom ou nom complet)</translation>
        </message>
        <message>
            <source>the code %1 is not on the list, and the row has no name to add it with</source>
            <translation>le code %1 n’est pas sur la liste, et la ligne n’a pas de nom pour l’ajouter</translation>
        </message>
    </context>
    <context>
        <name>AttendeePanel</name>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close this page</source>
            <translation>Fermer cette page</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Réimprimer</translation>
        </message>
        <message>
            <source>Reprint this badge</source>
            <translation>Réimprimer ce badge</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Registration cancelled</source>
            <translation>Inscription annulée</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrivé·e</translation>
        </message>
        <message>
            <source>Not arrived yet</source>
            <translation>Pas encore arrivé·e</translation>
        </message>
        <message>
            <source>Mark as arrived</source>
            <translation>Marquer arrivé·e</translation>
        </message>
        <message>
            <source>Mark %1 as arrived</source>
            <translation>Marquer %1 arrivé·e</translation>
        </message>
        <message>
            <source>Undo arrival</source>
            <translation>Annuler l’arrivée</translation>
        </message>
        <message>
            <source>Tap again to undo</source>
            <translation>Touchez encore pour annuler</translation>
        </message>
        <message>
            <source>Undo the arrival (hold, or tap twice)</source>
            <translation>Annuler l’arrivée (appui long, ou touchez deux fois)</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Enregistrer les modifications</translation>
        </message>
        <message>
            <source>Badge preview (tap to enlarge)</source>
            <translation>Aperçu du badge (touchez pour agrandir)</translation>
        </message>
        <message>
            <source>Close the badge</source>
            <translation>Fermer le badge</translation>
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
            <translation>Impossible d’écrire le PDF.</translation>
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
            <translation>Il n’y a pas de modèle de badge « %1 » ; modèles : %2.</translation>
        </message>
        <message>
            <source>The badge template %1 is not valid: %2</source>
            <translation>Le modèle de badge %1 n’est pas valable : %2</translation>
        </message>
        <message>
            <source>the page needs width_mm and height_mm</source>
            <translation>la page demande width_mm et height_mm</translation>
        </message>
        <message>
            <source>a grid needs columns, rows and template</source>
            <translation>une grille demande columns, rows et template</translation>
        </message>
        <message>
            <source>element %1 has an unknown type "%2"</source>
            <translation>l’élément %1 est d’un type inconnu « %2 »</translation>
        </message>
        <message>
            <source>element %1 has no size</source>
            <translation>l’élément %1 n’a pas de taille</translation>
        </message>
    </context>
    <context>
        <name>CameraSource</name>
        <message>
            <source>No camera is connected.</source>
            <translation>Aucune caméra n’est branchée.</translation>
        </message>
        <message>
            <source>The camera "%1" is not connected.</source>
            <translation>La caméra « %1 » n’est pas branchée.</translation>
        </message>
        <message>
            <source>The camera stopped: %1</source>
            <translation>La caméra s’est arrêtée : %1</translation>
        </message>
    </context>
    <context>
        <name>CertificateJob</name>
        <message>
            <source>Making the certificate took too long; try again, or one attendee at a time.</source>
            <translation>La création de l'attestation a pris trop de temps ; réessayez, ou une personne à la fois.</translation>
        </message>
        <message>
            <source>The certificate could not be made.</source>
            <translation>L'attestation n'a pas pu être créée.</translation>
        </message>
    </context>
    <context>
        <name>CheckInResult</name>
        <message>
            <source>%1 is checked in for %2.</source>
            <translation>%1 est enregistré·e pour %2.</translation>
        </message>
        <message>
            <source>%1 is checked in. Welcome!</source>
            <translation>%1 est enregistré·e. Bienvenue !</translation>
        </message>
        <message>
            <source>%1 was already checked in at %2 on %3, by %4.</source>
            <translation>%1 a déjà été enregistré·e à %2 le %3, par %4.</translation>
        </message>
        <message>
            <source>This code is not on the attendee list. Please go to the welcome desk.</source>
            <translation>Ce code ne figure pas sur la liste des participants. Merci de vous rendre à l’accueil.</translation>
        </message>
        <message>
            <source>This code is not valid for this event (%1). Please go to the welcome desk.</source>
            <translation>Ce code n’est pas valable pour cet événement (%1). Merci de vous rendre à l’accueil.</translation>
        </message>
        <message>
            <source>The registration of %1 was cancelled. Please go to the welcome desk.</source>
            <translation>L’inscription de %1 a été annulée. Merci de vous rendre à l’accueil.</translation>
        </message>
        <message>
            <source>%1 is not registered for %2.</source>
            <translation>%1 n’est pas inscrit·e à %2.</translation>
        </message>
        <message>
            <source>%1 is full (%2 of %3). Staff may let %4 in anyway.</source>
            <translation>%1 est complet (%2 sur %3). L’équipe peut tout de même laisser entrer %4.</translation>
        </message>
        <message>
            <source>The check-in could not be recorded: %1</source>
            <translation>L’enregistrement n’a pas pu être écrit : %1</translation>
        </message>
        <message>
            <source>Checked in for %1.</source>
            <translation>Arrivée enregistrée pour %1.</translation>
        </message>
        <message>
            <source>Checked in. Welcome!</source>
            <translation>Arrivée enregistrée. Bienvenue !</translation>
        </message>
        <message>
            <source>This registration was withdrawn. Please go to the welcome desk.</source>
            <translation>Cette inscription a été retirée. Merci de vous rendre à l’accueil.</translation>
        </message>
    </context>
    <context>
        <name>CheckInService</name>
        <message>
            <source>empty code</source>
            <translation>code vide</translation>
        </message>
        <message>
            <source>code too long</source>
            <translation>code trop long</translation>
        </message>
        <message>
            <source>unreadable characters in the code</source>
            <translation>caractères illisibles dans le code</translation>
        </message>
        <message>
            <source>unknown session %1</source>
            <translation>session inconnue %1</translation>
        </message>
        <message>
            <source>There is no check-in with the id %1.</source>
            <translation>Aucun enregistrement ne porte l’identifiant %1.</translation>
        </message>
        <message>
            <source>%1 is itself an undo and cannot be undone.</source>
            <translation>%1 est déjà une annulation et ne peut pas être annulé.</translation>
        </message>
        <message>
            <source>The check-in %1 was already undone.</source>
            <translation>L’enregistrement %1 a déjà été annulé.</translation>
        </message>
        <message>
            <source>There is no check-in with the id %1, and nobody has that code.</source>
            <translation>Il n’y a pas d’arrivée avec l’identifiant %1, et personne n’a ce code.</translation>
        </message>
        <message>
            <source>This person is not checked in.</source>
            <translation>Cette personne n’est pas enregistrée comme arrivée.</translation>
        </message>
        <message>
            <source>the registration was deleted</source>
            <translation>l’inscription a été supprimée</translation>
        </message>
    </context>
    <context>
        <name>CodeIssuer</name>
        <message>
            <source>No private key found: run "accueil keygen" first, or give --key-file.</source>
            <translation>Aucune clé privée trouvée : lancez d'abord « accueil keygen », ou indiquez --key-file.</translation>
        </message>
        <message>
            <source>%1 is not a readable Accueil key file.</source>
            <translation>%1 n'est pas un fichier de clé Accueil lisible.</translation>
        </message>
        <message>
            <source>The key %1 belongs to another event.</source>
            <translation>La clé %1 appartient à un autre événement.</translation>
        </message>
        <message>
            <source>%1: nobody has this id or code</source>
            <translation>%1 : personne n'a cet identifiant ni ce code</translation>
        </message>
        <message>
            <source>%1 already has the code %2 (give --replace to issue a new one)</source>
            <translation>%1 a déjà le code %2 (indiquez --replace pour en émettre un nouveau)</translation>
        </message>
        <message>
            <source>%1 has an id that is not a UUID and cannot get a signed code.</source>
            <translation>%1 a un identifiant qui n'est pas un UUID et ne peut pas recevoir de code signé.</translation>
        </message>
        <message>
            <source>Cannot save the code of %1.</source>
            <translation>Impossible d'enregistrer le code de %1.</translation>
        </message>
    </context>
    <context>
        <name>CodeVerifier</name>
        <message>
            <source>damaged or incomplete signed code</source>
            <translation>code signé abîmé ou incomplet</translation>
        </message>
        <message>
            <source>signed code of an unknown format (%1)</source>
            <translation>code signé d’un format inconnu (%1)</translation>
        </message>
        <message>
            <source>signed with a key this device does not know (%1)</source>
            <translation>signé avec une clé que cet appareil ne connaît pas (%1)</translation>
        </message>
        <message>
            <source>the signature does not match: the code was altered or forged</source>
            <translation>la signature ne correspond pas : le code a été modifié ou falsifié</translation>
        </message>
        <message>
            <source>signed with a withdrawn key (%1)</source>
            <translation>signé avec une clé retirée (%1)</translation>
        </message>
        <message>
            <source>the code is for another event</source>
            <translation>le code est celui d’un autre événement</translation>
        </message>
        <message>
            <source>the code is not valid before %1</source>
            <translation>le code n’est pas valable avant le %1</translation>
        </message>
        <message>
            <source>the code expired on %1</source>
            <translation>le code a expiré le %1</translation>
        </message>
        <message>
            <source>the code was revoked</source>
            <translation>le code a été révoqué</translation>
        </message>
    </context>
    <context>
        <name>ConsoleAccounts</name>
        <message>
            <source>The password library cannot start.</source>
            <translation>La bibliothèque de mots de passe ne peut pas démarrer.</translation>
        </message>
        <message>
            <source>Cannot prepare the console's accounts: %1</source>
            <translation>Impossible de préparer les comptes de la console : %1</translation>
        </message>
        <message>
            <source>A user name has 1 to 64 characters.</source>
            <translation>Un nom d’utilisateur compte de 1 à 64 caractères.</translation>
        </message>
        <message>
            <source>The password must have at least %1 characters.</source>
            <translation>Le mot de passe doit compter au moins %1 caractères.</translation>
        </message>
        <message>
            <source>Not enough memory to hash the password.</source>
            <translation>Mémoire insuffisante pour hacher le mot de passe.</translation>
        </message>
        <message>
            <source>There is no user %1.</source>
            <translation>Il n’y a pas d’utilisateur %1.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleApi</name>
        <message>
            <source>Viewers see the figures only; ask an organiser to make this change.</source>
            <translation>Les observateur·rices ne voient que les chiffres ; demandez à un·e organisateur·rice de faire cette modification.</translation>
        </message>
        <message>
            <source>The codes admit people: only organisers see them.</source>
            <translation>Les codes font entrer les gens : seuls les organisateurs les voient.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleCodes</name>
        <message>
            <source>The validity takes a date (2026-07-09) or a date and time.</source>
            <translation>La validité prend une date (2026-07-09) ou une date et une heure.</translation>
        </message>
        <message>
            <source>The codes would stop working before they start: check the dates.</source>
            <translation>Les codes cesseraient de fonctionner avant de commencer : vérifiez les dates.</translation>
        </message>
        <message>
            <source>Cannot draw the QR code of %1.</source>
            <translation>Impossible de dessiner le code QR de %1.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleServer</name>
        <message>
            <source>Certificates are being made for others; try again in a moment.</source>
            <translation>Des attestations sont en cours de création pour d'autres ; réessayez dans un instant.</translation>
        </message>
    </context>
    <context>
        <name>CupsClient</name>
        <message>
            <source>Cannot reach the print server: %1</source>
            <translation>Impossible de joindre le serveur d’impression : %1</translation>
        </message>
        <message>
            <source>Cannot send the badge to "%1": %2</source>
            <translation>Impossible d’envoyer le badge à « %1 » : %2</translation>
        </message>
        <message>
            <source>The printer "%1" refused the badge: %2</source>
            <translation>L’imprimante « %1 » a refusé le badge : %2</translation>
        </message>
        <message>
            <source>Cannot read the state of print job %1: %2</source>
            <translation>Impossible de lire l’état du travail d’impression %1 : %2</translation>
        </message>
        <message>
            <source>Cannot cancel print job %1: %2</source>
            <translation>Impossible d’annuler le travail d’impression %1 : %2</translation>
        </message>
        <message>
            <source>No print server answers: start CUPS on this machine (sudo systemctl start cups), or set CUPS_SERVER to the print server's address.</source>
            <translation>Aucun serveur d’impression ne répond : démarrez CUPS sur cette machine (sudo systemctl start cups), ou donnez à CUPS_SERVER l’adresse du serveur d’impression.</translation>
        </message>
        <message>
            <source>There is no printer "%1". Choose another printer and move the badges to it.</source>
            <translation>Il n’y a pas d’imprimante « %1 ». Choisissez une autre imprimante et déplacez-y les badges.</translation>
        </message>
        <message>
            <source>There is no printer "%1". Choose another printer and move the badge to it.</source>
            <translation>Il n’y a pas d’imprimante « %1 ». Choisissez une autre imprimante et déplacez-y le badge.</translation>
        </message>
        <message>
            <source>The printer "%1" does not take new badges at the moment: let it accept badges again, or move the badge to another printer.</source>
            <translation>L’imprimante « %1 » n’accepte pas de nouveaux badges pour le moment : faites-lui de nouveau accepter les badges, ou déplacez le badge vers une autre imprimante.</translation>
        </message>
        <message>
            <source>The print server no longer knows print job %1.</source>
            <translation>Le serveur d’impression ne connaît plus le travail d’impression %1.</translation>
        </message>
        <message>
            <source>Cannot read the print jobs: %1</source>
            <translation>Impossible de lire les travaux d’impression : %1</translation>
        </message>
        <message>
            <source>Print job %1 is already over on the print server.</source>
            <translation>Le travail d’impression %1 est déjà terminé sur le serveur d’impression.</translation>
        </message>
    </context>
    <context>
        <name>DashboardController</name>
        <message>
            <source>ready</source>
            <translation>prête</translation>
        </message>
        <message>
            <source>This device works alone (no hub).</source>
            <translation>Cet appareil fonctionne seul (pas de hub).</translation>
        </message>
        <message>
            <source>The printer "%1" needs attention. Check it, then try again.</source>
            <translation>L’imprimante « %1 » demande une intervention. Vérifiez-la, puis réessayez.</translation>
        </message>
        <message>
            <source>No badge printer is set up on this kiosk. Badges are not printed.</source>
            <translation>Aucune imprimante à badges n’est configurée sur cette borne. Les badges ne sont pas imprimés.</translation>
        </message>
        <message>
            <source>The printing service does not answer. Badges wait and print when it is back.</source>
            <translation>Le service d’impression ne répond pas. Les badges attendent et s’imprimeront à son retour.</translation>
        </message>
        <message>
            <source>The badge printer "%1" does not exist on this kiosk. Choose another printer below.</source>
            <translation>L’imprimante à badges « %1 » n’existe pas sur cette borne. Choisissez une autre imprimante ci-dessous.</translation>
        </message>
        <message>
            <source>Badges could not be sent to the printer. They wait and print when it works again.</source>
            <translation>Les badges n’ont pas pu être envoyés à l’imprimante. Ils attendent et s’imprimeront dès qu’elle fonctionnera de nouveau.</translation>
        </message>
        <message>
            <source>The badge printer is ready.</source>
            <translation>L’imprimante à badges est prête.</translation>
        </message>
        <message numerus="yes">
            <source>In touch with the hub; %n check-in(s) waiting to be sent.</source>
            <translation>
                <numerusform>En liaison avec le hub ; %n enregistrement en attente d’envoi.</numerusform>
                <numerusform>En liaison avec le hub ; %n enregistrements en attente d’envoi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The hub is unreachable since %1; %n check-in(s) waiting.</source>
            <translation>
                <numerusform>Le hub est injoignable depuis %1 ; %n enregistrement en attente.</numerusform>
                <numerusform>Le hub est injoignable depuis %1 ; %n enregistrements en attente.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The hub has not been reached yet; %n check-in(s) waiting.</source>
            <translation>
                <numerusform>Le hub n’a pas encore été joint ; %n enregistrement en attente.</numerusform>
                <numerusform>Le hub n’a pas encore été joint ; %n enregistrements en attente.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardPanel</name>
        <message>
            <source>checked in</source>
            <translation>arrivés</translation>
        </message>
        <message>
            <source>registered</source>
            <translation>inscrits</translation>
        </message>
        <message>
            <source>codes used twice</source>
            <translation>codes utilisés deux fois</translation>
        </message>
        <message>
            <source>badges waiting</source>
            <translation>badges en attente</translation>
        </message>
        <message>
            <source>Arrivals by quarter of an hour</source>
            <translation>Arrivées par quart d’heure</translation>
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
            <translation>Imprimantes</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Utilisée</translation>
        </message>
        <message>
            <source>Use this printer</source>
            <translation>Utiliser cette imprimante</translation>
        </message>
        <message>
            <source>Print badges on %1</source>
            <translation>Imprimer les badges sur %1</translation>
        </message>
    </context>
    <context>
        <name>DelimitedText</name>
        <message>
            <source>a quoted field is never closed</source>
            <translation>un champ entre guillemets n’est jamais refermé</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Le fichier est vide.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>DemoEvent</name>
        <message>
            <source>The demo event has %1 attendees instead of %2.</source>
            <translation>L’événement de démonstration a %1 participants au lieu de %2.</translation>
        </message>
    </context>
    <context>
        <name>DoorController</name>
        <message>
            <source>The room is full (%1 of %2).</source>
            <translation>La salle est pleine (%1 sur %2).</translation>
        </message>
        <message>
            <source>Room full</source>
            <translation>Salle pleine</translation>
        </message>
        <message>
            <source>%1 is back in.</source>
            <translation>%1 est de retour.</translation>
        </message>
        <message>
            <source>Welcome back</source>
            <translation>Bon retour</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Come in</source>
            <translation>Entrez</translation>
        </message>
        <message>
            <source>Already inside</source>
            <translation>Déjà dans la salle</translation>
        </message>
        <message>
            <source>%1 came in at %2 and did not go out through an exit scan.</source>
            <translation>%1 est entré·e à %2 et n’est pas ressorti·e par un scan de sortie.</translation>
        </message>
        <message>
            <source>Not registered</source>
            <translation>Non inscrit·e</translation>
        </message>
        <message>
            <source>Not admitted</source>
            <translation>Non admis·e</translation>
        </message>
        <message>
            <source>This code is not on the attendee list.</source>
            <translation>Ce code ne figure pas sur la liste des participants.</translation>
        </message>
        <message>
            <source>Code not recognised</source>
            <translation>Code non reconnu</translation>
        </message>
        <message>
            <source>%1 was not counted in the room.</source>
            <translation>%1 n’était pas compté·e dans la salle.</translation>
        </message>
        <message>
            <source>Not counted inside</source>
            <translation>Pas compté·e dans la salle</translation>
        </message>
        <message>
            <source>%1 went out.</source>
            <translation>%1 est sorti·e.</translation>
        </message>
        <message>
            <source>Goodbye</source>
            <translation>Au revoir</translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>Code erroné.</translation>
        </message>
    </context>
    <context>
        <name>DoorPinPad</name>
        <message>
            <source>Staff PIN to let %1 in</source>
            <translation>Code de l’équipe pour laisser entrer %1</translation>
        </message>
        <message>
            <source>Staff PIN to change the session</source>
            <translation>Code de l’équipe pour changer de session</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>DoorScreen</name>
        <message>
            <source>Which session is this door for?</source>
            <translation>Quelle session cette porte accueille-t-elle ?</translation>
        </message>
        <message>
            <source>Change session</source>
            <translation>Changer de session</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Let %1 in anyway</source>
            <translation>Laisser entrer %1 tout de même</translation>
        </message>
        <message>
            <source>→ Entrance</source>
            <translation>→ Entrée</translation>
        </message>
        <message>
            <source>Scans count people coming in</source>
            <translation>Les scans comptent les entrées</translation>
        </message>
        <message>
            <source>← Exit</source>
            <translation>← Sortie</translation>
        </message>
        <message>
            <source>Scans count people going out</source>
            <translation>Les scans comptent les sorties</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) in the room now</source>
            <translation>
                <numerusform>%n personne dans la salle actuellement</numerusform>
                <numerusform>%n personnes dans la salle actuellement</numerusform>
            </translation>
        </message>
        <message>
            <source>people in the room now</source>
            <translation>personnes dans la salle actuellement</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentController</name>
        <message>
            <source>This is not an enrolment code. Show the code that the hub prints with “accueil-hub enrolment-code --qr”.</source>
            <translation>Ce n’est pas un code d’enrôlement. Présentez le code que le hub affiche avec « accueil-hub enrolment-code --qr ».</translation>
        </message>
        <message>
            <source>Enrolling with the hub…</source>
            <translation>Enrôlement auprès du hub…</translation>
        </message>
        <message>
            <source>Enrolling with the hub of %1…</source>
            <translation>Enrôlement auprès du hub de %1…</translation>
        </message>
        <message>
            <source>This kiosk is enrolled. Starting…</source>
            <translation>Cette borne est enrôlée. Démarrage…</translation>
        </message>
        <message>
            <source>The enrolment did not succeed: %1</source>
            <translation>L’enrôlement a échoué : %1</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentInvite</name>
        <message>
            <source>This is not an Accueil enrolment code.</source>
            <translation>Ce n’est pas un code d’enrôlement Accueil.</translation>
        </message>
        <message>
            <source>This enrolment code was made by another version of the hub.</source>
            <translation>Ce code d’enrôlement a été créé par une autre version du hub.</translation>
        </message>
        <message>
            <source>This enrolment code lacks the hub's address or the one-time code.</source>
            <translation>Il manque à ce code d’enrôlement l’adresse du hub ou le code à usage unique.</translation>
        </message>
        <message>
            <source>This enrolment code lacks the hub certificate's fingerprint.</source>
            <translation>Il manque à ce code d’enrôlement l’empreinte du certificat du hub.</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentScreen</name>
        <message>
            <source>Scan the enrolment code</source>
            <translation>Scannez le code d’enrôlement</translation>
        </message>
        <message>
            <source>This kiosk is not enrolled with a hub yet. On the hub, run “accueil-hub enrolment-code --qr” and hold the QR code it shows in front of the camera, or read it with the scanner.</source>
            <translation>Cette borne n’est encore enrôlée auprès d’aucun hub. Sur le hub, lancez « accueil-hub enrolment-code --qr » et présentez à la caméra le code QR qu’il affiche, ou lisez-le avec le lecteur de codes.</translation>
        </message>
    </context>
    <context>
        <name>EventStore</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Impossible de créer le dossier %1.</translation>
        </message>
        <message>
            <source>Cannot open the event database %1: %2</source>
            <translation>Impossible d’ouvrir la base de l’événement %1 : %2</translation>
        </message>
        <message>
            <source>Cannot set up the event database %1: %2</source>
            <translation>Impossible de préparer la base de l’événement %1 : %2</translation>
        </message>
        <message>
            <source>The event database %1 was made by a newer version of Accueil (schema %2, this one knows %3). Update Accueil.</source>
            <translation>La base de l’événement %1 vient d’une version plus récente d’Accueil (schéma %2, celle-ci connaît le %3). Mettez Accueil à jour.</translation>
        </message>
        <message>
            <source>Cannot upgrade the event database %1 to schema %2: %3</source>
            <translation>Impossible de mettre à jour la base de l’événement %1 vers le schéma %2 : %3</translation>
        </message>
        <message>
            <source>The event database %1 needs an upgrade, and a copy of it could not be kept first (%2): it was left as it is.</source>
            <translation>La base de l’événement %1 doit être mise à jour, mais aucune copie n’a pu en être gardée au préalable (%2) : elle a été laissée telle quelle.</translation>
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
            <translation>identifiant externe</translation>
        </message>
        <message>
            <source>first name</source>
            <translation>prénom</translation>
        </message>
        <message>
            <source>last name</source>
            <translation>nom de famille</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organisation</translation>
        </message>
        <message>
            <source>role</source>
            <translation>fonction</translation>
        </message>
        <message>
            <source>country</source>
            <translation>pays</translation>
        </message>
        <message>
            <source>category</source>
            <translation>catégorie</translation>
        </message>
        <message>
            <source>language</source>
            <translation>langue</translation>
        </message>
        <message>
            <source>email</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>badge overrides</source>
            <translation>personnalisations du badge</translation>
        </message>
        <message>
            <source>the %1 has %2 characters; at most %3 are allowed</source>
            <translation>le champ « %1 » compte %2 caractères ; %3 au maximum sont autorisés</translation>
        </message>
    </context>
    <context>
        <name>HashPinCommand</name>
        <message>
            <source>Print the hash of a staff PIN (read from standard input), and exit.</source>
            <translation>Afficher le hachage d’un code d’équipe (lu sur l’entrée standard), puis quitter.</translation>
        </message>
        <message>
            <source>Also write the hash into this configuration file.</source>
            <translation>Écrire aussi le hachage dans ce fichier de configuration.</translation>
        </message>
        <message>
            <source>The PIN (else read from standard input).</source>
            <translation>Le code (sinon lu sur l’entrée standard).</translation>
        </message>
        <message>
            <source>Staff PIN (4 to 12 digits): </source>
            <translation>Code d’équipe (4 à 12 chiffres) : </translation>
        </message>
        <message>
            <source>The same PIN again: </source>
            <translation>Le même code, à nouveau : </translation>
        </message>
        <message>
            <source>The two PINs differ; nothing was changed.</source>
            <translation>Les deux codes diffèrent ; rien n’a été modifié.</translation>
        </message>
        <message>
            <source>A staff PIN is 4 to 12 digits (the staff screen has a digit pad).</source>
            <translation>Un code d’équipe compte 4 à 12 chiffres (l’écran de l’équipe a un pavé numérique).</translation>
        </message>
        <message>
            <source>The PIN could not be hashed (not enough memory?).</source>
            <translation>Le code n’a pas pu être haché (mémoire insuffisante ?).</translation>
        </message>
        <message>
            <source>The hash is in %1 ([staff] pin_hash).</source>
            <translation>Le hachage est dans %1 ([staff] pin_hash).</translation>
        </message>
    </context>
    <context>
        <name>HubBackup</name>
        <message>
            <source>Cannot read the backup %1.</source>
            <translation>Impossible de lire la sauvegarde %1.</translation>
        </message>
        <message>
            <source>%1 is not a sound SQLite database.</source>
            <translation>%1 n’est pas une base SQLite intacte.</translation>
        </message>
        <message>
            <source>%1 is not a backup of a hub's event database.</source>
            <translation>%1 n’est pas une sauvegarde de la base d’événement d’un hub.</translation>
        </message>
        <message>
            <source>%1 is being restored; start the hub again when the restore is over.</source>
            <translation>%1 est en cours de restauration ; relancez le hub une fois la restauration terminée.</translation>
        </message>
        <message>
            <source>A hub on PostgreSQL is backed up with pg_dump.</source>
            <translation>Un hub sous PostgreSQL se sauvegarde avec pg_dump.</translation>
        </message>
        <message>
            <source>Cannot create the backup folder %1.</source>
            <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
        </message>
        <message>
            <source>Cannot write the backup %1: %2</source>
            <translation>Impossible d’écrire la sauvegarde %1 : %2</translation>
        </message>
        <message>
            <source>Cannot rename the backup %1 to %2.</source>
            <translation>Impossible de renommer la sauvegarde %1 en %2.</translation>
        </message>
        <message>
            <source>A hub on PostgreSQL is restored with pg_restore (see deploy/README.md).</source>
            <translation>Un hub sous PostgreSQL se restaure avec pg_restore (voir deploy/README.md).</translation>
        </message>
        <message>
            <source>A hub is serving %1: stop it first (systemctl stop accueil-hub).</source>
            <translation>Un hub sert %1 : arrêtez-le d’abord (systemctl stop accueil-hub).</translation>
        </message>
        <message>
            <source>Cannot create %1.</source>
            <translation>Impossible de créer %1.</translation>
        </message>
        <message>
            <source>Cannot copy %1 to %2.</source>
            <translation>Impossible de copier %1 vers %2.</translation>
        </message>
        <message>
            <source>Cannot move the current database %1 aside.</source>
            <translation>Impossible de mettre de côté la base actuelle %1.</translation>
        </message>
        <message>
            <source>Cannot move %1 to %2.</source>
            <translation>Impossible de déplacer %1 vers %2.</translation>
        </message>
    </context>
    <context>
        <name>HubService</name>
        <message>
            <source>This enrolment code is not valid: it is wrong, used already or expired.</source>
            <translation>Ce code d’inscription n’est pas valable : il est faux, déjà utilisé ou expiré.</translation>
        </message>
        <message>
            <source>There is no device "%1".</source>
            <translation>Il n’y a pas d’appareil « %1 ».</translation>
        </message>
    </context>
    <context>
        <name>ImageSequenceSource</name>
        <message>
            <source>No image to show.</source>
            <translation>Aucune image à montrer.</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>Dry run: %1 new, %2 updated, %3 unchanged; nothing was written.</source>
            <translation>Essai à blanc : %1 nouveaux, %2 mis à jour, %3 inchangés ; rien n’a été écrit.</translation>
        </message>
        <message>
            <source>%1 new, %2 updated, %3 unchanged.</source>
            <translation>%1 nouveaux, %2 mis à jour, %3 inchangés.</translation>
        </message>
        <message numerus="yes">
            <source>The file was not imported: %n problem(s), nothing was written.</source>
            <translation>
                <numerusform>Le fichier n’a pas été importé : %n problème, rien n’a été écrit.</numerusform>
                <numerusform>Le fichier n’a pas été importé : %n problèmes, rien n’a été écrit.</numerusform>
            </translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>ligne %1 : %2</translation>
        </message>
        <message>
            <source>Columns not used: %1</source>
            <translation>Colonnes non utilisées : %1</translation>
        </message>
        <message numerus="yes">
            <source>The import stopped part-way: %n change(s) were written, the rest were not. Run the same import again to finish it (what was written is matched, not duplicated).</source>
            <translation>
                <numerusform>L’import s’est arrêté en cours de route : %n modification a été écrite, pas les autres. Relancez le même import pour le terminer (ce qui a été écrit est reconnu, pas dupliqué).</numerusform>
                <numerusform>L’import s’est arrêté en cours de route : %n modifications ont été écrites, pas les autres. Relancez le même import pour le terminer (ce qui a été écrit est reconnu, pas dupliqué).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted person(s) restored.</source>
            <translation>
                <numerusform>%n personne supprimée rétablie.</numerusform>
                <numerusform>%n personnes supprimées rétablies.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped: deleted in Accueil (lines %1); import with --restore-deleted to bring them back.</source>
            <translation>
                <numerusform>%n personne ignorée, car supprimée dans Accueil (lignes %1) ; importez avec --restore-deleted pour la rétablir.</numerusform>
                <numerusform>%n personnes ignorées, car supprimées dans Accueil (lignes %1) ; importez avec --restore-deleted pour les rétablir.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n kept cancelled although the file lists them as registered (lines %1); import with --restore-cancelled to register them again.</source>
            <translation>
                <numerusform>%n personne laissée annulée bien que le fichier l’indique comme inscrite (lignes %1) ; importez avec --restore-cancelled pour la réinscrire.</numerusform>
                <numerusform>%n personnes laissées annulées bien que le fichier les indique comme inscrites (lignes %1) ; importez avec --restore-cancelled pour les réinscrire.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) would be refused (the other lines would be imported):</source>
            <translation>
                <numerusform>%n ligne serait refusée (les autres lignes seraient importées) :</numerusform>
                <numerusform>%n lignes seraient refusées (les autres lignes seraient importées) :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) refused and not imported (the other lines were imported):</source>
            <translation>
                <numerusform>%n ligne refusée et non importée (les autres lignes ont été importées) :</numerusform>
                <numerusform>%n lignes refusées et non importées (les autres lignes ont été importées) :</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWriter</name>
        <message>
            <source>An earlier import of %1 (started %2 UTC) stopped after writing %3 of %4 changes.</source>
            <translation>Un import précédent de %1 (commencé le %2 UTC) s’est arrêté après avoir écrit %3 modifications sur %4.</translation>
        </message>
    </context>
    <context>
        <name>KioskApplication</name>
        <message>
            <source>The kiosk screens could not be loaded: %1</source>
            <translation>Les écrans de la borne n’ont pas pu être chargés : %1</translation>
        </message>
    </context>
    <context>
        <name>KioskSpeech</name>
        <message>
            <source>No audio output: the kiosk cannot read its screens aloud and its sounds are silent. Connect a loudspeaker, then restart the kiosk.</source>
            <translation>Pas de sortie audio : la borne ne peut pas lire ses écrans à voix haute et ses sons sont muets. Branchez un haut-parleur, puis redémarrez la borne.</translation>
        </message>
        <message>
            <source>No speech engine: the kiosk cannot read its screens aloud. Install speech-dispatcher and espeak-ng, then restart the kiosk.</source>
            <translation>Pas de moteur de synthèse vocale : la borne ne peut pas lire ses écrans à voix haute. Installez speech-dispatcher et espeak-ng, puis redémarrez la borne.</translation>
        </message>
        <message>
            <source>No voice for %1: the kiosk cannot read its screens aloud in that language.</source>
            <translation>Pas de voix pour %1 : la borne ne peut pas lire ses écrans à voix haute dans cette langue.</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Accueil — check-in</source>
            <translation>Accueil — enregistrement</translation>
        </message>
        <message>
            <source>Staff access (press and hold)</source>
            <translation>Accès de l’équipe (appui long)</translation>
        </message>
    </context>
    <context>
        <name>MediaFit</name>
        <message>
            <source>The badge template "%1" (%2 × %3 mm) fits none of the labels of the printer "%4" (%5). Load labels of the template's size, or choose a template for these labels.</source>
            <translation>Le modèle de badge « %1 » (%2 × %3 mm) ne correspond à aucune étiquette de l’imprimante « %4 » (%5). Chargez des étiquettes au format du modèle, ou choisissez un modèle adapté à ces étiquettes.</translation>
        </message>
        <message>
            <source>no size known</source>
            <translation>aucune taille connue</translation>
        </message>
    </context>
    <context>
        <name>MoreTimePrompt</name>
        <message>
            <source>Do you need more time?</source>
            <translation>Avez-vous besoin de plus de temps ?</translation>
        </message>
        <message numerus="yes">
            <source>Touch “More time” to keep this screen. Otherwise it goes back to the start in %n second(s).</source>
            <translation>
                <numerusform>Touchez « Plus de temps » pour garder cet écran. Sinon, il revient au début dans %n seconde.</numerusform>
                <numerusform>Touchez « Plus de temps » pour garder cet écran. Sinon, il revient au début dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <source>More time</source>
            <translation>Plus de temps</translation>
        </message>
        <message>
            <source>More time: keep this screen</source>
            <translation>Plus de temps : garder cet écran</translation>
        </message>
        <message>
            <source>I am done</source>
            <translation>J’ai terminé</translation>
        </message>
        <message>
            <source>I am done: back to the start</source>
            <translation>J’ai terminé : revenir au début</translation>
        </message>
    </context>
    <context>
        <name>OrganisationType</name>
        <message>
            <source>Local government</source>
            <translation>Collectivité locale</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>International organisation</source>
            <translation>Organisation internationale</translation>
        </message>
        <message>
            <source>Association or network</source>
            <translation>Association ou réseau</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Médias</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>PasswordPrompt</name>
        <message>
            <source>No password was given.</source>
            <translation>Aucun mot de passe n’a été donné.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Les deux mots de passe diffèrent.</translation>
        </message>
    </context>
    <context>
        <name>PrintQueue</name>
        <message>
            <source>There is no attendee %1.</source>
            <translation>Il n’y a pas de participant %1.</translation>
        </message>
        <message>
            <source>Cannot record the print job: %1</source>
            <translation>Impossible d’enregistrer le travail d’impression : %1</translation>
        </message>
        <message>
            <source>The attendee of this badge no longer exists.</source>
            <translation>La personne de ce badge n’existe plus.</translation>
        </message>
        <message>
            <source>Cancelled on the print server.</source>
            <translation>Annulé sur le serveur d’impression.</translation>
        </message>
        <message>
            <source>There is no print job %1.</source>
            <translation>Il n’y a pas de travail d’impression %1.</translation>
        </message>
        <message>
            <source>This badge was printed already; print it again instead.</source>
            <translation>Ce badge a déjà été imprimé ; réimprimez-le plutôt.</translation>
        </message>
        <message>
            <source>This print job is already over.</source>
            <translation>Ce travail d’impression est déjà terminé.</translation>
        </message>
        <message>
            <source>This badge is being sent to the printer right now; try again in a moment.</source>
            <translation>Ce badge est en cours d’envoi à l’imprimante ; réessayez dans un instant.</translation>
        </message>
        <message>
            <source>This badge has just been printed; print it again instead.</source>
            <translation>Ce badge vient d’être imprimé ; réimprimez-le plutôt.</translation>
        </message>
        <message>
            <source>This badge changed in the meantime; look at the print queue again.</source>
            <translation>Ce badge a changé entre-temps ; consultez de nouveau la file d’impression.</translation>
        </message>
        <message>
            <source>This badge is not waiting for staff: it is printing, printed or cancelled.</source>
            <translation>Ce badge n’attend pas l’équipe : il est en cours d’impression, imprimé ou annulé.</translation>
        </message>
        <message>
            <source>This badge has just been printed.</source>
            <translation>Ce badge vient d’être imprimé.</translation>
        </message>
        <message>
            <source>This badge may have printed: the program sending it stopped half-way. Check the printer, then release the badge to print it, or cancel it.</source>
            <translation>Ce badge a peut-être été imprimé : le programme qui l’envoyait s’est arrêté en cours de route. Vérifiez l’imprimante, puis libérez le badge pour l’imprimer, ou annulez-le.</translation>
        </message>
        <message>
            <source>The badge did not reach the printer: the program sending it stopped.</source>
            <translation>Le badge n’est pas parvenu à l’imprimante : le programme qui l’envoyait s’est arrêté.</translation>
        </message>
        <message>
            <source>The print server no longer knows this badge: it may or may not have printed. Check the printer, then release the badge to print it, or cancel it.</source>
            <translation>Le serveur d’impression ne connaît plus ce badge : il a pu être imprimé, ou non. Vérifiez l’imprimante, puis libérez le badge pour l’imprimer, ou annulez-le.</translation>
        </message>
        <message>
            <source>The printer "%1" gave up on this badge. Check the printer, then print the badge again.</source>
            <translation>L’imprimante « %1 » a abandonné ce badge. Vérifiez l’imprimante, puis réimprimez le badge.</translation>
        </message>
        <message>
            <source>This badge is held on the print server. Release it there, or cancel it.</source>
            <translation>Ce badge est retenu sur le serveur d’impression. Libérez-le sur le serveur, ou annulez-le.</translation>
        </message>
        <message>
            <source>There is no printer "%1". Choose another printer and move the badge to it.</source>
            <translation>Il n’y a pas d’imprimante « %1 ». Choisissez une autre imprimante et déplacez-y le badge.</translation>
        </message>
    </context>
    <context>
        <name>PrinterMedia</name>
        <message>
            <source>There is no printer "%1".</source>
            <translation>Il n’y a pas d’imprimante « %1 ».</translation>
        </message>
        <message>
            <source>Cannot read the labels of the printer "%1": %2</source>
            <translation>Impossible de lire les étiquettes de l’imprimante « %1 » : %2</translation>
        </message>
        <message>
            <source>any size from %1 × %2 to %3 × %4 mm</source>
            <translation>toute taille de %1 × %2 à %3 × %4 mm</translation>
        </message>
        <message>
            <source>other sizes up to %1 mm wide</source>
            <translation>d’autres formats jusqu’à %1 mm de large</translation>
        </message>
    </context>
    <context>
        <name>PrinterProblem</name>
        <message>
            <source>The printer "%1" cannot be reached. Check that it is switched on and plugged in.</source>
            <translation>L’imprimante « %1 » est injoignable. Vérifiez qu’elle est allumée et branchée.</translation>
        </message>
        <message>
            <source>The printer "%1" is out of labels. Load labels; waiting badges will print.</source>
            <translation>L’imprimante « %1 » n’a plus d’étiquettes. Rechargez-la ; les badges en attente s’imprimeront.</translation>
        </message>
        <message>
            <source>Labels are jammed in the printer "%1". Clear the jam; waiting badges will print.</source>
            <translation>Des étiquettes sont coincées dans l’imprimante « %1 ». Dégagez-les ; les badges en attente s’imprimeront.</translation>
        </message>
        <message>
            <source>The printer "%1" is open. Close its cover.</source>
            <translation>L’imprimante « %1 » est ouverte. Refermez son capot.</translation>
        </message>
        <message>
            <source>The printer "%1" is paused. Resume it, or move the waiting badges to another printer.</source>
            <translation>L’imprimante « %1 » est en pause. Relancez-la, ou déplacez les badges en attente vers une autre imprimante.</translation>
        </message>
        <message>
            <source>The printer "%1" needs ink or toner.</source>
            <translation>L’imprimante « %1 » manque d’encre ou de toner.</translation>
        </message>
        <message>
            <source>The printer "%1" cannot print badges: its driver is missing or broken. Reinstall the printer's driver, or choose another printer.</source>
            <translation>L’imprimante « %1 » ne peut pas imprimer de badges : son pilote est absent ou défectueux. Réinstallez le pilote de l’imprimante, ou choisissez une autre imprimante.</translation>
        </message>
        <message>
            <source>The printer "%1" reports a problem. Look at the printer: its screen or lights say what is wrong.</source>
            <translation>L’imprimante « %1 » signale un problème. Regardez l’imprimante : son écran ou ses voyants indiquent ce qui ne va pas.</translation>
        </message>
        <message>
            <source>The print server stopped the printer: resume it once this is fixed.</source>
            <translation>Le serveur d’impression a arrêté l’imprimante : relancez-la une fois le problème réglé.</translation>
        </message>
        <message>
            <source>The print server stopped the printer "%1" after it failed to print. Check that it is switched on, connected and has labels, then resume it.</source>
            <translation>Le serveur d’impression a arrêté l’imprimante « %1 » après un échec d’impression. Vérifiez qu’elle est allumée, connectée et chargée en étiquettes, puis relancez-la.</translation>
        </message>
        <message>
            <source>The printer "%1" is paused (%2). Resume it, or move the waiting badges to another printer.</source>
            <translation>L’imprimante « %1 » est en pause (%2). Relancez-la, ou déplacez les badges en attente vers une autre imprimante.</translation>
        </message>
        <message>
            <source>The printer "%1" does not take new badges at the moment: let it accept badges again, or move the waiting badges to another printer.</source>
            <translation>L’imprimante « %1 » n’accepte pas de nouveaux badges pour le moment : faites-lui de nouveau accepter les badges, ou déplacez les badges en attente vers une autre imprimante.</translation>
        </message>
    </context>
    <context>
        <name>PrivateFile</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeImporter</name>
        <message>
            <source>The JSON is not valid: %1 (at byte %2).</source>
            <translation>Le JSON n’est pas valide : %1 (à l’octet %2).</translation>
        </message>
        <message>
            <source>%1 columns where the header has %2</source>
            <translation>%1 colonnes alors que l’en-tête en a %2</translation>
        </message>
        <message>
            <source>the session has no code</source>
            <translation>la session n’a pas de code</translation>
        </message>
        <message>
            <source>the code %1 is used twice</source>
            <translation>le code %1 est utilisé deux fois</translation>
        </message>
        <message>
            <source>the session %1 has no title</source>
            <translation>la session %1 n’a pas de titre</translation>
        </message>
        <message>
            <source>cannot read the start time "%1" (give a date and a time such as 14:30)</source>
            <translation>heure de début illisible « %1 » (donnez une date et une heure comme 14:30)</translation>
        </message>
        <message>
            <source>the end time "%1" is not a time after the start</source>
            <translation>l’heure de fin « %1 » n’est pas une heure après le début</translation>
        </message>
        <message>
            <source>the capacity "%1" is not a whole number</source>
            <translation>la capacité « %1 » n’est pas un nombre entier</translation>
        </message>
    </context>
    <context>
        <name>ReachButton</name>
        <message>
            <source>Easy reach</source>
            <translation>Accès facilité</translation>
        </message>
        <message>
            <source>Easy reach is on: touch to turn it off</source>
            <translation>Accès facilité activé : touchez pour le désactiver</translation>
        </message>
        <message>
            <source>Easy reach: controls lower, text larger</source>
            <translation>Accès facilité : commandes plus basses, texte plus grand</translation>
        </message>
    </context>
    <context>
        <name>Registrations</name>
        <message>
            <source>A last name is needed.</source>
            <translation>Un nom de famille est nécessaire.</translation>
        </message>
        <message>
            <source>This email address does not look right: %1</source>
            <translation>Cette adresse e-mail ne semble pas correcte : %1</translation>
        </message>
        <message>
            <source>The change could not be saved: %1</source>
            <translation>La modification n’a pas pu être enregistrée : %1</translation>
        </message>
        <message>
            <source>This person is no longer on the list.</source>
            <translation>Cette personne n’est plus sur la liste.</translation>
        </message>
        <message>
            <source>The deletion could not be saved: %1</source>
            <translation>La suppression n’a pas pu être enregistrée : %1</translation>
        </message>
        <message>
            <source>This cannot be saved: %1.</source>
            <translation>Impossible d’enregistrer : %1.</translation>
        </message>
    </context>
    <context>
        <name>ResultScreen</name>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Back to the start</source>
            <translation>Revenir au début</translation>
        </message>
        <message>
            <source>More time</source>
            <translation>Plus de temps</translation>
        </message>
        <message>
            <source>Keep this answer on screen longer</source>
            <translation>Garder cette réponse plus longtemps à l’écran</translation>
        </message>
    </context>
    <context>
        <name>ScreenshotTour</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Impossible de créer le dossier %1.</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>Impossible d’écrire %1.</translation>
        </message>
    </context>
    <context>
        <name>SelfSearchScreen</name>
        <message>
            <source>Your last name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>I am %1</source>
            <translation>Je suis %1</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Back to the start</source>
            <translation>Revenir au début</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Votre réponse</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirmer</translation>
        </message>
        <message>
            <source>Confirm my answer</source>
            <translation>Confirmer ma réponse</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>More time</source>
            <translation>Plus de temps</translation>
        </message>
        <message>
            <source>Keep this screen longer</source>
            <translation>Garder cet écran plus longtemps</translation>
        </message>
    </context>
    <context>
        <name>SelfServiceController</name>
        <message>
            <source>Your badge is printing…</source>
            <translation>Votre badge s’imprime…</translation>
        </message>
        <message>
            <source>Please take your badge.</source>
            <translation>Prenez votre badge.</translation>
        </message>
        <message>
            <source>Your badge will be handed to you at the welcome desk.</source>
            <translation>Votre badge vous sera remis à l’accueil.</translation>
        </message>
        <message>
            <source>No code?</source>
            <translation>Pas de code ?</translation>
        </message>
        <message>
            <source>Type the first letters of your last name, then touch your name.</source>
            <translation>Tapez les premières lettres de votre nom, puis touchez votre nom.</translation>
        </message>
        <message>
            <source>Please go to the welcome desk: we will find your registration.</source>
            <translation>Rendez-vous à l’accueil : nous retrouverons votre inscription.</translation>
        </message>
        <message>
            <source>Welcome, %1!</source>
            <translation>Bienvenue, %1 !</translation>
        </message>
        <message>
            <source>You are checked in. Please confirm your details at the welcome desk when you can.</source>
            <translation>Vous êtes enregistré·e. Merci de confirmer vos informations à l’accueil quand vous le pourrez.</translation>
        </message>
        <message>
            <source>You are checked in.</source>
            <translation>Vous êtes enregistré·e.</translation>
        </message>
        <message>
            <source>Already checked in</source>
            <translation>Déjà enregistré·e</translation>
        </message>
        <message>
            <source>Code not recognised</source>
            <translation>Code non reconnu</translation>
        </message>
        <message>
            <source>We cannot find this code. Please go to the welcome desk with your confirmation.</source>
            <translation>Nous ne trouvons pas ce code. Rendez-vous à l’accueil avec votre confirmation.</translation>
        </message>
        <message>
            <source>Code not valid</source>
            <translation>Code non valable</translation>
        </message>
        <message>
            <source>This code is not valid for this event (%1). Please go to the welcome desk.</source>
            <translation>Ce code n’est pas valable pour cet événement (%1). Merci de vous rendre à l’accueil.</translation>
        </message>
        <message>
            <source>Registration cancelled</source>
            <translation>Inscription annulée</translation>
        </message>
        <message>
            <source>This registration was cancelled. Please go to the welcome desk.</source>
            <translation>Cette inscription a été annulée. Rendez-vous à l’accueil.</translation>
        </message>
        <message>
            <source>Not registered for this session</source>
            <translation>Pas inscrit·e à cette session</translation>
        </message>
        <message>
            <source>Please ask the staff at the door or go to the welcome desk.</source>
            <translation>Adressez-vous à l’équipe à la porte ou à l’accueil.</translation>
        </message>
        <message>
            <source>This session is full</source>
            <translation>Cette session est complète</translation>
        </message>
        <message>
            <source>Please ask the staff at the door.</source>
            <translation>Adressez-vous à l’équipe à la porte.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Un problème est survenu</translation>
        </message>
        <message>
            <source>Your check-in could not be recorded. Please go to the welcome desk.</source>
            <translation>Votre enregistrement n’a pas pu être noté. Rendez-vous à l’accueil.</translation>
        </message>
        <message>
            <source>Welcome!</source>
            <translation>Bienvenue !</translation>
        </message>
        <message>
            <source>The staff at the welcome desk will check you in: please show them an identity document.</source>
            <translation>L’équipe de l’accueil va enregistrer votre arrivée : merci de lui présenter une pièce d’identité.</translation>
        </message>
        <message numerus="yes">
            <source>To check that it is you, type the last %n character(s) of your registration number.</source>
            <translation>
                <numerusform>Pour vérifier qu’il s’agit bien de vous, tapez le dernier caractère de votre numéro d’inscription (%n caractère).</numerusform>
                <numerusform>Pour vérifier qu’il s’agit bien de vous, tapez les %n derniers caractères de votre numéro d’inscription.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>To check that it is you, type the first %n letter(s) after the @ of the e-mail address you registered with.</source>
            <translation>
                <numerusform>Pour vérifier qu’il s’agit bien de vous, tapez la première lettre qui suit le @ de l’adresse e-mail de votre inscription (%n lettre).</numerusform>
                <numerusform>Pour vérifier qu’il s’agit bien de vous, tapez les %n premières lettres qui suivent le @ de l’adresse e-mail de votre inscription.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>To check that it is you, type the first %n letter(s) of the e-mail address you registered with.</source>
            <translation>
                <numerusform>Pour vérifier qu’il s’agit bien de vous, tapez la première lettre de l’adresse e-mail de votre inscription (%n lettre).</numerusform>
                <numerusform>Pour vérifier qu’il s’agit bien de vous, tapez les %n premières lettres de l’adresse e-mail de votre inscription.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That is not it: %n try(s) left.</source>
            <translation>
                <numerusform>Ce n’est pas la bonne réponse : il reste %n essai.</numerusform>
                <numerusform>Ce n’est pas la bonne réponse : il reste %n essais.</numerusform>
            </translation>
        </message>
        <message>
            <source>Is this you?</source>
            <translation>Est-ce bien vous ?</translation>
        </message>
        <message>
            <source>We could not check that it is you. The staff at the welcome desk will check you in.</source>
            <translation>Nous n’avons pas pu vérifier votre identité. L’équipe de l’accueil va enregistrer votre arrivée.</translation>
        </message>
        <message>
            <source>Please go to the welcome desk</source>
            <translation>Merci de vous rendre à l’accueil</translation>
        </message>
        <message>
            <source>This code was used at %1 on %2. If you need a new badge, please go to the welcome desk.</source>
            <translation>Ce code a été utilisé à %1 le %2. Si vous avez besoin d’un nouveau badge, rendez-vous à l’accueil.</translation>
        </message>
        <message>
            <source>The camera is not working. Use the scanner, or go to the welcome desk.</source>
            <translation>La caméra ne fonctionne pas. Utilisez le lecteur de codes, ou rendez-vous à l’accueil.</translation>
        </message>
    </context>
    <context>
        <name>SigningKeys</name>
        <message>
            <source>Key %1 is already known with another value; a key is never replaced.</source>
            <translation>La clé %1 est déjà connue avec une autre valeur ; une clé n’est jamais remplacée.</translation>
        </message>
    </context>
    <context>
        <name>SpeechControl</name>
        <message>
            <source>Hear again</source>
            <translation>Réécouter</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>Lire à voix haute</translation>
        </message>
        <message>
            <source>Hear the screen again</source>
            <translation>Réécouter l’écran</translation>
        </message>
        <message>
            <source>Read the screen aloud</source>
            <translation>Lire l’écran à voix haute</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Stop reading aloud</source>
            <translation>Arrêter la lecture à voix haute</translation>
        </message>
        <message>
            <source>Quieter</source>
            <translation>Moins fort</translation>
        </message>
        <message>
            <source>Louder</source>
            <translation>Plus fort</translation>
        </message>
    </context>
    <context>
        <name>SpokenTexts</name>
        <message>
            <source>If you have no code, please go to the welcome desk.</source>
            <translation>Si vous n’avez pas de code, merci de vous rendre à l’accueil.</translation>
        </message>
        <message>
            <source>The screen returns to the start on its own.</source>
            <translation>L’écran revient au début de lui-même.</translation>
        </message>
        <message>
            <source>Registration of %1.</source>
            <translation>Inscription de %1.</translation>
        </message>
        <message>
            <source>If you cannot use the keyboard on the screen, please go to the welcome desk.</source>
            <translation>Si vous ne pouvez pas utiliser le clavier à l’écran, merci de vous rendre à l’accueil.</translation>
        </message>
        <message>
            <source>The badge printer is waiting for the staff: badges may be handed out at the welcome desk.</source>
            <translation>L’imprimante à badges attend l’équipe : les badges pourront être remis à l’accueil.</translation>
        </message>
        <message>
            <source>Your badge reads: %1.</source>
            <translation>Votre badge indique : %1.</translation>
        </message>
        <message>
            <source>Speech is on.</source>
            <translation>La lecture à voix haute est activée.</translation>
        </message>
        <message>
            <source>To hear the screen again, touch the button in the bottom right corner of the screen. The button beside it stops speech; the next two make the voice quieter or louder.</source>
            <translation>Pour réécouter l’écran, touchez le bouton en bas à droite de l’écran. Le bouton voisin arrête la lecture ; les deux suivants baissent ou montent le volume de la voix.</translation>
        </message>
        <message>
            <source>Your name is never said on the loudspeaker: plug headphones into the kiosk to hear your name and your badge.</source>
            <translation>Votre nom n’est jamais prononcé sur le haut-parleur : branchez un casque sur la borne pour entendre votre nom et votre badge.</translation>
        </message>
        <message>
            <source>Do you need more time? Touch “More time” to keep this screen.</source>
            <translation>Avez-vous besoin de plus de temps ? Touchez « Plus de temps » pour garder cet écran.</translation>
        </message>
    </context>
    <context>
        <name>StaffController</name>
        <message>
            <source>This person has no code to check in with.</source>
            <translation>Cette personne n’a pas de code pour l’enregistrer.</translation>
        </message>
        <message>
            <source>The badge is sent to the printer again.</source>
            <translation>Le badge est renvoyé à l’imprimante.</translation>
        </message>
        <message>
            <source>The walk-in could not be recorded: %1</source>
            <translation>L’inscription sur place n’a pas pu être enregistrée : %1</translation>
        </message>
        <message>
            <source>Check-in undone</source>
            <translation>Enregistrement annulé</translation>
        </message>
        <message>
            <source>Entered %1</source>
            <translation>Entré·e en %1</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Enregistré·e</translation>
        </message>
        <message>
            <source>%1 is updated.</source>
            <translation>%1 est mis·e à jour.</translation>
        </message>
        <message>
            <source>The arrival is undone.</source>
            <translation>L’arrivée est annulée.</translation>
        </message>
        <message>
            <source>No badge printer is set up on this kiosk: nothing was printed.</source>
            <translation>Aucune imprimante à badges n’est configurée sur cette borne : rien n’a été imprimé.</translation>
        </message>
        <message>
            <source>%1 is already registered. Open their page, or register the walk-in as another person.</source>
            <translation>%1 est déjà inscrit·e. Ouvrez sa fiche, ou inscrivez la personne sur place comme une personne distincte.</translation>
        </message>
        <message>
            <source>Badge reprint waiting for the printer</source>
            <translation>Réimpression du badge en attente de l’imprimante</translation>
        </message>
        <message>
            <source>Badge waiting for the printer</source>
            <translation>Badge en attente de l’imprimante</translation>
        </message>
        <message>
            <source>Badge reprint being printed</source>
            <translation>Réimpression du badge en cours</translation>
        </message>
        <message>
            <source>Badge being printed</source>
            <translation>Badge en cours d’impression</translation>
        </message>
        <message>
            <source>Badge reprinted</source>
            <translation>Badge réimprimé</translation>
        </message>
        <message>
            <source>Badge printed</source>
            <translation>Badge imprimé</translation>
        </message>
        <message>
            <source>Badge reprint did not print</source>
            <translation>Échec de la réimpression du badge</translation>
        </message>
        <message>
            <source>Badge did not print</source>
            <translation>Échec de l’impression du badge</translation>
        </message>
        <message>
            <source>Badge not printed (cancelled)</source>
            <translation>Badge non imprimé (annulé)</translation>
        </message>
        <message>
            <source>This code is not valid for this event.</source>
            <translation>Ce code n’est pas valable pour cet événement.</translation>
        </message>
        <message>
            <source>This code is not on the attendee list.</source>
            <translation>Ce code ne figure pas sur la liste des participants.</translation>
        </message>
        <message>
            <source>%1 has already arrived.</source>
            <translation>%1 est déjà arrivé·e.</translation>
        </message>
        <message>
            <source>%1: not arrived yet.</source>
            <translation>%1 : pas encore arrivé·e.</translation>
        </message>
        <message>
            <source>Badge kept for the desk: hand it over or print it from the desk</source>
            <translation>Badge gardé pour l’accueil : remettez-le ou imprimez-le depuis l’accueil</translation>
        </message>
        <message>
            <source>Badge may have printed: check the printer, then reprint if needed</source>
            <translation>Le badge a peut-être été imprimé : vérifiez l’imprimante, puis réimprimez si besoin</translation>
        </message>
        <message>
            <source>Badge lost by the printer: reprint it</source>
            <translation>Badge perdu par l’imprimante : réimprimez-le</translation>
        </message>
    </context>
    <context>
        <name>StaffKeyboard</name>
        <message>
            <source>Capital letter</source>
            <translation>Majuscule</translation>
        </message>
        <message>
            <source>space</source>
            <translation>espace</translation>
        </message>
        <message>
            <source>Delete the letter before</source>
            <translation>Effacer la lettre précédente</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <source>Hide the keyboard</source>
            <translation>Masquer le clavier</translation>
        </message>
    </context>
    <context>
        <name>StaffLogin</name>
        <message>
            <source>Staff access</source>
            <translation>Accès de l’équipe</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Staff PIN</source>
            <translation>Code de l’équipe</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Open staff mode</source>
            <translation>Ouvrir le mode équipe</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Delete the last digit</source>
            <translation>Effacer le dernier chiffre</translation>
        </message>
    </context>
    <context>
        <name>StaffPin</name>
        <message>
            <source>No staff PIN is set for this kiosk.</source>
            <translation>Aucun code d’équipe n’est défini pour cette borne.</translation>
        </message>
        <message>
            <source>The staff PIN of this kiosk is stored in an old, unsafe form and cannot be used. Make a new one with "accueil-kiosk --hash-pin" and put it in the configuration (staff/pin_hash).</source>
            <translation>Le code d’équipe de cette borne est enregistré sous une forme ancienne et peu sûre, et ne peut pas être utilisé. Créez-en un nouveau avec « accueil-kiosk --hash-pin » et placez-le dans la configuration (staff/pin_hash).</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Try again in %n second(s).</source>
            <translation>
                <numerusform>Trop de codes erronés. Réessayez dans %n seconde.</numerusform>
                <numerusform>Trop de codes erronés. Réessayez dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>Code erroné.</translation>
        </message>
    </context>
    <context>
        <name>StaffScreen</name>
        <message>
            <source>Welcome desk</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close staff mode</source>
            <translation>Fermer le mode équipe</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Sur place</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Chiffres</translation>
        </message>
        <message>
            <source>Name, organisation or code</source>
            <translation>Nom, organisation ou code</translation>
        </message>
        <message>
            <source>Search attendees</source>
            <translation>Chercher des participants</translation>
        </message>
        <message>
            <source>Open the page of %1</source>
            <translation>Ouvrir la page de %1</translation>
        </message>
        <message>
            <source>Registration cancelled</source>
            <translation>Inscription annulée</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Réimprimer</translation>
        </message>
        <message>
            <source>Reprint the badge of %1</source>
            <translation>Réimprimer le badge de %1</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Register, check in and print</source>
            <translation>Inscrire, enregistrer et imprimer</translation>
        </message>
        <message>
            <source>Register the walk-in, check them in and print their badge</source>
            <translation>Inscrire la personne, l’enregistrer et imprimer son badge</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrivé·e</translation>
        </message>
        <message>
            <source>Mark as arrived</source>
            <translation>Marquer arrivé·e</translation>
        </message>
        <message>
            <source>Mark %1 as arrived</source>
            <translation>Marquer %1 arrivé·e</translation>
        </message>
        <message>
            <source>Undo arrival</source>
            <translation>Annuler l’arrivée</translation>
        </message>
        <message>
            <source>Tap again to undo</source>
            <translation>Touchez encore pour annuler</translation>
        </message>
        <message>
            <source>Undo the arrival of %1 (hold, or tap twice)</source>
            <translation>Annuler l’arrivée de %1 (appui long, ou touchez deux fois)</translation>
        </message>
        <message>
            <source>Already registered: %1</source>
            <translation>Déjà inscrit·e : %1</translation>
        </message>
        <message>
            <source>Open their page</source>
            <translation>Ouvrir sa fiche</translation>
        </message>
        <message>
            <source>Another person: register</source>
            <translation>Une autre personne : inscrire</translation>
        </message>
    </context>
    <context>
        <name>SyncClient</name>
        <message>
            <source>The hub %1 refused the enrolment: %2</source>
            <translation>Le hub %1 a refusé l’inscription : %2</translation>
        </message>
        <message>
            <source>This database belongs to another event than the hub's (%1); use a new database for this device.</source>
            <translation>Cette base appartient à un autre événement que celui du hub (%1) ; utilisez une nouvelle base pour cet appareil.</translation>
        </message>
        <message>
            <source>The hub refused the check-ins sent: %1</source>
            <translation>Le hub a refusé les enregistrements envoyés : %1</translation>
        </message>
        <message>
            <source>Cannot get the changes from the hub: %1</source>
            <translation>Impossible de recevoir les modifications du hub : %1</translation>
        </message>
        <message>
            <source>This device is not enrolled with a hub: run "accueil enroll --hub URL --code CODE".</source>
            <translation>Cet appareil n’est inscrit auprès d’aucun hub : lancez « accueil enroll --hub URL --code CODE ».</translation>
        </message>
        <message>
            <source>This device was enrolled with a hub that speaks TLS; it does not talk to %1 without it.</source>
            <translation>Cet appareil a été enrôlé auprès d’un hub qui parle TLS ; il ne parle pas à %1 sans TLS.</translation>
        </message>
        <message>
            <source>The server at %1 does not show the certificate of the hub this device was enrolled with; nothing was sent to it.</source>
            <translation>Le serveur %1 ne présente pas le certificat du hub auprès duquel cet appareil a été enrôlé ; rien ne lui a été envoyé.</translation>
        </message>
        <message>
            <source>This device is enrolled with %1 without pinning its certificate: its token is not sent to %2. Enrol it again to change hubs.</source>
            <translation>Cet appareil est enrôlé auprès de %1 sans avoir retenu le certificat de ce hub : son jeton n’est pas envoyé à %2. Enrôlez-le de nouveau pour changer de hub.</translation>
        </message>
        <message numerus="yes">
            <source>This device's clock is %n minute(s) ahead of the hub's; ask staff to set it.</source>
            <translation>
                <numerusform>L’horloge de cet appareil avance de %n minute sur celle du hub ; demandez à l’équipe de la régler.</numerusform>
                <numerusform>L’horloge de cet appareil avance de %n minutes sur celle du hub ; demandez à l’équipe de la régler.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This device's clock is %n minute(s) behind the hub's; ask staff to set it.</source>
            <translation>
                <numerusform>L’horloge de cet appareil retarde de %n minute sur celle du hub ; demandez à l’équipe de la régler.</numerusform>
                <numerusform>L’horloge de cet appareil retarde de %n minutes sur celle du hub ; demandez à l’équipe de la régler.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused by the hub (%1).</source>
            <translation>
                <numerusform>%n modification refusée par le hub (%1).</numerusform>
                <numerusform>%n modifications refusées par le hub (%1).</numerusform>
            </translation>
        </message>
        <message>
            <source>The hub is busy; the check-ins will be sent at the next sync.</source>
            <translation>Le hub est occupé ; les enregistrements seront envoyés à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>The hub is busy; this device's state will be sent at the next sync.</source>
            <translation>Le hub est occupé ; l'état de cet appareil sera envoyé à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>The hub refused this device's state: %1</source>
            <translation>Le hub a refusé l'état de cet appareil : %1</translation>
        </message>
    </context>
    <context>
        <name>TerminalProgress</name>
        <message>
            <source>%1: %2 of %3 (%4 %)</source>
            <translation>%1 : %2 sur %3 (%4 %)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>TlsIdentity</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>%1 is not a PEM certificate.</source>
            <translation>%1 n’est pas un certificat PEM.</translation>
        </message>
        <message>
            <source>%1 is not a private key this hub can use (PEM, not encrypted).</source>
            <translation>%1 n’est pas une clé privée utilisable par ce hub (PEM, non chiffrée).</translation>
        </message>
        <message>
            <source>The key %1 does not belong to the certificate %2.</source>
            <translation>La clé %1 n’appartient pas au certificat %2.</translation>
        </message>
        <message>
            <source>Cannot make the hub's certificates in %1.</source>
            <translation>Impossible de créer les certificats du hub dans %1.</translation>
        </message>
    </context>
    <context>
        <name>VideoFileSource</name>
        <message>
            <source>Cannot play %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <source>Hold the code of your confirmation up to the camera, on your phone or on paper.</source>
            <translation>Présentez le code de votre confirmation à la caméra, sur votre téléphone ou sur papier.</translation>
        </message>
        <message>
            <source>No code?</source>
            <translation>Pas de code ?</translation>
        </message>
        <message>
            <source>I have no code</source>
            <translation>Je n’ai pas de code</translation>
        </message>
        <message>
            <source>Place the code inside the frame</source>
            <translation>Placez le code dans le cadre</translation>
        </message>
        <message>
            <source>Scan your QR code</source>
            <translation>Scannez votre code QR</translation>
        </message>
    </context>
    <context>
        <name>hub</name>
        <message>
            <source>The Accueil hub: the central attendee list that every device syncs with.</source>
            <translation>Le hub Accueil : la liste centrale des participants avec laquelle chaque appareil se synchronise.</translation>
        </message>
        <message>
            <source>Event database of the hub.</source>
            <translation>Base de l’événement du hub.</translation>
        </message>
        <message>
            <source>Keep the hub's data in PostgreSQL instead (postgresql://user@host/database).</source>
            <translation>Garder les données du hub dans PostgreSQL (postgresql://utilisateur@hôte/base).</translation>
        </message>
        <message>
            <source>Address and port (default 127.0.0.1:8642).</source>
            <translation>Adresse et port (127.0.0.1:8642 par défaut).</translation>
        </message>
        <message>
            <source>accueil-hub needs --db FILE or --postgres URI.</source>
            <translation>accueil-hub attend --db FICHIER ou --postgres URI.</translation>
        </message>
        <message>
            <source>One-time enrolment code, valid 24 hours:</source>
            <translation>Code d’inscription à usage unique, valable 24 heures :</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>révoqué</translation>
        </message>
        <message>
            <source>revoke needs a device id or name.</source>
            <translation>revoke attend l’identifiant ou le nom d’un appareil.</translation>
        </message>
        <message>
            <source>Unknown command "%1".</source>
            <translation>Commande inconnue « %1 ».</translation>
        </message>
        <message>
            <source>--listen takes ADDRESS:PORT, such as 127.0.0.1:8642.</source>
            <translation>--listen attend ADRESSE:PORT, par exemple 127.0.0.1:8642.</translation>
        </message>
        <message>
            <source>Cannot listen on %1.</source>
            <translation>Impossible d’écouter sur %1.</translation>
        </message>
        <message>
            <source>accueil-hub serving event %1 on %2:%3</source>
            <translation>accueil-hub sert l’événement %1 sur %2:%3</translation>
        </message>
        <message>
            <source>TLS certificate (PEM); by default the hub makes its own.</source>
            <translation>Certificat TLS (PEM) ; par défaut, le hub crée le sien.</translation>
        </message>
        <message>
            <source>TLS private key (PEM, RSA or EC).</source>
            <translation>Clé privée TLS (PEM, RSA ou EC).</translation>
        </message>
        <message>
            <source>Where the hub keeps the certificate it makes (default: beside the database).</source>
            <translation>Où le hub garde le certificat qu’il crée (par défaut : à côté de la base).</translation>
        </message>
        <message>
            <source>Serve plain HTTP, without TLS: only on a loopback address, for tests.</source>
            <translation>Servir en HTTP simple, sans TLS : seulement sur une adresse locale, pour les tests.</translation>
        </message>
        <message>
            <source>enrolment-code: print {"code", "hub", "fingerprint"} as JSON.</source>
            <translation>enrolment-code : afficher {"code", "hub", "fingerprint"} en JSON.</translation>
        </message>
        <message>
            <source>The address devices use to reach the hub, for enrolment-code (default: from --listen).</source>
            <translation>L’adresse par laquelle les appareils joignent le hub, pour enrolment-code (par défaut : d’après --listen).</translation>
        </message>
        <message>
            <source>--insecure-http is refused on %1: anyone on the network could read the list and forge answers. Serve TLS (the default) or listen on 127.0.0.1.</source>
            <translation>--insecure-http est refusé sur %1 : n’importe qui sur le réseau pourrait lire la liste et falsifier les réponses. Servez en TLS (par défaut) ou écoutez sur 127.0.0.1.</translation>
        </message>
        <message>
            <source>Hub certificate: %1</source>
            <translation>Certificat du hub : %1</translation>
        </message>
        <message>
            <source>On the device:</source>
            <translation>Sur l’appareil :</translation>
        </message>
        <message>
            <source>enrolment-code: also show it as a QR code, and save it as a PNG image.</source>
            <translation>enrolment-code : l’afficher aussi en code QR, et l’enregistrer en image PNG.</translation>
        </message>
        <message>
            <source>enrolment-code --qr: the PNG image to write.</source>
            <translation>enrolment-code --qr : l’image PNG à écrire.</translation>
        </message>
        <message>
            <source>Where to keep snapshots of the database (default: FILE.backups).</source>
            <translation>Où garder les instantanés de la base (par défaut : FICHIER.backups).</translation>
        </message>
        <message>
            <source>Minutes between snapshots (default 5; 0: none).</source>
            <translation>Minutes entre deux instantanés (5 par défaut ; 0 : aucun).</translation>
        </message>
        <message>
            <source>How many snapshots to keep (default 24).</source>
            <translation>Nombre d’instantanés à garder (24 par défaut).</translation>
        </message>
        <message>
            <source>restore needs a backup file.</source>
            <translation>restore attend un fichier de sauvegarde.</translation>
        </message>
        <message>
            <source>Restored; devices push again what the backup lacks.</source>
            <translation>Restauré ; les appareils renvoient ce qui manque à la sauvegarde.</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>Impossible d’écrire %1.</translation>
        </message>
        <message>
            <source>The QR code is also in %1.</source>
            <translation>Le code QR est aussi dans %1.</translation>
        </message>
        <message>
            <source>Another name or address the hub's certificate covers (repeatable; its own addresses and host name are always covered).</source>
            <translation>Un autre nom ou une autre adresse que couvre le certificat du hub (répétable ; ses propres adresses et son nom d’hôte sont toujours couverts).</translation>
        </message>
        <message>
            <source>ca: print the CA certificate (PEM).</source>
            <translation>ca : afficher le certificat de la CA (PEM).</translation>
        </message>
        <message>
            <source>user add: organiser (may change things) or viewer (figures only).</source>
            <translation>user add : organiser (peut faire des modifications) ou viewer (chiffres seulement).</translation>
        </message>
        <message>
            <source>Nothing to serve; enrolment-code, ca (the CA to install in browsers), devices, revoke DEVICE, backup (a snapshot now), restore BACKUP, or the console's accounts: user add NAME --role organiser|viewer, user list, user remove NAME.</source>
            <translation>Rien à servir ; enrolment-code, ca (la CA à installer dans les navigateurs), devices, revoke APPAREIL, backup (un instantané immédiat), restore SAUVEGARDE, ou les comptes de la console : user add NOM --role organiser|viewer, user list, user remove NOM.</translation>
        </message>
        <message>
            <source>This hub has no CA of its own: it serves the certificate given with --tls-cert, or no TLS.</source>
            <translation>Ce hub n’a pas sa propre CA : il sert le certificat donné avec --tls-cert, ou pas de TLS.</translation>
        </message>
        <message>
            <source>CA certificate: %1</source>
            <translation>Certificat de la CA : %1</translation>
        </message>
        <message>
            <source>Fingerprint: %1</source>
            <translation>Empreinte : %1</translation>
        </message>
        <message>
            <source>As browsers and phones show it (SHA-256): %1</source>
            <translation>Telle que l’affichent navigateurs et téléphones (SHA-256) : %1</translation>
        </message>
        <message>
            <source>Also served at %1/ca.pem</source>
            <translation>Aussi servi à %1/ca.pem</translation>
        </message>
        <message>
            <source>Use: user add NAME --role organiser|viewer, user list, or user remove NAME.</source>
            <translation>Usage : user add NOM --role organiser|viewer, user list, ou user remove NOM.</translation>
        </message>
        <message>
            <source>Password for %1: </source>
            <translation>Mot de passe de %1 : </translation>
        </message>
        <message>
            <source>The same password again: </source>
            <translation>Le même mot de passe, à nouveau : </translation>
        </message>
        <message>
            <source>%1 can log in to the console as %2.</source>
            <translation>%1 peut se connecter à la console en tant que %2.</translation>
        </message>
        <message>
            <source>The event's private signing key, for issuing codes in the console (default: the newest one "accueil keygen" made beside the --db database).</source>
            <translation>La clé privée de signature de l'événement, pour émettre des codes dans la console (par défaut : la plus récente créée par « accueil keygen » à côté de la base --db).</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n changement en attente</numerusform>
                <numerusform>%n changements en attente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) waiting</source>
            <translation>
                <numerusform>%n badge en attente</numerusform>
                <numerusform>%n badges en attente</numerusform>
            </translation>
        </message>
        <message>
            <source>ready</source>
            <translation>prêt</translation>
        </message>
    </context>
    <context>
        <name>kiosk</name>
        <message>
            <source>Configuration file (see deploy/kiosk.conf).</source>
            <translation>Fichier de configuration (voir deploy/kiosk.conf).</translation>
        </message>
        <message>
            <source>Event database.</source>
            <translation>Base de l’événement.</translation>
        </message>
        <message>
            <source>Camera id or part of its name.</source>
            <translation>Identifiant de la caméra ou partie de son nom.</translation>
        </message>
        <message>
            <source>Show the images of a folder instead of a camera.</source>
            <translation>Montrer les images d’un dossier au lieu d’une caméra.</translation>
        </message>
        <message>
            <source>CUPS queue for badges.</source>
            <translation>File CUPS pour les badges.</translation>
        </message>
        <message>
            <source>The hub's address, when it changed since this device enrolled.</source>
            <translation>L’adresse du hub, si elle a changé depuis l’inscription de cet appareil.</translation>
        </message>
        <message>
            <source>Badge template.</source>
            <translation>Modèle de badge.</translation>
        </message>
        <message>
            <source>self-service (default) or door.</source>
            <translation>self-service (par défaut) ou door (porte de session).</translation>
        </message>
        <message>
            <source>The session of a door (its code); chosen on screen when not given.</source>
            <translation>La session d’une porte (son code) ; choisie à l’écran si elle n’est pas donnée.</translation>
        </message>
        <message>
            <source>Fill the screen (the real kiosk).</source>
            <translation>Occuper tout l’écran (la vraie borne).</translation>
        </message>
        <message>
            <source>Log every decision on standard error.</source>
            <translation>Noter chaque décision sur la sortie d’erreur.</translation>
        </message>
        <message>
            <source>Load every screen in every language and exit; fails on any QML warning.</source>
            <translation>Charger chaque écran dans chaque langue puis quitter ; échoue au moindre avertissement QML.</translation>
        </message>
        <message>
            <source>Time N scans from camera frame to greeting on a demo event, and report memory.</source>
            <translation>Chronométrer N scans, de l’image de la caméra à l’accueil affiché, sur un événement de démonstration, et donner la mémoire utilisée.</translation>
        </message>
        <message>
            <source>accueil-kiosk needs an event database: --db FILE or kiosk/database in --config.</source>
            <translation>accueil-kiosk a besoin d’une base d’événement : --db FICHIER ou kiosk/database dans --config.</translation>
        </message>
        <message>
            <source>Language of the screens: %1.</source>
            <translation>Langue des écrans : %1.</translation>
        </message>
        <message>
            <source>Read a staff PIN from standard input, print its hash for the configuration file, and exit (with --config FILE: write it there too). Needs no display.</source>
            <translation>Lire un code d’équipe sur l’entrée standard, afficher son hachage pour le fichier de configuration, puis quitter (avec --config FICHIER : l’y écrire aussi). Ne demande pas d’écran.</translation>
        </message>
        <message>
            <source>Render every screen in French, English and Spanish at three sizes into DIR.</source>
            <translation>Produire chaque écran en français, anglais et espagnol, en trois tailles, dans DOSSIER.</translation>
        </message>
        <message>
            <source>Until this device is enrolled, show "scan the enrolment code" and enrol from the hub's QR code.</source>
            <translation>Tant que cet appareil n’est pas enrôlé, afficher "scanner le code d’enrôlement" et s’enrôler à partir du code QR du hub.</translation>
        </message>
        <message>
            <source>The kiosk could not start again; start it by hand.</source>
            <translation>La borne n’a pas pu redémarrer ; démarrez-la à la main.</translation>
        </message>
    </context>
</TS>
