// Citizen booking: service → location → day and time → contact → reserved. Everything is a real
// form control or button, so keyboard and screen reader users book like everyone else.
import { api, texts, t, say, clear, el, formatDay, formatTime, formatDateTime, lang } from './common.js';

texts({
  title: 'Book an appointment – citizen services', skip: 'Skip to content', brand: 'Citizen services of the city',
  heading: 'Book an appointment', intro: 'Four steps: what you need, where, day and time, your details.',
  stepService: '1. Choose a service', stepLocation: '2. Choose a service centre', stepTime: '3. Choose day and time',
  stepContact: '4. Your details', stepDone: 'Your appointment is reserved', next: 'Next', back: 'Back', location: 'Service centre',
  timeHint: 'First choose a day, then a time. Only free times are shown.', days: 'Days with free appointments', times: 'Free times',
  name: 'First and last name', email: 'E-mail address (for the confirmation)', phone: 'Phone (if you have no e-mail)',
  emailHint: 'You will get an e-mail with a link; the appointment becomes binding with that link.',
  book: 'Request this appointment', doneText: 'Please confirm it with the link in the e-mail we have just sent you.',
  code: 'Booking code', when: 'When', where: 'Where', openAppointment: 'View, confirm or cancel the appointment',
  noService: 'Please choose a service.', noLocation: 'Please choose a service centre.', noDays: 'No free appointments in the next weeks at this service centre.',
  nameMissing: 'Please enter your name.', contactMissing: 'Please enter an e-mail address or a phone number.', taken: 'This time has just been taken. Please choose another.',
  chosenPrefix: 'Your choice: ', minutes: 'minutes',
  noCrypto: 'Your browser cannot solve the security puzzle here; please open the page via https://.',
  working: 'One moment please: your browser solves a small puzzle that protects us from robots.'
});

const message = document.getElementById('message');
const choice = { service: null, serviceName: '', location: null, locationName: '', start: null };
let units = [];

function show(stepId) {
  document.querySelectorAll('main > section').forEach(s => s.classList.toggle('hidden', s.id !== stepId));
  const heading = document.querySelector('#' + stepId + ' h2');
  heading.focus();
}

document.querySelectorAll('[data-back]').forEach(button =>
  button.addEventListener('click', () => { say(message, ''); show(button.dataset.back); }));

async function loadServices() {
  const [services, unitList] = await Promise.all([api('GET', '/api/services'), api('GET', '/api/units')]);
  units = unitList;
  const box = document.getElementById('services');
  clear(box);
  for (const unit of units) {
    const offered = services.filter(s => s.unit === unit.id && s.onlineBookable);
    if (offered.length === 0) continue;
    box.append(el('fieldset', {},
      el('legend', {}, unit.name),
      offered.map(s => el('div', {},
        el('input', { type: 'radio', name: 'service', id: 'service-' + s.code, value: s.code, 'data-name': s.name }),
        el('label', { for: 'service-' + s.code, className: 'inline' }, s.name + ' (' + s.durationMinutes + ' ' + t('Minuten', 'minutes') + ')')))));
  }
}

document.getElementById('service-form').addEventListener('submit', async event => {
  event.preventDefault();
  const picked = document.querySelector('input[name=service]:checked');
  if (!picked) { say(message, t('Bitte wählen Sie ein Anliegen.', 'noService'), 'error'); return; }
  say(message, '');
  choice.service = picked.value;
  choice.serviceName = picked.dataset.name;
  const locations = await api('GET', '/api/locations');
  const box = document.getElementById('locations');
  clear(box);
  for (const l of locations) {
    box.append(el('div', {},
      el('input', { type: 'radio', name: 'location', id: 'location-' + l.id, value: l.id, 'data-name': l.name }),
      el('label', { for: 'location-' + l.id, className: 'inline' }, l.name + ', ' + l.address)));
  }
  show('step-location');
});

document.getElementById('location-form').addEventListener('submit', async event => {
  event.preventDefault();
  const picked = document.querySelector('input[name=location]:checked');
  if (!picked) { say(message, t('Bitte wählen Sie einen Standort.', 'noLocation'), 'error'); return; }
  say(message, '');
  choice.location = picked.value;
  choice.locationName = picked.dataset.name;
  await loadDays();
  show('step-time');
});

function isoDate(date) {
  return date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
}

