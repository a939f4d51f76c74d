// Shared by every page: language, API calls with problem documents, staff sign-in with a server-side session.

const english = new URLSearchParams(location.search).get('lang') === 'en';
export const lang = english ? 'en' : 'de';

let englishTexts = {};

/** Registers English texts (several modules of a page may each add theirs); German is what the HTML says. */
export function texts(en) {
  englishTexts = { ...englishTexts, ...en };
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

const words = { de: {}, en: {} };

/**
 * Registers a page's texts, one dictionary per language with the same keys (several modules of a
 * page may each add theirs), writes the page's language into every [data-t] node, [data-t-label]
 * and the title, and answers the lookup: w('key') or w('key', {name: value}) for "{name}" slots.
 * A key one language lacks is reported in the console and shown as its key, so a test finds it.
 */
export function dictionary(de, en) {
  for (const key of Object.keys({ ...de, ...en })) {
    if (!(key in de) || !(key in en)) console.error('text missing in one language: ' + key);
  }
  Object.assign(words.de, de);
  Object.assign(words.en, en);
  const current = words[lang];
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-t]').forEach(node => {
    if (current[node.dataset.t] !== undefined) node.textContent = current[node.dataset.t];
  });
  document.querySelectorAll('[data-t-label]').forEach(node => {
    if (current[node.dataset.tLabel] !== undefined) node.setAttribute('aria-label', current[node.dataset.tLabel]);
  });
  document.querySelectorAll('[data-t-alt]').forEach(node => {
    if (current[node.dataset.tAlt] !== undefined) node.setAttribute('alt', current[node.dataset.tAlt]);
  });
  if (current.title) document.title = current.title;
  languageToggle();
  return w;
}

/** The page's text for {@code key}, with "{name}" slots filled from {@code values}. */
export function w(key, values = {}) {
  const text = words[lang][key];
  if (text === undefined) return key;
  return text.replace(/\{(\w+)\}/g, (all, name) => (values[name] !== undefined ? String(values[name]) : all));
}

function languageToggle() {
  const toggle = document.getElementById('language');
  if (!toggle) return;
  const target = new URL(location.href);
  if (english) target.searchParams.delete('lang'); else target.searchParams.set('lang', 'en');
  toggle.href = target.pathname + target.search + target.hash;
  toggle.textContent = english ? 'Deutsch' : 'English';
  toggle.lang = english ? 'de' : 'en';
}

/** The same page in the same language: a link to {@code path} keeps ?lang=en. */
export function inLanguage(path) {
  return path + (english ? (path.includes('?') ? '&' : '?') + 'lang=en' : '');
}

/** German text, or its English version when the page is shown in English. */
export function t(german, key) {
  return english && englishTexts[key] !== undefined ? englishTexts[key] : german;
}

// The session lives in an HttpOnly cookie the page cannot read; the page keeps only the session's
// CSRF token (never the password), sent with every change, and asks for it again after a reload.
let csrfToken = null;
// Who the page signed in as, and what it does when the server says that session has ended.
let signedInAs = null;
let onSessionEnded = () => {};
// who must forget something when the server answers 401 (the counter page locks its offline key)
const unauthorisedListeners = [];

/** Calls {@code listener()} whenever any request is answered 401: no session (any more). */
export function onUnauthorised(listener) {
  unauthorisedListeners.push(listener);
}

/** The user name the page signed in as, or null. */
export function signedInAccount() {
  return signedInAs;
}

/** Signs in through the session endpoint; answers the account, throws a Problem (401: wrong password). */
export async function signIn(user, password, kiosk = false) {
  const session = await api('POST', '/api/session', { username: user, password, kiosk });
  csrfToken = session.csrfToken;
  return session;
}

/** The account of a session that is still good (a reloaded page), or null. */
export async function currentSession() {
  try {
    const session = await api('GET', '/api/session');
    csrfToken = session.csrfToken || null;
    return session;
  } catch (problem) {
    if (problem.status === 401) return null;
    throw problem;
  }
}

/** Ends the session on the server and shows the page as it is before sign-in. */
export async function signOut() {
  try {
    await api('DELETE', '/api/session');
  } finally {
    csrfToken = null;
    location.reload();
  }
}

/** Headers of a page's own periodic refresh: it does not count as the person's activity (idle time). */
export const BACKGROUND = { 'X-Background-Refresh': '1' };

/** The header a change needs when it cannot go through api() (a keepalive request as the page closes), or null signed out. */
export function changeHeaders() {
  return csrfToken ? { 'X-CSRF-Token': csrfToken } : null;
}

export function signedIn() {
  return csrfToken !== null;
}

// who wants to know when the server stops or starts answering (the counter page's offline mode)
const reachabilityListeners = [];
let lastReachable = true;

/** Calls {@code listener(true|false)} whenever the server starts or stops answering the page's requests. */
export function onReachability(listener) {
  reachabilityListeners.push(listener);
}

function reachable(answered) {
  if (answered === lastReachable) return;
  lastReachable = answered;
  reachabilityListeners.forEach(listener => listener(answered));
}

