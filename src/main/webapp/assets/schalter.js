// Clerk workstation: the queue of one unit at one location, live; call, serve and finish; check-in
// and walk-ins with the referral print-out when the day's quota is full; the dealer counter's items.
// The case form belongs to one ticket: it is emptied or filled from that ticket's saved draft
// whenever the ticket at the counter changes, and what is typed is kept on the server as a draft of
// that ticket's case, so a reload brings back the ticket and the text.
import { api, texts, t, say, clear, el, loginForm, formatTime, formatDay, options as fill, lang, changeHeaders, BACKGROUND, onReachability } from './common.js';
import * as offline from './offline-desk.js';

texts({
  title: 'Counter – Amtsplan', skip: 'Skip to content', brand: 'Amtsplan – counter', heading: 'Counter workstation',
  loginHeading: 'Sign in', user: 'User name', password: 'Password', signIn: 'Sign in', loginFailed: 'User name or password is wrong.',
  placeLegend: 'Workstation', unit: 'Unit', location: 'Service centre', counter: 'Counter', open: 'Open the queue',
  current: 'At the counter', nobody: 'Nobody called.', statusLabel: 'Status', start: 'Start service', recall: 'Call again',
  park: 'Step aside', missed: 'Did not come', outcome: 'Outcome', notes: 'Notes', documents: 'Documents received (comma-separated)',
  finish: 'Finish', transferTo: 'Transfer to', transfer: 'Transfer', callNext: 'Call the next person', checkin: 'Check-in with booking code',
  appointmentCode: 'Booking code', checkinButton: 'Check in', walkIn: 'Without appointment', service: 'Service', walkinName: 'Name (optional)',
  drawTicket: 'Draw a number', queue: 'Queue', number: 'Number', kind: 'Kind', waitingSince: 'Waiting since', estimate: 'Estimated wait',
  dealerItems: 'Dealer items', due: 'Due', action: 'Action', nobodyWaits: 'Nobody is waiting.', called: 'Called: ',
  checkedIn: 'Checked in, number ', drawn: 'Number drawn: ', referralText: 'The walk-in quota of today is full. Referral for ',
  referralNumber: ', number ', minutes: 'min', updated: 'Updated ', startItem: 'Start', doneItem: 'Done',
  WAITING: 'waiting', CALLED: 'called', IN_SERVICE: 'in service', PARKED: 'stepped aside', DONE: 'done', NO_SHOW: 'did not come',
  APPOINTMENT: 'appointment', WALK_IN: 'walk-in', REFERRAL: 'referral', print: 'Print referral',
  parkedHeading: 'Stepped aside', recallParked: 'Call back to this counter', nobodyParked: 'Nobody stepped aside.',
  busy: 'Finish or step aside the current person first.', counterHint: 'The counters of the running session.',
  counterName: 'Counter ', noCounters: 'No counter of this unit is staffed at this service centre today.',
  undoMissed: 'Undo', missedText: ': did not come.', draftSaved: 'Draft saved at ', draftFailed: 'Draft not saved: ',
  restored: 'Back at the counter: '
});

const GERMAN = { WAITING: 'wartet', CALLED: 'aufgerufen', IN_SERVICE: 'in Bearbeitung', PARKED: 'zurückgestellt', DONE: 'erledigt',
  NO_SHOW: 'nicht erschienen', APPOINTMENT: 'Termin', WALK_IN: 'ohne Termin', REFERRAL: 'Verweis' };
const word = key => t(GERMAN[key] || key, key);

const message = document.getElementById('message');
const desk = { unit: null, location: null, counter: null, current: null, serviceNames: {}, missed: null };
const serviceName = code => desk.serviceNames[code] || code || '';
const byId = id => document.getElementById(id);
let refresher = null;
let display = null;
let undoTimer = null;
// which unit, location and counter this tab works at: ids only, no personal data, gone with the tab
const PLACE = 'amtsplan.schalter.place';

// without the server the page goes on from its encrypted local copy (offline-desk.js)
offline.setup(message);
onReachability(offline.reachable);

