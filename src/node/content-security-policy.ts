import type { Plugin } from 'vite'

/**
 * The Content Security Policy of the built app: every script, style, image, fetch and worker
 * from the app's own origin only, no inline script or style, no plugins. It goes into the built
 * index.html as a <meta> tag (so it holds on any static host); a host that can send headers
 * should send it as a header too, with `frame-ancestors`, which a <meta> tag cannot carry.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [directive: string, ...sources: string[]]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  // data: for small images CSS may inline; no other origin.
  ['img-src', "'self'", 'data:'],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
]

/** The policy as one header or meta value. */
export function formatPolicy(directives = CSP_DIRECTIVES): string {
  return directives.map((parts) => parts.join(' ')).join('; ')
}

/**
 * Puts the policy into index.html, right after <meta charset>, before any tag it governs.
 * Build only: the dev server injects an inline script (React's refresh preamble) that the
 * policy would block.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'bounce-wizard-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const tag = `<meta http-equiv="Content-Security-Policy" content="${formatPolicy()}" />`
        const charset = /<meta charset="[^"]*"\s*\/?>/i
        if (!charset.test(html)) throw new Error('index.html needs a <meta charset> for the CSP to follow')
        return html.replace(charset, (found) => `${found}\n    ${tag}`)
      },
    },
  }
}
