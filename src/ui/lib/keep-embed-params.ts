import { parsePath, type HistoryRouterProps, type To } from 'react-router'
import { KEPT_PARAMS } from './embed-settings'

/** `to` with the embed parameters of `current` added where `to` does not set them itself. */
export function withKeptParams(to: To, current: URLSearchParams): To {
  const kept = KEPT_PARAMS.filter((name) => current.has(name))
  if (kept.length === 0) return to
  const path = typeof to === 'string' ? parsePath(to) : { ...to }
  const params = new URLSearchParams(path.search ?? '')
  for (const name of kept) {
    if (!params.has(name)) params.set(name, current.get(name) ?? '')
  }
  return { ...path, search: `?${params.toString()}` }
}

/** The browser history (or, in tests, a memory history) the app's router navigates with. */
export type AppHistory = HistoryRouterProps['history']

/**
 * The history, with every in-app navigation (links, redirects, the guided flow's Continue)
 * keeping the embed parameters (`embed`, `theme`) of the current address. Links' own `href`s
 * stay without them, so a link opened in a new tab opens the full site.
 */
export function keepEmbedParams<H extends AppHistory>(history: H): H {
  const keeping = (to: To): To => withKeptParams(to, new URLSearchParams(history.location.search))
  const push = (to: To, state?: unknown): void => history.push(keeping(to), state)
  const replace = (to: To, state?: unknown): void => history.replace(keeping(to), state)
  return new Proxy(history, {
    get: (target, property, receiver) =>
      property === 'push' ? push : property === 'replace' ? replace : Reflect.get(target, property, receiver),
  })
}