loginForm(async me => {
  const [units, locations] = await Promise.all([api('GET', '/api/units'), api('GET', '/api/locations')]);
  const mine = units.filter(u => me.roles.includes('admin') || me.units.includes(u.id));
  fill(byId('unit'), mine.map(u => [u.id, u.name]));
  fill(byId('transfer-unit'), units.map(u => [u.id, u.name]));
  fill(byId('location'), locations.map(l => [l.id, l.name]));
  const kept = JSON.parse(sessionStorage.getItem(PLACE) || 'null');
  if (kept && mine.some(u => u.id === kept.unit) && locations.some(l => l.id === kept.location)) {
    byId('unit').value = kept.unit;
    byId('location').value = kept.location;
  }
  await loadCounters(kept && kept.counter);
  byId('unit').focus();
  // a reload with the session still good: the same counter opens again, with its current ticket
  if (kept && byId('counter').value === kept.counter && !desk.counter) byId('place').requestSubmit();
}, { onPassword: offline.signedIn, onUnreachable: offline.startedOffline, onOfflineSignIn: offline.offlineSignIn });

/** The counters staffed now at the chosen unit and location, as names ("Schalter 2"). */
let countersAsked = 0;
async function loadCounters(preferred) {
  const select = byId('counter');
  const asked = ++countersAsked;
  const place = byId('unit').value + '|' + byId('location').value;
  try {
    const today = await api('GET', '/api/units/' + encodeURIComponent(byId('unit').value)
      + '/locations/' + encodeURIComponent(byId('location').value) + '/counters');
    if (asked !== countersAsked) return; // the clerk chose another unit or location meanwhile
    const same = [...select.options].map(o => o.value).join() === today.counters.join();
    if (!same) fill(select, today.counters.map(c => [c, t('Schalter ', 'counterName') + c]));
    select.dataset.for = place;
    if (preferred && today.counters.includes(preferred)) select.value = preferred;
    if (today.counters.length === 0) say(message, t('Heute ist an diesem Standort kein Schalter dieses Bereichs besetzt.', 'noCounters'), 'error');
  } catch (problem) {
    say(message, problem.describe(), 'error');
  }
}
byId('unit').addEventListener('change', () => loadCounters(byId('counter').value));
byId('location').addEventListener('change', () => loadCounters(byId('counter').value));

document.getElementById('place').addEventListener('submit', async event => {
  event.preventDefault();
  if (!byId('counter').value) return;
  desk.unit = byId('unit').value;
  desk.location = byId('location').value;
  desk.counter = byId('counter').value;
  sessionStorage.setItem(PLACE, JSON.stringify({ unit: desk.unit, location: desk.location, counter: desk.counter }));
  const [services, rules] = await Promise.all([
    api('GET', '/api/services?unit=' + encodeURIComponent(desk.unit)),
    api('GET', '/api/units/' + encodeURIComponent(desk.unit) + '/rules')]);
  fill(byId('walkin-service'), services.map(s => [s.code, s.name]));
  fill(byId('callback-service'), services.map(s => [s.code, s.name]));
  desk.serviceNames = Object.fromEntries(services.map(s => [s.code, s.name]));
  fill(byId('outcome'), (rules.outcomes || []).map(o => [o.code, lang === 'en' && o.nameEn ? o.nameEn : o.name]));
  document.getElementById('desk').classList.remove('hidden');
  // whoever was called to or is served at this counter comes back, with the case typed so far
  const current = await api('GET', base() + '/counters/' + encodeURIComponent(desk.counter) + '/current');
  showCurrent(current);
  if (current) say(message, t('Wieder am Schalter: ', 'restored') + current.number + ' (' + word(current.status) + ')', 'ok');
  document.getElementById('dealer-items').classList.toggle('hidden', desk.unit !== 'vehicle');
  await refresh();
  if (refresher) clearInterval(refresher);
  refresher = setInterval(refresh, 5000);
  // calls made at other counters update this queue at once
  if (display) display.close();
  display = new EventSource('/api/locations/' + encodeURIComponent(desk.location) + '/display');
  display.addEventListener('call', () => refresh());
  document.getElementById('call-next').focus();
  // the local copy for working without the server, and whatever waits to be sent
  offline.deskOpened(desk.unit, desk.location, desk.counter).catch(problem => console.warn('offline copy', problem));
});

