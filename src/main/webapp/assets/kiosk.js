// Entrance kiosk: check-in with the booking code or the confirmation's QR code (a scanner types
// the signed payload), or a walk-in number for a service of one of the kiosk's units; shows and
// prints the number with its unit and time, or the referral when the day's quota is full.
// Staff set it up once by choosing the service centre and units from lists; that choice (no
// personal data) stays in the device's storage across reloads, and the language switches in place,
// so a citizen tapping "English" neither loses the setup nor signs staff out; a reload with the
// staff session still good goes straight back to work. After a while without input it returns to
// the start screen.
import { api, clear, el, currentSession, signIn, signedIn } from './common.js';

const WORDS = {
  de: {
    title: 'Anmeldung am Eingang – Bürgerservice', brand: 'Willkommen im Bürgerservice', setup: 'Gerät einrichten (Personal)',
    user: 'Benutzername', password: 'Passwort', location: 'Standort', units: 'Bereiche an diesem Eingang',
    idle: 'Zurück zum Start nach so vielen Sekunden ohne Eingabe', autoPrint: 'Wartenummer sofort drucken', start: 'Kiosk starten',
    heading: 'Bitte melden Sie sich an', codeLabel: 'Buchungscode eingeben oder QR-Code unter den Scanner halten',
    checkIn: 'Mit Termin anmelden', noAppointment: 'Ohne Termin: Anliegen wählen', yourNumber: 'Ihre Wartenummer',
    print: 'Wartenummer drucken', done: 'Fertig', toggle: 'English', toggleLang: 'en',
    waitAbout: 'Voraussichtliche Wartezeit: etwa {n} Minuten. Bitte achten Sie auf die Anzeige.',
    watch: 'Bitte achten Sie auf die Anzeige.',
    referral: 'Das Kontingent für heute ist erschöpft. Bitte kommen Sie am {day} wieder, mit der Nummer {number}.',
    notFound: 'Diesen Buchungscode finden wir nicht.', chooseUnit: 'Bitte mindestens einen Bereich wählen.',
    drawnAt: 'gezogen um {time} Uhr', noServices: 'Hier gibt es keine Anliegen ohne Termin.',
    notYourUnits: 'Dieses Konto darf keine Nummern ausgeben für: {units}'
  },
  en: {
    title: 'Check-in at the entrance – citizen services', brand: 'Welcome to citizen services', setup: 'Set up the device (staff)',
    user: 'User name', password: 'Password', location: 'Service centre', units: 'Units at this entrance',
    idle: 'Back to the start after so many seconds without input', autoPrint: 'Print the number at once', start: 'Start kiosk',
    heading: 'Please check in', codeLabel: 'Enter your booking code or hold the QR code under the scanner',
    checkIn: 'Check in with appointment', noAppointment: 'Without appointment: choose your service', yourNumber: 'Your number',
    print: 'Print the number', done: 'Done', toggle: 'Deutsch', toggleLang: 'de',
    waitAbout: 'Expected wait: about {n} minutes. Please watch the display.',
    watch: 'Please watch the display.',
    referral: 'Today\'s quota is full. Please come back on {day} with number {number}.',
    notFound: 'We cannot find this booking code.', chooseUnit: 'Please choose at least one unit.',
    drawnAt: 'drawn at {time}', noServices: 'There are no services without appointment here.',
    notYourUnits: 'This account may not issue numbers for: {units}'
  }
};
const SETUP = 'amtsplan.kiosk.setup';

let language = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'de';
let setup = readSetup();
let units = [];
let locations = [];
let services = [];
let shown = null; // the ticket on screen, re-rendered when the language changes

const message = document.getElementById('message');

function w(key, values = {}) {
  return WORDS[language][key].replace(/\{(\w+)\}/g, (all, name) => (values[name] !== undefined ? String(values[name]) : all));
}

function readSetup() {
  try {
    const stored = JSON.parse(localStorage.getItem(SETUP));
    return stored && Array.isArray(stored.units) ? stored : null;
  } catch (e) {
    return null;
  }
}

function say(text, kind = 'error') {
  message.className = 'message ' + kind;
  message.textContent = text;
}

/** Writes the current language into the page; nothing else changes, so the kiosk keeps working. */
function render() {
  document.documentElement.lang = language;
  document.title = w('title');
  document.querySelectorAll('[data-t]').forEach(node => { node.textContent = w(node.dataset.t); });
  const toggle = document.getElementById('language');
  toggle.textContent = w('toggle');
  toggle.lang = w('toggleLang');
  toggle.href = '?lang=' + w('toggleLang');
  fillSetupLists();
  drawServices();
  placeLine();
  if (shown) showTicketText();
}

