// Department heads: the disruption console (preview → declare → replacement capacity → rebook →
// progress → phone list and CSV). Signing in here also opens the settings and statistics modules,
// which listen for the 'signed-in' event.
import { api, texts, t, say, clear, el, loginForm, formatDateTime, formatDay, options } from './common.js';

texts({
  title: 'Heads – Amtsplan', skip: 'Skip to content', brand: 'Amtsplan – heads', heading: 'Heads of department', loginHeading: 'Sign in',
  user: 'User name', password: 'Password', signIn: 'Sign in', loginFailed: 'User name or password is wrong.', disruption: 'Report a disruption',
  units: 'Units', locations: 'Service centres', from: 'From', to: 'To', reason: 'Reason', preview: 'Preview: who is affected?',
  declare: 'Declare the disruption and cancel the appointments', appointments: 'Appointments', withoutEmail: 'of which without e-mail',
  waitingTickets: 'Waiting walk-ins', openCases: 'Open cases', dealerItems: 'Dealer items', console: 'Disruption',
  addSession: 'Add replacement capacity (for the affected only)', unit: 'Unit', location: 'Service centre', date: 'Day', counters: 'Counters',
  kind: 'Kind', add: 'Add', rebook: 'Propose replacements', refresh: 'Refresh progress', affected: 'Affected', notified: 'Notified',
  proposed: 'Replacement proposed', accepted: 'Accepted', open: 'Open', phoneList: 'Phone and letter list (no e-mail)', code: 'Code',
  name: 'Name', phone: 'Phone', original: 'Original', replacement: 'Replacement', csv: 'Download all contacts as CSV', sectionsNav: 'Sections', settings: 'Settings', statistics: 'Statistics',
  declared: 'Declared. Appointments cancelled: ', sessionAdded: 'Replacement capacity added.', rebooked: 'Proposed: ', unplaced: ', without a seat yet: ',
  referralsHeading: 'Referrals for the people waiting (please hand out)', waitingNumber: 'Waiting number',
  comeBack: 'Come back on', newNumber: 'with number', chooseScope: 'Choose at least one unit and one service centre.'
});

const message = document.getElementById('message');
let disruption = null;

loginForm(async me => {
  const [units, locations] = await Promise.all([api('GET', '/api/units'), api('GET', '/api/locations')]);
  const mine = units.filter(u => me.roles.includes('admin') || me.units.includes(u.id));
  checkboxes(document.getElementById('units'), 'unit', mine.map(u => [u.id, u.name]));
  checkboxes(document.getElementById('locations'), 'location', locations.map(l => [l.id, l.name]));
  options(document.getElementById('s-unit'), mine.map(u => [u.id, u.name]));
  options(document.getElementById('s-location'), locations.map(l => [l.id, l.name]));
  document.dispatchEvent(new CustomEvent('signed-in', { detail: { me, units: mine, locations } }));
});

function checkboxes(box, name, items) {
  clear(box);
  items.forEach(([value, label]) => box.append(el('div', {},
    el('input', { type: 'checkbox', name, id: name + '-' + value, value }), el('label', { for: name + '-' + value, className: 'inline' }, label))));
}


function declaration() {
  const checked = name => [...document.querySelectorAll('input[name=' + name + ']:checked')].map(c => c.value);
  const seconds = v => (v && v.length === 16 ? v + ':00' : v);
  return { units: checked('unit'), locations: checked('location'), from: seconds(document.getElementById('from').value),
    to: seconds(document.getElementById('to').value), reason: document.getElementById('reason').value };
}

document.getElementById('preview').addEventListener('click', async () => {
  const body = declaration();
  if (body.units.length === 0 || body.locations.length === 0) { say(message, t('Bitte mindestens einen Bereich und einen Standort wählen.', 'chooseScope'), 'error'); return; }
  try {
    const preview = await api('POST', '/api/disruptions/preview', body);
    for (const key of ['appointments', 'withoutEmail', 'waitingTickets', 'openCases', 'dealerItems']) {
      document.getElementById('p-' + key).textContent = preview[key];
    }
    document.getElementById('preview-result').classList.remove('hidden');
    document.getElementById('declare').disabled = false;
    say(message, '');
  } catch (problem) {
    say(message, problem.describe(), 'error');
  }
});

document.getElementById('declare').addEventListener('click', async () => {
  try {
    const declared = await api('POST', '/api/disruptions', declaration());
    disruption = declared.id;
    document.getElementById('disruption-id').textContent = disruption;
    document.getElementById('console').classList.remove('hidden');
    say(message, t('Erklärt. Abgesagte Termine: ', 'declared') + declared.appointments, 'ok');
    const referrals = document.getElementById('referrals');
    clear(referrals);
    (declared.referrals || []).forEach(r => referrals.append(el('tr', {},
      el('td', {}, r.waitingNumber), el('td', {}, r.name || ''), el('td', {}, formatDay(r.date)), el('td', {}, r.number))));
    document.getElementById('referrals-box').classList.toggle('hidden', !(declared.referrals || []).length);
    await progress();
    document.getElementById('h-console').focus();
  } catch (problem) {
    say(message, problem.describe(), 'error');
  }
});

document.getElementById('session-form').addEventListener('submit', async event => {
  event.preventDefault();
  const value = id => document.getElementById(id).value;
  try {
    await api('POST', '/api/units/' + encodeURIComponent(value('s-unit')) + '/locations/' + encodeURIComponent(value('s-location')) + '/sessions',
      { date: value('s-date'), from: value('s-from'), to: value('s-to'), counters: Number(value('s-counters')), kind: value('s-kind'), reservedForDisruption: disruption });
    say(message, t('Ersatzkapazität hinzugefügt.', 'sessionAdded'), 'ok');
  } catch (problem) {
    say(message, problem.describe(), 'error');
  }
});

document.getElementById('rebook').addEventListener('click', async () => {
  try {
    const result = await api('POST', '/api/disruptions/' + encodeURIComponent(disruption) + '/rebook', {});
    say(message, t('Vorgeschlagen: ', 'rebooked') + result.proposed + t(', noch ohne Platz: ', 'unplaced') + result.unplaced, 'ok');
    await progress();
  } catch (problem) {
    say(message, problem.describe(), 'error');
  }
});

document.getElementById('refresh').addEventListener('click', () => progress());

async function progress() {
  const p = await api('GET', '/api/disruptions/' + encodeURIComponent(disruption));
  for (const key of ['appointments', 'notified', 'proposed', 'accepted', 'open']) {
    document.getElementById('g-' + key).textContent = p[key];
  }
  const contacts = await api('GET', '/api/disruptions/' + encodeURIComponent(disruption) + '/contacts');
  const body = document.getElementById('phone-list');
  clear(body);
  contacts.filter(c => !c.email).forEach(c => body.append(el('tr', {},
    el('td', {}, c.code), el('td', {}, c.name), el('td', {}, c.phone || ''), el('td', {}, formatDateTime(c.originalStart)),
    el('td', {}, c.replacementStart ? formatDateTime(c.replacementStart) : ''))));
}

document.getElementById('csv').addEventListener('click', async () => {
  // fetched with the session cookie, then handed to the browser as a file
  const response = await fetch('/api/disruptions/' + encodeURIComponent(disruption) + '/contacts', {
    headers: { Accept: 'text/csv' } });
  const blob = await response.blob();
  const link = el('a', { href: URL.createObjectURL(blob), download: 'stoerung-' + disruption + '-kontakte.csv' });
  document.body.append(link);
  link.click();
  link.remove();
});
