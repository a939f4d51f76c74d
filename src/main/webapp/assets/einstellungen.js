// Department heads' settings for one unit at one service centre: weekly opening hours (several
// periods a day; overlaps are refused by the server and shown at the row), dated sessions (with a
// staged public release after a disruption), closures, the unit's services and its rules.
import { api, texts, t, say, clear, el, formatDay, lang, options, cityDay } from './common.js';

texts({
  unit: 'Unit', location: 'Service centre', hours: 'Opening hours', slot: 'Slot length in minutes',
  week: 'Periods of the week (a day may have several; days without a row are closed)', day: 'Day', from: 'From', to: 'To',
  counters: 'Counters', remove: 'Remove', addPeriod: 'Another period', save: 'Save opening hours', sessions: 'Additional sessions',
  date: 'Day', time: 'Time', kind: 'Kind', bookable: 'Released', addPublicSession: 'Add a session',
  kindExtra: 'Additional counters (EXTRA)', kindAfterHours: 'After hours (AFTER_HOURS)', kindReplacement: 'Replacement appointments (REPLACEMENT)',
  staged: 'Release in stages (after a disruption)', stages: 'Number of stages', every: 'Minutes between stages', add: 'Add',
  closures: 'Closures', addClosure: 'Enter a closure', reason: 'Reason', services: 'Services of the unit', code: 'Code', name: 'Name',
  duration: 'Duration (minutes)', online: 'Bookable online', addService: 'Define a service',
  serviceCode: 'Code (lower-case letters, digits, hyphen)', nameDe: 'Name (German)', nameEn: 'Name (English, optional)',
  rules: 'Rules of the unit', saveRules: 'Save rules', hoursSaved: 'Opening hours saved.', sessionSaved: 'Session added.',
  closureSaved: 'Closure entered.', serviceSaved: 'Service defined.', rulesSaved: 'Rules saved.', yes: 'yes', no: 'no',
  noSessions: 'No additional sessions in the next 90 days.', noClosures: 'No closures in the next twelve months.',
  reservedFor: 'reserved for disruption ', allReleased: 'all', releasedOf: ' of ', fullyAt: ', all from ', rowProblem: 'Row '
});

const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const DAY_NAMES = { de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] };
/** Labels of the rule keys heads meet; an unknown key shows under its own name. */
const RULE_LABELS = {
  bookingHorizonDays: ['Wie viele Tage im Voraus buchbar', 'How many days ahead bookable'],
  minLeadMinutes: ['Mindestvorlauf einer Buchung (Minuten)', 'Minimum lead time of a booking (minutes)'],
  maxOpenPerContact: ['Offene Termine je Person höchstens', 'Open appointments per person at most'],
  releaseHoldBackMinutes: ['Sperrzeit freigewordener Plätze (Minuten)', 'Hold-back of freed seats (minutes)'],
  confirmWithinMinutes: ['Frist zur Bestätigung einer Online-Buchung (Minuten)', 'Time to confirm an online booking (minutes)'],
  holdMinutes: ['Platz reserviert während der Eingabe (Minuten)', 'Seat held while the form is filled in (minutes)'],
  walkInCounterShare: ['Anteil der Schalter für Spontankunden (0–1)', 'Share of counters kept for walk-ins (0–1)'],
  urgentWithinDays: ['Dringend, wenn die Frist in so vielen Tagen endet', 'Urgent when the deadline ends within so many days'],
  missedCallsForNoShow: ['Aufrufe bis „nicht erschienen“', 'Calls before "no-show"'],
  promoteAfterMinutes: ['Vorziehen nach Wartezeit (Minuten)', 'Move up after waiting (minutes)'],
  queueEarlyMinutes: ['Terminkunden früher aufrufbar (Minuten)', 'Appointments callable early (minutes)'],
  queueLateMinutes: ['Terminkunden verspätet noch vorrangig (Minuten)', 'Late appointments still first (minutes)'],
  retentionDays: ['Personendaten löschen nach (Tagen)', 'Erase personal data after (days)'],
  dealerCounterShare: ['Anteil der Schalter für Händler (0–1)', 'Share of counters for dealers (0–1)'],
  walkInQuotaPerDay: ['Vorsprachen ohne Termin je Tag', 'Walk-ins per day'],
  consultationDays: ['Sprechtage', 'Consultation days'],
  walkIns: ['Vorsprache ohne Termin möglich', 'Walk-ins accepted'],
  undoMissedMinutes: ['„Nicht erschienen“ rückgängig machen bis (Minuten)', '"Did not come" can be undone for (minutes)'],
  outcomes: ['Ergebnisse am Schalter (eine Zeile je Ergebnis: Deutsch | Englisch)', 'Outcomes at the counter (one line each: German | English)']
};

