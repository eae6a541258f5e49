/**
 * A plain static file server, as a web host without rewrite rules behaves: a path names a file
 * (a directory means its index.html) or it is a 404 (with the site's 404.html, if any, as static
 * hosts do); index.html is never served in place of a missing file. It serves dist-subpath/ under /kb/bounce-wizard/ so the browser tests can check
 * the sub-path build as it would be deployed on such a host.
 *
 * Usage: tsx tests/e2e/support/static-server.ts (PORT, ROOT and PREFIX may be set in the env).
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'

const port = Number(process.env.PORT ?? 4174)
const root = resolve(process.env.ROOT ?? 'dist-subpath')
const prefix = process.env.PREFIX ?? '/kb/bounce-wizard/'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
}

if (!existsSync(join(root, 'index.html'))) {
  console.error(`${join(root, 'index.html')} is missing: build it first (npm run test:e2e does).`)
  process.exit(1)
}

type Found = { kind: 'file'; file: string } | { kind: 'directory'; index: string } | null

/** What a URL path names under the prefix, if anything. */
function lookUp(pathname: string): Found {
  const under = `${pathname}/` === prefix ? '' : pathname.startsWith(prefix) ? pathname.slice(prefix.length) : null
  if (under === null) return null
  let relative: string
  try {
    relative = decodeURIComponent(under)
  } catch {
    return null
  }
  const path = normalize(join(root, relative))
  if (path !== root && !path.startsWith(root + sep)) return null
  if (!existsSync(path)) return null
  const stats = statSync(path)
  if (stats.isFile()) return { kind: 'file', file: path }
  const index = join(path, 'index.html')
  return stats.isDirectory() && existsSync(index) ? { kind: 'directory', index } : null
}

createServer((request, response) => {
  const { pathname, search } = new URL(request.url ?? '/', 'http://localhost')
  const found = request.method === 'GET' || request.method === 'HEAD' ? lookUp(pathname) : null
  if (!found) {
    // Like GitHub Pages, Netlify or nginx's error_page: the site's own 404.html when it has one.
    const page = join(root, '404.html')
    if (existsSync(page)) {
      response.writeHead(404, { 'content-type': TYPES['.html'] })
      createReadStream(page).pipe(response)
    } else {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      response.end('404 Not Found\n')
    }
    return
  }
  if (found.kind === 'directory' && !pathname.endsWith('/')) {
    // A directory named without its trailing slash is redirected, as static hosts do.
    response.writeHead(301, { location: `${pathname}/${search}` })
    response.end()
    return
  }
  const file = found.kind === 'file' ? found.file : found.index
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
  if (request.method === 'HEAD') response.end()
  else createReadStream(file).pipe(response)
}).listen(port, '127.0.0.1', () => {
  console.log(`static: ${root} at http://127.0.0.1:${port}${prefix} (files only, no rewrites)`)
})
