import { START_PAGES } from './embed-settings'

/**
 * The address the app should start at, given the one it was opened at, or null when that one is
 * fine. `basename` is the app's base without its trailing slash ('' at the site root).
 *
 * - A static host serves a page address as a folder (causes/x/index.html) and redirects
 *   `…/causes/x` to `…/causes/x/`: the trailing slash and a trailing index.html are dropped, so
 *   every page has one address.
 * - `?start=guide` on the home page opens that page instead (the parameter is used up).
 */
export function startAddress(location: Pick<Location, 'pathname' | 'search' | 'hash'>, basename: string): string | null {
  let path = location.pathname
  if (path.endsWith('/index.html')) path = path.slice(0, -'index.html'.length)
  while (path.length > basename.length + 1 && path.endsWith('/')) path = path.slice(0, -1)

  let search = location.search
  const params = new URLSearchParams(search)
  const start = params.get('start')
  if (start !== null) {
    const page = Object.hasOwn(START_PAGES, start) ? START_PAGES[start] : undefined
    const atHome = path === basename || path === `${basename}/`
    if (page && atHome) path = `${basename}${page}`
    params.delete('start')
    search = params.size > 0 ? `?${params.toString()}` : ''
  }
  const address = `${path}${search}${location.hash}`
  return address === `${location.pathname}${location.search}${location.hash}` ? null : address
}
