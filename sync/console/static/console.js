// The organisers' console: one page, plain DOM, data from /console/api, live
// through server-sent events. Every text shown comes from i18n/<lang>.json.
'use strict';

const state = { lang: 'fr', strings: {}, me: null, page: 'dashboard', events: null, refreshTimer: 0, importFile: null };

function $(id) { return document.getElementById(id); }

function t(key, values) {
  let text = state.strings[key];
  if (text === undefined) text = key;
  for (const [name, value] of Object.entries(values || {})) text = text.split('{' + name + '}').join(String(value));
  return text;
}

function chooseLanguage() {
  const saved = localStorage.getItem('accueil-console-lang');
  if (saved === 'fr' || saved === 'en') return saved;
  for (const tag of navigator.languages || [navigator.language || 'fr']) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'fr' || primary === 'en') return primary;
  }
  return 'fr';
}

async function loadLanguage(lang) {
  const response = await fetch('/console/i18n/' + lang + '.json', { credentials: 'same-origin' });
  state.strings = await response.json();
  state.lang = lang;
  document.documentElement.lang = lang;
  $('lang-switch').value = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-aria-label]')) el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
  document.title = t('app_name');
  setLive(state.events && state.events.readyState === EventSource.OPEN);
  if (state.me) {
    $('who').textContent = state.me.user + ' (' + t('role_' + state.me.role) + ')';
    render();
  }
}

async function api(method, path, body, contentType) {
  const headers = {};
  if (method !== 'GET' && state.me) headers['X-CSRF-Token'] = state.me.csrf;
  if (body !== undefined) headers['Content-Type'] = contentType || 'application/json';
  const response = await fetch('/console/api/' + path, {
    method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : (contentType ? body : JSON.stringify(body)),
  });
  let data = {};
  try { data = await response.json(); } catch (e) { data = {}; }
  if (response.status === 401 && path !== 'login') showLogin();
  return { status: response.status, data };
}

function cell(row, text, label) {
  const td = document.createElement('td');
  if (text instanceof Node) td.appendChild(text); else td.textContent = text === undefined ? '' : String(text);
  if (label) td.dataset.label = label;
  row.appendChild(td);
  return td;
}

function fill(tableId, items, makeRow) {
  const body = $(tableId).querySelector('tbody');
  body.replaceChildren();
  for (const item of items) {
    const row = document.createElement('tr');
    makeRow(row, item);
    body.appendChild(row);
  }
}

function button(label, onClick, className) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  if (className) b.className = className;
  b.addEventListener('click', onClick);
  return b;
}

function sessionTitle(s) { return (state.lang === 'en' ? s.title_en : s.title_fr) || s.title || s.code; }

function deviceState(d) {
  const span = document.createElement('span');
  if (d.revoked) { span.textContent = t('device_revoked'); span.className = 'state-bad'; }
  else if (d.seconds_since_seen < 0) { span.textContent = t('device_never_seen'); }
  else if (d.seconds_since_seen > 120) { span.textContent = t('device_silent', { minutes: Math.round(d.seconds_since_seen / 60) }); span.className = 'state-bad'; }
  else { span.textContent = t('device_online'); span.className = 'state-ok'; }
  return span;
}

// What a device last reported; null (or not there at all): not reported.
function waiting(count) {
  if (count === null || count === undefined) return t('not_reported');
  return String(count);
}

const printerProblems = ['media-empty', 'media-jam', 'door-open', 'offline', 'stopped', 'refusing', 'unknown-queue', 'other'];

function printerState(p) {
  const span = document.createElement('span');
  if (p === undefined) { span.textContent = t('not_reported'); return span; }
  if (p === null) { span.textContent = t('no_printer'); return span; }
  if (p.state === 'ready') {
    span.textContent = t('printer_ready', { queue: p.queue });
    span.className = 'state-ok';
    return span;
  }
  const key = printerProblems.includes(p.problem) ? p.problem : 'other';
  span.textContent = t('printer_problem', { queue: p.queue, problem: t('printer_' + key.replace('-', '_')) })
    + (p.message ? ' — ' + p.message : '');
  span.className = 'state-bad';
  return span;
}

