// The citizen's own appointment, reached with code and token from the fragment of the mail's link
// (never sent to the server as part of the URL, never put in storage). Names instead of codes:
// the service and location come from the public catalogue, the status is a word.
import { api, dictionary, w, say, clear, el, facts, formatDateTime, formatDay, formatTime, inLanguage } from './common.js';
import { monthCalendar } from './kalender.js';

dictionary({
  title: 'Mein Termin – Bürgerservice', skip: 'Zum Inhalt springen', brand: 'Bürgerservice der Stadt',
  heading: 'Mein Termin', findHint: 'Geben Sie den Buchungscode und den Zugangscode aus Ihrer E-Mail ein.', code: 'Buchungscode',
  token: 'Zugangscode', show: 'Termin anzeigen', status: 'Stand', when: 'Wann', where: 'Wo', what: 'Anliegen', bring: 'Bitte mitbringen',
  confirmHint: 'Dieser Termin ist reserviert. Bestätigen Sie ihn, damit er verbindlich wird.', confirm: 'Termin bestätigen',
  confirmBy: 'Bitte bestätigen Sie den Termin bis {time}. Sonst verfällt er.',
  replacementHeading: 'Ihr Ersatztermin', replacementHint: 'Wegen einer Störung mussten wir Ihren Termin absagen. Wir haben diesen Ersatztermin für Sie reserviert:',
  accept: 'Ersatztermin annehmen', qrHeading: 'Bestätigung mit QR-Code', qrHint: 'Zeigen Sie diesen Code am Eingang oder am Schalter; er lässt sich auch ohne unsere Systeme prüfen.',
  qrAlt: 'QR-Code der Terminbestätigung', calendar: 'In den Kalender eintragen (.ics)', changeHeading: 'Termin verlegen oder absagen',
  moveOpen: 'Andere Zeit wählen', moveHint: 'Wählen Sie einen Tag und eine freie Uhrzeit. Ihr bisheriger Termin bleibt, bis der neue feststeht.',
  times: 'Freie Uhrzeiten', timesHint: 'Bitte wählen Sie zuerst einen Tag.', timesOn: 'Freie Uhrzeiten am {day}', moveTo: 'Auf {time} verlegen',
  cancel: 'Termin absagen', bookAgain: 'Neuen Termin buchen',
  confirmed: 'Ihr Termin ist bestätigt.', cancelled: 'Ihr Termin ist abgesagt.', moved: 'Ihr Termin wurde verlegt.',
  accepted: 'Sie haben den Ersatztermin angenommen. Das ist Ihr neuer Termin.', notFound: 'Diesen Termin finden wir nicht. Bitte prüfen Sie die Codes.',
  replacedBy: 'Dieser Termin wurde durch einen neuen ersetzt: {time}, Buchungscode {code}.',
  replacedByUnknown: 'Dieser Termin wurde durch einen neuen ersetzt. Sein Buchungscode ist {code}; die Angaben dazu stehen in unserer E-Mail.',
  openSuccessor: 'Neuen Termin öffnen', newWhen: 'Neuer Termin',
  noProposalHint: 'Wegen einer Störung mussten wir Ihren Termin absagen. Einen Ersatztermin schlagen wir Ihnen bald vor; Sie können auch selbst eine der freien Ersatzzeiten wählen.',
  otherTime: 'Andere Zeit wählen', decline: 'Ersatztermin ablehnen', optionsHeading: 'Freie Ersatztermine',
  optionsNone: 'Gerade ist keine andere Ersatzzeit frei.', optionsHint: 'Wählen Sie eine Zeit; Ihr Ersatztermin gilt erst, wenn Sie ihn annehmen.',
  proposedMark: '{time} (vorgeschlagen)', takeOption: 'Ersatztermin am {time} annehmen',
  reallyDecline: 'Wollen Sie wirklich keinen Ersatztermin? Ihr Termin bleibt dann abgesagt.',
  declinedText: 'Sie haben den Ersatztermin abgelehnt. Ihr Termin bleibt abgesagt.',
  declined: 'Sie haben den Ersatztermin abgelehnt. Sie können unten einen neuen Termin buchen.',
  bookSame: 'Neuen Termin für „{service}“ buchen',
  reallyCancel: 'Wollen Sie diesen Termin wirklich absagen?', taken: 'Diese Zeit wurde gerade vergeben. Bitte wählen Sie eine andere.',
  unreachable: 'Wir sind gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten noch einmal.',
  RESERVED: 'reserviert, noch nicht bestätigt', BOOKED: 'gebucht', CHECKED_IN: 'angemeldet', CANCELLED: 'abgesagt',
  CANCELLED_BY_OFFICE: 'vom Amt abgesagt', REBOOKED: 'durch neuen Termin ersetzt', COMPLETED: 'erledigt', NO_SHOW: 'nicht erschienen',
  EXPIRED: 'verfallen', HELD: 'kurz vorgemerkt', CALLED: 'aufgerufen', IN_SERVICE: 'in Bearbeitung', unknownStatus: 'unbekannt',
  // someone the office could not serve at the counter, who had booked nothing (a callback in a disruption)
  UNSERVED_CANCELLED_BY_OFFICE: 'am Schalter nicht bedient', UNSERVED_REBOOKED: 'Terminvorschlag angenommen', atCounter: 'Am Schalter',
  unservedHeading: 'Unser Terminvorschlag', unservedHint: 'Sie konnten am {time} wegen einer Störung nicht bedient werden. Wir schlagen Ihnen diesen Termin vor und haben ihn für Sie reserviert:',
  unservedNone: 'Sie konnten am {time} wegen einer Störung nicht bedient werden. Einen Termin schlagen wir Ihnen bald vor; Sie können auch selbst eine der freien Zeiten wählen.',
  unservedAccept: 'Termin annehmen', unservedDecline: 'Vorschlag ablehnen',
  unservedReallyDecline: 'Wollen Sie den vorgeschlagenen Termin wirklich nicht? Wir schlagen Ihnen dann keinen weiteren vor.',
  unservedDeclinedText: 'Sie haben den vorgeschlagenen Termin abgelehnt.',
  unservedDeclined: 'Sie haben den vorgeschlagenen Termin abgelehnt. Sie können unten einen Termin buchen.',
  unservedAccepted: 'Sie haben den vorgeschlagenen Termin angenommen. Das ist jetzt Ihr Termin.',
  unservedReplacedBy: 'Sie haben den vorgeschlagenen Termin angenommen: {time}, Buchungscode {code}.',
  withdrawnText: 'Wir haben Ihr Anliegen inzwischen anders geregelt; der vorgeschlagene Termin gilt nicht mehr.'
}, {
  title: 'My appointment – citizen services', skip: 'Skip to content', brand: 'Citizen services of the city',
  heading: 'My appointment', findHint: 'Enter the booking code and the access code from your e-mail.', code: 'Booking code',
  token: 'Access code', show: 'Show appointment', status: 'Status', when: 'When', where: 'Where', what: 'For', bring: 'Please bring',
  confirmHint: 'This appointment is reserved. Confirm it to make it binding.', confirm: 'Confirm appointment',
  confirmBy: 'Please confirm the appointment by {time}. Otherwise it lapses.',
  replacementHeading: 'Your replacement appointment', replacementHint: 'Because of a disruption we had to cancel your appointment. We have kept this replacement for you:',
  accept: 'Accept replacement', qrHeading: 'Confirmation with QR code', qrHint: 'Show this code at the entrance or the counter; it can be checked even without our systems.',
  qrAlt: 'QR code of the appointment confirmation', calendar: 'Add to calendar (.ics)', changeHeading: 'Move or cancel the appointment',
  moveOpen: 'Choose another time', moveHint: 'Choose a day and a free time. Your present appointment stays until the new one is settled.',
  times: 'Free times', timesHint: 'Please choose a day first.', timesOn: 'Free times on {day}', moveTo: 'Move to {time}',
  cancel: 'Cancel appointment', bookAgain: 'Book a new appointment',
  confirmed: 'Your appointment is confirmed.', cancelled: 'Your appointment is cancelled.', moved: 'Your appointment has been moved.',
  accepted: 'You have accepted the replacement. This is your new appointment.', notFound: 'We cannot find this appointment. Please check the codes.',
  replacedBy: 'This appointment has been replaced by a new one: {time}, booking code {code}.',
  replacedByUnknown: 'This appointment has been replaced by a new one. Its booking code is {code}; our e-mail has the details.',
  openSuccessor: 'Open the new appointment', newWhen: 'New appointment',
  noProposalHint: 'Because of a disruption we had to cancel your appointment. We will propose a replacement soon; you may also choose one of the free replacement times yourself.',
  otherTime: 'Choose another time', decline: 'Decline the replacement', optionsHeading: 'Free replacement times',
  optionsNone: 'No other replacement time is free just now.', optionsHint: 'Choose a time; your replacement counts once you accept it.',
  proposedMark: '{time} (proposed)', takeOption: 'Accept the replacement on {time}',
  reallyDecline: 'Do you really want no replacement? Your appointment then stays cancelled.',
  declinedText: 'You have declined the replacement. Your appointment stays cancelled.',
  declined: 'You have declined the replacement. You can book a new appointment below.',
  bookSame: 'Book a new appointment for “{service}”',
  reallyCancel: 'Do you really want to cancel this appointment?', taken: 'This time has just been taken. Please choose another.',
  unreachable: 'We cannot be reached just now. Please try again in a few minutes.',
  RESERVED: 'reserved, not yet confirmed', BOOKED: 'booked', CHECKED_IN: 'checked in', CANCELLED: 'cancelled',
  CANCELLED_BY_OFFICE: 'cancelled by the office', REBOOKED: 'replaced by a new appointment', COMPLETED: 'completed', NO_SHOW: 'missed',
  EXPIRED: 'lapsed', HELD: 'briefly held', CALLED: 'called', IN_SERVICE: 'being served', unknownStatus: 'unknown',
  UNSERVED_CANCELLED_BY_OFFICE: 'not served at the counter', UNSERVED_REBOOKED: 'proposal accepted', atCounter: 'At the counter',
  unservedHeading: 'Our proposed appointment', unservedHint: 'We could not serve you on {time} because of a disruption. We propose this appointment and have kept it for you:',
  unservedNone: 'We could not serve you on {time} because of a disruption. We will propose an appointment soon; you may also choose one of the free times yourself.',
  unservedAccept: 'Accept appointment', unservedDecline: 'Decline the proposal',
  unservedReallyDecline: 'Do you really not want the proposed appointment? We will then propose no other.',
  unservedDeclinedText: 'You have declined the proposed appointment.',
  unservedDeclined: 'You have declined the proposed appointment. You can book an appointment below.',
  unservedAccepted: 'You have accepted the proposed appointment. This is now your appointment.',
  unservedReplacedBy: 'You have accepted the proposed appointment: {time}, booking code {code}.',
  withdrawnText: 'We have since settled your matter otherwise; the proposed appointment no longer applies.'
});

