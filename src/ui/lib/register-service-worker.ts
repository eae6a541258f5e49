/**
 * Registers the service worker the build writes to sw.js (src/service-worker.js), so the app
 * works offline after the first visit. Production builds only: the dev server has no sw.js,
 * and a worker caching dev files would only get in the way. Registered once the page has
 * loaded, so it never competes with the first paint.
 */
export function registerServiceWorker(base: string): void {
  if (!('serviceWorker' in navigator)) return
  const register = (): void => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
      // Offline support is a bonus: without it (private windows, a blocked worker) the app works as before.
    })
  }
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
}
