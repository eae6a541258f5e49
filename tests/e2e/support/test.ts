import { test as base, expect } from '@playwright/test'
import { APP_URL, SUBPATH_ORIGIN, UPDATE_ORIGIN } from './app-urls'

/** The only origins the app may talk to: its own (the root build, the sub-path build, the update test's builds). */
const OWN_ORIGINS = new Set([new URL(APP_URL).origin, SUBPATH_ORIGIN, UPDATE_ORIGIN])

/** URLs that never leave the browser. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:'])

export interface PageWatch {
  /** Every request any page of the test made, in order. */
  requests: string[]
  /** Console messages of type error, and uncaught exceptions. */
  errors: string[]
  /** Content Security Policy violations any page (or frame) reported: directive and what was blocked. */
  cspViolations: string[]
}

interface Fixtures {
  /** Origins besides the app's own a test may load from (a host page embedding the app); none by default. */
  otherOrigins: string[]
  /** Console errors a test expects (each must be matched, or the test fails); none by default. */
  expectedConsoleErrors: RegExp[]
  watch: PageWatch
}

/**
 * Every test runs under three guards, checked when it ends: no page made a request to any origin
 * but the app's own (nothing pasted may leave the browser; no fonts, analytics or CDNs), no page
 * or frame reported a Content Security Policy violation, and no page logged a console error or
 * threw an uncaught exception.
 */
export const test = base.extend<Fixtures>({
  expectedConsoleErrors: [[], { option: true }],
  otherOrigins: [[], { option: true }],
  watch: [
    async ({ context, expectedConsoleErrors, otherOrigins }, use) => {
      const watch: PageWatch = { requests: [], errors: [], cspViolations: [] }
      // Each document reports its CSP violations through a binding (bindings and init scripts
      // are not subject to the page's CSP).
      await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
        watch.cspViolations.push(text)
      })
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation?: (text: string) => void }).__reportCspViolation
          report?.(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} on ${event.documentURI}`)
        })
      })
      context.on('request', (request) => watch.requests.push(request.url()))
      context.on('console', (message) => {
        if (message.type() === 'error') watch.errors.push(`${message.text()} (at ${message.location().url})`)
      })
      context.on('weberror', (error) => watch.errors.push(`uncaught: ${error.error().message}`))

      await use(watch)

      const foreign = watch.requests.filter((url) => {
        const parsed = new URL(url)
        return !LOCAL_SCHEMES.has(parsed.protocol) && !OWN_ORIGINS.has(parsed.origin) && !otherOrigins.includes(parsed.origin)
      })
      expect(foreign, 'requests to an origin other than the app’s own').toEqual([])
      expect(watch.cspViolations, 'Content Security Policy violations').toEqual([])
      const unexpected = watch.errors.filter((text) => !expectedConsoleErrors.some((pattern) => pattern.test(text)))
      expect(unexpected, 'console errors').toEqual([])
      for (const pattern of expectedConsoleErrors) {
        expect(watch.errors.some((text) => pattern.test(text)), `an expected console error ${pattern}`).toBe(true)
      }
    },
    { auto: true },
  ],
})

export { expect }