const unitSelect = document.getElementById('c-unit');
const locationSelect = document.getElementById('c-location');

document.addEventListener('signed-in', async event => {
  const { units, locations } = event.detail;
  options(unitSelect, units.map(u => [u.id, u.name]));
  options(locationSelect, locations.map(l => [l.id, l.name]));
  await load();
});
unitSelect.addEventListener('change', () => load());
locationSelect.addEventListener('change', () => load());

const unit = () => encodeURIComponent(unitSelect.value);
const place = () => encodeURIComponent(locationSelect.value);
const calendarPath = () => '/api/units/' + unit() + '/locations/' + place();

// A change of unit or location while the last one still loads: only the newest answers are shown.
let generation = 0;
const current = mine => mine === generation;

async function load() {
  const mine = ++generation;
  try {
    await Promise.all([loadHours(mine), loadSessions(mine), loadClosures(mine), loadServices(mine), loadRules(mine)]);
  } catch (problem) {
    say(regionOf(document.getElementById('chooser')), problem.describe(), 'error');
  }
}

/** A status region right after the form, so the answer appears where the head is working. */
function regionOf(form) {
  let region = form.nextElementSibling;
  if (!region || !region.classList.contains('message')) {
    region = el('div', { className: 'message', role: 'status', 'aria-live': 'polite' });
    form.after(region);
  }
  return region;
}

async function attempt(form, action, done) {
  const region = regionOf(form);
  try {
    await action();
    say(region, done, 'ok');
  } catch (problem) {
    say(region, problem.describe(), 'error');
    return false;
  }
  return true;
}

// --- opening hours: one row per period

const week = document.getElementById('week');
let rowCount = 0;

function periodRow(period = {}) {
  const n = ++rowCount;
  // each field names its row, so a screen reader hears which period it is in
  const label = german => t(german, { Tag: 'day', Von: 'from', Bis: 'to', Schalter: 'counters', Entfernen: 'remove' }[german]) + ', ' + t('Zeile ', 'rowProblem') + n;
  const day = el('select', { id: 'day-' + n, 'aria-label': label('Tag') });
  DAYS.forEach((d, i) => day.append(el('option', { value: d, selected: d === period.day }, DAY_NAMES[lang][i])));
  const row = el('tr', { className: 'period' },
    el('td', {}, day),
    el('td', {}, el('input', { type: 'time', id: 'from-' + n, value: period.from || '', 'aria-label': label('Von'), required: true })),
    el('td', {}, el('input', { type: 'time', id: 'to-' + n, value: period.to || '', 'aria-label': label('Bis'), required: true })),
    el('td', {}, el('input', { type: 'number', min: '1', id: 'counters-' + n, value: period.counters || 1, 'aria-label': label('Schalter'), required: true })),
    el('td', {}, el('button', { type: 'button', className: 'secondary', 'aria-label': label('Entfernen'), onclick: () => row.remove() }, t('Entfernen', 'remove'))));
  week.append(row);
  return row;
}

async function loadHours(mine = generation) {
  try {
    const hours = await api('GET', calendarPath() + '/opening-hours');
    if (!current(mine)) return;
    clear(week);
    document.getElementById('h-slot').value = hours.slotMinutes || 15;
    (hours.weekly || []).forEach(p => periodRow(p));
  } catch (problem) {
    if (!current(mine)) return;
    clear(week);
    if (problem.status !== 404) say(regionOf(document.getElementById('hours-form')), problem.describe(), 'error');
  }
}

document.getElementById('add-period').addEventListener('click', () => periodRow().querySelector('select').focus());

