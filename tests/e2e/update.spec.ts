import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { BUILD_MARKER, UPDATE_ORIGIN, UPDATE_PORT } from './support/app-urls'
import { expect, test } from './support/test'
import { serviceWorkerReady } from './support/steps'

/*
 * A new version is picked up on the next visit, and the old cache goes (README, "Offline"):
 * two real builds of the app, A and B, differing the way two releases do (file hashes, so the
 * service worker's cache name), are deployed one after the other on one origin — the plain
 * static server serves dist-update/live, a symlink switched from a/ to b/ the way many hosts
 * deploy. Visit 1 runs A and caches it; visit 2, after B is deployed, already runs B (pages come
 * from the network first) while B's worker installs and waits for A's page to go; visit 3 runs B
 * under B's worker, A's cache is gone, and B works offline.
 */

const ROOT = resolve('dist-update')
const LIVE = join(ROOT, 'live')
const URL_ROOT = `${UPDATE_ORIGIN}/`

let server: ChildProcess | undefined

/** Runs a command to its end; its output is shown only if it fails. */
function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', fail)
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`))))
  })
}

/** Builds the app with a marker that tells this build from the other (tests/e2e/support/versioned-build.config.ts). */
function build(version: 'A' | 'B', outDir: string): Promise<void> {
  return run(
    'node_modules/.bin/vite',
    ['build', '--config', 'tests/e2e/support/versioned-build.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { E2E_BUILD_VERSION: version, BASE_PATH: '/' },
  )
}

/** Points dist-update/live at a build, in one step (a new symlink renamed over the old). */
function deploy(folder: 'a' | 'b'): void {
  const next = `${LIVE}.next`
  rmSync(next, { force: true })
  symlinkSync(folder, next)
  renameSync(next, LIVE)
}

/** The cache name a build's service worker uses (the build writes it at the top of sw.js). */
function cacheOf(folder: 'a' | 'b'): string {
  const found = /^const CACHE = "([^"]+)"/.exec(readFileSync(join(ROOT, folder, 'sw.js'), 'utf8'))
  if (!found?.[1]) throw new Error(`no cache name in dist-update/${folder}/sw.js`)
  return found[1]
}

/** Starts the plain static server on dist-update/live and waits until it listens. */
function startServer(): Promise<ChildProcess> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/e2e/support/static-server.ts'], {
      env: { ...process.env, PORT: String(UPDATE_PORT), ROOT: LIVE, PREFIX: '/' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('static:')) done(child)
    })
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', fail)
    child.on('exit', (code) => fail(new Error(`the static server exited with ${code}:\n${output}`)))
  })
}

/** Which build the page runs: the marker its entry script set. */
function runningBuild(page: Page): Promise<unknown> {
  return page.evaluate((marker) => (globalThis as Record<string, unknown>)[marker], BUILD_MARKER)
}

/** The names of the origin's caches, sorted. */
function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await caches.keys()).sort())
}

/** Whether a new worker has installed and waits for the old version's pages to go. */
function hasWaitingWorker(page: Page): Promise<boolean> {
  return page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))
}

async function openApp(page: Page): Promise<void> {
  await page.goto(URL_ROOT)
  await expect(page.getByRole('heading', { level: 1, name: 'Why did my e-mail bounce?' })).toBeVisible()
}

test.describe('a new version on the next visit', () => {
  test.beforeAll(async () => {
    // Two builds of ~3 s each, side by side; the machine may be busy with the other worker's browser.
    test.setTimeout(90_000)
    rmSync(ROOT, { recursive: true, force: true })
    mkdirSync(ROOT, { recursive: true })
    await Promise.all([build('A', join(ROOT, 'a')), build('B', join(ROOT, 'b'))])
    deploy('a')
    server = await startServer()
  })

  test.afterAll(() => {
    server?.kill()
  })

  test('the service worker serves the new build on the next visit and deletes the old cache', async ({ context }) => {
    const cacheA = cacheOf('a')
    const cacheB = cacheOf('b')
    // The two builds differ in their files, so their workers keep different caches.
    expect(cacheB).not.toBe(cacheA)

    // Visit 1: A, and A's worker caches it.
    const first = await context.newPage()
    await openApp(first)
    expect(await runningBuild(first)).toBe('A')
    await serviceWorkerReady(first)
    expect(await cacheNames(first)).toEqual([cacheA])
    await first.close()

    deploy('b')

    // Visit 2: the page comes from the network, so this visit already runs B. B's worker installs
    // and waits (A's worker still controls this page), A's cache kept for the page meanwhile.
    const second = await context.newPage()
    await openApp(second)
    expect(await runningBuild(second)).toBe('B')
    await expect.poll(() => hasWaitingWorker(second), { message: 'B’s worker installed and waiting', timeout: 15_000 }).toBe(true)
    expect(await cacheNames(second)).toEqual([cacheA, cacheB].sort())
    await second.close()

    // Visit 3: no page of A is open any more, so B's worker has taken over and deleted A's cache.
    const third = await context.newPage()
    await openApp(third)
    expect(await runningBuild(third)).toBe('B')
    await serviceWorkerReady(third)
    await expect.poll(() => hasWaitingWorker(third)).toBe(false)
    await expect.poll(() => cacheNames(third), { message: 'only B’s cache left' }).toEqual([cacheB])

    // And B's cache holds B: with the network cut, the app reloads as B.
    await context.setOffline(true)
    await third.reload()
    await expect(third.getByRole('heading', { level: 1, name: 'Why did my e-mail bounce?' })).toBeVisible()
    expect(await runningBuild(third)).toBe('B')
  })
})
