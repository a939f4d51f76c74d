// Heads' page, sections of the offline counter (issue #19): #rueckrufe lists the people a clerk
// recorded to be called back (at one unit and service centre, over a range of days), marks them
// done and downloads the phone list as CSV; #geraete lists the devices registered for the offline
// counter with their number ranges and open conflicts, and revokes one after a confirmation.
// Starts on the page's 'signed-in' event (leitung.js signs in).
import { api, texts, t, say, clear, el, options, lang, Problem, facts, formatDateTime, cityDay } from './common.js';
import { confirmStep } from './leitung.js';

texts({
  callbacks: 'Callbacks', devices: 'Offline devices',
  callbacksHint: 'People who could not be served at the counter (for instance while it worked without the server) and asked to be called back.',
  recordedFrom: 'Recorded from', recordedTo: 'Recorded until', show: 'Show',
  noCallbacks: 'Nobody was recorded here for a callback in this period.', callbacksCsv: 'Download the phone list as CSV',
  cbPhone: 'Phone', cbEmail: 'E-mail', cbService: 'Service', cbNotes: 'Notes', cbRecorded: 'Recorded', cbStatus: 'State',
  cbReplacement: 'Replacement appointment', cbDisruption: 'Disruption',
  cbInDisruption: 'recorded during a declared disruption: the replacement is proposed through it',
  cbRecordedBy: '{at} by {by}', cbOPEN: 'open – still to be called back', cbPROPOSED: 'replacement proposed, not accepted yet',
  cbDONE: 'done', cbDone: 'Done', confirmDoneHeading: 'Called back?', confirmDone: 'Yes, done',
  doneWithdrawsText: 'The proposed replacement is taken back and its seat is free again. Please tell the person when you call: no message goes out by itself.',
  cbMarkedDone: '{name}: marked as done.', cbNoContact: 'no contact data',
  devicesHint: 'Laptops and tablets on which the counter page keeps working without server and network. Each device hands out waiting numbers from a range of its own. Revoke a device that was lost or retired: the server then accepts no new numbers or walk-ins from it.',
  noDevices: 'No device is registered for this unit at this service centre.',
  dvNumbers: 'Waiting numbers', dvRange: '{from} to {to}', dvRegistered: 'Registered', dvStatus: 'State', dvActive: 'in use',
  dvRevokedSince: 'revoked since {at}', dvConflicts: 'Unresolved conflicts', dvNoConflicts: 'none',
  dvConflictsHint: '{n} – the counter page of the device shows them to be resolved',
  dvRevoke: 'Revoke …', confirmRevokeHeading: 'Revoke the device?', confirmRevoke: 'Yes, revoke it',
  revokeText: 'Numbers it hands out and walk-ins it records after this are no longer accepted; what it recorded before is still received. Its numbers are never handed out again.',
  dvRevoked: '{name} is revoked.'
});

/** German or English text with {name} slots. */
function tf(german, key, values) {
  return t(german, key).replace(/\{(\w+)\}/g, (all, name) => (values[name] !== undefined ? String(values[name]) : all));
}

const cbUnit = document.getElementById('cb-unit');
const cbLocation = document.getElementById('cb-location');
const cbFrom = document.getElementById('cb-from');
const cbTo = document.getElementById('cb-to');
const cbMessage = document.getElementById('callbacks-message');
const dvUnit = document.getElementById('dv-unit');
const dvLocation = document.getElementById('dv-location');
const dvMessage = document.getElementById('devices-message');

document.addEventListener('signed-in', async event => {
  const { units, locations } = event.detail;
  for (const select of [cbUnit, dvUnit]) options(select, units.map(u => [u.id, u.name]));
  for (const select of [cbLocation, dvLocation]) options(select, locations.map(l => [l.id, l.name]));
  cbFrom.value = cityDay(-6);
  cbTo.value = cityDay();
  await Promise.all([loadCallbacks(), loadDevices()]);
});

// --- callbacks
const place = (unit, location) => '/api/units/' + encodeURIComponent(unit.value) + '/locations/' + encodeURIComponent(location.value);
const range = () => '?from=' + encodeURIComponent(cbFrom.value) + '&to=' + encodeURIComponent(cbTo.value);