async function loadDays() {
  const today = new Date();
  const until = new Date(today.getTime() + 41 * 86400000);
  const slots = await api('GET', '/api/availability?service=' + encodeURIComponent(choice.service) + '&location='
    + encodeURIComponent(choice.location) + '&from=' + isoDate(today) + '&to=' + isoDate(until));
  const byDay = new Map();
  for (const slot of slots) {
    const day = slot.start.substring(0, 10);
    if (!byDay.has(day)) byDay.set(day, []);
    byDay.get(day).push(slot);
  }
  const days = document.getElementById('days');
  const times = document.getElementById('times');
  clear(days);
  clear(times);
  if (byDay.size === 0) {
    say(message, t('In den nächsten Wochen gibt es an diesem Standort keine freien Termine.', 'noDays'), 'error');
    return;
  }
  for (const [day, daySlots] of byDay) {
    const button = el('button', { type: 'button', className: 'secondary', 'aria-pressed': 'false' }, formatDay(day));
    button.addEventListener('click', () => {
      days.querySelectorAll('button').forEach(b => b.setAttribute('aria-pressed', String(b === button)));
      showTimes(daySlots);
    });
    days.append(el('li', {}, button));
  }
}

function showTimes(slots) {
  const times = document.getElementById('times');
  clear(times);
  for (const slot of slots) {
    const button = el('button', { type: 'button', className: 'secondary' }, formatTime(slot.start));
    button.addEventListener('click', () => {
      choice.start = slot.start;
      document.getElementById('chosen').textContent = t('Ihre Wahl: ', 'chosenPrefix') + choice.serviceName + ', '
        + choice.locationName + ', ' + formatDateTime(slot.start);
      show('step-contact');
    });
    times.append(el('li', {}, button));
  }
  times.querySelector('button')?.focus();
}

document.getElementById('contact-form').addEventListener('submit', async event => {
  event.preventDefault();
  const name = document.getElementById('name');
  const email = document.getElementById('email');
  const phone = document.getElementById('phone');
  ['name', 'email', 'phone'].forEach(f => {
    document.getElementById(f + '-error').textContent = '';
    document.getElementById(f).removeAttribute('aria-invalid');
  });
  if (!name.value.trim()) {
    fieldError('name', t('Bitte geben Sie Ihren Namen an.', 'nameMissing'));
    return;
  }
  if (!email.value.trim() && !phone.value.trim()) {
    fieldError('email', t('Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an.', 'contactMissing'));
    return;
  }
  try {
    say(message, t('Einen Moment bitte: Ihr Browser löst eine kleine Rechenaufgabe, die uns vor Robotern schützt.', 'working'), 'ok');
    const proof = await proofOfWork();
    const booked = await api('POST', '/api/appointments', {
      service: choice.service, location: choice.location, start: choice.start.substring(0, 19),
      name: name.value.trim(), email: email.value.trim() || null, phone: phone.value.trim() || null, language: lang
    }, { 'X-Proof-Of-Work': proof });
    document.getElementById('done-code').textContent = booked.code;
    document.getElementById('done-when').textContent = formatDateTime(booked.start);
    document.getElementById('done-where').textContent = choice.locationName;
    // the token travels in the fragment: it never reaches a server log or browser storage
    document.getElementById('done-link').href = '/termin.html' + (lang === 'en' ? '?lang=en' : '')
      + '#code=' + encodeURIComponent(booked.code) + '&token=' + encodeURIComponent(booked.token);
    say(message, '');
    show('step-done');
  } catch (problem) {
    if (!problem.body) {
      say(message, String(problem.message || problem), 'error');
      return;
    }
    if (problem.status === 409) {
      say(message, t('Diese Zeit wurde gerade vergeben. Bitte wählen Sie eine andere.', 'taken'), 'error');
      await loadDays();
      show('step-time');
      return;
    }
    const errors = problem.body.errors || [];
    if (errors.length === 0) { say(message, problem.describe(), 'error'); return; }
    for (const e of errors) {
      if (['name', 'email', 'phone'].includes(e.field)) fieldError(e.field, e.message);
      else say(message, problem.describe(), 'error');
    }
  }
});

/** Fetches a challenge and finds a nonce whose SHA-256 starts with the asked number of zero bits. */
async function proofOfWork() {
  if (!window.crypto || !window.crypto.subtle) {
    throw new Error(t('Ihr Browser kann die Sicherheitsaufgabe hier nicht lösen; bitte die Seite über https:// öffnen.', 'noCrypto'));
  }
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

loadServices().catch(problem => say(message, problem.describe(), 'error'));
