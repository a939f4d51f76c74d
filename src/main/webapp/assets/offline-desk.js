// The counter page without the server (issue #19). Online it registers the device, keeps the
// local copy of its unit and location fresh (when the desk opens and every 3 minutes) and sends
// what waits in the outbox. When requests stop getting answers (or the browser says it is
// offline) it shows a plain banner and a desk that works from the local copy: find people by code,
// name or the QR code of their confirmation (signature checked here), check in, draw numbers of
// the device's own block, call, start, park, finish (also people who drew a server number before
// the outage: the copy holds today's open tickets), record callbacks. Every action is in the
// encrypted outbox before the page shows it as done; back online it is sent in order, and what the
// server did not take is listed for the clerk to resolve, together with what the server still lists
// as open for this device. A callback recorded online is the same action, sent at once.
import { api, el, clear, say, lang, dictionary, formatTime, formatDay, cityDay, currentSession, unreachable, BACKGROUND,
  onUnauthorised, signedInAccount } from './common.js';
import * as store from './offline-store.js';
import { verifyConfirmation, startScan, stopScan } from './qr-scan.js';

const w = dictionary({
  offlineBanner: 'Keine Verbindung zum Server seit {since} · {count} Aktionen warten auf Übertragung',
  offlineBannerOne: 'Keine Verbindung zum Server seit {since} · 1 Aktion wartet auf Übertragung',
  sending: 'Verbindung wieder da · {count} Aktionen werden übertragen …',
  transferred: '{count} Aktionen übertragen um {time}.', transferredOne: '1 Aktion übertragen um {time}.',
  transferredNone: 'Alle Aktionen übertragen (Stand {time}).',
  copyStored: 'Offline-Kopie gespeichert um {time}: {count} Termine, {tickets} offene Nummern.',
  copyLocked: 'Die Offline-Kopie ist gesperrt: bitte abmelden und mit Passwort wieder anmelden.',
  otherClerkWaits: 'Auf diesem Gerät warten noch Aktionen, die nur die Person übertragen kann, die sie aufgenommen hat. Bitte zuerst diese Person anmelden lassen.',
  offlineHeading: 'Arbeiten ohne Server', offlineUnlockHint: 'Keine Verbindung zum Server. Mit Benutzername und Passwort öffnen Sie die auf diesem Gerät gespeicherte Kopie.',
  wrongPassword: 'Benutzername oder Passwort stimmt nicht – die gespeicherte Kopie lässt sich damit nicht öffnen.',
  notPrepared: 'Dieses Gerät wurde noch nicht für den Betrieb ohne Server vorbereitet (einmal mit Verbindung anmelden und einen Schalter öffnen).',
  noCopy: 'Für diesen Arbeitsplatz ist keine Offline-Kopie gespeichert.',
  place: '{unit} · {location} · Schalter {counter} · {device} · Kopie vom {time}',
  deviceLegend: 'Dieses Gerät für den Betrieb ohne Server', deviceName: 'Name dieses Geräts, z. B. Laptop Schalter 3',
  deviceHint: 'Einmal je Gerät: unter diesem Namen führt die Leitung das Gerät und seinen Nummernblock.', deviceSave: 'Gerät anmelden',
  deviceSuggestion: 'Laptop Schalter {counter} {location}', deviceRegistered: 'Gerät angemeldet als „{name}“ mit den Nummern {from} bis {to}.',
  deviceFirst: 'Bitte zuerst dieses Gerät benennen.', callbackRecorded: 'Rückruf erfasst für {name}.',
  offCurrent: 'Am Schalter', offNobody: 'Niemand aufgerufen.', offStart: 'Bearbeitung beginnen', offOutcome: 'Ergebnis',
  offNotes: 'Notizen', offDocuments: 'Erhaltene Unterlagen', offNoDocuments: 'Für dieses Anliegen sind keine Unterlagen hinterlegt.',
  offFinish: 'Abschließen', offPark: 'Zurückstellen', offCallNext: 'Nächste Person aufrufen',
  offFind: 'Person finden', offSearch: 'Buchungscode oder Name', offSearchButton: 'Suchen', offScan: 'QR-Code scannen',
  offScanStop: 'Kamera schließen', offVideo: 'Kamerabild', offWalkIn: 'Ohne Termin', offService: 'Anliegen',
  offName: 'Name (freiwillig)', offPhone: 'Telefon (freiwillig)', offDraw: 'Wartenummer ziehen',
  offCallback: 'Rückruf aufnehmen', offCallbackName: 'Name', offCallbackPhone: 'Telefon', offCallbackEmail: 'E-Mail',
  offCallbackNotes: 'Notizen', offCallbackSave: 'Rückruf speichern', offCallbackHint: 'Telefon oder E-Mail ist nötig.',
  offQueue: 'Warteschlange dieses Geräts', offNumber: 'Nummer', offWho: 'Name', offStatus: 'Stand', offAction: 'Aktion',
  offOutbox: 'Wartende Aktionen', offOutboxEmpty: 'Keine Aktion wartet.',
  problemsHeading: 'Nicht übernommene Aktionen', problemsHint: 'Der Server hat diese Aktionen nicht übernommen. Bitte entscheiden Sie für jede.',
  asWalkIn: 'Als Vorsprache aufnehmen', resend: 'Erneut senden', dismiss: 'Verwerfen',
  CONFLICT: 'Konflikt', REJECTED: 'Abgelehnt',
  found: 'Gefunden', noMatch: 'Niemand gefunden.', checkIn: 'Anmelden', checkedInAs: 'Angemeldet, Nummer {number}',
  appointmentAt: 'Termin {time}', appointmentOn: 'Termin am {day}, {time}', notToday: 'nicht heute', alreadyIn: 'angemeldet: {number}',
  cancelled: 'abgesagt', genuine: 'Bestätigung echt: {code} · {initials} · {time}', notGenuine: 'Diese Bestätigung ist nicht echt oder verändert.',
  otherPlace: 'Die Bestätigung gilt für einen anderen Bereich oder Standort.', notInCopy: 'Die Bestätigung ist echt, der Termin ist aber nicht in der Kopie (anderer Tag?).',
  noKey: 'Für QR-Codes ist kein Schlüssel in der Kopie.', noCamera: 'Die Kamera lässt sich nicht öffnen: {reason}',
  drawnAs: 'Wartenummer gezogen: {number}', blockFull: 'Der Nummernblock dieses Geräts ist für heute aufgebraucht.',
  calledAs: 'Aufgerufen: {number}', started: '{number}: in Bearbeitung', parked: '{number}: zurückgestellt', finished: '{number}: abgeschlossen',
  nobodyWaits: 'Niemand wartet.', callbackSaved: 'Rückruf gespeichert für {name}.', callbackContact: 'Bitte Telefon oder E-Mail angeben.',
  callAction: 'Aufrufen', busy: 'Bitte zuerst die aktuelle Person abschließen oder zurückstellen.',
  WAITING: 'wartet', CALLED: 'aufgerufen', IN_SERVICE: 'in Bearbeitung', PARKED: 'zurückgestellt', DONE: 'erledigt', NO_SHOW: 'nicht erschienen',
  'type-check-in': 'Anmeldung', 'type-walk-in': 'Vorsprache ohne Termin', 'type-call': 'Aufruf', 'type-start': 'Beginn',
  'type-park': 'Zurückgestellt', 'type-draft': 'Entwurf', 'type-finish': 'Abschluss', 'type-callback': 'Rückruf',
  walkInPerson: 'Person ohne Termin', counterName: 'Schalter {counter}', resolvedNote: 'Erledigt: {what}.', sendFailed: 'Übertragung gescheitert: {reason}',
  deviceStuck: 'Die Aktionen des Geräts „{device}“ nimmt der Server nicht an ({reason}). Sie bleiben auf diesem Gerät; die Aktionen der anderen Geräte werden übertragen. Bitte der Leitung melden.',
  otherUnit: 'Dieser Arbeitsplatz gehört zu einem Bereich, für den Sie nicht freigeschaltet sind – die gespeicherte Kopie bleibt verschlossen.',
  idleLocked: 'Nach 15 Minuten ohne Eingabe gesperrt. Bitte mit Benutzername und Passwort wieder öffnen.',
  sessionLocked: 'Die Anmeldung ist abgelaufen. Die gespeicherte Kopie öffnet nur Ihr Passwort.',
  noSignatureCheck: 'Dieser Browser kann die Signatur nicht prüfen – bitte über den Buchungscode suchen.',
  editResend: 'Ändern und erneut senden', editSend: 'Geändert senden', editCancel: 'Abbrechen',
  status_HELD: 'nicht bestätigt', status_RESERVED: 'nicht bestätigt', status_BOOKED: 'gebucht', status_CHECKED_IN: 'schon angemeldet',
  status_CALLED: 'aufgerufen', status_IN_SERVICE: 'in Bearbeitung', status_COMPLETED: 'erledigt', status_NO_SHOW: 'nicht erschienen',
  status_CANCELLED: 'abgesagt', status_CANCELLED_BY_OFFICE: 'vom Amt abgesagt', status_REBOOKED: 'umgebucht', status_EXPIRED: 'verfallen'
}, {
  offlineBanner: 'No connection to the server since {since} · {count} actions waiting to be sent',
  offlineBannerOne: 'No connection to the server since {since} · 1 action waiting to be sent',
  sending: 'Connection is back · sending {count} actions …',
  transferred: '{count} actions sent at {time}.', transferredOne: '1 action sent at {time}.',
  transferredNone: 'All actions sent (as of {time}).',
  copyStored: 'Offline copy stored at {time}: {count} appointments, {tickets} open numbers.',
  copyLocked: 'The offline copy is locked: please sign out and sign in again with your password.',
  otherClerkWaits: 'Actions wait on this device that only the person who recorded them can send. Please let that person sign in first.',
  offlineHeading: 'Working without the server', offlineUnlockHint: 'No connection to the server. Your user name and password open the copy kept on this device.',
  wrongPassword: 'User name or password is wrong – they do not open the copy kept here.',
  notPrepared: 'This device has not been prepared for working without the server (sign in once with a connection and open a counter).',
  noCopy: 'No offline copy is kept for this workstation.',
  place: '{unit} · {location} · counter {counter} · {device} · copy of {time}',
  deviceLegend: 'This device for working without the server', deviceName: 'Name of this device, e.g. Laptop counter 3',
  deviceHint: 'Once per device: the head of unit lists the device and its block of numbers under this name.', deviceSave: 'Register device',
  deviceSuggestion: 'Laptop counter {counter} {location}', deviceRegistered: 'Device registered as “{name}” with the numbers {from} to {to}.',
  deviceFirst: 'Please name this device first.', callbackRecorded: 'Callback recorded for {name}.',
  offCurrent: 'At the counter', offNobody: 'Nobody called.', offStart: 'Start service', offOutcome: 'Outcome',
  offNotes: 'Notes', offDocuments: 'Documents received', offNoDocuments: 'No documents are listed for this service.',
  offFinish: 'Finish', offPark: 'Step aside', offCallNext: 'Call the next person',
  offFind: 'Find a person', offSearch: 'Booking code or name', offSearchButton: 'Search', offScan: 'Scan QR code',
  offScanStop: 'Close camera', offVideo: 'Camera picture', offWalkIn: 'Without appointment', offService: 'Service',
  offName: 'Name (optional)', offPhone: 'Phone (optional)', offDraw: 'Draw a number',
  offCallback: 'Record a callback', offCallbackName: 'Name', offCallbackPhone: 'Phone', offCallbackEmail: 'E-mail',
  offCallbackNotes: 'Notes', offCallbackSave: 'Save callback', offCallbackHint: 'Phone or e-mail is needed.',
  offQueue: 'Queue of this device', offNumber: 'Number', offWho: 'Name', offStatus: 'Status', offAction: 'Action',
  offOutbox: 'Waiting actions', offOutboxEmpty: 'No action is waiting.',
  problemsHeading: 'Actions not taken', problemsHint: 'The server did not take these actions. Please decide for each.',
  asWalkIn: 'Take in as walk-in', resend: 'Send again', dismiss: 'Discard',
  CONFLICT: 'Conflict', REJECTED: 'Rejected',
  found: 'Found', noMatch: 'Nobody found.', checkIn: 'Check in', checkedInAs: 'Checked in, number {number}',
  appointmentAt: 'Appointment {time}', appointmentOn: 'Appointment on {day}, {time}', notToday: 'not today', alreadyIn: 'checked in: {number}',
  cancelled: 'cancelled', genuine: 'Genuine confirmation: {code} · {initials} · {time}', notGenuine: 'This confirmation is not genuine or was altered.',
  otherPlace: 'The confirmation is for another unit or service centre.', notInCopy: 'The confirmation is genuine, but the appointment is not in the copy (another day?).',
  noKey: 'The copy holds no key for QR codes.', noCamera: 'The camera cannot be opened: {reason}',
  drawnAs: 'Number drawn: {number}', blockFull: 'This device\'s block of numbers is used up for today.',
  calledAs: 'Called: {number}', started: '{number}: in service', parked: '{number}: stepped aside', finished: '{number}: finished',
  nobodyWaits: 'Nobody is waiting.', callbackSaved: 'Callback saved for {name}.', callbackContact: 'Please give a phone number or an e-mail address.',
  callAction: 'Call', busy: 'Finish or step aside the current person first.',
  WAITING: 'waiting', CALLED: 'called', IN_SERVICE: 'in service', PARKED: 'stepped aside', DONE: 'done', NO_SHOW: 'did not come',
  'type-check-in': 'Check-in', 'type-walk-in': 'Walk-in', 'type-call': 'Call', 'type-start': 'Start',
  'type-park': 'Stepped aside', 'type-draft': 'Draft', 'type-finish': 'Finish', 'type-callback': 'Callback',
  walkInPerson: 'Person without appointment', counterName: 'counter {counter}', resolvedNote: 'Done: {what}.', sendFailed: 'Sending failed: {reason}',
  deviceStuck: 'The server does not take the actions of the device “{device}” ({reason}). They stay on this device; the other devices\' actions are sent. Please tell the head of unit.',
  otherUnit: 'This workstation belongs to a unit you are not cleared for – the copy kept here stays locked.',
  idleLocked: 'Locked after 15 minutes without input. Please open it again with user name and password.',
  sessionLocked: 'The session has ended. Only your password opens the copy kept here.',
  noSignatureCheck: 'This browser cannot check the signature – please search by the booking code.',
  editResend: 'Change and send again', editSend: 'Send changed', editCancel: 'Cancel',
  status_HELD: 'not confirmed', status_RESERVED: 'not confirmed', status_BOOKED: 'booked', status_CHECKED_IN: 'already checked in',
  status_CALLED: 'called', status_IN_SERVICE: 'in service', status_COMPLETED: 'done', status_NO_SHOW: 'did not come',
  status_CANCELLED: 'cancelled', status_CANCELLED_BY_OFFICE: 'cancelled by the office', status_REBOOKED: 'rebooked', status_EXPIRED: 'expired'
});

