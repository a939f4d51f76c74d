// Department heads: sections reachable by their address (#stoerungen, #einstellungen with
// #oeffnungszeiten, #statistik); the disruption console: the list of the units' disruptions with
// their progress and a lift button, preview → confirmation with the preview's counts → declare →
// replacement capacity → rebook → progress → the cases it interrupted (with what offline counters
// recorded for them) → phone list and CSV. Callbacks and offline devices: leitung-offline.js. Signing in here also opens the
// settings and statistics modules, which listen for the 'signed-in' event.
import { api, texts, t, say, clear, el, loginForm, formatDateTime, formatDay, formatTime, options, lang, Problem, facts } from './common.js';

texts({
  title: 'Heads – Amtsplan', skip: 'Skip to content', brand: 'Amtsplan – heads', heading: 'Heads of department', loginHeading: 'Sign in',
  user: 'User name', password: 'Password', signIn: 'Sign in', loginFailed: 'User name or password is wrong.', disruption: 'Report a new disruption',
  disruptions: 'Disruptions', listHeading: 'Declared disruptions', noDisruptions: 'No disruption is declared for your units.',
  units: 'Units', locations: 'Service centres', from: 'From', to: 'To', reason: 'Reason', preview: 'Preview: who is affected?',
  previewFirst: 'Look at the preview first; the disruption is declared only after you confirm.',
  declare: 'Declare the disruption and cancel the appointments …', appointments: 'Appointments', withoutEmail: 'of which without e-mail',
  waitingTickets: 'Waiting walk-ins', openCases: 'Open cases', dealerItems: 'Dealer items', console: 'Disruption',
  addSession: 'Add replacement capacity (for the affected only)', unit: 'Unit', location: 'Service centre', date: 'Day', counters: 'Counters',
  kind: 'Kind', kindReplacementOnly: 'Replacement appointments (for the affected only)', kindExtraOnly: 'Additional counters',
  kindAfterHoursOnly: 'After hours', add: 'Add', rebook: 'Propose replacements', refresh: 'Refresh progress',
  phoneList: 'Phone and letter list (no e-mail)', code: 'Code',
  name: 'Name', phone: 'Phone', original: 'Original', replacement: 'Replacement', csv: 'Download all contacts as CSV', sectionsNav: 'Sections', settings: 'Settings', statistics: 'Statistics',
  declared: 'Declared. Appointments cancelled: ', sessionAdded: 'Replacement capacity added.', rebooked: 'Proposed: ', unplaced: ', without a seat yet: ',
  referralsHeading: 'Referrals for the people waiting (please hand out)', waitingNumber: 'Waiting number',
  comeBack: 'Come back on', newNumber: 'with number', chooseScope: 'Choose at least one unit and one service centre.', cancel: 'Cancel',
  confirmDeclareHeading: 'Really declare the disruption?', confirmDeclare: 'Yes, declare and cancel',
  willCancel: 'Appointments to be cancelled: {n} – the people affected are notified.', willPhone: 'Of these without an e-mail address: {n} – they land on the phone and letter list.',
  willRefer: 'Walk-ins waiting: {n} – they get a referral to come back.', willInterrupt: 'Open cases: {n} – they are interrupted, nothing of them is lost.',
  willMove: 'Dealer items: {n} – they get a new due date.', notDeclared: 'Nothing was declared.',
  confirmLiftHeading: 'Lift the disruption?', confirmLift: 'Yes, lift it',
  liftText: 'Appointments not yet rebooked that are still ahead take place at their original time again. Accepted replacements stand.',
  lift: 'Lift', open: 'Open', lifted: 'Lifted. Appointments valid again: {restored}; staying cancelled: {left}.',
  statusDECLARED: 'declared', statusLIFTED: 'lifted', since: 'declared', onlyAllUnits: 'Lifting needs a head of every unit it covers.',
  figAffected: 'affected', figAffectedHint: 'appointments the disruption cancelled',
  figNotified: 'notified', figNotifiedHint: 'informed by e-mail (the message reached their mail server)',
  figProposed: 'replacement proposed', figProposedHint: 'a replacement time is held for them',
  figAccepted: 'accepted', figAcceptedHint: 'took their replacement: rebooked',
  figDeclined: 'declined', figDeclinedHint: 'want no replacement: stay cancelled, may book anew',
  figOpen: 'open', figOpenHint: 'without a new time yet (neither rebooked nor declined)',
  notifiedGap: 'Not notified by e-mail: {n}. People without e-mail are on the phone and letter list; mail still queued counts once delivered.',
  windowText: '{from} to {to}', unitsAt: '{units} at {locations}',
  casesHeading: 'Interrupted cases', noCases: 'The disruption interrupted no case in your units.',
  caseTicket: 'Number {number}', caseNoName: 'no name given', caseUnit: 'Unit', caseService: 'Service', caseClerk: 'Clerk',
  caseCounter: 'Counter', caseInterrupted: 'Interrupted', caseStatus: 'State', caseNotes: 'Notes', caseDocuments: 'Documents received',
  caseOffline: 'Recorded offline', caseINTERRUPTED: 'interrupted – still to be resumed', caseOPEN: 'resumed, being worked on',
  caseCLOSED: 'finished', offlineNothing: 'nothing since the interruption',
  offlineSome: '{n} entries, the last on {at} on {devices}; received {received}', offlineOne: '1 entry, on {at} on {devices}; received {received}'
});

