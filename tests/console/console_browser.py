#!/usr/bin/env python3
"""The organisers' console in a real browser: a real accueil-hub (SQLite or
PostgreSQL), a device that syncs with it through the real `accueil`, and
headless Chromium driven over the DevTools protocol.

Usage: console_browser.py --bin BUILD/bin --hub-db FILE|postgresql://... --work DIR
       [--screenshots DIR] [--chromium PATH]
"""
import argparse
import base64
import glob
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser  # noqa: E402

ORGANISER = ('claire', 'organiser-password-1')
VIEWER = ('presse', 'viewer-password-22')

ATTENDEES = """Prénom;Nom;Code;Organisation;Catégorie
Hélène;Lefèvre;RAICT-0001;Ville de Lyon;élu·e
Jean;Dupont;RAICT-0002;Ville de Nîmes;technicien·ne
Søren;Østergaard;RAICT-0003;Aarhus Kommune;partenaire
さくら;山田;RAICT-0004;静岡県;intervenant·e
Amina;Benali;RAICT-0005;Région Occitanie;élu·e
"""
# The updated export: one more registration.
UPDATED = ATTENDEES + "Louis;Moreau;RAICT-0006;Ville de Rennes;presse\n"
# Line 3 has no name and no code; line 4 reuses a code.
BROKEN = """Prénom;Nom;Code;Organisation
Marie;Martin;NEW-001;Ville de Brest
;;;Ville de Pau
Paul;Durand;NEW-001;Ville de Nice
"""
PROGRAMME = {"sessions": [
    {"code": "W1", "titre": "Atelier eau", "title_en": "Water workshop", "type": "atelier", "salle": "Salon Iéna",
     "starts_at": "2026-07-09T09:30", "ends_at": "2026-07-09T11:00", "capacity": 40},
    {"code": "P1", "titre": "Plénière d'ouverture", "title_en": "Opening plenary", "type": "plénière",
     "salle": "Amphithéâtre", "starts_at": "2026-07-09T11:30", "ends_at": "2026-07-09T12:30", "capacity": 300},
]}


def run(args, stdin=None, check=True):
    p = subprocess.run(args, input=stdin, capture_output=True, text=True, timeout=120)
    if check and p.returncode != 0:
        raise AssertionError('%s failed (%d): %s %s' % (' '.join(args), p.returncode, p.stdout, p.stderr))
    return p


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


