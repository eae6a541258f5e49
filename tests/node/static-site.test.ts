import { Script } from 'node:vm'
import { matchRoutes, type RouteObject } from 'react-router'
import { describe, expect, it } from 'vitest'
import { cspPlugin, formatPolicy } from '../../src/node/content-security-policy'
import { loadContent } from '../../src/node/read-content'
import { routePaths } from '../../src/node/route-pages'
import { cacheName, precacheList, serviceWorkerSource } from '../../src/node/service-worker-plugin'
import { routes } from '../../src/ui/app-routes'

const content = loadContent()

/** The route patterns of the app, e.g. "causes/:slug", with the catch-all left out. */
function patterns(list: RouteObject[], parent = ''): string[] {
  return list.flatMap((route) => {
    const path = route.index ? parent : route.path ? [parent, route.path].filter(Boolean).join('/') : parent
    const own = route.index || (route.path && route.path !== '*') ? [path] : []
    return [...own, ...patterns(route.children ?? [], path)]
  })
}

describe('the page addresses the build writes a copy of index.html at', () => {
  const paths = routePaths(content)

  it('each names a page of the app, not its page-not-found', () => {
    for (const path of paths) {
      const leaf = matchRoutes(routes, `/${path}`)?.at(-1)
      expect(leaf?.route.path, `/${path}`).not.toBe('*')
    }
  })

  it('cover every page of the app, with every question, cause and outcome', () => {
    const covered = new Set(paths.flatMap((path) => matchRoutes(routes, `/${path}`)?.at(-1)?.route ?? []))
    const pages = patterns(routes)
    expect(pages.length).toBeGreaterThan(6)
    for (const page of pages) {
      const route = matchRoutes(routes, `/${page.replace(/:\w+/g, 'x')}`)?.at(-1)?.route
      expect(route && covered.has(route), page).toBe(true)
    }
    expect(paths).toContain('tree')
    expect(paths.filter((p) => p.startsWith('causes/'))).toHaveLength(13)
    expect(paths.filter((p) => p.startsWith('guide/'))).toHaveLength(Object.keys(content.tree.nodes).length)
    expect(paths.filter((p) => p.startsWith('outcome/'))).toEqual(['outcome/temporary', 'outcome/not-a-bounce', 'outcome/outside'])
  })
})

describe('the Content Security Policy', () => {
  const transform = (html: string): string => {
    const hook = cspPlugin().transformIndexHtml
    if (!hook || typeof hook === 'function') throw new Error('expected an object hook')
    return (hook.handler as (html: string) => string)(html)
  }

  it('allows the app’s own origin only, and no inline script', () => {
    const policy = formatPolicy()
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
      expect(policy).toContain(directive)
    }
    expect(policy).not.toMatch(/unsafe-|https?:|\*/)
  })

  it('goes into index.html right after <meta charset>, for the build only', () => {
    expect(cspPlugin().apply).toBe('build')
    const html = transform('<head>\n    <meta charset="UTF-8" />\n    <title>x</title>')
    expect(html).toMatch(/<meta charset="UTF-8" \/>\n\s+<meta http-equiv="Content-Security-Policy" content="default-src 'self'; [^"]+" \/>\n\s+<title>/)
  })

  it('refuses an index.html without <meta charset> rather than put the policy in the wrong place', () => {
    expect(() => transform('<head><title>x</title></head>')).toThrow(/meta charset/)
  })
})

describe('the service worker', () => {
  it('precaches every file of the build but itself and the copies of index.html', () => {
    const files = ['index.html', '404.html', 'sw.js', 'assets/index-abc.js', 'assets/index-abc.css', 'causes/x/index.html', 'guide/index.html', 'embed.js', 'favicon.svg', 'assets/a.js.map']
    expect(precacheList(files)).toEqual(['assets/index-abc.css', 'assets/index-abc.js', 'embed.js', 'favicon.svg', 'index.html'])
  })

  it('gets a new cache name when any file changes, and the same one for the same files', () => {
    const files = [
      { path: 'index.html', content: '<html>1</html>' },
      { path: 'assets/a.js', content: 'a' },
    ]
    const name = cacheName(files)
    expect(name).toMatch(/^bounce-wizard-[0-9a-f]{16}$/)
    expect(cacheName([...files].reverse())).toBe(name)
    expect(cacheName([{ path: 'index.html', content: '<html>2</html>' }, files[1]!])).not.toBe(name)
    expect(cacheName([files[0]!, { path: 'assets/b.js', content: 'a' }])).not.toBe(name)
  })

  it('is valid JavaScript with its cache name and file list in front', () => {
    const source = serviceWorkerSource('bounce-wizard-0123', ['index.html', 'assets/a.js'])
    expect(source.startsWith('const CACHE = "bounce-wizard-0123"\nconst PRECACHE = ["index.html","assets/a.js"]\n')).toBe(true)
    expect(() => new Script(source)).not.toThrow()
    expect(source).toMatch(/addEventListener\('fetch'/)
  })
})
