// The counter page's service worker: keeps the page's shell (HTML, scripts, styles, icons, the QR
// decoder) in a versioned cache, so the page opens when the server or the network is gone. API
// answers are never cached here: they carry personal data, and the page keeps what it needs itself,
// encrypted. Every other page and request of the site goes to the network untouched.
// replaced when served (ServiceWorkerScript): a digest of this file and every file of SHELL, so any
// change of the shell installs a new worker with a new cache
const VERSION = 'amtsplan-schalter-dev';
const SHELL = [
  '/schalter.html',
  '/schalter.webmanifest',
  '/assets/app.css',
  '/assets/common.js',
  '/assets/schalter.js',
  '/assets/offline-store.js',
  '/assets/offline-desk.js',
  '/assets/qr-scan.js',
  '/assets/vendor/jsqr/jsQR.js',
  '/assets/icons/schalter.svg',
  '/assets/icons/schalter-192.png',
  '/assets/icons/schalter-512.png'
];
// the network is asked first (a new version arrives at once); a server that does not answer
// within this time counts as gone, and the cached shell is served
const NETWORK_WAIT_MS = 4000;

self.addEventListener('install', event => {
  event.waitUntil(caches.open(VERSION)
    .then(cache => cache.addAll(SHELL.map(path => new Request(path, { cache: 'reload' }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(names => Promise.all(names.filter(n => n.startsWith('amtsplan-schalter-') && n !== VERSION).map(n => caches.delete(n))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !SHELL.includes(url.pathname)) return;
  event.respondWith(networkThenShell(request, url.pathname));
});

async function networkThenShell(request, path) {
  const cache = await caches.open(VERSION);
  try {
    const answer = await Promise.race([
      fetch(request),
      new Promise((resolve, reject) => setTimeout(() => reject(new Error('timeout')), NETWORK_WAIT_MS))]);
    if (answer.ok) {
      // the cached copy follows the server's (?lang=en is the same page)
      await cache.put(path, answer.clone());
      return answer;
    }
    const kept = await cache.match(path);
    return kept || answer;
  } catch (unreachable) {
    const kept = await cache.match(path);
    if (kept) return kept;
    throw unreachable;
  }
}
