// Clerk workstation: the queue of one unit at one location, live; call, serve and finish; check-in
// and walk-ins with the referral print-out when the day's quota is full; the dealer counter's items.
import { api, texts, t, say, clear, el, loginForm, formatTime, formatDay, options as fill } from './common.js';

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
  busy: 'Finish or step aside the current person first.'
});

const GERMAN = { WAITING: 'wartet', CALLED: 'aufgerufen', IN_SERVICE: 'in Bearbeitung', PARKED: 'zurückgestellt', DONE: 'erledigt',
  NO_SHOW: 'nicht erschienen', APPOINTMENT: 'Termin', WALK_IN: 'ohne Termin', REFERRAL: 'Verweis' };
const word = key => t(GERMAN[key] || key, key);

const message = document.getElementById('message');
const desk = { unit: null, location: null, counter: null, current: null, serviceNames: {} };
const serviceName = code => desk.serviceNames[code] || code || '';
let refresher = null;
let display = null;

loginForm(async me => {
  const [units, locations] = await Promise.all([api('GET', '/api/units'), api('GET', '/api/locations')]);
  const mine = units.filter(u => me.roles.includes('admin') || me.units.includes(u.id));
  fill(document.getElementById('unit'), mine.map(u => [u.id, u.name]));
  fill(document.getElementById('transfer-unit'), units.map(u => [u.id, u.name]));
  fill(document.getElementById('location'), locations.map(l => [l.id, l.name]));
  document.getElementById('unit').focus();
});

document.getElementById('place').addEventListener('submit', async event => {
  event.preventDefault();
  desk.unit = document.getElementById('unit').value;
  desk.location = document.getElementById('location').value;
  desk.counter = document.getElementById('counter').value.trim() || '1';
  const services = await api('GET', '/api/services?unit=' + encodeURIComponent(desk.unit));
  fill(document.getElementById('walkin-service'), services.map(s => [s.code, s.name]));
  desk.serviceNames = Object.fromEntries(services.map(s => [s.code, s.name]));
  document.getElementById('desk').classList.remove('hidden');
  document.getElementById('dealer-items').classList.toggle('hidden', desk.unit !== 'vehicle');
  await refresh();
  if (refresher) clearInterval(refresher);
  refresher = setInterval(refresh, 5000);
  // calls made at other counters update this queue at once
  if (display) display.close();
  display = new EventSource('/api/locations/' + encodeURIComponent(desk.location) + '/display');
  display.addEventListener('call', () => refresh());
  document.getElementById('call-next').focus();
});

function base() {
  return '/api/units/' + encodeURIComponent(desk.unit) + '/locations/' + encodeURIComponent(desk.location);
}

async function refresh() {
  try {
    const queue = await api('GET', base() + '/queue');
    const body = document.getElementById('queue');
    clear(body);
    for (const ticket of queue) {
      body.append(el('tr', { 'data-number': ticket.number },
        el('th', { scope: 'row' }, ticket.number),
        el('td', {}, word(ticket.kind)),
        el('td', {}, serviceName(ticket.service)),
        el('td', { className: 'status ' + ticket.status }, word(ticket.status)),
        el('td', {}, ticket.waitingSince ? formatTime(ticket.waitingSince) : ''),
        el('td', {}, ticket.estimatedWaitMinutes == null ? '' : ticket.estimatedWaitMinutes + ' ' + t('Min.', 'minutes'))));
    }
    await refreshParked();
    document.getElementById('queue-updated').textContent = t('Stand ', 'updated') + formatTime(new Date().toISOString());
    if (desk.unit === 'vehicle') await refreshDealerItems();
  } catch (problem) {
    say(message, problem.describe(), 'error');
  }
}

async function refreshParked() {
  const parked = await api('GET', base() + '/parked');
  const body = document.getElementById('parked');
  clear(body);
  if (parked.length === 0) body.append(el('tr', {}, el('td', { colspan: '3' }, t('Niemand zurückgestellt.', 'nobodyParked'))));
  for (const ticket of parked) {
    body.append(el('tr', {},
      el('th', { scope: 'row' }, ticket.number),
      el('td', {}, serviceName(ticket.service)),
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
  document.getElementById('current').classList.toggle('hidden', !desk.current);
  document.getElementById('current-none').classList.toggle('hidden', !!desk.current);
  if (desk.current) {
    document.getElementById('current-number').textContent = ticket.number;
    const status = document.getElementById('current-status');
    status.textContent = word(ticket.status);
    status.className = 'status ' + ticket.status;
    document.getElementById('current-service').textContent = serviceName(ticket.service);
  }
}

async function action(name, body) {
  try {
    const ticket = await api('POST', '/api/tickets/' + desk.current.id + '/' + name, body ?? null);
    showCurrent(ticket);
    say(message, ticket.number + ': ' + word(ticket.status), 'ok');
    await refresh();
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
document.getElementById('start').addEventListener('click', () => action('start'));
document.getElementById('recall').addEventListener('click', () => action('recall'));
document.getElementById('park').addEventListener('click', () => action('park'));
document.getElementById('missed').addEventListener('click', () => action('missed'));
document.getElementById('transfer').addEventListener('click', () => action('transfer', { unit: document.getElementById('transfer-unit').value }));
document.getElementById('finish-form').addEventListener('submit', event => {
  event.preventDefault();
  const documents = document.getElementById('documents').value.split(',').map(d => d.trim()).filter(d => d);
  action('finish', { outcome: document.getElementById('outcome').value, notes: document.getElementById('notes').value, documents });
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
      el('td', {}, item.vin), el('td', {}, item.kind), el('td', {}, item.dueDate || ''), el('td', {}, item.status),
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