const STATUSES = ['RESERVED', 'BOOKED', 'CHECKED_IN', 'CANCELLED', 'CANCELLED_BY_OFFICE', 'REBOOKED', 'COMPLETED', 'NO_SHOW', 'EXPIRED', 'HELD', 'CALLED', 'IN_SERVICE'];
const message = document.getElementById('message');
const hash = new URLSearchParams(location.hash.substring(1));
let code = hash.get('code');
let token = hash.get('token');
let catalogue = null;
let current = null;
let moveTarget = null;

function path(suffix = '') {
  return '/api/appointments/' + encodeURIComponent(code) + suffix;
}

function access() {
  return { 'X-Access-Token': token };
}

function trouble(problem) {
  say(message, problem && problem.describe ? problem.describe() : w('unreachable'), 'error');
}

/** Services and locations by code, in the page's language (public, so no token needed). */
async function names() {
  if (!catalogue) {
    const [services, locations] = await Promise.all([api('GET', '/api/services'), api('GET', '/api/locations')]);
    catalogue = { services: new Map(services.map(s => [s.code, s])), locations: new Map(locations.map(l => [l.id, l])) };
  }
  return catalogue;
}

const byId = id => document.getElementById(id);
const toggle = (id, visible) => byId(id).classList.toggle('hidden', !visible);

