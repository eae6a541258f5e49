/**
 * Where the browser tests find the app: the root build and the sub-path build. The ports can be
 * moved (E2E_PORT, E2E_SUBPATH_PORT) when another program already holds 4173 or 4174.
 */

export const APP_PORT = Number(process.env.E2E_PORT ?? 4173)
export const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT ?? 4174)
/** A help page on an origin of its own, embedding the app (tests/e2e/embed.spec.ts serves it). */
export const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4175)
/** Two builds deployed one after the other on one origin (tests/e2e/update.spec.ts serves them). */
export const UPDATE_PORT = Number(process.env.E2E_UPDATE_PORT ?? 4176)

/** dist/, served by vite preview (which falls back to index.html for unknown paths). */
export const APP_URL = `http://127.0.0.1:${APP_PORT}`

/** The sub-path the second build is made for (BASE_PATH in the test:e2e script). */
export const SUB_PATH = '/kb/bounce-wizard/'

/** dist-subpath/, served by a plain static server with no rewrite rules. */
export const SUBPATH_ORIGIN = `http://127.0.0.1:${SUBPATH_PORT}`
export const SUBPATH_URL = `${SUBPATH_ORIGIN}${SUB_PATH}`

/** The origin of that help page: not the app's, but the page the app is embedded in. */
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`

/** The origin where tests/e2e/update.spec.ts deploys one build, then the next, at the root. */
export const UPDATE_ORIGIN = `http://127.0.0.1:${UPDATE_PORT}`

/** The global the entry script of each of those builds sets to its version (tests/e2e/support/versioned-build.config.ts). */
export const BUILD_MARKER = '__BOUNCE_WIZARD_E2E_BUILD__'
