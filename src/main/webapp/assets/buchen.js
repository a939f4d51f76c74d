// Citizen booking: service → location → day (month calendar) and time → contact → reserved.
// Everything is a real form control or button, so keyboard and screen reader users book like
// everyone else. Every text comes from the dictionary below, in the page's one language.
import { api, dictionary, w, say, clear, el, facts, formatTime, formatDateTime, formatDay, formatNumber, lang, inLanguage } from './common.js';
import { monthCalendar } from './kalender.js';

dictionary({
  title: 'Termin buchen – Bürgerservice', skip: 'Zum Inhalt springen', brand: 'Bürgerservice der Stadt',
  heading: 'Termin buchen', intro: 'In vier Schritten: Anliegen, Standort, Tag und Uhrzeit, Ihre Angaben.',
  stepService: '1. Anliegen wählen', stepLocation: '2. Standort wählen', stepTime: '3. Tag und Uhrzeit wählen',
  stepContact: '4. Ihre Angaben', stepDone: 'Ihr Termin ist reserviert', next: 'Weiter', back: 'Zurück', location: 'Standort',
  timeHint: 'Wählen Sie zuerst einen Tag im Kalender, dann eine Uhrzeit. Mit den Pfeiltasten wechseln Sie den Tag.',
  days: 'Tag', times: 'Freie Uhrzeiten', timesHint: 'Bitte wählen Sie zuerst einen Tag.', timesOn: 'Freie Uhrzeiten am {day}',
  yourChoice: 'Ihre Wahl', name: 'Vor- und Nachname', email: 'E-Mail-Adresse',
  emailHint: 'Sie bekommen eine E-Mail mit einem Link; erst mit diesem Link wird der Termin verbindlich.',
  phone: 'Telefon (freiwillig, für Rückfragen)', phoneHint: 'Ohne E-Mail-Adresse vereinbaren Sie Ihren Termin bitte am Telefon oder am Schalter.',
  book: 'Termin verbindlich anfragen', code: 'Buchungscode', when: 'Wann', where: 'Wo', what: 'Anliegen', bring: 'Bitte mitbringen',
  openAppointment: 'Termin ansehen, bestätigen oder absagen', duration: '{minutes} Minuten',
  noService: 'Bitte wählen Sie ein Anliegen.', noLocation: 'Bitte wählen Sie einen Standort.',
  nameMissing: 'Bitte geben Sie Ihren Namen an.', emailMissing: 'Bitte geben Sie Ihre E-Mail-Adresse an; über sie bestätigen Sie den Termin.',
  taken: 'Diese Zeit wurde gerade vergeben. Bitte wählen Sie eine andere.',
  confirmBy: 'Bitte bestätigen Sie den Termin bis {time} mit dem Link in der E-Mail, die wir Ihnen gerade geschickt haben. Sonst verfällt er.',
  confirmSoon: 'Bitte bestätigen Sie den Termin mit dem Link in der E-Mail, die wir Ihnen gerade geschickt haben.',
  noCrypto: 'Ihr Browser kann die Sicherheitsaufgabe hier nicht lösen; bitte öffnen Sie die Seite über https://.',
  working: 'Einen Moment bitte: Ihr Browser löst eine kleine Rechenaufgabe, die uns vor Robotern schützt.',
  unreachable: 'Wir sind gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten noch einmal.'
}, {
  title: 'Book an appointment – citizen services', skip: 'Skip to content', brand: 'Citizen services of the city',
  heading: 'Book an appointment', intro: 'Four steps: what you need, where, day and time, your details.',
  stepService: '1. Choose a service', stepLocation: '2. Choose a service centre', stepTime: '3. Choose day and time',
  stepContact: '4. Your details', stepDone: 'Your appointment is reserved', next: 'Next', back: 'Back', location: 'Service centre',
  timeHint: 'First choose a day in the calendar, then a time. The arrow keys move from day to day.',
  days: 'Day', times: 'Free times', timesHint: 'Please choose a day first.', timesOn: 'Free times on {day}',
  yourChoice: 'Your choice', name: 'First and last name', email: 'E-mail address',
  emailHint: 'You will get an e-mail with a link; the appointment becomes binding with that link.',
  phone: 'Phone (optional, for questions)', phoneHint: 'Without an e-mail address, please make your appointment by phone or at the counter.',
  book: 'Request this appointment', code: 'Booking code', when: 'When', where: 'Where', what: 'For', bring: 'Please bring',
  openAppointment: 'View, confirm or cancel the appointment', duration: '{minutes} minutes',
  noService: 'Please choose a service.', noLocation: 'Please choose a service centre.',
  nameMissing: 'Please enter your name.', emailMissing: 'Please enter your e-mail address; you confirm the appointment through it.',
  taken: 'This time has just been taken. Please choose another.',
  confirmBy: 'Please confirm the appointment by {time} with the link in the e-mail we have just sent you. Otherwise it lapses.',
  confirmSoon: 'Please confirm the appointment with the link in the e-mail we have just sent you.',
  noCrypto: 'Your browser cannot solve the security puzzle here; please open the page via https://.',
  working: 'One moment please: your browser solves a small puzzle that protects us from robots.',
  unreachable: 'We cannot be reached just now. Please try again in a few minutes.'
});

