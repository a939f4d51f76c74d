// Dealer portal: upload a CSV batch, see which rows were refused and why, follow every item.
import { api, texts, t, say, clear, el, loginForm, formatDateTime, formatDay } from './common.js';

texts({
  title: 'Dealer portal – vehicle registration', skip: 'Skip to content', brand: 'Amtsplan – dealer portal', heading: 'Batch registrations',
  loginHeading: 'Sign in', user: 'User name', password: 'Password', signIn: 'Sign in', loginFailed: 'User name or password is wrong.',
  uploadHeading: 'Upload a batch', uploadHint: 'CSV file with the columns vin;kind;plate (kind: NEW_REGISTRATION, RE_REGISTRATION, CHANGE_OF_KEEPER, DEREGISTRATION), one line per vehicle.',
  file: 'CSV file', send: 'Upload', outcomeHeading: 'Result', rejected: 'Refused rows', row: 'Line in the file', reason: 'Reason', batches: 'Your batches',
  batch: 'Batch', submitted: 'Submitted', kind: 'Kind', due: 'Due', status: 'Status', accepted: ' vehicles accepted, ', refused: ' rows refused.',
  noDealer: 'This account does not belong to a dealer.'
});

const message = document.getElementById('message');
let dealer = null;

loginForm(async me => {
  dealer = me.dealerId;
  if (!dealer) {
    say(message, t('Dieses Konto gehört zu keinem Händler.', 'noDealer'), 'error');
    return;
  }
  await loadBatches();
});

document.getElementById('upload').addEventListener('submit', async event => {
  event.preventDefault();
  const file = document.getElementById('file').files[0];
  if (!file) return;
  try {
    const csv = await file.text();
    const result = await api('POST', '/api/vehicle/dealers/' + encodeURIComponent(dealer) + '/batches', csv, { 'Content-Type': 'text/csv' });
    document.getElementById('outcome').classList.remove('hidden');
    document.getElementById('outcome-summary').textContent = result.accepted + t(' Fahrzeuge angenommen, ', 'accepted')
      + result.rejected.length + t(' Zeilen abgelehnt.', 'refused');
    const rejected = document.getElementById('rejected');
    clear(rejected);
    // index counts the vehicles from 0; the dealer thinks in lines of the file, after the header line
    result.rejected.forEach(r => rejected.append(el('tr', {}, el('td', {}, r.index + 2), el('td', {}, r.reason))));
    document.getElementById('rejected-table').classList.toggle('hidden', result.rejected.length === 0);
    document.getElementById('h-outcome').focus();
    await loadBatches();
  } catch (problem) {
    say(message, problem.describe(), 'error');
  }
});

async function loadBatches() {
  const batches = await api('GET', '/api/vehicle/dealers/' + encodeURIComponent(dealer) + '/batches');
  const body = document.getElementById('items');
  clear(body);
  for (const batch of batches) {
    for (const item of batch.items) {
      body.append(el('tr', {},
        el('td', {}, batch.id), el('td', {}, formatDateTime(batch.submittedAt)), el('td', {}, item.vin), el('td', {}, item.kind),
        el('td', {}, item.dueDate ? formatDay(item.dueDate) : ''), el('td', {}, item.status + (item.reason ? ' – ' + item.reason : ''))));
    }
  }
}