function base() {
  return '/api/units/' + encodeURIComponent(desk.unit) + '/locations/' + encodeURIComponent(desk.location);
}

async function refresh() {
  if (offline.offline()) return; // the offline desk shows the device's own queue meanwhile
  try {
    const queue = await api('GET', base() + '/queue', null, BACKGROUND);
    const body = document.getElementById('queue');
    clear(body);
    for (const ticket of queue) {
      body.append(el('tr', { 'data-number': ticket.number },
        el('th', { scope: 'row' }, ticket.number),
        el('td', { 'data-label': t('Art', 'kind') }, word(ticket.kind)),
        el('td', { 'data-label': t('Anliegen', 'service') }, serviceName(ticket.service)),
        el('td', { 'data-label': t('Stand', 'statusLabel'), className: 'status ' + ticket.status }, word(ticket.status)),
        el('td', { 'data-label': t('Wartet seit', 'waitingSince') }, ticket.waitingSince ? formatTime(ticket.waitingSince) : ''),
        el('td', { 'data-label': t('Geschätzte Wartezeit', 'estimate') }, ticket.estimatedWaitMinutes == null ? '' : ticket.estimatedWaitMinutes + ' ' + t('Min.', 'minutes'))));
    }
    await refreshParked();
    document.getElementById('queue-updated').textContent = t('Stand ', 'updated') + formatTime(new Date().toISOString());
    if (desk.unit === 'vehicle') await refreshDealerItems();
  } catch (problem) {
    say(message, problem.describe(), 'error');
  }
}

async function refreshParked() {
  const parked = await api('GET', base() + '/parked', null, BACKGROUND);
  const body = document.getElementById('parked');
  clear(body);
  if (parked.length === 0) body.append(el('tr', {}, el('td', { colspan: '3' }, t('Niemand zurückgestellt.', 'nobodyParked'))));
  for (const ticket of parked) {
    body.append(el('tr', {},
      el('th', { scope: 'row' }, ticket.number),
      el('td', { 'data-label': t('Anliegen', 'service') }, serviceName(ticket.service)),
      el('td', {}, el('button', { type: 'button', className: 'secondary', 'aria-label': t('An diesen Schalter zurückholen', 'recallParked') + ': ' + ticket.number,
        onclick: () => recallParked(ticket) }, t('An diesen Schalter zurückholen', 'recallParked')))));
  }
}

/** A person stepped aside comes back to this counter, their case with its notes continues. */
async function recallParked(ticket) {
  if (desk.current) {
    say(message, t('Bitte zuerst die aktuelle Person abschließen oder zurückstellen.', 'busy'), 'error');
    return;
  }
  try {
    const recalled = await api('POST', '/api/tickets/' + ticket.id + '/recall', { counter: desk.counter });
    showCurrent(recalled);
    say(message, t('Aufgerufen: ', 'called') + recalled.number, 'ok');
    await refresh();
    document.getElementById('start').focus();
  } catch (problem) {
    say(message, problem.describe(), 'error');
  }
}

function showCurrent(ticket) {
  desk.current = ticket && ['CALLED', 'IN_SERVICE'].includes(ticket.status) ? ticket : null;
  bindCaseForm(desk.current);
  byId('current').classList.toggle('hidden', !desk.current);
  byId('current-none').classList.toggle('hidden', !!desk.current);
  byId('call-next').classList.toggle('hidden', !!desk.current);
  if (desk.current) {
    hideUndo();
    byId('current-number').textContent = ticket.number;
    const status = byId('current-status');
    status.textContent = word(ticket.status);
    status.className = 'status ' + ticket.status;
    byId('current-service').textContent = serviceName(ticket.service);
    // only what fits the state: a person called is started, called again or did not come; a case
    // being worked on is finished or stepped aside; either may be passed on to another unit
    byId('called-actions').classList.toggle('hidden', ticket.status !== 'CALLED');
    byId('serving-actions').classList.toggle('hidden', ticket.status !== 'IN_SERVICE');
  }
}

/**
 * The case form belongs to one ticket: when the ticket at the counter changes, the form is emptied,
 * or filled with the draft that ticket's case keeps; never carried over to the next person.
 */