const message = document.getElementById('message');
const working = document.getElementById('working');
const choice = { service: null, location: null, start: null };
let services = [];
let locations = [];
let calendar = null;

function show(stepId) {
  document.querySelectorAll('main > section').forEach(s => s.classList.toggle('hidden', s.id !== stepId));
  document.querySelector('#' + stepId + ' h2').focus();
}

document.querySelectorAll('[data-back]').forEach(button =>
  button.addEventListener('click', () => { say(message, ''); show(button.dataset.back); }));

/** A problem the page did not expect, in words (the API's own text is in the page's language). */
function trouble(problem) {
  say(message, problem && problem.describe ? problem.describe() : w('unreachable'), 'error');
}

async function loadServices() {
  const [serviceList, units] = await Promise.all([api('GET', '/api/services'), api('GET', '/api/units')]);
  services = serviceList;
  const box = document.getElementById('services');
  clear(box);
  for (const unit of units) {
    const offered = services.filter(s => s.unit === unit.id && s.onlineBookable);
    if (offered.length === 0) continue;
    box.append(el('fieldset', {},
      el('legend', {}, unit.name),
      offered.map(s => el('div', {},
        el('input', { type: 'radio', name: 'service', id: 'service-' + s.code, value: s.code }),
        el('label', { for: 'service-' + s.code, className: 'inline' },
          s.name + ' (' + w('duration', { minutes: formatNumber(s.durationMinutes) }) + ')')))));
  }
}

const service = () => services.find(s => s.code === choice.service);
const place = () => locations.find(l => l.id === choice.location);

document.getElementById('service-form').addEventListener('submit', async event => {
  event.preventDefault();
  const picked = document.querySelector('input[name=service]:checked');
  if (!picked) { say(message, w('noService'), 'error'); return; }
  say(message, '');
  choice.service = picked.value;
  try {
    locations = await api('GET', '/api/locations');
  } catch (problem) { trouble(problem); return; }
  const box = document.getElementById('locations');
  clear(box);
  for (const l of locations) {
    box.append(el('div', {},
      el('input', { type: 'radio', name: 'location', id: 'location-' + l.id, value: l.id }),
      el('label', { for: 'location-' + l.id, className: 'inline' }, l.name + ', ' + l.address)));
  }
  show('step-location');
});

document.getElementById('location-form').addEventListener('submit', event => {
  event.preventDefault();
  const picked = document.querySelector('input[name=location]:checked');
  if (!picked) { say(message, w('noLocation'), 'error'); return; }
  say(message, '');
  choice.location = picked.value;
  loadDays();
  show('step-time');
});

function loadDays() {
  clear(document.getElementById('times'));
  document.getElementById('times-hint').textContent = w('timesHint');
  document.getElementById('h-times').textContent = w('times');
  calendar = monthCalendar(document.getElementById('days'), {
    services: [choice.service], location: choice.location, onDay: showTimes, onError: trouble
  });
}