const byId = id => document.getElementById(id);
const COPY_EVERY_MS = 3 * 60 * 1000;
const PROBE_EVERY_MS = 10 * 1000;
const CHUNK = 500;
// a request body well under the server's 1 MiB
const CHUNK_BYTES = 256 * 1024;
// the offline desk locks after this long without input; the password opens it again
const IDLE_MS = 15 * 60 * 1000;
let lastInput = Date.now();

const off = {
  active: false, unit: null, location: null, counter: null, device: null, copy: null,
  actions: [], state: null, copyTimer: null, probeTimer: null, message: null, startedOffline: false
};

/** True while the page works without the server. */
export function offline() {
  return off.active;
}

/** Wires the offline desk; {@code message} is the page's live region. */
export function setup(message) {
  off.message = message;
  if ('serviceWorker' in navigator && window.isSecureContext) {
    // the shell (page, scripts, styles) then opens without the server; a city serves this over HTTPS
    // only the counter page is controlled (its own requests, also for /assets, still pass the worker)
    navigator.serviceWorker.register('/schalter-sw.js', { scope: '/schalter' }).catch(problem => console.warn('service worker', problem));
    navigator.serviceWorker.getRegistrations()
      .then(all => all.filter(r => r.scope === location.origin + '/').forEach(r => r.unregister()))
      .catch(() => {});
  }
  // signing out forgets the key: the next clerk needs their own password
  document.addEventListener('click', event => {
    if (event.target.closest && event.target.closest('#sign-out')) store.lock();
  }, true);
  // the session ended (idle time, end of the day, signed out elsewhere): nothing opens without the password
  onUnauthorised(() => lockDesk('sessionLocked'));
  for (const kind of ['keydown', 'pointerdown', 'input']) {
    document.addEventListener(kind, () => { lastInput = Date.now(); }, true);
  }
  setInterval(() => {
    if (off.active && store.unlocked() && Date.now() - lastInput > IDLE_MS) lockDesk('idleLocked');
  }, 15 * 1000);
  window.addEventListener('offline', () => goOffline());
  window.addEventListener('online', () => probe());
  wireDesk();
  showSyncStatus();
  showProblems();
}