document.getElementById('hours-form').addEventListener('submit', async event => {
  event.preventDefault();
  const rows = [...week.querySelectorAll('tr.period')];
  rows.forEach(r => r.querySelectorAll('input, select').forEach(i => i.removeAttribute('aria-invalid')));
  const weekly = rows.map(r => {
    const [day, from, to, counters] = r.querySelectorAll('select, input');
    return { day: day.value, from: from.value, to: to.value, counters: Number(counters.value) };
  });
  const form = event.target;
  const region = regionOf(form);
  try {
    await api('PUT', calendarPath() + '/opening-hours', { slotMinutes: Number(document.getElementById('h-slot').value), weekly });
    say(region, t('Öffnungszeiten gespeichert.', 'hoursSaved'), 'ok');
  } catch (problem) {
    // "weekly[2].to" or "weekly[2]": mark that row and name it in the message
    const lines = (problem.body.errors || []).map(e => {
      const match = /^weekly\[(\d+)\]/.exec(e.field);
      if (!match) return e.message;
      const row = rows[Number(match[1])];
      row && row.querySelectorAll('input, select').forEach(i => i.setAttribute('aria-invalid', 'true'));
      const w = weekly[Number(match[1])];
      return t('Zeile ', 'rowProblem') + (Number(match[1]) + 1) + ' (' + DAY_NAMES[lang][DAYS.indexOf(w.day)] + ' ' + w.from + '–' + w.to + '): ' + e.message;
    });
    say(region, [problem.message, ...lines].join(' — '), 'error');
  }
});

// --- dated sessions

document.getElementById('n-staged').addEventListener('change', event =>
  document.getElementById('staged-fields').classList.toggle('hidden', !event.target.checked));

async function loadSessions(mine = generation) {
  const body = document.getElementById('sessions');
  const sessions = await api('GET', calendarPath() + '/sessions?from=' + cityDay() + '&to=' + cityDay(90));
  if (!current(mine)) return;
  clear(body);
  if (sessions.length === 0) {
    body.append(el('tr', {}, el('td', { colspan: '5' }, t('Keine zusätzlichen Sitzungen in den nächsten 90 Tagen.', 'noSessions'))));
  }
  sessions.forEach(s => body.append(el('tr', {},
    el('td', {}, formatDay(s.date)),
    el('td', {}, s.from.substring(0, 5) + '–' + s.to.substring(0, 5)),
    el('td', {}, s.counters),
    el('td', {}, s.kind + (s.reservedForDisruption ? ' (' + t('reserviert für Störung ', 'reservedFor') + s.reservedForDisruption + ')' : '')),
    el('td', {}, released(s)))));
}

function released(session) {
  if (session.releasedCounters >= session.counters) return t('alle', 'allReleased');
  return session.releasedCounters + t(' von ', 'releasedOf') + session.counters
    + (session.fullyReleasedAt ? t(', alle ab ', 'fullyAt') + new Date(session.fullyReleasedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'de-DE') : '');
}

document.getElementById('public-session-form').addEventListener('submit', async event => {
  event.preventDefault();
  const value = id => document.getElementById(id).value;
  const body = { date: value('n-date'), from: value('n-from'), to: value('n-to'), counters: Number(value('n-counters')), kind: value('n-kind') };
  if (document.getElementById('n-staged').checked) {
    body.releaseStages = Number(value('n-stages'));
    body.releaseEveryMinutes = Number(value('n-every'));
  }
  if (await attempt(event.target, () => api('POST', calendarPath() + '/sessions', body), t('Sitzung hinzugefügt.', 'sessionSaved'))) {
    await loadSessions();
  }
});

// --- closures

async function loadClosures(mine = generation) {
  const list = document.getElementById('closures');
  const closures = await api('GET', calendarPath() + '/closures?from=' + cityDay() + '&to=' + cityDay(365));
  if (!current(mine)) return;
  clear(list);
  if (closures.length === 0) list.append(el('li', {}, t('Keine Schließtage in den nächsten zwölf Monaten.', 'noClosures')));
  closures.forEach(c => list.append(el('li', {}, formatDay(c.date) + ': ' + c.reason)));
}

document.getElementById('closure-form').addEventListener('submit', async event => {
  event.preventDefault();
  const body = { date: document.getElementById('k-date').value, reason: document.getElementById('k-reason').value };
  if (await attempt(event.target, () => api('POST', calendarPath() + '/closures', body), t('Schließtag eingetragen.', 'closureSaved'))) {
    await loadClosures();
  }
});