const message = document.getElementById('message');
let disruption = null;
let unitNames = {};
let locationNames = {};
const STORED = 'amtsplan.leitung.disruption';

/** German or English text with {name} slots. */
function tf(german, key, values) {
  return t(german, key).replace(/\{(\w+)\}/g, (all, name) => (values[name] !== undefined ? String(values[name]) : all));
}

// --- sections: one at a time, chosen by the address, so a reload or a bookmark opens the same one
const SECTIONS = ['stoerungen', 'rueckrufe', 'geraete', 'einstellungen', 'statistik'];

function showSection(focus) {
  const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.substring(1))) : null;
  // an address outside the sections (the skip link's #main) leaves the shown section as it is
  if (target && !target.closest('section.page-section') && document.querySelector('section.page-section:not(.hidden)')) return;
  const section = (target && target.closest('section.page-section')) || document.getElementById(SECTIONS[0]);
  document.querySelectorAll('section.page-section').forEach(s => s.classList.toggle('hidden', s !== section));
  document.querySelectorAll('nav.sections a').forEach(a => {
    if (a.getAttribute('href') === '#' + section.id) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  if (focus && !document.getElementById('work').classList.contains('hidden')) {
    const heading = target && target !== section ? target : section.querySelector('h2');
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}
window.addEventListener('hashchange', () => showSection(true));
showSection(false);

loginForm(async me => {
  const [units, locations] = await Promise.all([api('GET', '/api/units'), api('GET', '/api/locations')]);
  const mine = units.filter(u => me.roles.includes('admin') || me.units.includes(u.id));
  unitNames = Object.fromEntries(units.map(u => [u.id, u.name]));
  locationNames = Object.fromEntries(locations.map(l => [l.id, l.name]));
  checkboxes(document.getElementById('units'), 'unit', mine.map(u => [u.id, u.name]));
  checkboxes(document.getElementById('locations'), 'location', locations.map(l => [l.id, l.name]));
  options(document.getElementById('s-unit'), mine.map(u => [u.id, u.name]));
  options(document.getElementById('s-location'), locations.map(l => [l.id, l.name]));
  document.dispatchEvent(new CustomEvent('signed-in', { detail: { me, units: mine, locations } }));
  showSection(false);
  const listed = await loadDisruptions();
  const remembered = sessionStorage.getItem(STORED);
  if (remembered && listed.some(d => d.id === remembered)) await openConsole(remembered, false);
});

function checkboxes(box, name, items) {
  clear(box);
  items.forEach(([value, label]) => box.append(el('div', {},
    el('input', { type: 'checkbox', name, id: name + '-' + value, value }), el('label', { for: name + '-' + value, className: 'inline' }, label))));
}

// --- the confirmation step: a modal dialog that answers true only for the explicit yes (also used
// by the offline devices' section to revoke one)
export function confirmStep(heading, lines, yesLabel) {
  const dialog = document.getElementById('confirm');
  document.getElementById('confirm-heading').textContent = heading;
  const text = document.getElementById('confirm-text');
  clear(text);
  lines.filter(Boolean).forEach(line => text.append(el('p', {}, line)));
  const yes = document.getElementById('confirm-yes');
  const no = document.getElementById('confirm-no');
  yes.textContent = yesLabel;
  const opener = document.activeElement;
  return new Promise(resolve => {
    const finish = answer => {
      yes.removeEventListener('click', onYes);
      no.removeEventListener('click', onNo);
      dialog.removeEventListener('cancel', onNo);
      if (dialog.open) dialog.close();
      if (opener && opener.focus) opener.focus();
      resolve(answer);
    };
    const onYes = () => finish(true);
    const onNo = event => { if (event) event.preventDefault(); finish(false); };
    yes.addEventListener('click', onYes);
    no.addEventListener('click', onNo);
    dialog.addEventListener('cancel', onNo);
    dialog.showModal();
    no.focus();
  });
}

// --- the list of disruptions
async function loadDisruptions() {
  const list = await api('GET', '/api/disruptions');
  const box = document.getElementById('disruption-list');
  clear(box);
  document.getElementById('no-disruptions').classList.toggle('hidden', list.length > 0);
  for (const d of list) {
    const headingId = 'dis-' + d.id;
    const actions = el('div', { className: 'actions' },
      el('button', { type: 'button', className: 'secondary', 'data-open': d.id, 'aria-describedby': headingId, onclick: () => openConsole(d.id, true) },
        t('Öffnen', 'open')));
    if (d.status === 'DECLARED' && d.liftable) {
      actions.append(el('button', { type: 'button', className: 'danger', 'data-lift': d.id, 'aria-describedby': headingId, onclick: () => lift(d) },
        t('Aufheben', 'lift')));
    } else if (d.status === 'DECLARED') {
      actions.append(el('p', { className: 'hint' }, t('Aufheben kann nur, wer alle betroffenen Bereiche leitet.', 'onlyAllUnits')));
    }
    box.append(el('li', { className: 'card', 'data-id': d.id },
      el('h4', { id: headingId }, d.reason, ' ', el('span', { className: 'status ' + d.status }, '(' + statusName(d.status) + ')')),
      el('p', {}, what(d)),
      figureList(d),
      actions));
  }
  return list;
}

function statusName(status) {
  return status === 'LIFTED' ? t('aufgehoben', 'statusLIFTED') : t('erklärt', 'statusDECLARED');
}

/** "Standesamt in Bürgerservice Mitte, Dienstag, 4. Juni 2030, 08:00 Uhr bis 12:00" in words. */
function what(d) {
  const units = d.units.map(u => unitNames[u] || u).join(', ');
  const places = d.locations.map(l => locationNames[l] || l).join(', ');
  const sameDay = d.from.substring(0, 10) === d.to.substring(0, 10);
  const until = sameDay ? formatTime(d.to) : formatDateTime(d.to);
  return tf('{units} in {locations}', 'unitsAt', { units, locations: places }) + ': '
    + tf('{from} bis {to}', 'windowText', { from: formatDateTime(d.from), to: until });
}

/** The progress figures, each with what it counts in words. */
function figureList(p) {
  const figures = [
    ['appointments', t('betroffen', 'figAffected'), t('Termine, die die Störung abgesagt hat', 'figAffectedHint')],
    ['notified', t('benachrichtigt', 'figNotified'), t('per E-Mail informiert (die Nachricht kam beim Mailserver an)', 'figNotifiedHint')],
    ['proposed', t('Ersatz vorgeschlagen', 'figProposed'), t('für sie ist eine neue Zeit reserviert', 'figProposedHint')],
    ['accepted', t('angenommen', 'figAccepted'), t('haben den Ersatz angenommen: umgebucht', 'figAcceptedHint')],
    ['declined', t('abgelehnt', 'figDeclined'), t('möchten keinen Ersatz: bleiben abgesagt, können neu buchen', 'figDeclinedHint')],
    ['open', t('offen', 'figOpen'), t('noch ohne neue Zeit (weder umgebucht noch abgelehnt)', 'figOpenHint')]
  ];
  const list = el('dl', { className: 'facts figures' });
  for (const [key, label, hint] of figures) {
    list.append(el('dt', {}, label), el('dd', { 'data-figure': key }, el('strong', {}, String(p[key])), ' – ', el('span', { className: 'hint' }, hint)));
  }
  const unreached = p.appointments - p.notified;
  const wrapper = el('div', {}, list);
  if (unreached > 0 && p.appointments > 0) {
    wrapper.append(el('p', { className: 'hint' }, tf('Nicht per E-Mail erreicht: {n}. Wer keine E-Mail-Adresse hat, steht auf der Telefon- und Briefliste; noch nicht zugestellte E-Mails zählen, sobald sie angekommen sind.',
      'notifiedGap', { n: unreached })));
  }
  return wrapper;
}

async function lift(d) {
  const yes = await confirmStep(t('Störung aufheben?', 'confirmLiftHeading') + ' ' + d.reason,
    [what(d), t('Noch nicht umgebuchte Termine, die noch bevorstehen, finden doch zur ursprünglichen Zeit statt. Angenommene Ersatztermine bleiben.', 'liftText')],
    t('Ja, aufheben', 'confirmLift'));
  if (!yes) return;
  try {
    const result = await api('POST', '/api/disruptions/' + encodeURIComponent(d.id) + '/lift', {});
    say(message, tf('Aufgehoben. Wieder gültige Termine: {restored}; abgesagt bleiben: {left}.', 'lifted',
      { restored: result.restored, left: result.leftCancelled }), 'ok');
    await loadDisruptions();
    if (disruption === d.id) await progress();
  } catch (problem) {
    say(message, problem.describe(), 'error');
  }
}

// --- declaring: preview, then a confirmation that repeats the preview's counts
function declaration() {
  const checked = name => [...document.querySelectorAll('input[name=' + name + ']:checked')].map(c => c.value);
  const seconds = v => (v && v.length === 16 ? v + ':00' : v);
  return { units: checked('unit'), locations: checked('location'), from: seconds(document.getElementById('from').value),
    to: seconds(document.getElementById('to').value), reason: document.getElementById('reason').value };
}

let previewed = null;

// a changed scope needs a new preview before it can be declared
document.getElementById('scope').addEventListener('input', () => {
  previewed = null;
  document.getElementById('declare').disabled = true;
});

document.getElementById('preview').addEventListener('click', async () => {
  const body = declaration();
  if (body.units.length === 0 || body.locations.length === 0) { say(message, t('Bitte mindestens einen Bereich und einen Standort wählen.', 'chooseScope'), 'error'); return; }
  try {
    const preview = await api('POST', '/api/disruptions/preview', body);
    for (const key of ['appointments', 'withoutEmail', 'waitingTickets', 'openCases', 'dealerItems']) {
      document.getElementById('p-' + key).textContent = preview[key];
    }
    document.getElementById('preview-result').classList.remove('hidden');
    previewed = { body: JSON.stringify(body), preview };
    document.getElementById('declare').disabled = false;
    say(message, '');
  } catch (problem) {
    say(message, problem.describe(), 'error');
  }
});

document.getElementById('declare').addEventListener('click', async () => {
  const body = declaration();
  if (!previewed || previewed.body !== JSON.stringify(body)) {
    document.getElementById('declare').disabled = true;
    return;
  }
  const p = previewed.preview;
  const yes = await confirmStep(t('Störung wirklich erklären?', 'confirmDeclareHeading'), [
    body.reason,
    tf('Abzusagende Termine: {n} – die Betroffenen werden benachrichtigt.', 'willCancel', { n: p.appointments }),
    p.withoutEmail > 0 ? tf('Davon ohne E-Mail-Adresse: {n} – sie stehen danach auf der Telefon- und Briefliste.', 'willPhone', { n: p.withoutEmail }) : null,
    p.waitingTickets > 0 ? tf('Wartende ohne Termin: {n} – sie erhalten einen Verweis zum Wiederkommen.', 'willRefer', { n: p.waitingTickets }) : null,
    p.openCases > 0 ? tf('Offene Vorgänge: {n} – sie werden unterbrochen, nichts davon geht verloren.', 'willInterrupt', { n: p.openCases }) : null,
    p.dealerItems > 0 ? tf('Händlervorgänge: {n} – sie bekommen ein neues Fälligkeitsdatum.', 'willMove', { n: p.dealerItems }) : null
  ], t('Ja, erklären und absagen', 'confirmDeclare'));
  if (!yes) {
    say(message, t('Es wurde nichts erklärt.', 'notDeclared'), 'ok');
    return;
  }
  try {
    const declared = await api('POST', '/api/disruptions', body);
    sessionStorage.setItem(STORED, declared.id);
    say(message, t('Erklärt. Abgesagte Termine: ', 'declared') + declared.appointments, 'ok');
    const referrals = document.getElementById('referrals');
    clear(referrals);
    const cell = (label, key, text) => el('td', { 'data-label': t(label, key) }, text);
    (declared.referrals || []).forEach(r => referrals.append(el('tr', {},
      cell('Wartenummer', 'waitingNumber', r.waitingNumber), cell('Name', 'name', r.name || ''),
      cell('Wiederkommen am', 'comeBack', formatDay(r.date)), cell('mit Nummer', 'newNumber', r.number))));
    document.getElementById('referrals-box').classList.toggle('hidden', !(declared.referrals || []).length);
    previewed = null;
    document.getElementById('declare').disabled = true;
    await loadDisruptions();
    await openConsole(declared.id, true, true);
  } catch (problem) {
    say(message, problem.describe(), 'error');
  }
});

// --- the console of one disruption
async function openConsole(id, focus, keepReferrals = false) {
  disruption = id;
  sessionStorage.setItem(STORED, id);
  if (!keepReferrals) document.getElementById('referrals-box').classList.add('hidden');
  document.getElementById('disruption-id').textContent = id;
  document.getElementById('console').classList.remove('hidden');
  await progress();
  if (focus) document.getElementById('h-console').focus();
}

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
    await loadDisruptions();
  } catch (problem) {
    say(message, problem.describe(), 'error');
  }
});