// --- online: sign-in, device, copy

/** After an online sign-in with the password: unlocks (or creates) the device's data key. */
export async function signedIn(account, user, password) {
  const units = (account.roles || []).includes('admin') ? ['*'] : (account.units || []);
  const ok = await store.unlockOnline(account.username || user, password, units);
  if (!ok) say(off.message, w('otherClerkWaits'), 'error');
  await showProblems();
  // signed in again after an outage: what waits goes out now
  if (ok && off.unit) sync().catch(problem => console.warn('sync', problem));
}

/** The online desk opened at a unit, location and counter: keep the copy fresh, send what waits. */
export async function deskOpened(unit, location, counter) {
  Object.assign(off, { unit, location, counter });
  await store.setMeta('place', { unit, location, counter });
  byId('callback').classList.remove('hidden');
  if (!await store.tabKey()) {
    // a reload keeps no key: the next sign-in with the password unlocks the copy; the server's list still shows
    byId('sync-status').textContent = w('copyLocked');
    await showProblems();
    return;
  }
  await sync();
  await refreshCopy();
  await showProblems(); // now with the copy's names
  clearInterval(off.copyTimer);
  off.copyTimer = setInterval(() => { if (!off.active) refreshCopy(); }, COPY_EVERY_MS);
}

// a label the server accepts: letters, digits and a few signs
const label = text => text.replace(/[^\p{L}\p{N} .,:/#()_+-]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);

/** The first time at a unit and location the clerk (or head) names the device; a readable name is offered. */
function askForName() {
  const form = byId('device-form');
  const input = byId('device-name');
  if (!input.value) {
    const location = byId('location').selectedOptions[0]?.textContent || off.location;
    input.value = label(w('deviceSuggestion', { counter: off.counter, location }));
  }
  form.classList.remove('hidden');
}

async function registerDevice(event) {
  event.preventDefault();
  const name = label(byId('device-name').value);
  if (!name || !off.unit) return;
  try {
    const device = await api('POST', '/api/units/' + encodeURIComponent(off.unit) + '/locations/' + encodeURIComponent(off.location)
      + '/offline-devices', { name });
    // the device record (with its name and number block) is kept here and on the server
    await store.keepDevice(device);
    byId('device-form').classList.add('hidden');
    byId('device-name').value = '';
    const number = n => device.ticketPrefix + String(n).padStart(3, '0');
    say(off.message, w('deviceRegistered', { name: device.name, from: number(device.numbers.from), to: number(device.numbers.to) }), 'ok');
    await refreshCopy();
    byId('call-next').focus();
  } catch (problem) {
    say(off.message, problem.describe(), 'error');
    byId('device-name').focus();
  }
}

async function refreshCopy() {
  if (!off.unit || !await store.tabKey()) return;
  try {
    // no copy of personal data on a device nobody has named (and so registered) yet
    if (!await store.device(off.unit, off.location)) {
      askForName();
      return;
    }
    const copy = await api('GET', '/api/units/' + encodeURIComponent(off.unit) + '/locations/' + encodeURIComponent(off.location) + '/offline-copy', null, BACKGROUND);
    await store.keepCopy(off.unit, off.location, copy);
    await store.forgetPastDays(cityDay());
    const region = byId('copy-status');
    region.textContent = w('copyStored', { time: formatTime(new Date().toISOString()), count: (copy.appointments || []).length,
      tickets: (copy.tickets || []).length });
    region.dataset.stored = copy.generatedAt || new Date().toISOString();
  } catch (problem) {
    if (!unreachable(problem)) console.warn('offline copy', problem);
  }
}

// --- going offline and coming back

async function goOffline() {
  if (off.active) return;
  off.active = true;
  let since = await store.meta('offlineSince');
  if (!since) {
    since = new Date().toISOString();
    await store.setMeta('offlineSince', since);
  }
  off.since = since;
  clearInterval(off.probeTimer);
  off.probeTimer = setInterval(probe, PROBE_EVERY_MS);
  byId('offline-unlock-hint').classList.remove('hidden');
  // idle longer than the desk allows (the session may have ended unseen): the password first
  if (Date.now() - lastInput > IDLE_MS) store.lock();
  if (await store.tabKey()) {
    await openDesk();
  } else {
    // the sign-in form now opens the copy kept here
    byId('work').classList.add('hidden');
    byId('callback').classList.add('hidden');
    byId('login').classList.remove('hidden');
    if (!await store.prepared()) say(byId('login-message'), w('notPrepared'), 'error');
  }
  await showBanner();
}

/** Forgets the key; a desk open without the server gives way to the password form. */
function lockDesk(why) {
  if (!store.unlocked()) return;
  store.lock();
  if (!off.active) return;
  stopScan(byId('off-video'));
  byId('offline').classList.add('hidden');
  byId('work').classList.add('hidden');
  byId('callback').classList.add('hidden');
  byId('login').classList.remove('hidden');
  say(byId('login-message'), w(why), 'error');
  byId('user').focus();
}

/** The page opened without an answer from the server. */
export async function startedOffline() {
  off.startedOffline = true;
  await goOffline();
}

/** The sign-in form was sent while the server is gone: the password opens the local copy. */
export async function offlineSignIn(user, password, region) {
  await goOffline();
  const answer = await store.unlockOffline(user, password);
  if (answer !== 'ok') {
    say(region, w(answer === 'none' ? 'notPrepared' : 'wrongPassword'), 'error');
    byId('password').focus();
    return;
  }
  region.textContent = '';
  region.className = 'message';
  await openDesk();
}

async function probe() {
  if (!off.active) return;
  try {
    await api('GET', '/api/session', null, BACKGROUND);
  } catch (problem) {
    // any answer counts: the reachability listener below takes it from here
  }
}

/** The server answers again (the page's requests get answers). */
export async function reachable(answered) {
  if (!answered) {
    goOffline();
    return;
  }
  if (!off.active) return;
  let account;
  try {
    account = await currentSession();
  } catch (problem) {
    return;
  }
  off.active = false;
  clearInterval(off.probeTimer);
  await store.setMeta('offlineSince', null);
  stopScan(byId('off-video'));
  byId('offline-banner').classList.add('hidden');
  byId('offline-unlock-hint').classList.add('hidden');
  if (!account) {
    // the session ended meanwhile: the clerk signs in again, then the outbox is sent
    byId('offline').classList.add('hidden');
    byId('callback').classList.add('hidden');
    byId('work').classList.add('hidden');
    byId('login').classList.remove('hidden');
    byId('user').focus();
    return;
  }
  await sync();
  // the online page takes over from here, as it opens after a reload
  location.reload();
}

// --- sending the outbox

let syncing = null;
// the server's answers by action id (an action sent online waits for its own)
const answers = new Map();

/** Sends every waiting action in sequence order, 500 at a time, until each has an answer. */
export async function sync() {
  if (!syncing) syncing = sendAll().finally(() => { syncing = null; });
  return syncing;
}

async function sendAll() {
  if (!await store.tabKey()) return;
  await navigator.locks.request('amtsplan-schalter-sync', async () => {
    const waiting = await store.outbox();
    if (waiting.length === 0) return;
    byId('sync-status').textContent = w('sending', { count: waiting.length });
    const devices = [...new Set(waiting.map(a => a.device))];
    let taken = 0;
    let stuck = 0;
    for (const device of devices) {
      const actions = waiting.filter(a => a.device === device);
      let limit = CHUNK;
      for (let i = 0; i < actions.length;) {
        const chunk = nextChunk(actions, i, limit);
        const answer = await sendChunk(device, chunk);
        if (answer === null) return; // gone again: the next connection sends the rest
        if (answer.refused) {
          if (answer.refused.status === 413 && chunk.length > 1) {
            limit = Math.ceil(chunk.length / 2); // too large for the server: halves until it fits
            continue;
          }
          // this device's actions stay here; the next device's still go (the clerk is told)
          const name = off.device && off.device.id === device ? off.device.name : device.slice(0, 8);
          say(off.message, w('deviceStuck', { device: name, reason: answer.refused.describe() }), 'error');
          stuck += actions.length - i;
          break;
        }
        await store.acknowledge(answer.results, chunk);
        answer.results.forEach(r => answers.set(r.id, r));
        taken += answer.results.filter(r => r.result === 'APPLIED' || r.result === 'ALREADY_DONE').length;
        i += chunk.length;
      }
    }
    const last = { at: new Date().toISOString(), count: taken, stuck };
    await store.setMeta('lastSync', last);
  });
  await showSyncStatus();
  await showProblems();
}

const wire = ({ device: ignored, ...action }) => action;
const utf8 = new TextEncoder();

/** The next actions to send from {@code start}: at most {@code limit}, and at most CHUNK_BYTES (at least one). */
function nextChunk(actions, start, limit) {
  let bytes = 20;
  let end = start;
  while (end < actions.length && end - start < limit) {
    bytes += utf8.encode(JSON.stringify(wire(actions[end]))).length + 1;
    if (bytes > CHUNK_BYTES && end > start) break;
    end++;
  }
  return actions.slice(start, end);
}

/** The server's answer, {refused: problem} for a 4xx it will give again, or null when the server is gone. */
async function sendChunk(device, chunk) {
  const body = { actions: chunk.map(wire) };
  for (let attempt = 0; ; attempt++) {
    try {
      return await api('POST', '/api/offline-devices/' + encodeURIComponent(device) + '/actions', body);
    } catch (problem) {
      if (unreachable(problem)) return null;
      if (problem.status >= 500 || problem.status === 429) {
        // the server is there but busy: again, a little later each time (the server dedupes by id)
        await new Promise(resolve => setTimeout(resolve, Math.min(30000, 1000 * 2 ** attempt)));
        continue;
      }
      return { refused: problem };
    }
  }
}

async function showSyncStatus() {
  const last = await store.meta('lastSync');
  const waiting = await store.waiting();
  const region = byId('sync-status');
  // the actions of a device the server refuses stay; the others' transfer is reported
  if (!last || waiting > (last.stuck || 0)) return;
  region.textContent = last.count > 0
    ? w(last.count === 1 ? 'transferredOne' : 'transferred', { count: last.count, time: formatTime(last.at) })
    : w('transferredNone', { time: formatTime(last.at) });
  region.dataset.transferred = String(last.count);
}

// --- the banner

async function showBanner() {
  if (!off.active) return;
  const count = await store.waiting();
  const banner = byId('offline-banner');
  banner.textContent = w(count === 1 ? 'offlineBannerOne' : 'offlineBanner', { since: formatTime(off.since), count });
  banner.dataset.waiting = String(count);
  banner.classList.remove('hidden');
}

// --- the offline desk

async function openDesk() {
  const kept = JSON.parse(sessionStorage.getItem('amtsplan.schalter.place') || 'null') || await store.meta('place');
  byId('login').classList.add('hidden');
  byId('work').classList.add('hidden');
  byId('offline').classList.remove('hidden');
  if (!kept) {
    say(off.message, w('noCopy'), 'error');
    return;
  }
  if (!store.mayOpen(kept.unit)) {
    // one key opens the device's copies of every unit: only the unlocking clerk's units open here
    store.lock();
    byId('offline').classList.add('hidden');
    byId('login').classList.remove('hidden');
    say(byId('login-message'), w('otherUnit'), 'error');
    byId('user').focus();
    return;
  }
  Object.assign(off, kept);
  off.device = await store.device(off.unit, off.location);
  off.copy = await store.copy(off.unit, off.location, cityDay());
  if (!off.copy || !off.device) {
    say(off.message, w('noCopy'), 'error');
    return;
  }
  byId('offline-place').textContent = w('place', { unit: off.copy.unit?.name || off.unit, location: off.copy.location?.name || off.location,
    counter: off.counter, device: off.device.name, time: formatTime(off.copy.generatedAt || off.copy.storedAt) });
  byId('callback').classList.remove('hidden');
  const services = off.copy.services || [];
  for (const id of ['off-walkin-service', 'callback-service']) {
    const select = byId(id);
    clear(select);
    services.forEach(s => select.append(el('option', { value: s.code }, s.name)));
  }
  const outcome = byId('off-outcome');
  clear(outcome);
  (off.copy.outcomes || []).forEach(o => outcome.append(el('option', { value: o.code }, o.label)));
  await redraw();
}

const service = code => (off.copy?.services || []).find(s => s.code === code);
const serviceName = code => service(code)?.name || code || '';
const outcomeLabel = code => (off.copy?.outcomes || []).find(o => o.code === code)?.label || code;

/** Today's tickets as this device knows them: the copy's, then every waiting action applied in order. */
function derive(copy, actions) {
  const today = cityDay();
  const tickets = new Map();
  const checkedIn = new Map();
  // numbers the server gave out before the outage: waiting, stepped aside, called, in service
  for (const t of copy.tickets || []) {
    if (t.day !== today) continue;
    const appointment = t.appointmentCode ? (copy.appointments || []).find(a => a.code === t.appointmentCode) : null;
    tickets.set(t.number, { number: t.number, kind: t.kind, code: t.appointmentCode, name: t.name || appointment?.name, service: t.service,
      status: t.status, since: t.waitingSince, counter: t.counter, notes: '', documents: [] });
    if (t.appointmentCode) checkedIn.set(t.appointmentCode, t.number);
  }
  for (const a of copy.appointments || []) {
    if (!a.ticket || store.dayOf(a.start) !== today || tickets.has(a.ticket.number)) continue;
    tickets.set(a.ticket.number, { number: a.ticket.number, kind: 'APPOINTMENT', code: a.code, name: a.name, service: a.service,
      status: a.ticket.status, since: a.start, notes: '', documents: [] });
    checkedIn.set(a.code, a.ticket.number);
  }
  for (const action of actions) {
    const ticket = tickets.get(action.ticket);
    switch (action.type) {
      case 'check-in': {
        const appointment = (copy.appointments || []).find(a => a.code === action.appointmentCode) || {};
        tickets.set(action.number, { number: action.number, kind: 'APPOINTMENT', code: action.appointmentCode, name: appointment.name,
          service: appointment.service, status: 'WAITING', since: action.at, notes: '', documents: [] });
        checkedIn.set(action.appointmentCode, action.number);
        break;
      }
      case 'walk-in':
        tickets.set(action.number, { number: action.number, kind: 'WALK_IN', name: action.name, service: action.service,
          status: 'WAITING', since: action.at, notes: '', documents: [] });
        break;
      case 'call': if (ticket) Object.assign(ticket, { status: 'CALLED', counter: action.counter }); break;
      case 'start': if (ticket) ticket.status = 'IN_SERVICE'; break;
      case 'park': if (ticket) Object.assign(ticket, { status: 'PARKED', counter: null }); break;
      case 'draft': if (ticket) Object.assign(ticket, { notes: action.notes || '', documents: action.documentsReceived || [] }); break;
      case 'finish': if (ticket) Object.assign(ticket, { status: 'DONE', outcome: action.outcome }); break;
      default: break;
    }
  }
  const current = [...tickets.values()].find(t => ['CALLED', 'IN_SERVICE'].includes(t.status) && t.counter === off.counter) || null;
  return { tickets, checkedIn, current };
}

async function redraw() {
  off.actions = (await store.outbox(off.device?.id)).filter(a => !a.sealedOnly);
  off.state = derive(off.copy, off.actions);
  drawCurrent();
  drawQueue();
  drawOutbox();
  await showBanner();
}

// the copy's times and the device's differ in form (with and without offset): compared as instants
const bySince = (a, b) => (Date.parse(a.since) || 0) - (Date.parse(b.since) || 0);

function who(ticket) {
  return ticket.name || (ticket.kind === 'WALK_IN' ? w('walkInPerson') : '');
}

function drawCurrent() {
  const current = off.state.current;
  byId('off-current').classList.toggle('hidden', !current);
  byId('off-none').classList.toggle('hidden', !!current);
  byId('off-call-next').classList.toggle('hidden', !!current);
  const form = byId('off-finish');
  if (!current) {
    form.dataset.ticket = '';
    return;
  }
  byId('off-number').textContent = current.number;
  byId('off-who').textContent = [who(current), serviceName(current.service), w(current.status)].filter(x => x).join(' · ');
  byId('off-called').classList.toggle('hidden', current.status !== 'CALLED');
  form.classList.toggle('hidden', current.status !== 'IN_SERVICE');
  if (form.dataset.ticket !== current.number) {
    // the form belongs to one ticket: filled from its draft, never carried over to the next person
    form.dataset.ticket = current.number;
    byId('off-notes').value = current.notes || '';
    const list = byId('off-document-list');
    clear(list);
    const documents = documentsOf(current.service);
    if (documents.length === 0) list.append(el('p', { className: 'hint' }, w('offNoDocuments')));
    documents.forEach((name, index) => {
      const id = 'off-doc-' + index;
      list.append(el('div', {}, el('input', { type: 'checkbox', id, value: name, checked: (current.documents || []).includes(name) }),
        el('label', { for: id, className: 'inline' }, name)));
    });
  }
}

function documentsOf(code) {
  const s = service(code);
  if (!s) return [];
  return (lang === 'en' && s.documentsEn && s.documentsEn.length ? s.documentsEn : s.documents) || [];
}

function drawQueue() {
  const body = byId('off-queue');
  clear(body);
  const open = [...off.state.tickets.values()].filter(t => ['WAITING', 'PARKED', 'CALLED', 'IN_SERVICE'].includes(t.status))
    .sort(bySince);
  for (const ticket of open) {
    const callable = ['WAITING', 'PARKED'].includes(ticket.status);
    body.append(el('tr', { 'data-number': ticket.number },
      el('th', { scope: 'row' }, ticket.number),
      el('td', { 'data-label': w('offWho') }, who(ticket)),
      el('td', { 'data-label': w('offService') }, serviceName(ticket.service)),
      el('td', { 'data-label': w('offStatus'), className: 'status ' + ticket.status }, w(ticket.status)
        + (ticket.counter && ticket.status !== 'WAITING' ? ' · ' + w('counterName', { counter: ticket.counter }) : '')),
      el('td', { 'data-label': w('offAction') }, callable
        ? el('button', { type: 'button', className: 'secondary', 'aria-label': w('callAction') + ': ' + ticket.number, onclick: once(() => call(ticket)) }, w('callAction'))
        : '')));
  }
}

function describe(action) {
  const ticket = action.ticket || action.number;
  const t = ticket ? off.state?.tickets.get(ticket) : null;
  const name = action.name || (t && who(t)) || (action.appointmentCode
    ? ((off.copy?.appointments || []).find(a => a.code === action.appointmentCode) || {}).name : '');
  // a callback the server refused must not get lost: its contact data is shown to write down
  const parts = [w('type-' + action.type), ticket, name, action.phone, action.email, action.service ? serviceName(action.service) : '',
    action.type === 'finish' ? outcomeLabel(action.outcome) : ''];
  return parts.filter(p => p).join(' · ') + ' (' + formatTime(action.at) + ')';
}

function drawOutbox() {
  const list = byId('off-outbox');
  clear(list);
  if (off.actions.length === 0) list.append(el('li', {}, w('offOutboxEmpty')));
  off.actions.forEach(action => list.append(el('li', { 'data-type': action.type }, describe(action))));
}

/** Records an action (in the outbox before anything shows it as done), then redraws. */
async function act(type, fields, options) {
  const action = await store.record(off.device, type, fields, options);
  await redraw();
  return action;
}

// one step at a time: a double click neither finishes a ticket twice nor draws two numbers
let busy = false;
const once = work => async event => {
  if (event && event.preventDefault && event.type === 'submit') event.preventDefault();
  if (busy) return;
  busy = true;
  try {
    await work(event);
  } finally {
    busy = false;
  }
};

async function call(ticket) {
  if (off.state.current) {
    say(off.message, w('busy'), 'error');
    return;
  }
  await act('call', { ticket: ticket.number, counter: off.counter });
  say(off.message, w('calledAs', { number: ticket.number }), 'ok');
  byId('off-start').focus();
}

async function checkIn(appointment) {
  try {
    const action = await act('check-in', { appointmentCode: appointment.code }, { drawNumber: true });
    say(off.message, w('checkedInAs', { number: action.number }), 'ok');
    clear(byId('off-found'));
    byId('off-search').value = '';
    byId('off-search').focus();
  } catch (problem) {
    say(off.message, problem instanceof RangeError ? w('blockFull') : String(problem), 'error');
  }
}

function appointmentItem(appointment) {
  const number = off.state.checkedIn.get(appointment.code);
  const today = store.dayOf(appointment.start) === cityDay();
  const when = today ? w('appointmentAt', { time: formatTime(appointment.start) })
    : w('appointmentOn', { day: formatDay(store.dayOf(appointment.start)), time: formatTime(appointment.start) });
  // only a booked appointment can be checked in; any other status is said in words
  const booked = appointment.status === 'BOOKED';
  const text = [appointment.name, appointment.code, appointment.serviceName || serviceName(appointment.service), when,
    booked || number ? '' : w('status_' + appointment.status), number ? w('alreadyIn', { number }) : ''].filter(x => x).join(' · ');
  return el('li', { 'data-code': appointment.code, 'data-status': appointment.status || '' }, el('span', {}, text), ' ',
    !number && today && booked
      ? el('button', { type: 'button', 'aria-label': w('checkIn') + ': ' + appointment.name, onclick: once(() => checkIn(appointment)) }, w('checkIn'))
      : '');
}

function find(text) {
  const wanted = text.trim().toLowerCase();
  const list = byId('off-found');
  clear(list);
  if (!wanted) return;
  const matches = (off.copy?.appointments || []).filter(a => a.code.toLowerCase() === wanted
    || (a.name || '').toLowerCase().includes(wanted)).slice(0, 20);
  if (matches.length === 0) list.append(el('li', {}, w('noMatch')));
  matches.forEach(a => list.append(appointmentItem(a)));
  const first = list.querySelector('button');
  if (first) first.focus();
}

async function scanned(text) {
  byId('off-camera').classList.add('hidden');
  const region = byId('off-scan-result');
  if (!off.copy.confirmationKey) {
    say(region, w('noKey'), 'error');
    return;
  }
  const content = await verifyConfirmation(text, off.copy.confirmationKey);
  if (content && content.unsupported) {
    say(region, w('noSignatureCheck'), 'error');
    byId('off-search').focus();
    return;
  }
  if (!content) {
    say(region, w('notGenuine'), 'error');
    return;
  }
  say(region, w('genuine', { code: content.code, initials: content.initials, time: formatTime(content.start) }), 'ok');
  const list = byId('off-found');
  clear(list);
  if (content.unit !== off.unit || content.location !== off.location) {
    say(region, w('otherPlace'), 'error');
    return;
  }
  const appointment = (off.copy.appointments || []).find(a => a.code === content.code);
  if (!appointment) {
    say(region, w('notInCopy'), 'error');
    return;
  }
  list.append(appointmentItem(appointment));
  const button = list.querySelector('button');
  if (button) button.focus();
}

function wireDesk() {
  byId('off-find-form').addEventListener('submit', event => {
    event.preventDefault();
    find(byId('off-search').value);
  });
  byId('off-scan').addEventListener('click', async () => {
    const region = byId('off-scan-result');
    region.textContent = '';
    region.className = 'message';
    byId('off-camera').classList.remove('hidden');
    try {
      await startScan(byId('off-video'), scanned);
      byId('off-scan-stop').focus();
    } catch (problem) {
      byId('off-camera').classList.add('hidden');
      say(region, w('noCamera', { reason: problem.message || String(problem) }), 'error');
    }
  });
  byId('off-scan-stop').addEventListener('click', () => {
    stopScan(byId('off-video'));
    byId('off-camera').classList.add('hidden');
    byId('off-scan').focus();
  });
  byId('off-call-next').addEventListener('click', once(async () => {
    const next = [...off.state.tickets.values()].filter(t => t.status === 'WAITING').sort(bySince)[0];
    if (!next) {
      say(off.message, w('nobodyWaits'), 'ok');
      return;
    }
    await call(next);
  }));
  byId('off-start').addEventListener('click', once(async () => {
    const current = off.state.current;
    if (!current || current.status !== 'CALLED') return;
    await act('start', { ticket: current.number });
    say(off.message, w('started', { number: current.number }), 'ok');
    byId('off-notes').focus();
  }));
  const documentsTicked = () => [...byId('off-document-list').querySelectorAll('input:checked')].map(box => box.value);
  byId('off-park').addEventListener('click', once(async () => {
    const current = off.state.current;
    if (!current || current.status !== 'IN_SERVICE') return;
    const notes = byId('off-notes').value;
    const documentsReceived = documentsTicked();
    // what was typed stays with the case, as the online page keeps it as a draft
    if (notes || documentsReceived.length) await act('draft', { ticket: current.number, notes, documentsReceived });
    await act('park', { ticket: current.number });
    say(off.message, w('parked', { number: current.number }), 'ok');
    byId('off-call-next').focus();
  }));
  byId('off-finish').addEventListener('submit', once(async event => {
    event.preventDefault();
    const current = off.state.current;
    if (!current || current.status !== 'IN_SERVICE') return;
    await act('finish', { ticket: current.number, outcome: byId('off-outcome').value, notes: byId('off-notes').value,
      documentsReceived: documentsTicked() });
    say(off.message, w('finished', { number: current.number }), 'ok');
    byId('off-call-next').focus();
  }));
  byId('off-walkin-form').addEventListener('submit', once(async event => {
    event.preventDefault();
    const name = byId('off-walkin-name').value.trim();
    const phone = byId('off-walkin-phone').value.trim();
    try {
      const action = await act('walk-in', { service: byId('off-walkin-service').value, ...(name ? { name } : {}), ...(phone ? { phone } : {}) },
        { drawNumber: true });
      say(off.message, w('drawnAs', { number: action.number }), 'ok');
      byId('off-walkin-name').value = '';
      byId('off-walkin-phone').value = '';
    } catch (problem) {
      say(off.message, problem instanceof RangeError ? w('blockFull') : String(problem), 'error');
    }
  }));
  byId('device-form').addEventListener('submit', once(registerDevice));
  byId('callback-form').addEventListener('submit', once(recordCallback));
}

/**
 * A callback: offline it waits in the outbox like every action; online it is the same action, sent
 * through the same synchronisation at once, so there is one path to the callback list.
 */
async function recordCallback(event) {
  event.preventDefault();
  const value = id => byId(id).value.trim();
  if (!value('callback-phone') && !value('callback-email')) {
    say(off.message, w('callbackContact'), 'error');
    byId('callback-phone').focus();
    return;
  }
  const fields = { name: value('callback-name'), service: byId('callback-service').value, language: lang };
  for (const [key, id] of [['phone', 'callback-phone'], ['email', 'callback-email'], ['notes', 'callback-notes']]) {
    if (value(id)) fields[key] = value(id);
  }
  if (off.active) {
    await act('callback', fields);
    say(off.message, w('callbackSaved', { name: fields.name }), 'ok');
    event.target.reset();
    return;
  }
  const device = off.unit ? await store.device(off.unit, off.location) : null;
  if (!device) {
    say(off.message, w('deviceFirst'), 'error');
    askForName();
    byId('device-name').focus();
    return;
  }
  let result;
  if (await store.tabKey()) {
    // in the outbox first: if the server stops answering now, it is sent later like any other
    const action = await store.record(device, 'callback', fields);
    await sync();
    if (!answers.has(action.id)) await sync(); // a transfer already under way did not carry it
    result = answers.get(action.id);
  } else {
    const action = await store.record(device, 'callback', { ...fields, clerk: signedInAccount() }, { keep: false });
    try {
      result = (await api('POST', '/api/offline-devices/' + encodeURIComponent(device.id) + '/actions', { actions: [action] })).results[0];
    } catch (problem) {
      say(off.message, problem.describe(), 'error');
      return;
    }
  }
  if (!result) {
    say(off.message, w('callbackSaved', { name: fields.name }), 'ok');
  } else if (result.result === 'APPLIED' || result.result === 'ALREADY_DONE') {
    say(off.message, w('callbackRecorded', { name: fields.name }), 'ok');
  } else {
    // kept on the list of actions not taken, with its contact data
    say(off.message, w(result.result) + ': ' + (result.problem?.detail || result.problem?.title || ''), 'error');
    await showProblems();
    return;
  }
  event.target.reset();
  byId('callback-name').focus();
}

// --- what the server did not take: listed by name, with the clerk's choices

/**
 * Online, what the server still lists as open for this device (and the devices of the kept
 * problems): also after the device's storage was wiped or in another browser profile. An entry the
 * page keeps itself is shown once.
 */
async function serverProblems(known) {
  if (off.active || !off.unit) return [];
  const devices = new Set(known.map(p => p.device));
  const own = await store.device(off.unit, off.location);
  if (own) devices.add(own.id);
  const found = [];
  for (const device of devices) {
    for (const result of ['CONFLICT', 'REJECTED']) {
      let listed;
      try {
        listed = await api('GET', '/api/offline-devices/' + encodeURIComponent(device) + '/actions?result=' + result, null, BACKGROUND);
      } catch (problem) {
        break; // gone, or a device of another unit: the page's own list stands
      }
      for (const entry of listed) {
        found.push({ id: entry.id, device, result: entry.result, problem: entry.problem,
          action: { ...(entry.action || {}), id: entry.id, sequence: entry.sequence, at: entry.at, type: entry.type, device } });
      }
    }
  }
  return found;
}

async function showProblems() {
  const kept = await store.problems();
  const ids = new Set(kept.map(p => p.id));
  const problems = [...kept, ...(await serverProblems(kept)).filter(p => !ids.has(p.id))];
  const section = byId('sync-problems');
  section.classList.toggle('hidden', problems.length === 0);
  const list = byId('problem-list');
  clear(list);
  let copy = off.copy;
  if (!copy && off.unit) copy = await store.copy(off.unit, off.location, cityDay()).catch(() => null);
  off.copy = off.copy || copy;
  if (!off.state && off.copy) off.state = derive(off.copy, []);
  if (!off.device && off.unit) off.device = await store.device(off.unit, off.location);
  for (const entry of problems) {
    const reason = entry.problem ? [entry.problem.detail || entry.problem.title, ...(entry.problem.errors || []).map(e => e.message)]
      .filter(x => x).join(' — ') : '';
    const choices = [];
    if (entry.action.type === 'check-in' && walkInHelps(entry)) {
      choices.push(el('button', { type: 'button', onclick: () => resolveAsWalkIn(entry, problems) }, w('asWalkIn')));
    }
    if (entry.result === 'CONFLICT') {
      choices.push(el('button', { type: 'button', className: 'secondary', onclick: () => resend(entry) }, w('resend')));
    }
    const item = el('li', { 'data-action': entry.id, 'data-result': entry.result },
      el('p', {}, el('strong', {}, w(entry.result) + ': '), describe(entry.action)),
      reason ? el('p', { className: 'hint' }, reason) : '');
    if (entry.result === 'REJECTED' && editable(entry.action).length) {
      choices.push(el('button', { type: 'button', className: 'secondary', onclick: () => editForm(item, entry, problems) }, w('editResend')));
    }
    choices.push(el('button', { type: 'button', className: 'secondary', onclick: () => dismiss(entry) }, w('dismiss')));
    item.append(el('div', {}, choices));
    list.append(item);
  }
}

/**
 * A failed check-in becomes a walk-in when the appointment cannot be checked in (cancelled,
 * rebooked, not today), never when the person is already checked in or the number is taken.
 */
function walkInHelps(entry) {
  const type = entry.problem?.type || '';
  if (entry.result === 'CONFLICT') return /:appointment-(?!not-confirmed)[a-z-]+$/.test(type);
  return (entry.problem?.errors || []).some(e => e.field === 'appointmentCode');
}

// the server's limits of the text fields a clerk may correct (the callback's notes are shorter)
const LIMITS = { name: 200, phone: 40, email: 254, notes: 4000 };
const limit = (action, field) => (field === 'notes' && action.type === 'callback' ? 2000 : LIMITS[field]);

/** The text fields of a rejected action a clerk can correct: those it has, and those the server named. */
function editable(action) {
  if (!['walk-in', 'callback', 'draft', 'finish'].includes(action.type)) return [];
  const named = new Set(Object.keys(LIMITS).filter(field => typeof action[field] === 'string'));
  if (action.type === 'walk-in' || action.type === 'callback') ['name', 'phone'].forEach(f => named.add(f));
  if (action.type === 'callback') named.add('email');
  return [...named];
}

/** A small form under a rejected action: the corrected fields go out as a new action, its ticket's later steps follow. */
function editForm(item, entry, problems) {
  if (item.querySelector('form')) return;
  const action = entry.action;
  const fields = editable(action);
  const form = el('form', { className: 'edit-rejected' });
  fields.forEach(field => {
    const id = 'edit-' + entry.id + '-' + field;
    const label = { name: w('offCallbackName'), phone: w('offCallbackPhone'), email: w('offCallbackEmail'), notes: w('offNotes') }[field];
    form.append(el('label', { for: id }, label),
      field === 'notes'
        ? el('textarea', { id, name: field, rows: 2, maxlength: limit(action, field) }, action[field] || '')
        : el('input', { id, name: field, maxlength: limit(action, field), value: action[field] || '',
          type: field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text' }));
  });
  form.append(el('div', {}, el('button', { type: 'submit' }, w('editSend')), ' ',
    el('button', { type: 'button', className: 'secondary', onclick: () => form.remove() }, w('editCancel'))));
  form.addEventListener('submit', once(async event => {
    event.preventDefault();
    const changed = {};
    fields.forEach(field => { changed[field] = form.elements[field].value.trim(); });
    await resendChanged(entry, changed, problems);
  }));
  item.append(form);
  form.querySelector('input, textarea').focus();
}

async function resendChanged(entry, changed, problems) {
  const { id, sequence, at, type, device: ignored, ...fields } = entry.action;
  for (const [field, value] of Object.entries(changed)) {
    if (value) fields[field] = value;
    else delete fields[field];
  }
  const device = await deviceRecord(entry.device);
  await store.record(device, type, { ...fields, atOverride: at });
  // the steps of that ticket the server could not take without it follow it
  const number = entry.action.number;
  const following = number ? problems.filter(p => p.id !== entry.id && p.action.ticket === number) : [];
  for (const later of following) {
    const { id: laterId, sequence: s, at: laterAt, type: laterType, device: d, ...laterFields } = later.action;
    await store.record(device, laterType, { ...laterFields, atOverride: laterAt });
  }
  for (const done of [entry, ...following]) await dismissOnServer(done, false);
  say(off.message, w('resolvedNote', { what: w('editResend') }), 'ok');
  await sync();
  await showProblems();
}

async function deviceRecord(id) {
  if (off.device && off.device.id === id) return off.device;
  return { id, numbers: { from: 0, to: -1 }, ticketPrefix: '' };
}

/** A failed check-in becomes a walk-in with the same number; the later steps of that ticket follow it. */
async function resolveAsWalkIn(entry, problems) {
  const action = entry.action;
  const appointment = (off.copy?.appointments || []).find(a => a.code === action.appointmentCode) || {};
  const device = await deviceRecord(entry.device);
  await store.record(device, 'walk-in', { number: action.number, service: appointment.service, ...(appointment.name ? { name: appointment.name } : {}),
    atOverride: action.at });
  const following = problems.filter(p => p.id !== entry.id && p.action.ticket === action.number);
  for (const later of following) {
    const { id, sequence, at, type, device: ignored, ...fields } = later.action;
    await store.record(device, type, { ...fields, atOverride: at });
  }
  for (const done of [entry, ...following]) await dismissOnServer(done, false);
  say(off.message, w('resolvedNote', { what: w('asWalkIn') }), 'ok');
  await sync();
  await showProblems();
}

async function resend(entry) {
  const { id, sequence, at, type, device: ignored, ...fields } = entry.action;
  await store.record(await deviceRecord(entry.device), type, { ...fields, atOverride: at });
  await dismissOnServer(entry, false);
  await sync();
  await showProblems();
}

async function dismiss(entry) {
  await dismissOnServer(entry, true);
  await showProblems();
}

async function dismissOnServer(entry, tell) {
  try {
    await api('POST', '/api/offline-devices/' + encodeURIComponent(entry.device) + '/actions/' + encodeURIComponent(entry.id) + '/dismiss', null);
  } catch (problem) {
    if (unreachable(problem)) return; // kept until the server answers
  }
  await store.resolved(entry.id);
  if (tell) say(off.message, w('resolvedNote', { what: w('dismiss') }), 'ok');
}