function showTimes(day, slots) {
  const times = document.getElementById('times');
  clear(times);
  document.getElementById('times-hint').textContent = '';
  document.getElementById('h-times').textContent = w('timesOn', { day: formatDay(day) });
  for (const slot of slots) {
    const button = el('button', { type: 'button', className: 'secondary' }, formatTime(slot.start));
    button.addEventListener('click', () => {
      choice.start = slot.start;
      const chosen = document.getElementById('chosen');
      clear(chosen);
      chosen.append(summary(slot.start));
      say(message, '');
      show('step-contact');
    });
    times.append(el('li', {}, button));
  }
  times.querySelector('button')?.focus();
}

/** What, where (with the address), when, and what to bring: before and after booking alike. */
function summary(start, code) {
  const s = service();
  const l = place();
  return facts([
    [w('code'), code, code ? 'done-code' : null],
    [w('what'), s ? s.name : '', code ? 'done-what' : null],
    [w('when'), formatDateTime(start), code ? 'done-when' : null],
    [w('where'), l ? l.name + ', ' + l.address : '', code ? 'done-where' : null],
    [w('bring'), s ? s.documents || [] : [], code ? 'done-bring' : null]
  ]);
}

const fields = ['name', 'email', 'phone'];

document.getElementById('contact-form').addEventListener('submit', async event => {
  event.preventDefault();
  const value = f => document.getElementById(f).value.trim();
  fields.forEach(f => {
    document.getElementById(f + '-error').textContent = '';
    document.getElementById(f).removeAttribute('aria-invalid');
  });
  say(message, '');
  if (!value('name')) { fieldError('name', w('nameMissing')); return; }
  if (!value('email')) { fieldError('email', w('emailMissing')); return; }
  const submit = document.getElementById('book');
  submit.disabled = true;
  try {
    say(working, w('working'), 'ok');
    const proof = await proofOfWork();
    const booked = await api('POST', '/api/appointments', {
      service: choice.service, location: choice.location, start: choice.start.substring(0, 19),
      name: value('name'), email: value('email'), phone: value('phone') || null, language: lang
    }, { 'X-Proof-Of-Work': proof });
    say(working, '');
    const done = document.getElementById('done-facts');
    clear(done);
    done.append(summary(booked.start, booked.code));
    document.getElementById('done-deadline').textContent = booked.expiresAt
      ? w('confirmBy', { time: formatDateTime(booked.expiresAt) }) : w('confirmSoon');
    // the token travels in the fragment: it never reaches a server log or browser storage
    document.getElementById('done-link').href = inLanguage('/termin.html')
      + '#code=' + encodeURIComponent(booked.code) + '&token=' + encodeURIComponent(booked.token);
    show('step-done');
  } catch (problem) {
    // never "one moment" beside an error
    say(working, '');
    if (problem.status === 409) {
      say(message, w('taken'), 'error');
      calendar.reload();
      show('step-time');
      return;
    }
    const errors = (problem.body && problem.body.errors) || [];
    const ours = errors.filter(e => fields.includes(e.field));
    ours.slice().reverse().forEach(e => fieldError(e.field, e.message));
    if (!problem.body) say(message, problem.message ? String(problem.message) : w('unreachable'), 'error');
    else if (ours.length < errors.length || errors.length === 0) trouble(problem);
  } finally {
    submit.disabled = false;
  }
});

/** Fetches a challenge and finds a nonce whose SHA-256 starts with the asked number of zero bits. */
async function proofOfWork() {
  if (!window.crypto || !window.crypto.subtle) throw new Error(w('noCrypto'));
  const { challenge, difficulty } = await api('GET', '/api/challenges');
  const encoder = new TextEncoder();
  for (let nonce = 0; ; nonce++) {
    const candidate = challenge + ':' + nonce;
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(candidate)));
    if (zeroBits(hash) >= difficulty) return candidate;
  }
}

function zeroBits(hash) {
  let bits = 0;
  for (const byte of hash) {
    if (byte !== 0) return bits + Math.clz32(byte) - 24;
    bits += 8;
  }
  return bits;
}

function fieldError(field, text) {
  const input = document.getElementById(field);
  input.setAttribute('aria-invalid', 'true');
  document.getElementById(field + '-error').textContent = text;
  input.focus();
}

// "book again" links name the service (?service=): it is chosen already
loadServices().then(() => {
  const wanted = new URLSearchParams(location.search).get('service');
  const radio = wanted && document.getElementById('service-' + wanted);
  if (radio) radio.checked = true;
}).catch(trouble);