document.getElementById('callbacks-form').addEventListener('submit', async event => {
  event.preventDefault();
  await loadCallbacks();
});
cbUnit.addEventListener('change', () => loadCallbacks());
cbLocation.addEventListener('change', () => loadCallbacks());

// a quick change of the unit or service centre: only the answer to the latest request is shown
let callbacksAsked = 0;
let devicesAsked = 0;

async function loadCallbacks(focusId) {
  const list = document.getElementById('callback-list');
  const asked = ++callbacksAsked;
  let callbacks;
  try {
    callbacks = await api('GET', place(cbUnit, cbLocation) + '/callbacks' + range());
  } catch (problem) {
    if (asked === callbacksAsked) say(cbMessage, problem.describe(), 'error');
    return;
  }
  if (asked !== callbacksAsked) return;
  clear(list);
  document.getElementById('no-callbacks').classList.toggle('hidden', callbacks.length > 0);
  const statusWords = {
    OPEN: t('offen – noch zurückzurufen', 'cbOPEN'),
    PROPOSED: t('Ersatztermin vorgeschlagen, noch nicht angenommen', 'cbPROPOSED'),
    DONE: t('erledigt', 'cbDONE')
  };
  for (const c of callbacks) {
    const headingId = 'callback-' + c.id;
    const item = el('li', { className: 'card', 'data-callback': c.id },
      el('h3', { id: headingId, tabindex: '-1' }, c.name),
      facts([
        [t('Telefon', 'cbPhone'), c.phone],
        [t('E-Mail', 'cbEmail'), c.email],
        [t('Anliegen', 'cbService'), c.serviceName],
        [t('Notiz', 'cbNotes'), c.notes ? el('span', { className: 'notes' }, c.notes) : null],
        [t('Erfasst', 'cbRecorded'), tf('{at} von {by}', 'cbRecordedBy', { at: formatDateTime(c.recordedAt), by: c.recordedBy })],
        [t('Stand', 'cbStatus'), el('span', { className: 'status ' + c.status }, statusWords[c.status] || '')],
        [t('Ersatztermin', 'cbReplacement'), c.replacement && c.replacement.start ? formatDateTime(c.replacement.start) : null],
        [t('Störung', 'cbDisruption'), c.disruption ? t('während einer erklärten Störung erfasst: der Ersatztermin wird über sie vorgeschlagen', 'cbInDisruption') : null]
      ]));
    if (c.status !== 'DONE') {
      item.append(el('div', { className: 'actions' },
        el('button', { type: 'button', 'data-done': c.id, 'aria-describedby': headingId, onclick: () => done(c) }, t('Erledigt', 'cbDone'))));
    }
    list.append(item);
  }
  if (focusId) {
    const heading = document.getElementById('callback-' + focusId);
    if (heading) heading.focus();
  }
}

async function done(callback) {
  if (callback.status === 'PROPOSED') {
    // a proposal already went out: marking done takes it back and frees its seat
    const yes = await confirmStep(t('Rückruf erledigt?', 'confirmDoneHeading') + ' ' + callback.name,
      [t('Der vorgeschlagene Ersatztermin wird zurückgenommen und sein Platz wieder frei. Bitte sagen Sie das der Person beim Rückruf: eine Nachricht geht nicht von selbst hinaus.', 'doneWithdrawsText')],
      t('Ja, erledigt', 'confirmDone'));
    if (!yes) return;
  }
  try {
    await api('POST', '/api/callbacks/' + encodeURIComponent(callback.id) + '/done', {});
    say(cbMessage, tf('{name}: als erledigt vermerkt.', 'cbMarkedDone', { name: callback.name }), 'ok');
    // the button is gone: the keyboard goes on from the same person's heading
    await loadCallbacks(callback.id);
  } catch (problem) {
    say(cbMessage, problem.describe(), 'error');
  }
}