async function load() {
  const [a, { services, locations }] = await Promise.all([api('GET', path(), null, access()), names()]);
  current = a;
  toggle('find', false);
  toggle('appointment', true);
  const offered = (a.services || [a.service]).map(c => services.get(c)).filter(Boolean);
  const place = locations.get(a.location);
  // a replaced appointment shows its successor's time, not its own (same citizen: its token is ours)
  const replacedBy = a.status === 'REBOOKED' && a.replacement && a.replacement.acceptedAs;
  let successor = null;
  if (replacedBy && a.replacement.acceptedAsToken) {
    successor = await api('GET', '/api/appointments/' + encodeURIComponent(replacedBy), null,
      { 'X-Access-Token': a.replacement.acceptedAsToken }).catch(() => null);
  }
  // a stand-in for a visit at the counter that went unserved: no booking of theirs, so the page says so
  const unserved = !!a.unserved;
  const word = !STATUSES.includes(a.status) ? w('unknownStatus')
    : unserved && ['CANCELLED_BY_OFFICE', 'REBOOKED'].includes(a.status) ? w('UNSERVED_' + a.status) : w(a.status);
  const status = el('span', { className: 'status ' + a.status }, word);
  const box = byId('facts');
  clear(box);
  box.append(facts([
    [w('code'), a.code, 'a-code'],
    [w('status'), status, 'a-status'],
    [w('what'), offered.map(s => s.name).join(', '), 'a-what'],
    successor ? [w('newWhen'), formatDateTime(successor.start), 'a-when']
      : [w(unserved ? 'atCounter' : 'when'), replacedBy ? '' : formatDateTime(a.start), 'a-when'],
    [w('where'), place ? place.name + ', ' + place.address : '', 'a-where'],
    [w('bring'), [...new Set(offered.flatMap(s => s.documents || []))], 'a-bring']
  ]));
  const open = a.status === 'RESERVED' || a.status === 'BOOKED';
  toggle('confirm-box', a.status === 'RESERVED');
  byId('deadline').textContent = a.status === 'RESERVED' && a.expiresAt ? w('confirmBy', { time: formatDateTime(a.expiresAt) }) : '';
  toggle('deadline', a.status === 'RESERVED' && !!a.expiresAt);
  toggle('change-box', open);
  toggle('qr-box', open);
  const declined = a.status === 'CANCELLED_BY_OFFICE' && !!(a.replacement && a.replacement.declined);
  // the office withdrew the proposal (staff settled the matter otherwise): nothing left to accept
  const withdrawn = a.status === 'CANCELLED_BY_OFFICE' && !declined && !!(a.replacement && a.replacement.withdrawn);
  const replaceable = a.status === 'CANCELLED_BY_OFFICE' && !!a.replacement && !declined && !withdrawn;
  const proposal = replaceable && a.replacement.proposedStart;
  toggle('replacement-box', replaceable);
  toggle('r-proposal', !!proposal);
  toggle('r-none', replaceable && !proposal);
  byId('r-when').textContent = proposal ? formatDateTime(a.replacement.proposedStart) : '';
  const visit = { time: formatDateTime(a.start) };
  byId('r-heading').textContent = w(unserved ? 'unservedHeading' : 'replacementHeading');
  byId('r-hint').textContent = unserved ? w('unservedHint', visit) : w('replacementHint');
  byId('r-none').textContent = unserved ? w('unservedNone', visit) : w('noProposalHint');
  byId('accept').textContent = w(unserved ? 'unservedAccept' : 'accept');
  byId('decline').textContent = w(unserved ? 'unservedDecline' : 'decline');
  toggle('declined-box', declined || withdrawn);
  byId('declined-text').textContent = withdrawn ? w('withdrawnText') : w(unserved ? 'unservedDeclinedText' : 'declinedText');
  toggle('replaced-box', !!replacedBy);
  byId('replaced-text').textContent = !replacedBy ? ''
    : successor ? w(unserved ? 'unservedReplacedBy' : 'replacedBy', { time: formatDateTime(successor.start), code: replacedBy })
      : w('replacedByUnknown', { code: replacedBy });
  toggle('successor', !!successor);
  if (successor) {
    byId('successor').href = inLanguage('/termin.html') + '#code=' + encodeURIComponent(replacedBy)
      + '&token=' + encodeURIComponent(a.replacement.acceptedAsToken);
  }
  toggle('again-box', ['CANCELLED', 'EXPIRED', 'NO_SHOW'].includes(a.status) || declined || withdrawn
    || (a.status === 'CANCELLED_BY_OFFICE' && !a.replacement));
  // after declining a replacement: a normal public booking of the same service
  const same = declined && offered.length === 1 ? offered[0] : null;
  byId('again').href = inLanguage('/buchen.html' + (same ? '?service=' + encodeURIComponent(same.code) : ''));
  byId('again').textContent = same ? w('bookSame', { service: same.name }) : w('bookAgain');
  if (open) {
    const query = '?token=' + encodeURIComponent(token);
    byId('qr').src = path().replace('/api/appointments/', '/api/confirmations/') + query;
    byId('ics').href = path('/calendar.ics') + query;
  }
  closeMove();
  closeOptions();
  return a;
}

