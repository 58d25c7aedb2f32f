// PAR Tracker's service worker: the app opens without a network (a commune head on a phone with no
// signal sees the last inbox, read-only). It keeps the app's own files only; the API, the Camunda
// webapps and everything else the server answers are never cached here, so sessions, CSRF and data
// stay with the server (the last inbox itself is kept by the app: src/lib/offline-cache.ts).
const CACHE = 'par-app-v1';
const SERVER_PATHS = ['/api/', '/engine-rest', '/camunda', '/actuator', '/swagger-ui', '/v3/api-docs', '/error'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.add('/')));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// the page tells which of the app's files it loaded before this worker took control: kept too
self.addEventListener('message', (event) => {
  const urls = (event.data && Array.isArray(event.data.keep) ? event.data.keep : []).filter((url) => {
    const parsed = new URL(url, self.location.origin);
    return parsed.origin === self.location.origin && parsed.pathname.startsWith('/assets/');
  });
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(urls.map((url) => cache.match(url).then((hit) => hit || cache.add(url).catch(() => undefined)))),
    ),
  );
});

function keep(key, response) {
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    void caches.open(CACHE).then((cache) => cache.put(key, copy));
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (SERVER_PATHS.some((path) => url.pathname.startsWith(path))) return;
  if (request.mode === 'navigate') {
    // every client route is the same index.html: the newest from the network, else the last kept
    event.respondWith(fetch(request).then((response) => keep('/', response)).catch(() => caches.match('/')));
  } else if (url.pathname.startsWith('/assets/')) {
    // named by a hash of their content: a kept copy never changes
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request).then((response) => keep(request, response))));
  } else {
    event.respondWith(
      fetch(request)
        .then((response) => keep(request, response))
        .catch(() => caches.match(request).then((hit) => hit || Response.error())),
    );
  }
});