// Fetches a file and hands it to the browser to save, saying how it went in `statusId`.
async function download(path, statusId) {
  const status = $(statusId);
  status.textContent = t('download_preparing');
  let response;
  try { response = await fetch('/console/api/' + path, { credentials: 'same-origin' }); } catch (e) { status.textContent = t('failed'); return; }
  if (response.status === 401) { showLogin(); return; }
  if (!response.ok) {
    let data = {};
    try { data = await response.json(); } catch (e) { data = {}; }
    status.textContent = data.error || t('failed');
    return;
  }
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename="([^"]+)"/.exec(disposition);
  const name = match ? match[1] : 'download';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60000);
  status.textContent = t('download_done', { file: name });
}

// --- pages -----------------------------------------------------------------

async function renderDashboard() {
  const { status, data } = await api('GET', 'dashboard');
  if (status !== 200) return;
  $('fig-arrived').textContent = data.checked_in;
  $('fig-registered').textContent = data.registered;
  $('fig-share').textContent = (data.registered ? Math.round(100 * data.checked_in / data.registered) : 0) + ' %';
  $('fig-doubles').textContent = data.double_entries;
  $('time-zone').textContent = data.time_zone;
  const curve = $('curve');
  curve.replaceChildren();
  const highest = Math.max(1, ...data.arrivals.map(q => q.count));
  for (const q of data.arrivals) {
    const bar = document.createElement('div');
    bar.className = 'bar';
    bar.style.height = Math.max(2, Math.round(150 * q.count / highest)) + 'px';
    bar.title = t('curve_bar', { time: q.start, count: q.count });
    curve.appendChild(bar);
  }
  if (!data.arrivals.length) curve.textContent = t('no_arrivals_yet');
  $('curve-first').textContent = data.arrivals.length ? data.arrivals[0].start : '';
  $('curve-last').textContent = data.arrivals.length > 1 ? data.arrivals[data.arrivals.length - 1].start : '';
  fill('dash-sessions', data.sessions, (row, s) => {
    cell(row, sessionTitle(s), t('session'));
    cell(row, s.checked_in, t('attendance'));
    cell(row, s.capacity > 0 ? s.capacity : t('unlimited'), t('capacity'));
    const meter = document.createElement('meter');
    meter.min = 0; meter.max = s.capacity > 0 ? s.capacity : Math.max(1, s.checked_in); meter.value = s.checked_in;
    meter.setAttribute('aria-label', t('fill_of', { session: sessionTitle(s) }));
    cell(row, meter, t('fill'));
  });
  fill('dash-devices', data.devices.filter(d => !d.revoked), (row, d) => {
    cell(row, d.name, t('device'));
    cell(row, d.last_seen || '—', t('last_seen'));
    cell(row, deviceState(d), t('state'));
    cell(row, waiting(d.events_waiting), t('events_waiting'));
    cell(row, printerState(d.printer), t('printer'));
  });
}

async function renderSessions() {
  const { status, data } = await api('GET', 'dashboard');
  if (status !== 200) return;
  fill('sessions-list', data.sessions, (row, s) => {
    cell(row, sessionTitle(s), t('session'));
    cell(row, s.room, t('room'));
    cell(row, s.starts, t('starts'));
    cell(row, s.capacity > 0 ? s.checked_in + ' / ' + s.capacity : s.checked_in, t('attendance'));
    const open = button(t('show_attendees'), () => showSession(s.id), 'secondary');
    open.setAttribute('aria-label', t('show_attendees_of', { session: sessionTitle(s) }));
    cell(row, open);
  });
  if (state.sessionId) showSession(state.sessionId);
}

function countList(id, counts) {
  const list = $(id);
  list.replaceChildren();
  for (const [name, count] of Object.entries(counts).sort((a, b) => b[1] - a[1])) {
    const li = document.createElement('li');
    li.textContent = name + ' : ' + count;
    list.appendChild(li);
  }
}

async function showSession(id) {
  state.sessionId = id;
  const { status, data } = await api('GET', 'sessions/' + encodeURIComponent(id));
  if (status !== 200) return;
  $('session-detail').hidden = false;
  $('session-detail-title').textContent = t('session_people', { session: sessionTitle(data), count: data.attendees.length });
  countList('by-category', data.by_category);
  countList('by-organisation', data.by_organisation);
  fill('session-people', data.attendees, (row, p) => {
    cell(row, p.name, t('name')); cell(row, p.organisation, t('organisation'));
    cell(row, p.category, t('category')); cell(row, p.at, t('time'));
  });
}

