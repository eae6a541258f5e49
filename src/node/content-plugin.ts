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
      // Only a server that serves pages checks: not the one the test runner builds, which never listens.
      let listening = false
      server.httpServer?.once('listening', () => {
        listening = true
        check.run()
      })
      server.httpServer?.once('close', check.stop)
      server.watcher.add(CONTENT_DIR)
      server.watcher.on('change', (file) => {
        if (!file.startsWith(CONTENT_DIR)) return
        const mod = server.moduleGraph.getModuleById(RESOLVED)
        if (mod) server.moduleGraph.invalidateModule(mod)
        server.ws.send({ type: 'full-reload' })
        if (listening) check.run()
      })
    },
  }
}

/** The longest a content check may run (a fresh one takes about half a minute). */
const CHECK_TIMEOUT_MS = 5 * 60_000

/**
 * Runs the content check in a process of its own, one run at a time (a change during a run
 * starts one more after it). Its problems are logged and shown over the page, also to a page
 * that connects later, until a run finds none; a page that showed them is reloaded then.
 */
function backgroundCheck(server: ViteDevServer): { run: () => void; stop: () => void } {
  let current: ChildProcess | null = null
  let again = false
  let stopped = false
  // The last finished run's problems; cleared while a new run checks the changed files.
  let problem: string | null = null
  let shown = false
  const payload = (message: string) => ({ type: 'error' as const, err: { message, stack: '', plugin: 'bounce-wizard-content' } })
  server.ws.on('connection', (socket: { send: (data: string) => void }) => {
    if (problem) socket.send(JSON.stringify(payload(problem)))
  })
  const run = (): void => {
    if (stopped) return
    if (current) {
      again = true
      return
    }
    problem = null
    let output = ''
    let timedOut = false
    // tsx, as `npm run content:check` runs it, found from the project folder.
    const child = spawn(process.execPath, ['--import', 'tsx', CHECK_SCRIPT], { cwd: PROJECT_DIR, stdio: ['ignore', 'pipe', 'pipe'] })
    current = child
    const timer = setTimeout(() => {
      timedOut = true
      child.kill()
    }, CHECK_TIMEOUT_MS)
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    let started = true
    child.on('error', (err) => {
      started = false
      if (!stopped) server.config.logger.warn(`content check could not run: ${err.message}`, { timestamp: true })
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      current = null
      // Stopped with the server, or could not start: nothing was checked (the build and
      // `npm run content:check` still check everything).
      if (stopped || !started) return
      if (timedOut) {
        server.config.logger.warn(`content check: stopped after ${CHECK_TIMEOUT_MS / 60_000} minutes; run npm run content:check`, { timestamp: true })
      } else if (code === 0) {
        if (shown) {
          server.config.logger.info('content check: the problems are fixed', { timestamp: true })
          server.ws.send({ type: 'full-reload' })
        }
        shown = false
      } else {
        problem = output.trim() || `npm run content:check failed (exit ${code ?? 'signal'})`
        server.config.logger.error(problem, { timestamp: true })
        server.ws.send(payload(problem))
        shown = true
      }
      if (again) {
        again = false
        run()
      }
    })
  }
  const stop = (): void => {
    stopped = true
    current?.kill()
  }
  return { run, stop }
}