function bindCaseForm(ticket) {
  const form = byId('finish-form');
  const id = ticket ? String(ticket.id) : '';
  if (form.dataset.ticket === id) return;
  clearTimeout(draftTimer);
  draftTimer = null;
  form.dataset.ticket = id;
  const draft = (ticket && ticket.caseRecord) || {};
  byId('notes').value = draft.notes || '';
  byId('documents').value = (draft.documents || []).join(', ');
  const outcome = byId('outcome');
  if (outcome.options.length) outcome.selectedIndex = 0;
  byId('draft-state').textContent = '';
}

const documentsTyped = () => byId('documents').value.split(',').map(d => d.trim()).filter(d => d);

// --- the draft: what is typed is kept in the ticket's case shortly after typing stops
let draftTimer = null;

function draftChanged() {
  const ticket = byId('finish-form').dataset.ticket;
  if (!ticket) return;
  clearTimeout(draftTimer);
  draftTimer = setTimeout(() => saveDraft(ticket), 700);
}

// the draft on its way, if any: finishing waits for it, so the two never collide on the case
let draftSending = Promise.resolve();

async function saveDraft(ticket) {
  draftTimer = null;
  // the form may belong to another ticket by now: then this text is not this ticket's any more
  if (byId('finish-form').dataset.ticket !== ticket) return;
  try {
    draftSending = api('PUT', '/api/tickets/' + ticket + '/draft', { notes: byId('notes').value, documents: documentsTyped() });
    await draftSending;
    if (byId('finish-form').dataset.ticket === ticket) {
      byId('draft-state').textContent = t('Entwurf gespeichert um ', 'draftSaved') + formatTime(new Date().toISOString());
    }
  } catch (problem) {
    byId('draft-state').textContent = t('Entwurf nicht gespeichert: ', 'draftFailed') + problem.describe();
  }
}

byId('notes').addEventListener('input', draftChanged);
byId('documents').addEventListener('input', draftChanged);
// closing or reloading the page right after typing: send the pending draft on its way regardless
window.addEventListener('pagehide', () => {
  const ticket = byId('finish-form').dataset.ticket;
  const change = changeHeaders();
  if (!draftTimer || !ticket || !change) return;
  fetch('/api/tickets/' + ticket + '/draft', {
    method: 'PUT', keepalive: true, credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': lang, ...change },
    body: JSON.stringify({ notes: byId('notes').value, documents: documentsTyped() })
  });
});

// --- "did not come": no question asked, but a few minutes to take it back
function offerUndo(ticket) {
  hideUndo();
  if (!ticket.undoMissedUntil) return;
  desk.missed = ticket;
  byId('undo-text').textContent = ticket.number + t(': nicht erschienen.', 'missedText') + ' ';
  byId('undo').classList.remove('hidden');
  const left = Math.min(Math.max(Date.parse(ticket.undoMissedUntil) - Date.now(), 0), 60 * 60 * 1000);
  undoTimer = setTimeout(hideUndo, left);
}

function hideUndo() {
  clearTimeout(undoTimer);
  desk.missed = null;
  byId('undo').classList.add('hidden');
}

byId('undo-missed').addEventListener('click', async () => {
  if (!desk.missed) return;
  try {
    const ticket = await api('POST', '/api/tickets/' + desk.missed.id + '/undo-missed', null);
    hideUndo();
    showCurrent(ticket);
    say(message, ticket.number + ': ' + word(ticket.status), 'ok');
    await refresh();
    byId('start').focus();
  } catch (problem) {
    hideUndo();
    say(message, problem.describe(), 'error');
  }
});

async function action(name, body) {
  try {
    // finishing sends the final text itself; stepping aside or passing on keeps what was typed as
    // the draft first; a draft still on its way arrives before the action either way
    const typedNotSaved = draftTimer !== null;
    clearTimeout(draftTimer);
    draftTimer = null;
    if (typedNotSaved && name !== 'finish') await saveDraft(byId('finish-form').dataset.ticket);
    await draftSending.catch(() => null);
    const ticket = await api('POST', '/api/tickets/' + desk.current.id + '/' + name, body ?? null);
    showCurrent(ticket);
    say(message, ticket.number + ': ' + word(ticket.status), 'ok');
    if (name === 'missed') offerUndo(ticket);
    await refresh();
    byId(desk.current ? (desk.current.status === 'CALLED' ? 'start' : 'notes') : (desk.missed ? 'undo-missed' : 'call-next')).focus();
  } catch (problem) {
    say(message, problem.describe(), 'error');
  }
}