async function renderAttendees() {
  const text = $('search-text').value.trim();
  if (!text) { fill('search-results', [], () => {}); $('search-empty').hidden = true; }
  else {
    const { status, data } = await api('GET', 'attendees?q=' + encodeURIComponent(text));
    if (status !== 200) return;
    $('search-empty').hidden = data.attendees.length > 0;
    fill('search-results', data.attendees, (row, a) => {
      cell(row, a.first_name + ' ' + a.last_name, t('name'));
      cell(row, a.organisation, t('organisation'));
      cell(row, statusText(a), t('status'));
      const open = button(t('open'), () => showAttendee(a.id), 'secondary');
      open.setAttribute('aria-label', t('open_attendee', { name: a.first_name + ' ' + a.last_name }));
      cell(row, open);
    });
  }
  if (state.attendeeId) showAttendee(state.attendeeId, true);
}

function statusText(a) {
  if (a.status === 'cancelled') return t('status_cancelled');
  return a.checked_in ? t('status_arrived') : t('status_expected');
}

async function showAttendee(id, keepMessage) {
  state.attendeeId = id;
  const { status, data } = await api('GET', 'attendees/' + encodeURIComponent(id));
  if (status !== 200) return;
  $('attendee-detail').hidden = false;
  $('attendee-title').textContent = data.first_name + ' ' + data.last_name;
  $('attendee-status').textContent = statusText(data);
  const form = $('edit-form');
  for (const input of form.querySelectorAll('input')) {
    if (document.activeElement !== input) input.value = data[input.name] || '';
  }
  if (!keepMessage) $('edit-message').textContent = '';
  $('cancel-registration').hidden = data.status === 'cancelled';
  $('restore-registration').hidden = data.status !== 'cancelled';
  // A certificate for whoever was checked in somewhere (the command refuses the others).
  $('attendee-certificate').hidden = !data.history.some(e => e.kind === 'in' && !e.revoked);
  if (!keepMessage) { $('attendee-certificate-status').textContent = ''; $('attendee-certificate-lang').value = state.lang; }
  fill('attendee-history', data.history, (row, e) => {
    cell(row, e.at, t('time'));
    cell(row, t('event_' + e.kind) + (e.revoked ? ' (' + t('undone') + ')' : ''), t('what'));
    cell(row, e.session || t('venue'), t('session'));
    cell(row, e.device, t('device'));
  });
}

async function changeAttendee(action, body) {
  const { status, data } = await api('POST', 'attendees/' + encodeURIComponent(state.attendeeId) + '/' + action, body || {});
  $('edit-message').textContent = status === 200 ? t('saved') : (data.error || t('failed'));
  if (status === 200) { showAttendee(state.attendeeId, true); renderAttendees(); }
}

async function renderDevices() {
  const { status, data } = await api('GET', 'devices');
  if (status !== 200) return;
  fill('devices-list', data.devices, (row, d) => {
    cell(row, d.name, t('device'));
    cell(row, d.enrolled, t('enrolled'));
    cell(row, d.last_seen || '—', t('last_seen'));
    cell(row, deviceState(d), t('state'));
    cell(row, waiting(d.events_waiting), t('events_waiting'));
    cell(row, printerState(d.printer), t('printer'));
    cell(row, waiting(d.badges_waiting), t('badges_waiting'));
    cell(row, d.status_at || (d.status_at === '' ? t('never') : t('not_reported')), t('status_at'));
    if (!d.revoked && state.me.role === 'organiser') {
      const revoke = button(t('revoke'), async () => {
        if (!confirm(t('revoke_confirm', { device: d.name }))) return;
        await api('POST', 'devices/' + encodeURIComponent(d.id) + '/revoke', {});
        renderDevices();
      }, 'danger');
      revoke.setAttribute('aria-label', t('revoke_device', { device: d.name }));
      cell(row, revoke);
    } else cell(row, '');
  });
}

