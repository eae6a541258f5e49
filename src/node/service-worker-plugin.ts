import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { Plugin } from 'vite'
import { afterBuildPlugin } from './after-build-plugin'

/** The service worker's source; the build puts its cache name and file list in front. */
const SOURCE = join(import.meta.dirname, '..', 'service-worker.js')

/** Where the built service worker goes, at the app's base (so its scope is the whole app). */
export const SERVICE_WORKER_FILE = 'sw.js'

/**
 * The files a service worker caches: every file of the build but the worker itself and the
 * copies of index.html at the page addresses and as 404.html (the worker answers any page with
 * index.html). Paths relative to the build folder, with forward slashes, sorted.
 */
export function precacheList(files: readonly string[]): string[] {
  return files
    .filter((file) => file !== SERVICE_WORKER_FILE && file !== '404.html' && !(file.endsWith('/index.html')))
    .filter((file) => !file.endsWith('.map'))
    .sort()
}

/** A cache name that changes whenever any precached file changes (name or content). */
export function cacheName(files: ReadonlyArray<{ path: string; content: Uint8Array | string }>): string {
  const hash = createHash('sha256')
  for (const { path, content } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    hash.update(path).update('\0').update(content).update('\0')
  }
  return `bounce-wizard-${hash.digest('hex').slice(0, 16)}`
}

/** The service worker's text for a build. */
export function serviceWorkerSource(cache: string, precache: readonly string[], source = readFileSync(SOURCE, 'utf8')): string {
  return `const CACHE = ${JSON.stringify(cache)}\nconst PRECACHE = ${JSON.stringify(precache)}\n${source}`
}

function listFiles(dir: string): string[] {
  const files: string[] = []
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name)
      if (statSync(full).isDirectory()) walk(full)
      else files.push(relative(dir, full).split(sep).join('/'))
    }
  }
  walk(dir)
  return files
}

/**
 * Writes sw.js into the build: the app shell and all its files, cached under a name derived
 * from their content, so a new build is a new cache and the old one is dropped. The app
 * registers it in production builds only (src/ui/lib/register-service-worker.ts).
 */
export function serviceWorkerPlugin(): Plugin {
  return afterBuildPlugin('bounce-wizard-service-worker', (outDir) => {
    const precache = precacheList(listFiles(outDir))
    const source = readFileSync(SOURCE, 'utf8')
    const files = precache.map((path) => ({ path, content: readFileSync(join(outDir, path)) }))
    // The worker's own code counts too: a change to it starts from a fresh cache.
    const name = cacheName([...files, { path: SERVICE_WORKER_FILE, content: source }])
    writeFileSync(join(outDir, SERVICE_WORKER_FILE), serviceWorkerSource(name, precache, source))
  })
}
