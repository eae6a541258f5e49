/*
 * The service worker: the app keeps working offline after the first visit.
 *
 * The build (src/node/service-worker-plugin.ts) writes it to sw.js with two constants put in
 * front: CACHE, a cache name that changes with every build that changes a file, and PRECACHE,
 * every file of the build (paths relative to this script, which sits at the app's base).
 *
 * - install: caches every file of this build, so each page and each lazily loaded part (the
 *   MIME reader too) works offline, not only those seen on the first visit.
 * - activate: deletes the caches of older builds.
 * - page loads (navigations): the network first, so a new version deployed since the last visit
 *   is picked up on the next visit; offline (or after NAVIGATION_TIMEOUT), the cached page.
 * - everything else under the app's path: the cache first (file names carry a content hash),
 *   then the network.
 *
 * A new version waits (no skipWaiting) until no page of the old one is open: a page still
 * running the old version may load one of its old parts lazily, and those stay cached until then.
 * Nothing but GET requests to the app's own origin, under its path, is ever touched.
 */
/* global CACHE, PRECACHE */

const NAVIGATION_TIMEOUT = 4000
const SCOPE = new URL('./', self.location.href)
const INDEX = new URL('index.html', SCOPE).href

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((path) => new URL(path, SCOPE).href))))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('bounce-wizard-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return
  event.respondWith(request.mode === 'navigate' ? openPage(request) : cachedFirst(request))
})

/** A page: from the network while it answers in time, else the cached copy of the app. */
async function openPage(request) {
  const cache = await caches.open(CACHE)
  // A page of its own (the embed demo) is served as itself; every app address is index.html.
  const cached = (await cache.match(request, { ignoreSearch: true, ignoreVary: true })) ?? (await cache.match(INDEX, { ignoreVary: true }))
  const network = fetch(request)
  if (!cached) return network
  const timeout = new Promise((resolve) => setTimeout(resolve, NAVIGATION_TIMEOUT, cached))
  return Promise.race([network.catch(() => cached), timeout])
}

/** A file of the app: from the cache, or from the network (and kept) when not cached. */
async function cachedFirst(request) {
  const cache = await caches.open(CACHE)
  // The files never vary by request header, whatever a server's Vary says (vite preview: Origin).
  const cached = await cache.match(request, { ignoreVary: true })
  if (cached) return cached
  const response = await fetch(request)
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone())
  return response
}
