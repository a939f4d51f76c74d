// What the counter page keeps on the device for working without the server (issue #19): the device
// record, the local copy of its unit and location, and the outbox of actions done offline.
// Personal data (names, codes, notes, contacts) is stored only sealed with AES-GCM under a random
// data key; that key is stored only wrapped by a key derived (PBKDF2, SHA-256, 600,000 iterations)
// from a clerk's user name and password. Unwrapped it lives only in this page's memory, not
// extractable: it is forgotten when the session ends, on a 401, on signing out, after idle time on
// the offline desk and with every reload; then only a clerk's password opens the offline desk again.

const DB = 'amtsplan-schalter';
// OWASP 2023 for PBKDF2-SHA256; each wrap keeps its own count, so wraps made with fewer stay readable
const ITERATIONS = 600000;
const EARLIER_ITERATIONS = 310000;
const CHECK = 'amtsplan-offline-check';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

let database = null;
let dataKey = null;
// who unlocked it: {user, units} (units '*' for an admin); offline only these units' places open
let unlockedBy = null;
// earlier versions kept the raw key in sessionStorage: gone
sessionStorage.removeItem('amtsplan.schalter.dataKey');

function open() {
  if (database) return database;
  database = new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('meta');
      db.createObjectStore('copy');
      db.createObjectStore('outbox', { keyPath: 'id' });
      db.createObjectStore('problems', { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return database;
}

function done(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function finished(transaction) {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error || new Error('aborted'));
  });
}

async function read(store, key) {
  const db = await open();
  return done(db.transaction(store).objectStore(store).get(key));
}

async function write(store, value, key) {
  const db = await open();
  const transaction = db.transaction(store, 'readwrite');
  transaction.objectStore(store).put(value, key);
  return finished(transaction);
}

async function all(store) {
  const db = await open();
  return done(db.transaction(store).objectStore(store).getAll());
}

const bytes64 = buffer => btoa(String.fromCharCode(...new Uint8Array(buffer)));
const unbytes64 = text => Uint8Array.from(atob(text), c => c.charCodeAt(0));

// --- the key

async function wrappingKey(user, password, salt, iterations = ITERATIONS) {
  const material = await crypto.subtle.importKey('raw', encoder.encode(user.trim().toLowerCase() + '\u0000' + password),
    'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', salt, iterations, hash: 'SHA-256' }, material,
    { name: 'AES-GCM', length: 256 }, false, ['wrapKey', 'unwrapKey']);
}

async function deviceSalt() {
  let salt = await read('meta', 'salt');
  if (!salt) {
    salt = bytes64(crypto.getRandomValues(new Uint8Array(16)));
    await write('meta', salt, 'salt');
  }
  return unbytes64(salt);
}

/** The data key this page unlocked, or null (locked). */
export async function tabKey() {
  return dataKey;
}

export function unlocked() {
  return dataKey !== null;
}

/** The user name of the clerk who unlocked the key, or null. */
export function clerk() {
  return unlockedBy ? unlockedBy.user : null;
}

/** True when the clerk who unlocked the key works for {@code unit} (recorded at their online sign-in). */
export function mayOpen(unit) {
  const units = unlockedBy?.units || [];
  return units.includes('*') || units.includes(unit);
}

const wrapIterations = wrap => wrap.iterations || EARLIER_ITERATIONS;
// the units are bound to the wrap (authenticated data): edited on the disk, the wrap no longer opens
const wrapParameters = (iv, units) => units
  ? { name: 'AES-GCM', iv, additionalData: encoder.encode('units:' + JSON.stringify(units)) }
  : { name: 'AES-GCM', iv };

/**
 * After an online sign-in: unlocks the device's data key with this clerk's password (creating the
 * key on first use), and wraps it for this clerk, so the clerk can unlock it offline later.
 * Answers false when the device holds another clerk's data that cannot be read and still waits
 * for transfer (that clerk must unlock first); otherwise true.
 */
export async function unlockOnline(user, password, units) {
  const salt = await deviceSalt();
  const wraps = (await read('meta', 'wraps')) || {};
  const name = user.trim().toLowerCase();
  lock();
  // extractable only here, to wrap it again; the page keeps a copy that cannot be exported
  let key = null;
  if (wraps[name]) {
    key = await unwrap(wraps[name], await wrappingKey(user, password, salt, wrapIterations(wraps[name])), true).catch(() => null);
  }
  const fresh = !key;
  if (fresh && Object.keys(wraps).length) {
    // data under a key this clerk cannot open: thrown away, unless actions of it still wait
    if ((await all('outbox')).length > 0) return false;
    await wipe();
  }
  if (fresh) {
    key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
    for (const other of Object.keys(wraps)) delete wraps[other];
  }
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const wrapped = await crypto.subtle.wrapKey('raw', key, await wrappingKey(user, password, salt), wrapParameters(iv, [...units]));
  // the clerk's units travel with the wrap: offline, this clerk opens only their units' places
  wraps[name] = { iv: bytes64(iv), key: bytes64(wrapped), iterations: ITERATIONS, units: [...units] };
  dataKey = await crypto.subtle.importKey('raw', await crypto.subtle.exportKey('raw', key), 'AES-GCM', false, ['encrypt', 'decrypt']);
  key = null;
  if (fresh) await write('meta', await seal(CHECK, 'check'), 'check');
  await write('meta', wraps, 'wraps');
  unlockedBy = { user: name, units: [...units] };
  return true;
}

