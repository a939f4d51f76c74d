// Dealer portal: upload a CSV batch (a template to start from), see which rows were refused and why,
// follow every item by the names of its kind and status.
import { api, texts, t, say, clear, el, loginForm, formatDateTime, formatDay, lang } from './common.js';

texts({
  title: 'Dealer portal – vehicle registration', skip: 'Skip to content', brand: 'Amtsplan – dealer portal', heading: 'Batch registrations',
  loginHeading: 'Sign in', user: 'User name', password: 'Password', signIn: 'Sign in', loginFailed: 'User name or password is wrong.',
  uploadHeading: 'Upload a batch',
  uploadHint: 'A CSV file, one line per vehicle. The first line names the columns vin;kind;plate, separated by semicolons (commas work too). The plate may stay empty.',
  template: 'Download the template (CSV)', kindsHeading: 'What the column kind may hold',
  file: 'CSV file', send: 'Upload', outcomeHeading: 'Result', rejected: 'Refused rows', row: 'Line in the file', reason: 'Reason', batches: 'Your batches',
  batch: 'Batch', submitted: 'Submitted', vin: 'VIN', kind: 'Kind', due: 'Due', status: 'Status', accepted: 'Vehicles accepted: ', refused: '; rows refused: ',
  noDealer: 'This account does not belong to a dealer.', failed: 'The file was not taken: '
});

/** The kinds of registration and the states of an item, by name (code as the CSV writes it). */
const KINDS = {
  NEW_REGISTRATION: ['Neuzulassung', 'New registration'],
  RE_REGISTRATION: ['Wiederzulassung', 'Re-registration'],
  CHANGE_OF_KEEPER: ['Umschreibung (Halterwechsel)', 'Change of keeper'],
  DEREGISTRATION: ['Außerbetriebsetzung', 'Deregistration']
};
const STATUSES = {
  SUBMITTED: ['eingereicht, heute fällig', 'submitted, due today'],
  SCHEDULED: ['eingeplant (Tageskontingent erschöpft)', 'scheduled (daily quota used up)'],
  IN_PROGRESS: ['in Bearbeitung', 'in progress'],
  DONE: ['erledigt', 'done'],
  RETURNED: ['zurückgegeben', 'returned']
};
const named = (names, code) => (names[code] ? names[code][lang === 'en' ? 1 : 0] : code);

const message = document.getElementById('message');
let dealer = null;

const kinds = document.getElementById('kinds');
for (const code of Object.keys(KINDS)) {
  kinds.append(el('dt', {}, el('code', {}, code)), el('dd', {}, named(KINDS, code)));
}

loginForm(async me => {
  dealer = me.dealerId;
  if (!dealer) {
    say(message, t('Dieses Konto gehört zu keinem Händler.', 'noDealer'), 'error');
    return;
  }
  await loadBatches();
});

/** Takes the previous upload's result off the screen, so it cannot be read as this one's. */
function clearOutcome() {
  document.getElementById('outcome').classList.add('hidden');
  document.getElementById('outcome-summary').textContent = '';
  clear(document.getElementById('rejected'));
  document.getElementById('rejected-table').classList.add('hidden');
}

document.getElementById('upload').addEventListener('submit', async event => {
  event.preventDefault();
  const file = document.getElementById('file').files[0];
  if (!file) return;
  clearOutcome();
  say(message, '');
  try {
    const csv = await file.text();
    const result = await api('POST', '/api/vehicle/dealers/' + encodeURIComponent(dealer) + '/batches', csv, { 'Content-Type': 'text/csv' });
    document.getElementById('outcome').classList.remove('hidden');
    document.getElementById('outcome-summary').textContent = t('Angenommene Fahrzeuge: ', 'accepted') + result.accepted
      + t('; abgelehnte Zeilen: ', 'refused') + result.rejected.length;
    const rejected = document.getElementById('rejected');
    // index counts the vehicles from 0; the dealer thinks in lines of the file, after the header line
    result.rejected.forEach(r => rejected.append(el('tr', {},
      el('td', { 'data-label': t('Zeile der Datei', 'row') }, r.index + 2), el('td', { 'data-label': t('Grund', 'reason') }, r.reason))));
    document.getElementById('rejected-table').classList.toggle('hidden', result.rejected.length === 0);
    document.getElementById('h-outcome').focus();
    await loadBatches();
  } catch (problem) {
    say(message, t('Die Datei wurde nicht angenommen: ', 'failed') + problem.describe(), 'error');
  }
});

async function loadBatches() {
  const batches = await api('GET', '/api/vehicle/dealers/' + encodeURIComponent(dealer) + '/batches');
  const body = document.getElementById('items');
  clear(body);
  const cell = (label, key, ...content) => el('td', { 'data-label': t(label, key) }, ...content);
  for (const batch of batches) {
    for (const item of batch.items) {
      body.append(el('tr', {},
        cell('Auftrag', 'batch', batch.id), cell('Eingereicht', 'submitted', formatDateTime(batch.submittedAt)), cell('FIN', 'vin', item.vin),
        cell('Art', 'kind', named(KINDS, item.kind)), cell('Fällig', 'due', item.dueDate ? formatDay(item.dueDate) : ''),
        cell('Stand', 'status', named(STATUSES, item.status) + (item.reason ? ' – ' + item.reason : ''))));
    }
  }
}