document.getElementById('language').addEventListener('click', event => {
  event.preventDefault();
  language = language === 'en' ? 'de' : 'en';
  const address = new URL(location.href);
  if (language === 'en') address.searchParams.set('lang', 'en'); else address.searchParams.delete('lang');
  history.replaceState(null, '', address.pathname + address.search);
  say('', 'ok');
  render();
  activity();
});

function nameOf(thing) {
  return (thing.names && thing.names[language]) || thing.name;
}

function fillSetupLists() {
  const select = document.getElementById('k-location');
  const chosen = select.value || (setup && setup.location);
  clear(select);
  locations.forEach(l => select.append(el('option', { value: l.id }, l.name)));
  if (chosen) select.value = chosen;
  const box = document.getElementById('k-units');
  const ticked = new Set([...box.querySelectorAll('input:checked')].map(c => c.value));
  const wanted = ticked.size ? ticked : new Set(setup ? setup.units : []);
  clear(box);
  units.forEach(u => box.append(el('div', {},
    el('input', { type: 'checkbox', id: 'k-unit-' + u.id, value: u.id, checked: wanted.has(u.id) }),
    el('label', { for: 'k-unit-' + u.id, className: 'inline' }, nameOf(u)))));
}

async function loadLists() {
  [units, locations] = await Promise.all([api('GET', '/api/units'), api('GET', '/api/locations')]);
  if (setup) {
    document.getElementById('k-idle').value = setup.idleSeconds || 60;
    document.getElementById('k-print').checked = !!setup.autoPrint;
  }
  render();
}

document.getElementById('login').addEventListener('submit', async event => {
  event.preventDefault();
  const chosenUnits = [...document.querySelectorAll('#k-units input:checked')].map(c => c.value);
  if (chosenUnits.length === 0) {
    document.getElementById('login-message').textContent = w('chooseUnit');
    return;
  }
  const password = document.getElementById('password');
  try {
    const account = await signIn(document.getElementById('user').value, password.value, true);
    password.value = '';
    // the kiosk draws numbers with this account: it must act for every unit chosen
    const outside = outsideOf(account, chosenUnits);
    if (outside.length > 0) {
      await api('DELETE', '/api/session'); // not this account: the kiosk stays signed out
      document.getElementById('login-message').textContent =
        w('notYourUnits', { units: outside.map(u => nameOf(units.find(x => x.id === u) || { name: u })).join(', ') });
      return;
    }
    setup = { location: document.getElementById('k-location').value, units: chosenUnits,
      idleSeconds: Math.max(5, Number(document.getElementById('k-idle').value) || 60), autoPrint: document.getElementById('k-print').checked };
    localStorage.setItem(SETUP, JSON.stringify(setup));
    await startKiosk();
  } catch (problem) {
    document.getElementById('login-message').textContent = problem.describe();
  }
});

function outsideOf(account, chosenUnits) {
  return account.roles.includes('admin') ? [] : chosenUnits.filter(u => !account.units.includes(u));
}

async function startKiosk() {
  // only what a member of the public may draw: services booked online by the public, not the
  // dealers' or staff's own
  const lists = await Promise.all(setup.units.map(u => api('GET', '/api/services?unit=' + encodeURIComponent(u))));
  services = lists.flat().filter(s => s.onlineBookable);
  document.getElementById('login').classList.add('hidden');
  document.getElementById('work').classList.remove('hidden');
  render();
  toStart();
}

/** After a reload (or a power cut of the kiosk) with the staff session still good, the kiosk goes on as set up. */
async function resume() {
  await loadLists();
  if (!setup) return;
  const account = await currentSession();
  if (account && account.kiosk && outsideOf(account, setup.units).length === 0) await startKiosk();
}

// The kiosk's session may only draw numbers and check people in. It is kept alive while the kiosk
// stands idle (the idle time would end it otherwise); when it ends after all (its working day is
// over, staff signed it out), the kiosk goes back to its set-up rather than failing the next person.
setInterval(() => {
  if (!document.getElementById('work').classList.contains('hidden')) {
    currentSession().then(account => { if (!account) location.reload(); }, () => {});
  }
}, 5 * 60 * 1000);

function placeLine() {
  const place = setup && locations.find(l => l.id === setup.location);
  document.getElementById('place').textContent = place ? place.name : '';
}