async function act(run, doneText) {
  try {
    await run();
    await load();
    say(message, doneText, 'ok');
    byId('heading').focus();
  } catch (problem) {
    trouble(problem);
  }
}

byId('confirm').addEventListener('click', () =>
  act(() => api('POST', path('/confirm'), null, access()), w('confirmed')));

byId('cancel').addEventListener('click', () => {
  if (!window.confirm(w('reallyCancel'))) return;
  act(() => api('DELETE', path(), null, access()), w('cancelled'));
});

function closeMove() {
  toggle('move-box', false);
  byId('move-open').setAttribute('aria-expanded', 'false');
  moveTarget = null;
}

byId('move-open').addEventListener('click', () => {
  if (!byId('move-box').classList.contains('hidden')) { closeMove(); return; }
  toggle('move-box', true);
  byId('move-open').setAttribute('aria-expanded', 'true');
  clear(byId('move-times'));
  toggle('move-to', false);
  byId('move-times-hint').textContent = w('timesHint');
  byId('h-move-times').textContent = w('times');
  monthCalendar(byId('move-days'), {
    services: current.services || [current.service], location: current.location, onDay: showMoveTimes, onError: trouble
  });
});

function showMoveTimes(day, slots) {
  const times = byId('move-times');
  clear(times);
  toggle('move-to', false);
  byId('move-times-hint').textContent = '';
  byId('h-move-times').textContent = w('timesOn', { day: formatDay(day) });
  for (const slot of slots) {
    const button = el('button', { type: 'button', className: 'secondary', 'aria-pressed': 'false' }, formatTime(slot.start));
    button.addEventListener('click', () => {
      times.querySelectorAll('button').forEach(b => b.setAttribute('aria-pressed', String(b === button)));
      moveTarget = slot.start;
      const go = byId('move-to');
      go.textContent = w('moveTo', { time: formatDateTime(slot.start) });
      toggle('move-to', true);
      go.focus();
    });
    times.append(el('li', {}, button));
  }
  times.querySelector('button')?.focus();
}

