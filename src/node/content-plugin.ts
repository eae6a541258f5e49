import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { CONTENT_DIR, loadContent } from './read-content'

const ID = 'virtual:content'
const RESOLVED = '\0' + ID
const PROJECT_DIR = join(CONTENT_DIR, '..')
const CHECK_SCRIPT = join(PROJECT_DIR, 'scripts', 'check-content.ts')

/**
 * Serves content/ to the app as `virtual:content`, validated: a bad content file stops the build
 * with a message naming the file and the field. The build also checks every regular expression
 * for catastrophic backtracking (seconds per new expression). The dev server does not make the
 * page wait for that: it serves the validated content at once and runs the whole content check
 * (`npm run content:check`) beside it, at start and after each change, showing what it finds in
 * the terminal and over the page.
 */
export function contentPlugin(): Plugin {
  let serving = false
  return {
    name: 'bounce-wizard-content',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined
    },
    load(id) {
      if (id !== RESOLVED) return undefined
      const content = loadContent(undefined, { checkPatterns: !serving })
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(content))})`
    },
    configureServer(server) {
      serving = true
      const check = backgroundCheck(server)
      check()
      server.watcher.add(CONTENT_DIR)
      server.watcher.on('change', (file) => {
        if (!file.startsWith(CONTENT_DIR)) return
        const mod = server.moduleGraph.getModuleById(RESOLVED)
        if (mod) server.moduleGraph.invalidateModule(mod)
        server.ws.send({ type: 'full-reload' })
        check()
      })
    },
  }
}

/**
 * Runs the content check in a process of its own, one run at a time (a change during a run
 * starts one more after it). Its problems are logged and shown over the page, also to a page
 * that connects later, until a run finds none.
 */
function backgroundCheck(server: ViteDevServer): () => void {
  let running = false
  let again = false
  let problem: string | null = null
  const show = (): void => {
    if (problem) server.ws.send({ type: 'error', err: { message: problem, stack: '', plugin: 'bounce-wizard-content' } })
  }
  server.ws.on('connection', show)
  let current: ChildProcess | null = null
  // A check still running when the server stops ends with it.
  server.httpServer?.on('close', () => current?.kill())
  const run = (): void => {
    if (running) {
      again = true
      return
    }
    running = true
    let output = ''
    // tsx, as `npm run content:check` runs it, found from the project folder.
    const child = spawn(process.execPath, ['--import', 'tsx', CHECK_SCRIPT], { cwd: PROJECT_DIR, stdio: ['ignore', 'pipe', 'pipe'] })
    current = child
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    let started = true
    child.on('error', (err) => {
      started = false
      server.config.logger.warn(`content check could not run: ${err.message}`, { timestamp: true })
    })
    child.on('close', (code) => {
      running = false
      current = null
      if (!started) {
        // Nothing was checked: the build and `npm run content:check` still check everything.
      } else if (code === 0) {
        if (problem) server.config.logger.info('content check: the problems are fixed', { timestamp: true })
        problem = null
      } else {
        problem = output.trim() || `npm run content:check failed (exit ${code ?? 'signal'})`
        server.config.logger.error(problem, { timestamp: true })
        show()
      }
      if (again) {
        again = false
        run()
      }
    })
  }
  return run
}