function drawServices() {
  const box = document.getElementById('kiosk-services');
  clear(box);
  if (!setup || !signedIn()) return;
  const several = setup.units.length > 1;
  for (const unitId of setup.units) {
    const offered = services.filter(s => s.unit === unitId);
    if (offered.length === 0) continue;
    const unit = units.find(u => u.id === unitId);
    if (several) box.append(el('h3', {}, unit ? nameOf(unit) : unitId));
    box.append(el('ul', { className: 'choices' }, offered.map(s => el('li', {},
      el('button', { type: 'button', 'data-service': s.code, onclick: () => walkIn(s) }, nameOf(s))))));
  }
  if (!box.firstChild) box.append(el('p', {}, w('noServices')));
}

function base(unit) {
  return '/api/units/' + encodeURIComponent(unit) + '/locations/' + encodeURIComponent(setup.location) + '/tickets';
}

async function call(method, path, body) {
  try {
    return await api(method, path, body, { 'Accept-Language': language });
  } catch (problem) {
    if (problem.status === 401) location.reload(); // the kiosk's session ended: back to its set-up
    throw problem;
  }
}

/** A booking code as typed, or the code inside a signed confirmation (AP1.<payload>.<signature>). */
function bookingCode(input) {
  const value = input.trim();
  if (value.startsWith('AP1.')) {
    try {
      const body = value.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(decodeURIComponent(escape(atob(body)))).code;
    } catch (e) {
      return value;
    }
  }
  return value.toUpperCase();
}

document.getElementById('code-form').addEventListener('submit', async event => {
  event.preventDefault();
  const field = document.getElementById('kiosk-code');
  const code = bookingCode(field.value);
  // the appointment belongs to one of the kiosk's units: the first that knows the code checks in
  let last = null;
  for (const unit of setup.units) {
    try {
      const ticket = await call('POST', base(unit), { appointmentCode: code });
      field.value = '';
      showTicket(ticket, unit);
      return;
    } catch (problem) {
      last = problem;
      if (problem.status !== 404 && problem.status !== 422) break;
    }
  }
  say(last && (last.status === 404 || last.status === 422) ? w('notFound') : last.describe());
  field.focus();
});

async function walkIn(service) {
  try {
    showTicket(await call('POST', base(service.unit), { walkIn: { service: service.code } }), service.unit);
  } catch (problem) {
    if (problem.status === 409 && problem.body.referral) {
      shown = { number: String(problem.body.referral.number), unit: service.unit, at: new Date(), referral: problem.body.referral };
      showResult();
      return;
    }
    say(problem.describe());
  }
}

function showTicket(ticket, unit) {
  shown = { number: ticket.number, unit, at: new Date(), wait: ticket.estimatedWaitMinutes };
  showResult();
}

function showTicketText() {
  const unit = units.find(u => u.id === shown.unit);
  const locale = language === 'en' ? 'en-GB' : 'de-DE';
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' }).format(shown.at);
  const place = locations.find(l => l.id === setup.location);
  document.getElementById('result-number').textContent = shown.number;
  document.getElementById('result-unit').textContent = (unit ? nameOf(unit) : '') + (place ? ' – ' + place.name : '');
  document.getElementById('result-time').textContent = w('drawnAt', { time });
  let text;
  if (shown.referral) {
    const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(shown.referral.date + 'T12:00:00Z'));
    text = w('referral', { day, number: shown.referral.number });
  } else {
    text = shown.wait == null ? w('watch') : w('waitAbout', { n: shown.wait });
  }
  document.getElementById('result-text').textContent = text;
}

function showResult() {
  say('', 'ok');
  showTicketText();
  document.getElementById('welcome').classList.add('hidden');
  document.getElementById('result').classList.remove('hidden');
  document.getElementById('h-result').focus();
  if (setup.autoPrint) window.print();
}

document.getElementById('print').addEventListener('click', () => window.print());

/** The start screen, empty for the next person. */
function toStart() {
  shown = null;
  say('', 'ok');
  document.getElementById('kiosk-code').value = '';
  document.getElementById('result').classList.add('hidden');
  document.getElementById('welcome').classList.remove('hidden');
  document.getElementById('kiosk-code').focus();
  activity();
}

document.getElementById('again').addEventListener('click', toStart);

// after the set time without input, the screen returns to the start for the next person
let idleTimer = null;
function activity() {
  if (idleTimer) clearTimeout(idleTimer);
  if (!setup || document.getElementById('work').classList.contains('hidden')) return;
  idleTimer = setTimeout(() => {
    const onStart = !shown && !document.getElementById('kiosk-code').value && !message.textContent;
    if (!onStart) toStart(); else activity();
  }, (setup.idleSeconds || 60) * 1000);
}
['pointerdown', 'keydown', 'input'].forEach(kind => document.addEventListener(kind, activity, true));

resume();