document.getElementById('call-next').addEventListener('click', async () => {
  try {
    const ticket = await api('POST', base() + '/queue/call-next', { counter: desk.counter });
    if (!ticket) {
      say(message, t('Niemand wartet.', 'nobodyWaits'), 'ok');
      return;
    }
    showCurrent(ticket);
    say(message, t('Aufgerufen: ', 'called') + ticket.number, 'ok');
    await refresh();
    document.getElementById('start').focus();
  } catch (problem) {
    say(message, problem.describe(), 'error');
  }
});
byId('start').addEventListener('click', () => action('start'));
document.getElementById('recall').addEventListener('click', () => action('recall'));
document.getElementById('park').addEventListener('click', () => action('park'));
document.getElementById('missed').addEventListener('click', () => action('missed'));
document.getElementById('transfer').addEventListener('click', () => action('transfer', { unit: document.getElementById('transfer-unit').value }));
document.getElementById('finish-form').addEventListener('submit', event => {
  event.preventDefault();
  action('finish', { outcome: byId('outcome').value, notes: byId('notes').value, documents: documentsTyped() });
});

document.getElementById('checkin-form').addEventListener('submit', async event => {
  event.preventDefault();
  try {
    const ticket = await api('POST', base() + '/tickets', { appointmentCode: document.getElementById('appointment-code').value.trim().toUpperCase() });
    say(message, t('Angemeldet, Nummer ', 'checkedIn') + ticket.number, 'ok');
    document.getElementById('appointment-code').value = '';
    await refresh();
  } catch (problem) {
    say(message, problem.describe(), 'error');
  }
});

document.getElementById('walkin-form').addEventListener('submit', async event => {
  event.preventDefault();
  const referral = document.getElementById('referral');
  referral.classList.add('hidden');
  try {
    const name = document.getElementById('walkin-name').value.trim();
    const ticket = await api('POST', base() + '/tickets', { walkIn: { service: document.getElementById('walkin-service').value, name: name || null } });
    say(message, t('Wartenummer gezogen: ', 'drawn') + ticket.number, 'ok');
    await refresh();
  } catch (problem) {
    if (problem.status === 409 && problem.body.referral) {
      referral.classList.remove('hidden');
      clear(referral);
      referral.append(t('Das Kontingent für heute ist erschöpft. Verweis für ', 'referralText') + formatDay(problem.body.referral.date)
        + t(', Nummer ', 'referralNumber') + problem.body.referral.number + '. ',
        el('button', { type: 'button', className: 'secondary', onclick: () => window.print() }, t('Verweis drucken', 'print')));
      return;
    }
    say(message, problem.describe(), 'error');
  }
});

async function refreshDealerItems() {
  const items = await api('GET', '/api/vehicle/batch-items');
  const body = document.getElementById('dealer-list');
  clear(body);
  for (const item of items) {
    const next = item.status === 'IN_PROGRESS' ? 'done' : 'start';
    body.append(el('tr', {},
      el('td', { 'data-label': 'FIN' }, item.vin), el('td', { 'data-label': t('Art', 'kind') }, item.kind),
      el('td', { 'data-label': t('Fällig', 'due') }, item.dueDate || ''), el('td', { 'data-label': t('Stand', 'statusLabel') }, item.status),
      el('td', {}, el('button', { type: 'button', className: 'secondary', onclick: () => itemAction(item.id, next) },
        next === 'done' ? t('Erledigt', 'doneItem') : t('Beginnen', 'startItem')))));
  }
}

async function itemAction(id, name) {
  try {
    await api('POST', '/api/vehicle/batch-items/' + id + '/' + name, null);
    await refreshDealerItems();
  } catch (problem) {
    say(message, problem.describe(), 'error');
  }
}