async function unwrap(wrap, wrapping, extractable = false) {
  return crypto.subtle.unwrapKey('raw', unbytes64(wrap.key), wrapping, wrapParameters(unbytes64(wrap.iv), wrap.units),
    'AES-GCM', extractable, ['encrypt', 'decrypt']);
}

/**
 * Offline: unlocks the data key with a clerk's user name and password. Answers 'ok', 'wrong' (the
 * password or the name does not open it) or 'none' (this device was never prepared for that clerk).
 */
export async function unlockOffline(user, password) {
  const wraps = (await read('meta', 'wraps')) || {};
  const wrap = wraps[user.trim().toLowerCase()];
  if (!wrap) return Object.keys(wraps).length ? 'wrong' : 'none';
  try {
    dataKey = await unwrap(wrap, await wrappingKey(user, password, await deviceSalt(), wrapIterations(wrap)));
    if (await unseal(await read('meta', 'check'), 'check') !== CHECK) throw new Error('check');
  } catch (wrong) {
    lock();
    return 'wrong';
  }
  unlockedBy = { user: user.trim().toLowerCase(), units: wrap.units || [] };
  return 'ok';
}

/** Forgets the key (signing out, the session ended, idle time): only a password opens it again. */
export function lock() {
  dataKey = null;
  unlockedBy = null;
}

/** True when some clerk prepared this device (signed in online here once). */
export async function prepared() {
  return Object.keys((await read('meta', 'wraps')) || {}).length > 0;
}

async function wipe() {
  const db = await open();
  const transaction = db.transaction(['copy', 'outbox', 'problems'], 'readwrite');
  ['copy', 'outbox', 'problems'].forEach(store => transaction.objectStore(store).clear());
  await finished(transaction);
}

// --- sealing: the label binds a sealed value to its place, so one cannot be swapped for another

async function seal(value, label) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(label) }, dataKey,
    encoder.encode(JSON.stringify(value)));
  return { iv: bytes64(iv), data: bytes64(data) };
}

async function unseal(sealed, label) {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: unbytes64(sealed.iv), additionalData: encoder.encode(label) },
    dataKey, unbytes64(sealed.data));
  return JSON.parse(decoder.decode(plain));
}

// --- plain facts without personal data: the device record, the place, the times

export async function meta(key) {
  return read('meta', key);
}

export async function setMeta(key, value) {
  return write('meta', value, key);
}

const place = (unit, location) => unit + '|' + location;

export async function device(unit, location) {
  return read('meta', 'device:' + place(unit, location));
}

export async function keepDevice(record) {
  return write('meta', record, 'device:' + place(record.unit, record.location));
}

// --- the local copy

/** Stores the copy the server sent, sealed, with the days it covers in the clear (for deletion). */
export async function keepCopy(unit, location, copy) {
  const key = place(unit, location);
  await write('copy', { generatedAt: copy.generatedAt, storedAt: new Date().toISOString(), days: copy.days,
    sealed: await seal(copy, 'copy:' + key) }, key);
}

/** The stored copy (appointments and tickets of days already past left out), or null. */
export async function copy(unit, location, today) {
  const key = place(unit, location);
  const kept = await read('copy', key);
  if (!kept) return null;
  const content = await unseal(kept.sealed, 'copy:' + key);
  content.storedAt = kept.storedAt;
  content.appointments = (content.appointments || []).filter(a => dayOf(a.start) >= today);
  content.tickets = (content.tickets || []).filter(t => t.day >= today);
  return content;
}

/** Deletes the appointments of past days from every stored copy (personal data kept no longer than needed). */
export async function forgetPastDays(today) {
  const db = await open();
  const keys = await done(db.transaction('copy').objectStore('copy').getAllKeys());
  for (const key of keys) {
    const kept = await read('copy', key);
    if (!kept || (kept.days || []).every(day => day >= today)) continue;
    if (!dataKey || (kept.days || []).every(day => day < today)) {
      // nothing of it is still needed, or it cannot be read here: gone
      const transaction = db.transaction('copy', 'readwrite');
      transaction.objectStore('copy').delete(key);
      await finished(transaction);
      continue;
    }
    const content = await unseal(kept.sealed, 'copy:' + key);
    content.days = content.days.filter(day => day >= today);
    content.appointments = (content.appointments || []).filter(a => dayOf(a.start) >= today);
    content.tickets = (content.tickets || []).filter(t => t.day >= today);
    await write('copy', { ...kept, days: content.days, sealed: await seal(content, 'copy:' + key) }, key);
  }
}

const cityDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });
export const dayOf = instant => cityDate.format(new Date(instant));

// --- the outbox

/**
 * Records an action: gives it an id, the device's next sequence number and the local time, and
 * (for check-ins and walk-ins) the next number of the device's block for today; stores it sealed in
 * the outbox in one transaction with the counters, and only then answers it, so what the clerk sees
 * as done is on the disk. Across tabs of the device one recording runs at a time. With
 * {@code keep: false} (online, the key locked) the action only takes its sequence number and goes
 * straight to the server.
 */
export async function record(deviceRecord, type, fields, { drawNumber = false, keep = true } = {}) {
  // a resolution sent again keeps the time the step really happened (atOverride)
  const { atOverride, ...content } = fields;
  return navigator.locks.request('amtsplan-schalter-outbox', async () => {
    const now = new Date();
    const day = dayOf(atOverride || now);
    const sequenceKey = 'sequence:' + deviceRecord.id;
    const numberKey = 'number:' + deviceRecord.id + ':' + day;
    const sequence = ((await read('meta', sequenceKey)) || 0) + 1;
    let next = null;
    // who did it (a resolution sent again keeps the clerk who did the step)
    const action = { id: crypto.randomUUID(), sequence, at: atOverride || localInstant(now), type,
      ...(clerk() ? { clerk: clerk() } : {}), ...content };
    if (drawNumber) {
      next = (await read('meta', numberKey)) || deviceRecord.numbers.from;
      if (next > deviceRecord.numbers.to) throw new RangeError('block exhausted');
      action.number = deviceRecord.ticketPrefix + String(next).padStart(3, '0');
    }
    if (!keep) {
      await write('meta', sequence, sequenceKey);
      return action;
    }
    const sealed = await seal(action, 'outbox:' + action.id);
    const db = await open();
    const transaction = db.transaction(['meta', 'outbox'], 'readwrite');
    transaction.objectStore('meta').put(sequence, sequenceKey);
    if (drawNumber) transaction.objectStore('meta').put(next + 1, numberKey);
    transaction.objectStore('outbox').put({ id: action.id, device: deviceRecord.id, sequence, day, sealed });
    await finished(transaction);
    return action;
  });
}

/** The instant with the device's own offset ("2026-12-07T09:14:03.120+01:00"), as the contract asks. */
function localInstant(date) {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = n => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const local = new Date(date.getTime() + offset * 60000).toISOString().replace('Z', '');
  return local + sign + pad(offset / 60) + ':' + pad(offset % 60);
}

/** The waiting actions of a device (all devices without an argument), in sequence order. */
export async function outbox(deviceId = null) {
  await tabKey();
  const entries = (await all('outbox')).filter(e => deviceId === null || e.device === deviceId);
  entries.sort((a, b) => a.sequence - b.sequence);
  if (!dataKey) return entries.map(e => ({ id: e.id, sequence: e.sequence, device: e.device, sealedOnly: true }));
  return Promise.all(entries.map(async e => ({ ...(await unseal(e.sealed, 'outbox:' + e.id)), device: e.device })));
}

export async function waiting() {
  const db = await open();
  return done(db.transaction('outbox').objectStore('outbox').count());
}

/**
 * Takes the server's answers in: applied and already done leave the outbox; conflicts and
 * rejections move to the problems the clerk resolves (with the action and the server's reason).
 */
export async function acknowledge(results, actions) {
  const byId = Object.fromEntries(actions.map(a => [a.id, a]));
  const problems = [];
  for (const result of results) {
    if (!byId[result.id]) continue;
    if (result.result === 'CONFLICT' || result.result === 'REJECTED') {
      problems.push({ id: result.id, device: byId[result.id].device, sequence: byId[result.id].sequence,
        sealed: await seal({ action: byId[result.id], result: result.result, problem: result.problem || null }, 'problem:' + result.id) });
    }
  }
  const db = await open();
  const transaction = db.transaction(['outbox', 'problems'], 'readwrite');
  for (const result of results) {
    if (byId[result.id]) transaction.objectStore('outbox').delete(result.id);
  }
  problems.forEach(p => transaction.objectStore('problems').put(p));
  await finished(transaction);
}

export async function problems() {
  await tabKey();
  const entries = await all('problems');
  entries.sort((a, b) => a.sequence - b.sequence);
  if (!dataKey) return [];
  return Promise.all(entries.map(async e => ({ id: e.id, device: e.device, ...(await unseal(e.sealed, 'problem:' + e.id)) })));
}

export async function resolved(id) {
  const db = await open();
  const transaction = db.transaction('problems', 'readwrite');
  transaction.objectStore('problems').delete(id);
  return finished(transaction);
}
