// Entrance kiosk: check-in with the booking code or the confirmation's QR code (a scanner types
// the signed payload), or a walk-in number for a service; shows the number and the expected wait,
// or the referral when the day's quota is full. Set up once by staff; then it serves citizens.
import { api, texts, t, say, clear, el, signIn, formatDay } from './common.js';

texts({
  title: 'Check-in at the entrance – citizen services', brand: 'Welcome to citizen services', setup: 'Set up the device (staff)',
  user: 'User name', password: 'Password', unit: 'Unit', location: 'Service centre', start: 'Start kiosk', heading: 'Please check in',
  codeLabel: 'Enter your booking code or hold the QR code under the scanner', checkIn: 'Check in with appointment',
  noAppointment: 'Without appointment: choose your service', yourNumber: 'Your number', done: 'Done',
  waitAbout: 'Expected wait: about ', minutes: ' minutes. Please watch the display.', watch: 'Please watch the display.',
  referral: 'Today\'s quota is full. Please come back on ', referralNumber: ' with number ', notFound: 'We cannot find this booking code.'
});

const message = document.getElementById('message');
let unit = null;
let place = null;

document.getElementById('login').addEventListener('submit', async event => {
  event.preventDefault();
  unit = document.getElementById('k-unit').value.trim();
  place = document.getElementById('k-location').value.trim();
  const password = document.getElementById('password');
  try {
    await signIn(document.getElementById('user').value, password.value);
    password.value = '';
    const services = await api('GET', '/api/services?unit=' + encodeURIComponent(unit));
    const list = document.getElementById('kiosk-services');
    clear(list);
    services.forEach(s => list.append(el('li', {}, el('button', { type: 'button', onclick: () => walkIn(s.code) }, s.name))));
    document.getElementById('login').classList.add('hidden');
    document.getElementById('work').classList.remove('hidden');
    document.getElementById('kiosk-code').focus();
  } catch (problem) {
    say(document.getElementById('login-message'), problem.describe(), 'error');
  }
});

function base() {
  return '/api/units/' + encodeURIComponent(unit) + '/locations/' + encodeURIComponent(place) + '/tickets';
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
  try {
    const ticket = await api('POST', base(), { appointmentCode: bookingCode(field.value) });
    field.value = '';
    showTicket(ticket);
  } catch (problem) {
    say(message, problem.status === 404 || problem.status === 422 ? t('Diesen Buchungscode finden wir nicht.', 'notFound') : problem.describe(), 'error');
    field.focus();
  }
});

async function walkIn(service) {
  try {
    showTicket(await api('POST', base(), { walkIn: { service } }));
  } catch (problem) {
    if (problem.status === 409 && problem.body.referral) {
      showResult(String(problem.body.referral.number), t('Das Kontingent für heute ist erschöpft. Bitte kommen Sie am ', 'referral')
        + formatDay(problem.body.referral.date) + t(' wieder, mit der Nummer ', 'referralNumber') + problem.body.referral.number + '.');
      return;
    }
    say(message, problem.describe(), 'error');
  }
}

function showTicket(ticket) {
  const wait = ticket.estimatedWaitMinutes;
  showResult(ticket.number, wait == null ? t('Bitte achten Sie auf die Anzeige.', 'watch')
    : t('Voraussichtliche Wartezeit: etwa ', 'waitAbout') + wait + t(' Minuten. Bitte achten Sie auf die Anzeige.', 'minutes'));
}

function showResult(number, text) {
  say(message, '');
  document.getElementById('welcome').classList.add('hidden');
  document.getElementById('result').classList.remove('hidden');
  document.getElementById('result-number').textContent = number;
  document.getElementById('result-text').textContent = text;
  document.getElementById('h-result').focus();
}

document.getElementById('again').addEventListener('click', () => {
  document.getElementById('result').classList.add('hidden');
  document.getElementById('welcome').classList.remove('hidden');
  document.getElementById('kiosk-code').focus();
});
