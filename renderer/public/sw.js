/* global self, caches */
// The app's own files kept on the device, so a gate tablet restarted while the core is out of reach still opens the
// app (and its offline login, its cache and its queue, which live in the page's storage). Nothing of the API is
// ever kept here: /api and the event stream always go to the network.
//   pages:  network first, the last good copy of the app's page when the network fails;
//   assets: their names carry a content hash, so the first copy is good for ever (cache first).
// The page and the assets it names are kept together (at install and after each page load), so an offline start
// never finds a page without its script.
const CACHE = 'boxoffice-shell-v1';
const PAGE = '/';

/** Keeps a fetched page and every asset it names. */
async function keep(response) {
  const cache = await caches.open(CACHE);
  const html = await response.clone().text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
  const missing = [];
  for (const asset of assets) if (!(await cache.match(asset))) missing.push(asset);
  await cache.addAll(missing);
  await cache.put(PAGE, response);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    fetch(PAGE)
      .then((response) => (response.ok ? keep(response) : undefined))
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
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api')) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) event.waitUntil(keep(response.clone()).catch(() => undefined));
          return response;
        })
        .catch(() => caches.match(PAGE).then((page) => page ?? Response.error())),
    );
    return;
  }
  if (url.pathname.startsWith('/assets/') || url.pathname === '/favicon.svg') {
    event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
  }
});