async function showEnrolment() {
  const { status, data } = await api('POST', 'enrolment', {});
  if (status !== 201) return;
  $('enrolment').hidden = false;
  $('enrolment-qr').src = 'data:image/svg+xml;base64,' + btoa(data.svg);
  $('enrolment-qr').alt = t('enrolment_qr_alt');
  $('enrolment-code').textContent = data.code;
}

async function runImport(apply) {
  const file = state.importFile;
  if (!file) return;
  const bytes = await file.arrayBuffer();
  const { status, data } = await api('POST', 'import' + (apply ? '?apply=1' : ''), bytes, 'text/csv');
  $('import-report').hidden = false;
  const problems = $('import-problems');
  problems.replaceChildren();
  for (const p of (data.errors || []).concat(data.refused || [])) {
    const li = document.createElement('li');
    li.textContent = p.line > 0 ? t('problem_line', { line: p.line, message: p.message }) : p.message;
    problems.appendChild(li);
  }
  if (status === 200) {
    $('import-verdict').textContent = apply ? t('import_done') : t('import_ready');
    $('import-counts').textContent = t('import_counts', { imported: data.imported, updated: data.updated, unchanged: data.unchanged });
    $('import-apply').disabled = apply;
  } else {
    $('import-verdict').textContent = status === 422 ? t('import_refused', { count: (data.errors || []).length }) : (data.error || t('failed'));
    $('import-counts').textContent = '';
    $('import-apply').disabled = true;
  }
}

async function renderCodes() {
  const { status, data } = await api('GET', 'codes');
  if (status !== 200) return;
  $('codes-no-key').hidden = data.key;
  $('codes-key-problem').textContent = data.key ? '' : (data.key_problem || '');
  $('codes-issue').disabled = !data.key;
  $('codes-counts').textContent = t('codes_counts', { holders: data.holders, without: data.without });
  $('codes-csv').disabled = $('codes-zip').disabled = data.holders === 0;
}

async function issueCodes(form) {
  const body = { who: form.querySelector('input[name=who]:checked').value,
    valid_from: form.elements.valid_from.value, valid_until: form.elements.valid_until.value };
  if (body.who === 'all' && !confirm(t('codes_all_confirm'))) return;
  $('codes-message').textContent = t('codes_issuing');
  const { status, data } = await api('POST', 'codes/issue', body);
  $('codes-message').textContent = status === 200 ? t('codes_issued', { count: data.issued }) : (data.error || t('failed'));
  renderCodes();
}

function separator() { return $('export-separator').value === 'comma' ? 'comma' : 'semicolon'; }

async function renderExports() {
  if (!state.certificateLangChosen) $('certificates-lang').value = state.lang;
}

const pages = { dashboard: renderDashboard, sessions: renderSessions, attendees: renderAttendees, devices: renderDevices,
  imports: async () => {}, codes: renderCodes, exports: renderExports };

function render() {
  const wanted = location.hash.replace('#', '') || 'dashboard';
  let page = pages[wanted] ? wanted : 'dashboard';
  if ((page === 'imports' || page === 'codes') && state.me.role !== 'organiser') page = 'dashboard';
  state.page = page;
  for (const name of Object.keys(pages)) $('page-' + name).hidden = name !== page;
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.dataset.page === page) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  return pages[page]();
}

// --- live updates ------------------------------------------------------------

function setLive(on) {
  const live = $('live');
  live.classList.toggle('on', !!on);
  live.classList.toggle('off', !on);
  live.textContent = on ? t('live_on') : t('live_off');
}

function openEvents() {
  if (state.events) state.events.close();
  const events = new EventSource('/console/api/events');
  state.events = events;
  events.onopen = () => setLive(true);
  events.addEventListener('change', () => {
    // Several changes close together make one refresh.
    clearTimeout(state.refreshTimer);
    state.refreshTimer = setTimeout(() => { if (state.me && state.page !== 'imports' && state.page !== 'exports') render(); }, 50);
  });
  events.onerror = () => {
    setLive(false);
    // The browser retries by itself; once it gave up (the hub restarted or
    // the session ended), ask again whether we are still logged in.
    if (events.readyState === EventSource.CLOSED) setTimeout(() => { if (state.events === events) start(); }, 2000);
  };
}

// --- log-in ----------------------------------------------------------------

