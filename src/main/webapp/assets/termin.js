// The citizen's own appointment, reached with code and token from the fragment of the mail's link
// (never sent to the server as part of the URL, never put in storage).
import { api, texts, t, say, formatDateTime } from './common.js';

texts({
  title: 'My appointment – citizen services', skip: 'Skip to content', brand: 'Citizen services of the city',
  heading: 'My appointment', findHint: 'Enter the booking code and the access code from your e-mail.', code: 'Booking code',
  token: 'Access code', show: 'Show appointment', status: 'Status', when: 'When', where: 'Where', what: 'For',
  confirmHint: 'This appointment is reserved. Confirm it to make it binding.', confirm: 'Confirm appointment',
  replacementHeading: 'Your replacement appointment', replacementHint: 'Because of a disruption we had to cancel your appointment. We have kept this replacement for you:',
  accept: 'Accept replacement', qrHeading: 'Confirmation with QR code', qrHint: 'Show this code at the entrance or the counter; it can be checked even without our systems.',
  qrAlt: 'QR code of the appointment confirmation', calendar: 'Add to calendar (.ics)', changeHeading: 'Move or cancel the appointment',
  newStart: 'New time (YYYY-MM-DD HH:MM)', reschedule: 'Move', cancel: 'Cancel appointment',
  confirmed: 'Your appointment is confirmed.', cancelled: 'Your appointment is cancelled.', moved: 'Your appointment has been moved.',
  accepted: 'You have accepted the replacement. This is your new appointment.', notFound: 'We cannot find this appointment. Please check the codes.',
  reallyCancel: 'Do you really want to cancel this appointment?',
  RESERVED: 'reserved, not yet confirmed', BOOKED: 'booked', CHECKED_IN: 'checked in', CANCELLED: 'cancelled',
  CANCELLED_BY_OFFICE: 'cancelled by the office', REBOOKED: 'replaced by a new appointment', COMPLETED: 'completed', NO_SHOW: 'missed', EXPIRED: 'lapsed'
});

const STATUS_DE = {
  RESERVED: 'reserviert, noch nicht bestätigt', BOOKED: 'gebucht', CHECKED_IN: 'angemeldet', CANCELLED: 'abgesagt',
  CANCELLED_BY_OFFICE: 'vom Amt abgesagt', REBOOKED: 'durch neuen Termin ersetzt', COMPLETED: 'erledigt', NO_SHOW: 'nicht erschienen', EXPIRED: 'verfallen'
};

const message = document.getElementById('message');
const hash = new URLSearchParams(location.hash.substring(1));
let code = hash.get('code');
let token = hash.get('token');

function path(suffix = '') {
  return '/api/appointments/' + encodeURIComponent(code) + suffix;
}

function access() {
  return { 'X-Access-Token': token };
}

async function load() {
  const a = await api('GET', path(), null, access());
  document.getElementById('find').classList.add('hidden');
  document.getElementById('appointment').classList.remove('hidden');
  document.getElementById('a-code').textContent = a.code;
  const status = document.getElementById('a-status');
  status.textContent = t(STATUS_DE[a.status] || a.status, a.status);
  status.className = 'status ' + a.status;
  document.getElementById('a-when').textContent = formatDateTime(a.start);
  document.getElementById('a-where').textContent = a.location;
  document.getElementById('a-what').textContent = (a.services || [a.service]).join(', ');
  const open = a.status === 'RESERVED' || a.status === 'BOOKED';
  document.getElementById('confirm-box').classList.toggle('hidden', a.status !== 'RESERVED');
  document.getElementById('change-box').classList.toggle('hidden', !open);
  document.getElementById('qr-box').classList.toggle('hidden', !open);
  const proposal = a.replacement && a.replacement.proposedStart && !a.replacement.acceptedAs;
  document.getElementById('replacement-box').classList.toggle('hidden', !(a.status === 'CANCELLED_BY_OFFICE' && proposal));
  if (proposal) document.getElementById('r-when').textContent = formatDateTime(a.replacement.proposedStart);
  if (open) {
    const query = '?token=' + encodeURIComponent(token);
    document.getElementById('qr').src = path() .replace('/api/appointments/', '/api/confirmations/') + query;
    document.getElementById('ics').href = path('/calendar.ics') + query;
  }
  return a;
}

async function act(run, doneText) {
  try {
    await run();
    await load();
    say(message, doneText, 'ok');
    document.getElementById('heading').focus();
  } catch (problem) {
    say(message, problem.describe(), 'error');
  }
}

document.getElementById('confirm').addEventListener('click', () =>
  act(() => api('POST', path('/confirm'), null, access()), t('Ihr Termin ist bestätigt.', 'confirmed')));

document.getElementById('cancel').addEventListener('click', () => {
  if (!window.confirm(t('Wollen Sie diesen Termin wirklich absagen?', 'reallyCancel'))) return;
  act(() => api('DELETE', path(), null, access()), t('Ihr Termin ist abgesagt.', 'cancelled'));
});

document.getElementById('reschedule').addEventListener('click', () => {
  const value = document.getElementById('new-start').value.trim().replace(' ', 'T');
  act(() => api('POST', path('/reschedule'), { start: value.length === 16 ? value + ':00' : value }, access()),
    t('Ihr Termin wurde verlegt.', 'moved'));
});

document.getElementById('accept').addEventListener('click', async () => {
  try {
    const replacement = await api('POST', path('/replacement/accept'), null, access());
    code = replacement.code;
    token = replacement.token;
    history.replaceState(null, '', location.pathname + location.search + '#code=' + encodeURIComponent(code) + '&token=' + encodeURIComponent(token));
    await load();
    say(message, t('Sie haben den Ersatztermin angenommen. Das ist Ihr neuer Termin.', 'accepted'), 'ok');
  } catch (problem) {
    say(message, problem.describe(), 'error');
  }
});

document.getElementById('find').addEventListener('submit', event => {
  event.preventDefault();
  code = document.getElementById('code').value.trim().toUpperCase();
  token = document.getElementById('token').value.trim();
  start();
});

async function start() {
  try {
    await load();
    if (hash.get('action') === 'confirm' && document.getElementById('confirm-box').offsetParent !== null) {
      document.getElementById('confirm').focus();
    }
  } catch (problem) {
    document.getElementById('find').classList.remove('hidden');
    say(message, problem.status === 404 ? t('Diesen Termin finden wir nicht. Bitte prüfen Sie die Codes.', 'notFound') : problem.describe(), 'error');
  }
}

if (code && token) start(); else document.getElementById('find').classList.remove('hidden');
