// Knot Coach service worker (standalone page only): works offline after one visit.
// Network first, so a new version is picked up on the next load; the cache answers when
// there is no network. A page already open keeps the code it started with, so a session
// in progress is never broken by an update.
const CACHE = 'knot-coach-v2';
const ASSETS = [
  './',
  './index.html',
  './knot-coach.js',
  // The welcome part, then the whole widget it loads (issue 17).
  './knot-coach-app.js',
  './knot-coach-app_bg.wasm',
  './knot-coach-full.js',
  './knot-coach-full_bg.wasm',
  // The French words: fetched by the widget only in French, precached so the page works
  // offline in French too.
  './knot-coach.fr-CA.json',
  './standalone.js',
  './manifest.webmanifest',
  './icon.svg',
  './icon-192.png',
  './icon-512.png',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(ASSETS.map((path) => new Request(path, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })
      .catch(() =>
        caches
          .match(request, { ignoreSearch: true })
          .then((cached) => cached ?? (request.mode === 'navigate' ? caches.match('./') : undefined))
          .then((cached) => cached ?? Response.error()),
      ),
  );
});