function showLogin() {
  state.me = null;
  if (state.events) { state.events.close(); state.events = null; }
  setLive(false);
  $('login').hidden = false;
  $('nav').hidden = true; $('logout').hidden = true; $('who').hidden = true;
  for (const p of document.querySelectorAll('.page')) p.hidden = true;
  $('login-name').focus();
}

function showApp(me) {
  state.me = me;
  $('login').hidden = true;
  $('nav').hidden = false; $('logout').hidden = false; $('who').hidden = false;
  $('who').textContent = me.user + ' (' + t('role_' + me.role) + ')';
  $('event-name').textContent = me.event || '';
  for (const el of document.querySelectorAll('[data-organiser]')) el.hidden = me.role !== 'organiser';
  openEvents();
  render();
}

async function start() {
  try {
    const response = await fetch('/console/api/me', { credentials: 'same-origin' });
    if (response.status === 200) return showApp(await response.json());
    showLogin();
  } catch (e) {
    // The hub is away (restarting): try again shortly.
    setLive(false);
    setTimeout(start, 2000);
  }
}

document.addEventListener('DOMContentLoaded', async () => {
  await loadLanguage(chooseLanguage());
  $('lang-switch').addEventListener('change', e => {
    localStorage.setItem('accueil-console-lang', e.target.value);
    loadLanguage(e.target.value);
  });
  $('login-form').addEventListener('submit', async e => {
    e.preventDefault();
    $('login-error').textContent = '';
    const { status, data } = await api('POST', 'login', { name: $('login-name').value, password: $('login-password').value });
    if (status === 200) { $('login-password').value = ''; showApp(data); return; }
    $('login-error').textContent = status === 429 ? t('login_locked', { seconds: data.retry_after }) : t('login_wrong');
  });
  $('logout').addEventListener('click', async () => { await api('POST', 'logout', {}); showLogin(); });
  $('search-form').addEventListener('submit', e => { e.preventDefault(); state.attendeeId = null; $('attendee-detail').hidden = true; renderAttendees(); });
  $('edit-form').addEventListener('submit', e => {
    e.preventDefault();
    const body = {};
    for (const input of e.target.querySelectorAll('input')) body[input.name] = input.value;
    changeAttendee('edit', body);
  });
  $('cancel-registration').addEventListener('click', () => { if (confirm(t('cancel_confirm'))) changeAttendee('cancel'); });
  $('restore-registration').addEventListener('click', () => changeAttendee('restore'));
  $('enrol').addEventListener('click', showEnrolment);
  $('import-file').addEventListener('change', e => { state.importFile = e.target.files[0] || null; $('import-apply').disabled = true; $('import-report').hidden = true; });
  $('import-form').addEventListener('submit', e => { e.preventDefault(); runImport(false); });
  $('import-apply').addEventListener('click', () => runImport(true));
  $('attendee-certificate-download').addEventListener('click', () => download('certificates/'
    + encodeURIComponent(state.attendeeId) + '.pdf?lang=' + $('attendee-certificate-lang').value, 'attendee-certificate-status'));
  $('codes-form').addEventListener('submit', e => { e.preventDefault(); issueCodes(e.target); });
  $('codes-csv').addEventListener('click', () => download('codes/codes.csv?sep=' + (state.lang === 'en' ? 'comma' : 'semicolon'), 'codes-download'));
  $('codes-zip').addEventListener('click', () => download('codes/codes-qr.zip?sep=' + (state.lang === 'en' ? 'comma' : 'semicolon'), 'codes-download'));
  $('export-by-session').addEventListener('click', () => download('exports/attendance-by-session.csv?sep=' + separator()
    + '&lang=' + state.lang, 'exports-status'));
  $('export-by-attendee').addEventListener('click', () => download('exports/attendance-by-attendee.csv?sep=' + separator()
    + '&lang=' + state.lang, 'exports-status'));
  $('certificates-lang').addEventListener('change', () => { state.certificateLangChosen = true; });
  $('certificates-all').addEventListener('click', () => download('certificates/all.pdf?lang=' + $('certificates-lang').value, 'exports-status'));
  window.addEventListener('hashchange', () => { if (state.me) { render(); $('main').focus(); } });
  start();
});
