// Trygg's service worker: after one visit the app starts with no network at all.
//
// - Install: fetch every file of this build (each checked against its SHA-384, so a
//   half-updated host can never mix two versions) into a cache named after the build.
// - Fetch: the app's own files come from that cache first; anything else is left to
//   the browser untouched. Nothing is ever cached at run time, and this worker never
//   asks another origin for anything.
// - Activate: delete this app's caches of older builds (only its own, only below its
//   own scope: another app on the same site keeps its caches).
// - A new build installs in the background and waits; it takes over only when the
//   page asks it to ("Update now", offered while no interview is open; src/offline.rs).
//
// `cargo xtask build` (xtask/src/dist.rs) moves this file to the root of dist/ and
// fills in the two lines below with the build's version and files; the build fails
// if they are missing.
const VERSION = 'development';
const FILES = [];

const PREFIX = `trygg ${self.registration.scope} `;
const CACHE = PREFIX + VERSION;
// The page itself is kept under the scope's own address ("./"): some hosts redirect
// "index.html" to "./", and a redirected response must not answer a navigation.
const PAGE = new URL('./', self.registration.scope).href;
const KNOWN = new Set(FILES.map(([path]) => new URL(path, self.registration.scope).href));

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

async function precache() {
  const cache = await caches.open(CACHE);
  try {
    await Promise.all(
      FILES.map(async ([path, integrity]) => {
        const url = new URL(path, self.registration.scope);
        if (url.origin !== self.location.origin) throw new Error(`not this app's file: ${path}`);
        const response = await fetch(new Request(url, { integrity, cache: 'no-cache', redirect: 'follow' }));
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        await cache.put(url, response.redirected ? await unredirected(response) : response);
      }),
    );
  } catch (error) {
    // An incomplete version is never kept: the installed one stays in use.
    await caches.delete(CACHE);
    throw error;
  }
}

/** The same response without the "redirected" mark. */
async function unredirected(response) {
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name)),
      );
      // The first version takes charge of the page that installed it, so that page
      // already works offline; a later version gets here only when the page asked.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'trygg-update-now') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  url.hash = '';
  let key = url.href;
  if (request.mode === 'navigate') {
    url.search = '';
    key = url.href === PAGE || url.href === PAGE + 'index.html' ? PAGE : url.href;
  }
  if (!KNOWN.has(key)) return;
  event.respondWith(fromCache(key, request));
});

async function fromCache(key, request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  // Missing only if the browser cleared the cache: then the network, as without us.
  return cached || fetch(request);
}
