/**
 * Embed mode, for a help page that shows the wizard in an iframe (public/embed.js builds one):
 * `?embed=1` hides the site's header and footer, drops the page background and tells the host
 * page the app's height and its verdicts; `theme=light|dark|auto` forces a colour scheme
 * (auto, the default, follows the system); `start=guide` opens the guided questions first.
 *
 * `embed` and `theme` stay in the address on every navigation inside the app (see
 * keep-embed-params.ts), so a reload inside the iframe stays embedded.
 */

export type Theme = 'light' | 'dark' | 'auto'

export interface EmbedSettings {
  /** Shown inside a host page: no site chrome, messages to the host. */
  embed: boolean
  /** The colour scheme; `auto` follows the system. */
  theme: Theme
}

/** The query parameters that carry the settings from page to page. */
export const KEPT_PARAMS = ['embed', 'theme'] as const

/** The pages `start=` may open, relative to the app's base. */
export const START_PAGES: Readonly<Record<string, string>> = { guide: '/guide' }

function isTheme(value: string | null): value is Theme {
  return value === 'light' || value === 'dark' || value === 'auto'
}

/** The settings in a query string; anything unknown means the default. */
export function readEmbedSettings(search: string | URLSearchParams): EmbedSettings {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  const theme = params.get('theme')
  return { embed: params.get('embed') === '1', theme: isTheme(theme) ? theme : 'auto' }
}

/** Applies the settings to the page: a forced theme and the embed look are classes on <html>. */
export function applyEmbedSettings(root: HTMLElement, settings: EmbedSettings): void {
  root.classList.toggle('dark', settings.theme === 'dark')
  root.classList.toggle('light', settings.theme === 'light')
  root.classList.toggle('embed', settings.embed)
}