// --- services

async function loadServices(mine = generation) {
  const body = document.getElementById('services');
  const services = await api('GET', '/api/services?unit=' + unit());
  if (!current(mine)) return;
  clear(body);
  services.forEach(s => body.append(el('tr', {},
    el('td', {}, s.code), el('td', {}, s.name), el('td', {}, s.durationMinutes),
    el('td', {}, s.onlineBookable ? t('ja', 'yes') : t('nein', 'no')))));
}

document.getElementById('service-form').addEventListener('submit', async event => {
  event.preventDefault();
  const value = id => document.getElementById(id).value;
  const body = { code: value('v-code'), name: value('v-name'), durationMinutes: Number(value('v-duration')),
    onlineBookable: document.getElementById('v-online').checked };
  if (value('v-name-en')) body.nameEn = value('v-name-en');
  if (await attempt(event.target, () => api('POST', '/api/units/' + unit() + '/services', body), t('Dienstleistung angelegt.', 'serviceSaved'))) {
    await loadServices();
  }
});

// --- rules: one field per key, typed after the value the server holds

async function loadRules(mine = generation) {
  const box = document.getElementById('rules');
  const rules = await api('GET', '/api/units/' + unit() + '/rules');
  if (!current(mine)) return;
  clear(box);
  for (const [key, value] of Object.entries(rules)) {
    const label = RULE_LABELS[key] ? RULE_LABELS[key][lang === 'en' ? 1 : 0] : key;
    const id = 'rule-' + key;
    if (key === 'outcomes') {
      // one line per outcome, names only; the codes of names kept stay, new names get one
      box.append(el('label', { for: id }, label),
        el('textarea', { id, 'data-key': key, 'data-list': 'outcomes', rows: String(Math.max(3, value.length + 1)),
          'data-codes': JSON.stringify(value.map(o => [o.name, o.code])) },
        value.map(o => o.name + (o.nameEn ? ' | ' + o.nameEn : '')).join('\n')));
    } else if (typeof value === 'boolean') {
      box.append(el('div', { className: 'rule' }, el('input', { type: 'checkbox', id, 'data-key': key, checked: value }),
        el('label', { for: id, className: 'inline' }, label)));
    } else if (Array.isArray(value)) {
      const fieldset = el('fieldset', { className: 'rule', 'data-key': key, 'data-list': 'days' }, el('legend', {}, label));
      DAYS.forEach((d, i) => fieldset.append(el('span', { className: 'choice' },
        el('input', { type: 'checkbox', id: id + '-' + d, value: d, checked: value.includes(d) }),
        el('label', { for: id + '-' + d, className: 'inline' }, DAY_NAMES[lang][i]))));
      box.append(fieldset);
    } else {
      box.append(el('label', { for: id }, label),
        el('input', { type: 'number', id, 'data-key': key, value, step: Number.isInteger(value) ? '1' : 'any' }));
    }
  }
}

/** The outcome lines as the rules keep them: a name kept keeps its code; a new one gets one from its name. */
function outcomesOf(field) {
  const codes = new Map(JSON.parse(field.dataset.codes || '[]'));
  return field.value.split('\n').map(line => line.split('|').map(part => part.trim())).filter(([name]) => name)
    .map(([name, nameEn]) => ({ code: codes.get(name) || codeOf(name), name, nameEn: nameEn || null }));
}

function codeOf(name) {
  const plain = name.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').substring(0, 40).replace(/-+$/, '');
  return plain.length >= 2 ? plain : 'ergebnis-' + plain;
}

document.getElementById('rules-form').addEventListener('submit', async event => {
  event.preventDefault();
  const rules = {};
  document.querySelectorAll('#rules [data-key]').forEach(field => {
    const key = field.dataset.key;
    if (field.dataset.list === 'outcomes') rules[key] = outcomesOf(field);
    else if (field.dataset.list) rules[key] = [...field.querySelectorAll('input:checked')].map(c => c.value);
    else if (field.type === 'checkbox') rules[key] = field.checked;
    else rules[key] = field.value === '' ? null : Number(field.value);
  });
  await attempt(event.target, () => api('PUT', '/api/units/' + unit() + '/rules', rules), t('Regeln gespeichert.', 'rulesSaved'));
});