class Hub:
    def __init__(self, binary, db, port, key_file=None):
        self.binary, self.db, self.port, self.key_file = binary, db, port, key_file
        self.process = None

    def storage(self):
        return ['--postgres' if self.db.startswith('postgres') else '--db', self.db]

    def start(self):
        self.process = subprocess.Popen([self.binary, *self.storage(), '--listen', '127.0.0.1:%d' % self.port,
                                         '--insecure-http', '--backup-minutes', '0',
                                         *(['--key-file', self.key_file] if self.key_file else [])],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(200):
            try:
                with socket.create_connection(('127.0.0.1', self.port), 0.1):
                    return
            except OSError:
                time.sleep(0.05)
        raise AssertionError('the hub did not start')

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(10)
            self.process = None


def http(method, url, body=None, headers=None):
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status, r.read(), r.headers
    except urllib.error.HTTPError as e:
        return e.code, e.read(), e.headers


def check(condition, message):
    if not condition:
        raise AssertionError(message)
    print('ok -', message, flush=True)


def downloaded(folder, pattern, timeout=60.0):
    """The file the browser saved in `folder` under a name matching `pattern`, once complete."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        found = [f for f in glob.glob(os.path.join(folder, pattern)) if not f.endswith('.crdownload')]
        if found:
            return found[0]
        time.sleep(0.05)
    raise AssertionError('no download %s after %.0f s: %s' % (pattern, timeout, os.listdir(folder)))


def pdf_text(path):
    return run(['pdftotext', '-layout', path, '-']).stdout


def verify_signed_code(code, public_keys):
    """Checks a signed code's Ed25519 signature (SIGNED_CODES.md) with the event's public keys."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    body = code[len('AC1.'):]
    raw = base64.b32decode(body + '=' * (-len(body) % 8))
    signed, signature = raw[:-64], raw[-64:]
    key = public_keys[raw[1]]
    Ed25519PublicKey.from_public_bytes(bytes.fromhex(key)).verify(signature, signed)  # raises when forged
    return True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--bin', required=True)
    parser.add_argument('--hub-db', required=True)
    parser.add_argument('--work', required=True)
    parser.add_argument('--screenshots')
    parser.add_argument('--chromium', default='/usr/bin/chromium')
    a = parser.parse_args()
    accueil = os.path.join(a.bin, 'accueil')
    hub_binary = os.path.join(a.bin, 'accueil-hub')
    work = a.work
    for name, text in (('attendees.csv', ATTENDEES), ('broken.csv', BROKEN), ('updated.csv', UPDATED),
                       ('programme.json', json.dumps(PROGRAMME, ensure_ascii=False))):
        with open(os.path.join(work, name), 'w', encoding='utf-8') as f:
            f.write(text)

    # The hub's event, its list and programme, and two accounts.
    run([accueil, '--db', a.hub_db, 'init', '--event', 'RAICT 2026', '--timezone', 'Europe/Paris'])
    run([accueil, '--db', a.hub_db, 'import', 'attendees', os.path.join(work, 'attendees.csv')])
    run([accueil, '--db', a.hub_db, 'import', 'programme', os.path.join(work, 'programme.json')])
    # A SQLite hub finds the signing key beside its database; a PostgreSQL hub is told where it is.
    postgres = a.hub_db.startswith('postgres')
    key_file = os.path.join(work, 'hub-signing-key.json') if postgres else None
    hub = Hub(hub_binary, a.hub_db, free_port(), key_file)
    run([hub_binary, *hub.storage(), 'user', 'add', ORGANISER[0], '--role', 'organiser'], stdin=ORGANISER[1] + '\n')
    run([hub_binary, *hub.storage(), 'user', 'add', VIEWER[0], '--role', 'viewer'], stdin=VIEWER[1] + '\n')
    short = run([hub_binary, *hub.storage(), 'user', 'add', 'x', '--role', 'viewer'], stdin='short\n', check=False)
    check(short.returncode == 1, 'a password of 5 characters is refused')
    listed = run([hub_binary, *hub.storage(), 'user', 'list']).stdout
    check('claire\torganiser' in listed and 'presse\tviewer' in listed, 'user list shows both accounts')
    hub.start()
    base = 'http://127.0.0.1:%d' % hub.port

    # A device enrolled with the hub, holding the list.
    device_db = os.path.join(work, 'kiosk-1.sqlite')
    code = json.loads(run([hub_binary, *hub.storage(), 'enrolment-code', '--json']).stdout)['code']
    run([accueil, '--db', device_db, 'enroll', '--hub', base, '--code', code, '--device', 'kiosk-1'])
    run([accueil, '--db', device_db, 'sync'])
    # A tablet that will be lost.
    lost_db = os.path.join(work, 'lost-tablet.sqlite')
    code = json.loads(run([hub_binary, *hub.storage(), 'enrolment-code', '--json']).stdout)['code']
    run([accueil, '--db', lost_db, 'enroll', '--hub', base, '--code', code, '--device', 'lost-tablet'])
    run([accueil, '--db', lost_db, 'sync'])

    # Nothing of the console's data without a session.
    for path in ('dashboard', 'attendees?q=a', 'devices', 'events', 'me', 'sessions/x',
                 'exports/attendance-by-session.csv', 'exports/attendance-by-attendee.csv', 'certificates/all.pdf',
                 'codes', 'codes/codes.csv', 'codes/codes-qr.zip'):
        status, _, _ = http('GET', base + '/console/api/' + path)
        check(status == 401, 'GET /console/api/%s without a session: 401' % path)
    for path in ('enrolment', 'codes/issue'):
        status, _, _ = http('POST', base + '/console/api/' + path, b'{}', {'Content-Type': 'application/json'})
        check(status == 401, 'POST /console/api/%s without a session: 401' % path)
    status, body, headers = http('POST', base + '/console/api/login',
                                 json.dumps({'name': ORGANISER[0], 'password': ORGANISER[1]}).encode(),
                                 {'Content-Type': 'application/json'})
    cookie = headers.get('Set-Cookie', '')
    check(status == 200 and 'HttpOnly' in cookie and 'Secure' in cookie and 'SameSite=Strict' in cookie
          and 'Path=/console/' in cookie, 'log-in sets a Secure, HttpOnly, SameSite=Strict cookie')
    session_cookie = cookie.split(';')[0]
    status, _, _ = http('POST', base + '/console/api/enrolment', b'{}',
                        {'Content-Type': 'application/json', 'Cookie': session_cookie})
    check(status == 403, 'a change without the CSRF token: 403')
    status, _, _ = http('POST', base + '/console/api/enrolment', b'{}',
                        {'Content-Type': 'application/json', 'Cookie': session_cookie,
                         'X-CSRF-Token': 'forged-token-forged-token-forged-token-abc'})
    check(status == 403, 'a change with a forged CSRF token: 403')
    status, _, _ = http('POST', base + '/console/api/codes/issue', b'{"who": "missing"}',
                        {'Content-Type': 'application/json', 'Cookie': session_cookie})
    check(status == 403, 'issuing codes without the CSRF token: 403')

    # The event stream: held open, the first event at once; gone with the session.
    with socket.create_connection(('127.0.0.1', hub.port), 10) as stream:
        stream.sendall(('GET /console/api/events HTTP/1.1\r\nHost: x\r\nCookie: %s\r\n\r\n'
                        % session_cookie).encode())
        received = b''
        while b'event: change' not in received:
            chunk = stream.recv(4096)
            if not chunk:
                break
            received += chunk
        check(received.startswith(b'HTTP/1.1 200') and b'text/event-stream' in received
              and b'Content-Length' not in received and b'event: change' in received,
              'the event stream answers at once and stays open')
    csrf = json.loads(body)['csrf']
    status, _, _ = http('POST', base + '/console/api/logout', b'{}',
                        {'Content-Type': 'application/json', 'Cookie': session_cookie, 'X-CSRF-Token': csrf})
    check(status == 200, 'log-out')
    status, _, _ = http('GET', base + '/console/api/events', None, {'Cookie': session_cookie})
    check(status == 401, 'after log-out the old cookie opens nothing')

    profile = os.path.join(work, 'chromium-profile')
    browser = Browser(a.chromium, profile, ['--lang=fr-FR', '--accept-lang=fr-FR,fr'])
    shots = a.screenshots
    downloads = os.path.join(work, 'downloads')
    os.makedirs(downloads)

    def shot(name):
        if shots:
            browser.screenshot(os.path.join(shots, 'console-%s.png' % name))

    try:
        browser.open_page()
        browser.allow_downloads(downloads)
        browser.viewport(1280, 900)
        browser.navigate(base + '/console/')
        browser.wait_for("!document.getElementById('login').hidden")
        check(browser.evaluate("document.documentElement.lang") == 'fr'
              and browser.evaluate("document.getElementById('login-title').textContent") == 'Connexion',
              'the page follows Accept-Language (fr)')
        shot('login')

        def log_in(name, password):
            browser.evaluate("document.getElementById('login-name').value = %s;"
                             "document.getElementById('login-password').value = %s;"
                             "document.getElementById('login-form').requestSubmit(); true"
                             % (json.dumps(name), json.dumps(password)))

        log_in(ORGANISER[0], 'wrong-password-here')
        browser.wait_for("document.getElementById('login-error').textContent.length > 0")
        check(True, 'a wrong password is refused with a message')
        log_in(*ORGANISER)
        browser.wait_for("!document.getElementById('page-dashboard').hidden")
        browser.wait_for("document.getElementById('live').classList.contains('on')")
        browser.wait_for("document.getElementById('fig-registered').textContent === '5'")
        check(True, 'the organiser sees the dashboard, live')
        browser.evaluate("window.notReloaded = true")

        # A check-in at the kiosk, pushed to the hub, appears without reload.
        run([accueil, '--db', device_db, 'checkin', 'RAICT-0001', '--device', 'kiosk-1'])
        run([accueil, '--db', device_db, 'checkin', 'RAICT-0003', '--device', 'kiosk-1'])
        run([accueil, '--db', device_db, 'checkin', 'RAICT-0001', '--session', 'W1', '--device', 'kiosk-1'])
        run([accueil, '--db', device_db, 'sync'])
        browser.wait_for("document.getElementById('fig-arrived').textContent === '2'")
        check(browser.evaluate("window.notReloaded === true"), 'the check-ins appear on the open dashboard, no reload')
        browser.wait_for("document.querySelectorAll('#curve .bar').length > 0")
        browser.wait_for("document.querySelector('#dash-devices tbody').textContent.includes('kiosk-1')")
        shot('dashboard')

        # Sessions: who attended W1.
        browser.evaluate("location.hash = '#sessions'; true")
        browser.wait_for("document.querySelectorAll('#sessions-list tbody tr').length === 2")
        browser.evaluate("document.querySelector('#sessions-list tbody tr button').click(); true")
        browser.wait_for("document.getElementById('session-people').textContent.includes('Lefèvre')")
        check('élu·e' in browser.evaluate("document.getElementById('by-category').textContent"),
              'the session page lists who attended, with counts by category')
        shot('sessions')

        # Attendees: folded search (on SQLite and PostgreSQL hubs alike), history, an edit synced like any other.
        browser.evaluate("location.hash = '#attendees'; true")
        browser.wait_for("!document.getElementById('page-attendees').hidden")
        browser.evaluate("document.getElementById('search-text').value = 'ostergaard';"
                         "document.getElementById('search-form').requestSubmit(); true")
        browser.wait_for("document.querySelector('#search-results tbody').textContent.includes('Østergaard')")
        check(True, "'ostergaard' finds Søren Østergaard")
        browser.evaluate("document.getElementById('search-text').value = 'lefevre';"
                         "document.getElementById('search-form').requestSubmit(); true")
        browser.wait_for("document.querySelector('#search-results tbody').textContent.includes('Lefèvre')")
        check(True, "'lefevre' finds Hélène Lefèvre")
        browser.evaluate("document.querySelector('#search-results tbody button').click(); true")
        browser.wait_for("document.getElementById('attendee-title').textContent.includes('Lefèvre')")
        browser.wait_for("document.querySelectorAll('#attendee-history tbody tr').length === 2")
        check(True, "her history shows the venue and the workshop")
        browser.evaluate("document.querySelector('#edit-form input[name=organisation]').value = 'Ville de Lyon (69)';"
                         "document.getElementById('edit-form').requestSubmit(); true")
        browser.wait_for("document.getElementById('edit-message').textContent.length > 0")
        run([accueil, '--db', device_db, 'sync'])
        found = run([accueil, '--db', device_db, 'search', 'lefevre', '--json']).stdout
        check('Ville de Lyon (69)' in found, 'an edit in the console reaches the kiosk by sync')
        shot('attendees')

        # Her attendance certificate, from her page: exactly the sessions she was checked into.
        browser.wait_for("!document.getElementById('attendee-certificate').hidden")
        check(browser.evaluate("document.getElementById('attendee-certificate-lang').value") == 'fr',
              "the certificate's language defaults to the page's")
        browser.evaluate("document.getElementById('attendee-certificate-download').click(); true")
        certificate = pdf_text(downloaded(downloads, 'attestation-*.pdf'))
        check('Lefèvre' in certificate and 'Atelier eau' in certificate and 'Plénière' not in certificate,
              'her certificate (fr) lists the water workshop and not the plenary she did not attend')
        try:
            browser.wait_for("document.getElementById('attendee-certificate-status').textContent.includes('attestation-')")
        except AssertionError:
            print('status:', browser.evaluate("document.getElementById('attendee-certificate-status').outerHTML"))
            print('status:', browser.evaluate("document.getElementById('attendee-detail').hidden"))
            raise
        browser.evaluate("document.getElementById('attendee-certificate-lang').value = 'en';"
                         "document.getElementById('attendee-certificate-download').click(); true")
        certificate = pdf_text(downloaded(downloads, 'certificate-*.pdf'))
        check('Water workshop' in certificate and 'Opening plenary' not in certificate,
              'in English on request: the Water workshop only')

        # Devices: the enrolment QR.
        browser.evaluate("location.hash = '#devices'; true")
        browser.wait_for("document.querySelector('#devices-list tbody').textContent.includes('kiosk-1')")
        browser.evaluate("document.getElementById('enrol').click(); true")
        browser.wait_for("document.getElementById('enrolment-qr').naturalWidth > 0")
        check(len(browser.evaluate("document.getElementById('enrolment-code').textContent")) > 0,
              'the devices page shows an enrolment QR and its code')
        check(len(browser.evaluate("document.querySelector('#devices-list thead tr').children")) == 9,
              'the devices page has columns for check-ins waiting, printer, badges waiting and the report time')
        # What each device reported with its last sync: nothing waiting, no printer (a desk's `accueil sync`).
        row = ("[...document.querySelectorAll('#devices-list tbody tr')]"
               ".find(r => r.children[0].textContent === 'kiosk-1')")
        browser.wait_for(row + ".children[4].textContent === '0'")
        check(browser.evaluate(row + ".children[5].textContent === t('no_printer')"),
              'the devices page shows what the device reported: 0 waiting, no printer')
        check(browser.evaluate(row + ".children[7].textContent") not in ('', '—'),
              'the devices page shows when the device last reported')
        shot('devices')
        # The lost tablet: revoked by the organiser from the page; it can no longer sync.
        lost = ("[...document.querySelectorAll('#devices-list tbody tr')]"
                ".find(r => r.children[0].textContent === 'lost-tablet')")
        browser.evaluate("window.confirm = () => true; " + lost + ".querySelector('button').click(); true")
        browser.wait_for(lost + ".children[3].textContent === t('device_revoked')")
        refused = run([accueil, '--db', lost_db, 'sync'], check=False)
        check(refused.returncode != 0, 'a revoked tablet can no longer sync')

        # Exports: attendance per session and per attendee as Excel-ready CSV, all certificates in one PDF.
        browser.evaluate("location.hash = '#exports'; true")
        browser.wait_for("!document.getElementById('page-exports').hidden")
        browser.evaluate("document.getElementById('export-by-session').click(); true")
        with open(downloaded(downloads, 'attendance-by-session.csv'), 'rb') as f:
            by_session = f.read()
        text = by_session.decode('utf-8-sig')
        check(by_session.startswith(b'\xef\xbb\xbf') and b'\r\n' in by_session and ';' in text.splitlines()[0],
              'the per-session CSV is what Excel opens right: UTF-8 with a BOM, CRLF, ; between columns')
        w1 = [line for line in text.splitlines() if line.startswith('W1;')]
        check(any('Lefèvre' in line for line in w1) and not any(line.startswith('P1;') and 'Lefèvre' in line
                                                              for line in text.splitlines()),
              'the per-session CSV has the kiosk check-in of Hélène Lefèvre in W1 (and not in P1)')
        browser.evaluate("document.getElementById('export-separator').value = 'comma';"
                         "document.getElementById('export-by-attendee').click(); true")
        with open(downloaded(downloads, 'attendance-by-attendee.csv'), 'rb') as f:
            by_attendee = f.read().decode('utf-8-sig')
        check('Lefèvre' in by_attendee and 'Østergaard' in by_attendee and 'Dupont' not in by_attendee
              and ',' in by_attendee.splitlines()[0],
              'the per-attendee CSV (, for an English Excel) has the two people checked in, not the others')
        check(browser.evaluate("document.getElementById('certificates-lang').value") == 'fr',
              "all certificates default to the page's language")
        browser.evaluate("document.getElementById('certificates-all').click(); true")
        every = pdf_text(downloaded(downloads, 'attestations.pdf'))
        check('Lefèvre' in every and 'Østergaard' in every and 'Dupont' not in every,
              'all certificates in one PDF: everyone checked in, nobody else')
        shot('exports')

        # Imports: a dry run names every bad line, and nothing is written.
        browser.evaluate("location.hash = '#imports'; true")
        browser.wait_for("!document.getElementById('page-imports').hidden")
        browser.set_file('#import-file', os.path.join(work, 'broken.csv'))
        browser.evaluate("document.getElementById('import-file').dispatchEvent(new Event('change'));"
                         "document.getElementById('import-form').requestSubmit(); true")
        browser.wait_for("document.getElementById('import-problems').children.length >= 2")
        problems = browser.evaluate("document.getElementById('import-problems').textContent")
        check('Ligne 3' in problems and 'Ligne 4' in problems, 'the dry run names lines 3 and 4: ' + problems)
        check(browser.evaluate("document.getElementById('import-apply').disabled"),
              'a file with problems cannot be applied')
        shot('imports')
        # The updated export: checked, then applied; the dashboard counts the newcomer.
        browser.set_file('#import-file', os.path.join(work, 'updated.csv'))
        browser.evaluate("document.getElementById('import-file').dispatchEvent(new Event('change'));"
                         "document.getElementById('import-form').requestSubmit(); true")
        browser.wait_for("!document.getElementById('import-apply').disabled")
        check(browser.evaluate("document.getElementById('import-counts').textContent").startswith('1 '),
              'the dry run of a good file counts one new registration')
        browser.evaluate("document.getElementById('import-apply').click(); true")
        browser.wait_for("document.getElementById('import-apply').disabled && "
                         "document.getElementById('import-verdict').textContent === 'Importé.'")
        browser.evaluate("location.hash = '#dashboard'; true")
        browser.wait_for("document.getElementById('fig-registered').textContent === '6'")
        check(True, 'the applied import shows on the dashboard')

        # Codes: none without the event's private key; then issued, and the mail-merge files.
        browser.evaluate("location.hash = '#codes'; true")
        browser.wait_for("!document.getElementById('page-codes').hidden && "
                         "document.getElementById('codes-counts').textContent.length > 0")
        check(not browser.evaluate("document.getElementById('codes-no-key').hidden")
              and browser.evaluate("document.getElementById('codes-issue').disabled"),
              'without a private key the codes page says to run accueil keygen')
        shot('codes-no-key')
        run([accueil, '--db', a.hub_db, 'keygen', *(['--key-file', key_file] if key_file else [])])
        browser.evaluate("location.hash = '#dashboard'; true")
        browser.evaluate("location.hash = '#codes'; true")
        browser.wait_for("document.getElementById('codes-no-key').hidden && "
                         "!document.getElementById('codes-issue').disabled")
        # Everyone already has the code of the registration export: a signed one for all, valid until the 10th.
        check(browser.evaluate("document.getElementById('codes-counts').textContent").startswith('0 '),
              'nobody holds a signed code yet')
        browser.evaluate("window.confirm = () => true;"
                         "document.querySelector('#codes-form input[value=all]').checked = true;"
                         "document.querySelector('#codes-form input[name=valid_until]').value = '2026-07-10';"
                         "document.getElementById('codes-form').requestSubmit(); true")
        browser.wait_for("document.getElementById('codes-message').textContent.startsWith('6 ')")
        check(True, 'six signed codes issued, one for each registered person')
        browser.wait_for("!document.getElementById('codes-csv').disabled")
        check(browser.evaluate("document.getElementById('codes-counts').textContent").startswith('6 '),
              'the page counts six holders of a signed code')
        browser.evaluate("document.getElementById('codes-csv').click(); true")
        with open(downloaded(downloads, 'codes.csv'), 'rb') as f:
            rows = [line.split(';') for line in f.read().decode('utf-8-sig').splitlines()]
        check(rows[0] == ['reference', 'first_name', 'last_name', 'email', 'code', 'image'] and len(rows) == 7,
              'the mail-merge list has a line per person with a code: ' + ';'.join(rows[0]))
        browser.evaluate("document.getElementById('codes-zip').click(); true")
        archive = downloaded(downloads, 'codes-qr.zip')
        import zipfile
        with zipfile.ZipFile(archive) as z:
            check(z.testzip() is None and sorted(z.namelist()) == sorted(['codes.csv'] + [r[5] for r in rows[1:]]),
                  'the ZIP holds the list and one PNG per person, named as the list says')
            helene = next(r for r in rows[1:] if r[2] == 'Lefèvre')
            png = os.path.join(work, 'helene.png')
            with open(png, 'wb') as f:
                f.write(z.read(helene[5]))
        scanned = run(['zbarimg', '--raw', '-q', png]).stdout.strip()
        keys = {k['key_id']: k['public_key'] for k in json.loads(run([accueil, '--db', a.hub_db, 'keys', '--json']).stdout)}
        check(scanned == helene[4] and verify_signed_code(scanned, keys),
              "Hélène's QR image scans to her code, and its signature verifies with the event's public key")
        shot('codes')

        # Forged CSRF from the page itself: refused.
        status = browser.evaluate("fetch('/console/api/enrolment', {method: 'POST', headers: {'X-CSRF-Token': 'x',"
                                  "'Content-Type': 'application/json'}, body: '{}'}).then(r => r.status)")
        check(status == 403, 'the browser session with a forged CSRF token: 403')

        # English, and a phone.
        browser.evaluate("const s = document.getElementById('lang-switch'); s.value = 'en';"
                         "s.dispatchEvent(new Event('change')); location.hash = '#dashboard'; true")
        browser.wait_for("document.documentElement.lang === 'en' && "
                         "document.getElementById('dash-title').textContent === 'Dashboard'")
        shot('dashboard-en')
        browser.viewport(390, 844, mobile=True)
        browser.wait_for("document.getElementById('fig-arrived').textContent === '2'")
        shot('phone')
        browser.viewport(1280, 900)

        # The hub restarts: the page comes back live by itself.
        hub.stop()
        browser.wait_for("document.getElementById('live').classList.contains('off')")
        hub.start()
        browser.wait_for("document.getElementById('live').classList.contains('on')", timeout=20)
        run([accueil, '--db', device_db, 'checkin', 'RAICT-0005', '--device', 'kiosk-1'])
        run([accueil, '--db', device_db, 'sync'])
        browser.wait_for("document.getElementById('fig-arrived').textContent === '3'")
        check(browser.evaluate("window.notReloaded === true"), 'after a hub restart the page is live again')

        # A viewer: figures only; a change refused even with the right token.
        browser.evaluate("document.getElementById('logout').click(); true")
        browser.wait_for("!document.getElementById('login').hidden")
        log_in(*VIEWER)
        browser.wait_for("!document.getElementById('page-dashboard').hidden")
        check(browser.evaluate("document.querySelector('[data-page=imports]').hidden"),
              'a viewer has no imports page')
        status = browser.evaluate("fetch('/console/api/me').then(r => r.json()).then(me => fetch("
                                  "'/console/api/devices/kiosk-1/revoke', {method: 'POST', headers: {"
                                  "'X-CSRF-Token': me.csrf, 'Content-Type': 'application/json'}, body: '{}'}))"
                                  ".then(r => r.status)")
        check(status == 403, 'a viewer is refused a change: 403')
        status = browser.evaluate("fetch('/console/api/me').then(r => r.json()).then(me => fetch("
                                  "'/console/api/codes/issue', {method: 'POST', headers: {"
                                  "'X-CSRF-Token': me.csrf, 'Content-Type': 'application/json'},"
                                  "body: JSON.stringify({who: 'all'})})).then(r => r.status)")
        check(status == 403, 'a viewer is refused issuing codes: 403')
        statuses = browser.evaluate("Promise.all(['codes', 'codes/codes.csv', 'codes/codes-qr.zip',"
                                    "'exports/attendance-by-session.csv'].map(p => fetch('/console/api/' + p)"
                                    ".then(r => r.status)))")
        check(statuses == [403, 403, 403, 200], 'a viewer sees no codes (they admit people) but downloads figures')
        check(browser.evaluate("document.querySelector('[data-page=codes]').hidden")
              and not browser.evaluate("document.querySelector('[data-page=exports]').hidden"),
              'a viewer has an exports page and no codes page')
        shot('viewer')
    finally:
        browser.close()
        hub.stop()
    print('all console checks passed')


if __name__ == '__main__':
    main()