document.getElementById('refresh').addEventListener('click', async () => {
  await progress();
  await loadDisruptions();
});

async function progress() {
  const listed = (await api('GET', '/api/disruptions')).find(d => d.id === disruption);
  const p = listed || await api('GET', '/api/disruptions/' + encodeURIComponent(disruption));
  document.getElementById('console-what').textContent = listed ? listed.reason + ' (' + statusName(listed.status) + ') – ' + what(listed) : '';
  const figures = document.getElementById('console-figures');
  clear(figures);
  figures.append(figureList(p));
  await interruptedCases();
  const contacts = await api('GET', '/api/disruptions/' + encodeURIComponent(disruption) + '/contacts');
  const body = document.getElementById('phone-list');
  clear(body);
  const cell = (label, key, text) => el('td', { 'data-label': t(label, key) }, text);
  contacts.filter(c => !c.email).forEach(c => body.append(el('tr', {},
    cell('Code', 'code', c.code), cell('Name', 'name', c.name), cell('Telefon', 'phone', c.phone || ''),
    cell('Ursprünglich', 'original', formatDateTime(c.originalStart)),
    cell('Ersatz', 'replacement', c.replacementStart ? formatDateTime(c.replacementStart) : ''))));
}

/** The cases the disruption interrupted, with what offline counters recorded for them since. */
async function interruptedCases() {
  const cases = await api('GET', '/api/disruptions/' + encodeURIComponent(disruption) + '/cases');
  const list = document.getElementById('case-list');
  clear(list);
  document.getElementById('no-cases').classList.toggle('hidden', cases.length > 0);
  const statusWords = {
    INTERRUPTED: t('unterbrochen – noch fortzusetzen', 'caseINTERRUPTED'),
    OPEN: t('fortgesetzt, in Bearbeitung', 'caseOPEN'),
    CLOSED: t('abgeschlossen', 'caseCLOSED')
  };
  for (const c of cases) {
    const headingId = 'case-' + c.ticketId;
    const offline = c.recordedOffline;
    const offlineText = !offline ? t('nichts seit der Unterbrechung', 'offlineNothing')
      : tf(offline.actions === 1 ? '1 Eintrag, am {at} auf {devices}; übertragen {received}' : '{n} Einträge, der letzte am {at} auf {devices}; übertragen {received}',
        offline.actions === 1 ? 'offlineOne' : 'offlineSome',
        { n: offline.actions, at: formatDateTime(offline.lastAt), devices: offline.devices.join(', '), received: formatDateTime(offline.receivedAt) });
    list.append(el('li', { className: 'card', 'data-ticket': c.ticket },
      el('h5', { id: headingId }, tf('Nummer {number}', 'caseTicket', { number: c.ticket }), ' – ', c.name || t('ohne Namen', 'caseNoName')),
      facts([
        [t('Bereich', 'caseUnit'), (unitNames[c.unit] || c.unit) + ', ' + (locationNames[c.location] || c.location)],
        [t('Anliegen', 'caseService'), c.serviceName],
        [t('Sachbearbeitung', 'caseClerk'), c.clerk],
        [t('Schalter', 'caseCounter'), c.counter],
        [t('Unterbrochen', 'caseInterrupted'), formatDateTime(c.interruptedAt)],
        [t('Stand', 'caseStatus'), el('span', { className: 'status ' + c.status }, statusWords[c.status] || '')],
        [t('Notizen', 'caseNotes'), c.notes ? el('span', { className: 'notes' }, c.notes) : null],
        [t('Erhaltene Unterlagen', 'caseDocuments'), c.documents],
        [t('Offline erfasst', 'caseOffline'), offlineText, 'offline-' + c.ticketId]
      ])));
  }
}

document.getElementById('csv').addEventListener('click', async () => {
  // fetched with the session cookie, then handed to the browser as a file
  const response = await fetch('/api/disruptions/' + encodeURIComponent(disruption) + '/contacts', {
    headers: { Accept: 'text/csv', 'Accept-Language': lang } });
  if (!response.ok) {
    // an ended session or a refusal is said on the page, never saved as a CSV file
    const body = await response.json().catch(() => null);
    say(message, new Problem(response.status, body).describe(), 'error');
    return;
  }
  const blob = await response.blob();
  const link = el('a', { href: URL.createObjectURL(blob), download: 'stoerung-' + disruption + '-kontakte.csv' });
  document.body.append(link);
  link.click();
  link.remove();
});