byId('move-to').addEventListener('click', async () => {
  if (!moveTarget) return;
  try {
    await api('POST', path('/reschedule'), { start: moveTarget }, access());
    await load();
    say(message, w('moved'), 'ok');
    byId('heading').focus();
  } catch (problem) {
    if (problem.status === 409) {
      say(message, w('taken'), 'error');
      return;
    }
    trouble(problem);
  }
});

byId('accept').addEventListener('click', async () => {
  try {
    await accepted(null);
  } catch (problem) {
    trouble(problem);
  }
});

function closeOptions() {
  toggle('options-box', false);
  byId('options-open').setAttribute('aria-expanded', 'false');
  optionTarget = null;
}

let optionTarget = null;

byId('options-open').addEventListener('click', async () => {
  if (!byId('options-box').classList.contains('hidden')) { closeOptions(); return; }
  let options;
  try {
    options = await api('GET', path('/replacement/options'), null, access());
  } catch (problem) { trouble(problem); return; }
  toggle('options-box', true);
  byId('options-open').setAttribute('aria-expanded', 'true');
  const list = byId('options');
  clear(list);
  toggle('option-take', false);
  byId('options-hint').textContent = options.length === 0 ? w('optionsNone') : w('optionsHint');
  for (const option of options) {
    const when = formatDateTime(option.start);
    const button = el('button', { type: 'button', className: 'secondary', 'aria-pressed': 'false' },
      option.proposed ? w('proposedMark', { time: when }) : when);
    button.addEventListener('click', () => {
      list.querySelectorAll('button').forEach(b => b.setAttribute('aria-pressed', String(b === button)));
      optionTarget = option.start;
      const take = byId('option-take');
      take.textContent = w('takeOption', { time: when });
      toggle('option-take', true);
      take.focus();
    });
    list.append(el('li', {}, button));
  }
  byId('h-options').focus();
});