/** True for a Problem that means "no answer from the server" rather than an answer saying no. */
export function unreachable(problem) {
  return problem instanceof Problem && problem.status === 0;
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
  if (csrfToken && !['GET', 'HEAD'].includes(method)) request.headers['X-CSRF-Token'] = csrfToken;
  if (body !== undefined && body !== null) {
    if (typeof body === 'string') {
      request.body = body;
    } else {
      request.headers['Content-Type'] = 'application/json';
      request.body = JSON.stringify(body);
    }
  }
  let response;
  let text;
  try {
    response = await fetch(path, request);
    text = await response.text();
  } catch (failure) {
    // no answer at all: the server or the network is gone (the counter page then works offline)
    reachable(false);
    throw new Problem(0, { detail: english ? 'No connection to the server.' : 'Keine Verbindung zum Server.', unreachable: true });
  }
  const json = (response.headers.get('Content-Type') || '').includes('json');
  if ([502, 504].includes(response.status) || (response.status === 503 && !json)) {
    // a proxy answering for a server that does not
    reachable(false);
    throw new Problem(0, { detail: english ? 'No connection to the server.' : 'Keine Verbindung zum Server.', unreachable: true });
  }
  reachable(true);
  let parsed = null;
  if (text && json) {
    parsed = JSON.parse(text);
  }
  if (response.status === 401) unauthorisedListeners.forEach(listener => listener());
  if (response.status === 401 && signedInAs !== null && !path.startsWith('/api/session')) {
    // the session ended (idle time, end of the working day, signed out elsewhere)
    csrfToken = null;
    onSessionEnded(new Problem(response.status, parsed));
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

const locale = english ? 'en-GB' : 'de-DE';
const numberFormat = new Intl.NumberFormat(locale);

/** A number as the page's language writes it (German: 1.234,5). */
export function formatNumber(value) {
  return numberFormat.format(value);
}

const monthFormat = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const weekdayFormat = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
const weekdayLongFormat = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });

/** "Juni 2030" for a month (1–12) of a year. */
export function formatMonth(year, month) {
  return monthFormat.format(new Date(Date.UTC(year, month - 1, 1)));
}

/** The short and long name of a weekday, 1 = Monday ... 7 = Sunday. */
export function weekdayName(isoDay, long = false) {
  // 1 January 2024 was a Monday
  return (long ? weekdayLongFormat : weekdayFormat).format(new Date(Date.UTC(2024, 0, isoDay)));
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

/**
 * Wires a login form (#login with #user, #password) to reveal #work once signed in; a reloaded page
 * whose session is still good skips the form. Adds a sign-out button to the page's header bar.
 * The counter page's offline mode hooks in: onPassword(account, user, password) after a sign-in,
 * onUnreachable() when the page opens without an answer from the server, and
 * onOfflineSignIn(user, password, region) when the form is sent while the server is gone.
 */
export function loginForm(onSignedIn, { onPassword = null, onUnreachable = null, onOfflineSignIn = null } = {}) {
  const form = document.getElementById('login');
  const region = document.getElementById('login-message');
  const password = form.querySelector('#password');
  const work = document.getElementById('work');
  const enter = async account => {
    form.classList.add('hidden');
    work.classList.remove('hidden');
    signOutButton();
    if (signedInAs === account.username) return; // signed in again after the session ended: the page goes on
    if (signedInAs !== null) {
      location.reload(); // someone else took over: nothing of the previous account's page stays
      return;
    }
    signedInAs = account.username;
    await onSignedIn(account);
  };
  onSessionEnded = problem => {
    if (!form.classList.contains('hidden')) return; // already asking (a page may poll meanwhile)
    // the work stays in the page (hidden), so signing in again as the same account loses nothing
    work.classList.add('hidden');
    form.classList.remove('hidden');
    say(region, problem.describe(), 'error');
    form.querySelector('#user').focus();
  };
  form.addEventListener('submit', async event => {
    event.preventDefault();
    let account;
    const user = form.querySelector('#user').value;
    const typed = password.value;
    try {
      account = await signIn(user, typed);
    } catch (problem) {
      if (unreachable(problem) && onOfflineSignIn) {
        // no server to ask: the page may check the password against what it keeps (the counter page)
        await onOfflineSignIn(user, typed, region);
        return;
      }
      say(region, problem.status === 401
        ? t('Benutzername oder Passwort stimmt nicht.', 'loginFailed')
        : problem.describe(), 'error');
      password.focus();
      return;
    } finally {
      // the password is not kept in the page once it has been sent
      password.value = '';
    }
    region.textContent = '';
    region.className = 'message';
    if (onPassword) {
      // the counter page derives the key of its encrypted offline copy from it; nothing keeps it.
      // Without IndexedDB or WebCrypto only the offline mode is missing: the sign-in stands.
      try {
        await onPassword(account, user, typed);
      } catch (problem) {
        console.warn('offline copy unavailable', problem);
      }
    }
    await enter(account);
  });
  // a kiosk's session draws numbers and nothing else: on a staff page it counts as signed out
  currentSession().then(account => account && !account.kiosk && enter(account), problem => {
    if (unreachable(problem) && onUnreachable) onUnreachable();
    else say(region, problem.describe(), 'error');
  });
}

function signOutButton() {
  const bar = document.querySelector('header.bar');
  if (!bar || document.getElementById('sign-out')) return;
  bar.append(el('button', { type: 'button', id: 'sign-out', className: 'sign-out', onclick: () => signOut() },
    english ? 'Sign out' : 'Abmelden'));
}

/**
 * A definition list of [label, value, id] triples (a value may be a node or a list; the id, if
 * any, goes to the value); empty values are left out.
 */
export function facts(items) {
  const list = el('dl', { className: 'facts' });
  for (const [label, value, id] of items) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    list.append(el('dt', {}, label), el('dd', { id }, Array.isArray(value) ? el('ul', { className: 'plain' }, value.map(v => el('li', {}, v))) : value));
  }
  return list;
}
