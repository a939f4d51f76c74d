// Shared by every page: language, API calls with problem documents, staff login kept in memory only.

const english = new URLSearchParams(location.search).get('lang') === 'en';
export const lang = english ? 'en' : 'de';

let dictionary = {};

/** Registers English texts (several modules of a page may each add theirs); German is what the HTML says. */
export function texts(en) {
  dictionary = { ...dictionary, ...en };
  if (english) {
    document.documentElement.lang = 'en';
    document.querySelectorAll('[data-t]').forEach(node => {
      const text = en[node.dataset.t];
      if (text !== undefined) node.textContent = text;
    });
    document.querySelectorAll('[data-t-label]').forEach(node => {
      const text = en[node.dataset.tLabel];
      if (text !== undefined) node.setAttribute('aria-label', text);
    });
    const title = en['title'];
    if (title) document.title = title;
  }
  const toggle = document.getElementById('language');
  if (toggle) {
    const target = new URL(location.href);
    if (english) target.searchParams.delete('lang'); else target.searchParams.set('lang', 'en');
    toggle.href = target.pathname + target.search + target.hash;
    toggle.textContent = english ? 'Deutsch' : 'English';
    toggle.lang = english ? 'de' : 'en';
  }
}

/** German text, or its English version when the page is shown in English. */
export function t(german, key) {
  return english && dictionary[key] !== undefined ? dictionary[key] : german;
}

let credentials = null;

/** Staff credentials live in this page's memory only: never in storage, gone on reload. */
export function signIn(user, password) {
  credentials = 'Basic ' + btoa(unescape(encodeURIComponent(user + ':' + password)));
}

export function signedIn() {
  return credentials !== null;
}

export class Problem extends Error {
  constructor(status, body) {
    super(body && (body.detail || body.title) || ('HTTP ' + status));
    this.status = status;
    this.body = body || {};
  }

  /** The problem as one sentence, with the fields that were wrong. */
  describe() {
    // each message already starts with the field's label in the page's language
    const fields = (this.body.errors || []).map(e => e.message);
    return [this.message, ...fields].join(' — ');
  }
}

/** Calls the API; answers the parsed JSON (or null), throws a Problem for every 4xx/5xx. */
export async function api(method, path, body, headers = {}) {
  const request = { method, headers: { 'Accept': 'application/json', 'Accept-Language': lang, ...headers } };
  if (credentials) request.headers['Authorization'] = credentials;
  if (body !== undefined && body !== null) {
    if (typeof body === 'string') {
      request.body = body;
    } else {
      request.headers['Content-Type'] = 'application/json';
      request.body = JSON.stringify(body);
    }
  }
  const response = await fetch(path, request);
  const text = await response.text();
  let parsed = null;
  if (text && (response.headers.get('Content-Type') || '').includes('json')) {
    parsed = JSON.parse(text);
  }
  if (!response.ok) throw new Problem(response.status, parsed);
  return parsed;
}

/** Shows a message in a live region so screen readers announce it. */
export function say(region, text, kind = 'ok') {
  region.className = 'message ' + kind;
  region.textContent = text;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Builds an element: el('button', {type: 'button', onclick: f}, 'Text'). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.substring(2), value);
    else if (name === 'className') node.className = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** Fills a select with [value, label] pairs. */
export function options(select, items) {
  clear(select);
  items.forEach(([value, label]) => select.append(el('option', { value }, label)));
}

const cityDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The city's date (YYYY-MM-DD) today, or so many days from today. */
export function cityDay(daysFromToday = 0) {
  return cityDate.format(new Date(Date.now() + daysFromToday * 864e5));
}

const dayFormat = new Intl.DateTimeFormat(english ? 'en-GB' : 'de-DE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' });
const timeFormat = new Intl.DateTimeFormat(english ? 'en-GB' : 'de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' });

export function formatDay(iso) {
  return dayFormat.format(new Date(iso.length === 10 ? iso + 'T12:00:00Z' : iso));
}

export function formatTime(iso) {
  return timeFormat.format(new Date(iso));
}

export function formatDateTime(iso) {
  return formatDay(iso) + ', ' + formatTime(iso) + (english ? '' : ' Uhr');
}

/** Wires a login form (#login with #user, #password) to reveal #work once the account answers. */
export function loginForm(onSignedIn) {
  const form = document.getElementById('login');
  const region = document.getElementById('login-message');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    signIn(form.querySelector('#user').value, form.querySelector('#password').value);
    try {
      const me = await api('GET', '/api/staff/me');
      form.classList.add('hidden');
      document.getElementById('work').classList.remove('hidden');
      await onSignedIn(me);
    } catch (problem) {
      credentials = null;
      say(region, problem.status === 401
        ? t('Benutzername oder Passwort stimmt nicht.', 'loginFailed')
        : problem.describe(), 'error');
      form.querySelector('#password').focus();
    }
  });
}

/** The Authorization header of the signed-in account, for downloads the page hands to the browser. */
export function authorization() {
  return credentials;
}