async function accepted(body) {
  const wasUnserved = !!(current && current.unserved);
  const replacement = await api('POST', path('/replacement/accept'), body, access());
  code = replacement.code;
  token = replacement.token;
  history.replaceState(null, '', location.pathname + location.search + '#code=' + encodeURIComponent(code) + '&token=' + encodeURIComponent(token));
  await load();
  say(message, w(wasUnserved ? 'unservedAccepted' : 'accepted'), 'ok');
  byId('heading').focus();
}

byId('option-take').addEventListener('click', async () => {
  if (!optionTarget) return;
  try {
    await accepted({ start: optionTarget });
  } catch (problem) {
    if (problem.status === 409) { say(message, w('taken'), 'error'); return; }
    trouble(problem);
  }
});

byId('decline').addEventListener('click', () => {
  const unserved = !!(current && current.unserved);
  if (!window.confirm(w(unserved ? 'unservedReallyDecline' : 'reallyDecline'))) return;
  act(() => api('POST', path('/replacement/decline'), null, access()), w(unserved ? 'unservedDeclined' : 'declined'));
});

byId('find').addEventListener('submit', event => {
  event.preventDefault();
  code = byId('code').value.trim().toUpperCase();
  token = byId('token').value.trim();
  start();
});

async function start() {
  try {
    await load();
    say(message, '');
    if (hash.get('action') === 'confirm' && byId('confirm-box').offsetParent !== null) byId('confirm').focus();
  } catch (problem) {
    toggle('find', true);
    if (problem.status === 404) say(message, w('notFound'), 'error'); else trouble(problem);
  }
}

// the link to a successor changes only the fragment: open the appointment it names
window.addEventListener('hashchange', () => {
  const next = new URLSearchParams(location.hash.substring(1));
  if (!next.get('code') || !next.get('token')) return;
  code = next.get('code');
  token = next.get('token');
  say(message, '');
  start().then(() => byId('heading').focus());
});

if (code && token) start(); else toggle('find', true);