document.getElementById('callbacks-csv').addEventListener('click', async () => {
  // fetched with the session cookie, then handed to the browser as a file
  const response = await fetch(place(cbUnit, cbLocation) + '/callbacks' + range(), {
    headers: { Accept: 'text/csv', 'Accept-Language': lang } });
  if (!response.ok) {
    // an ended session or a refusal is said on the page, never saved as a CSV file
    const body = await response.json().catch(() => null);
    say(cbMessage, new Problem(response.status, body).describe(), 'error');
    return;
  }
  const blob = await response.blob();
  const link = el('a', { href: URL.createObjectURL(blob), download: 'rueckrufe-' + cbUnit.value + '-' + cbFrom.value + '-' + cbTo.value + '.csv' });
  document.body.append(link);
  link.click();
  link.remove();
});

// --- offline devices
dvUnit.addEventListener('change', () => loadDevices());
dvLocation.addEventListener('change', () => loadDevices());

async function loadDevices() {
  const list = document.getElementById('device-list');
  const asked = ++devicesAsked;
  let devices;
  try {
    devices = await api('GET', place(dvUnit, dvLocation) + '/offline-devices');
  } catch (problem) {
    if (asked === devicesAsked) say(dvMessage, problem.describe(), 'error');
    return;
  }
  // the open conflicts of each device in use, asked for side by side
  const conflicts = await Promise.all(devices.map(d => (d.revokedAt ? Promise.resolve(null)
    : api('GET', '/api/offline-devices/' + encodeURIComponent(d.id) + '/actions?result=CONFLICT').then(a => a.length, () => null))));
  if (asked !== devicesAsked) return;
  clear(list);
  document.getElementById('no-devices').classList.toggle('hidden', devices.length > 0);
  devices.forEach((d, i) => {
    const headingId = 'device-' + d.id;
    const open = conflicts[i];
    const item = el('li', { className: 'card', 'data-device': d.id },
      el('h3', { id: headingId, tabindex: '-1' }, d.name),
      facts([
        [t('Wartenummern', 'dvNumbers'), tf('{from} bis {to}', 'dvRange', { from: d.ticketPrefix + d.numbers.from, to: d.ticketPrefix + d.numbers.to })],
        [t('Angemeldet', 'dvRegistered'), tf('{at} von {by}', 'cbRecordedBy', { at: formatDateTime(d.registeredAt), by: d.registeredBy })],
        [t('Stand', 'dvStatus'), d.revokedAt
          ? el('span', { className: 'status REVOKED' }, tf('gesperrt seit {at}', 'dvRevokedSince', { at: formatDateTime(d.revokedAt) }))
          : el('span', { className: 'status ACTIVE' }, t('in Betrieb', 'dvActive'))],
        [t('Ungeklärte Konflikte', 'dvConflicts'), open === null ? null
          : open === 0 ? t('keine', 'dvNoConflicts')
            : tf('{n} – die Schalterseite des Geräts zeigt sie zur Klärung', 'dvConflictsHint', { n: open }), 'conflicts-' + d.id]
      ]));
    if (!d.revokedAt) {
      item.append(el('div', { className: 'actions' },
        el('button', { type: 'button', className: 'danger', 'data-revoke': d.id, 'aria-describedby': headingId, onclick: () => revoke(d) },
          t('Sperren …', 'dvRevoke'))));
    }
    list.append(item);
  });
}

async function revoke(device) {
  const yes = await confirmStep(t('Gerät sperren?', 'confirmRevokeHeading') + ' ' + device.name,
    [t('Wartenummern, die es danach vergibt, und Vorsprachen, die es danach erfasst, nimmt der Server nicht mehr an; was es vorher erfasst hat, wird weiter übertragen. Seine Nummern werden nie wieder vergeben.', 'revokeText')],
    t('Ja, sperren', 'confirmRevoke'));
  if (!yes) return;
  try {
    await api('DELETE', '/api/offline-devices/' + encodeURIComponent(device.id));
    say(dvMessage, tf('{name} ist gesperrt.', 'dvRevoked', { name: device.name }), 'ok');
    await loadDevices();
    const heading = document.getElementById('device-' + device.id);
    if (heading) heading.focus();
  } catch (problem) {
    say(dvMessage, problem.describe(), 'error');
  }
}
