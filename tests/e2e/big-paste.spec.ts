import { writeFileSync } from 'node:fs'
import type { Browser, Page } from '@playwright/test'
import { reportWithAttachment } from '../fixtures/hostile/build'
import { cause } from './support/content'
import { expect, test } from './support/test'

/*
 * A 5 MB raw e-mail (a report with its returned attachment) on a phone-class CPU: Chromium's CPU
 * throttled 4×. The file is decoded a slice per task (src/ui/lib/read-bounce-file.ts) and read off
 * the main thread (src/ui/workers/analyse.worker.ts), so no task on the main thread may take over
 * 50 ms while it is loaded or analysed (a long-task observer watches), and the verdict must show
 * within 2 s of pressing Diagnose. The figures are written to the report.
 */

const MB = 1024 * 1024
const THROTTLE = 4
const LONG_TASK_MS = 50
const VERDICT_WITHIN_MS = 2000

declare global {
  interface Window {
    __bigPaste?: {
      clickedAt: number
      loadedAt: number
      verdictAt: number
      longTasks: Array<{ start: number; duration: number }>
      loaded: Promise<void>
      verdict: Promise<void>
    }
  }
}

/**
 * Starts watching the page: long tasks, the moment the file is said to be ready, the moment
 * Diagnose is pressed, the moment the verdict shows.
 */
async function watchPage(page: Page, verdictTitle: string): Promise<void> {
  await page.evaluate((title) => {
    let ready = (): void => {}
    const loaded = new Promise<void>((resolve) => {
      ready = resolve
    })
    let shown = (): void => {}
    const verdict = new Promise<void>((resolve) => {
      shown = resolve
    })
    const watch = { clickedAt: 0, loadedAt: 0, verdictAt: 0, longTasks: [] as Array<{ start: number; duration: number }>, loaded, verdict }
    window.__bigPaste = watch
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) watch.longTasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask' })
    document.addEventListener(
      'click',
      (event) => {
        if (event.target instanceof Element && event.target.closest('button[type="submit"]')) watch.clickedAt = performance.now()
      },
      true,
    )
    new MutationObserver(() => {
      if (watch.loadedAt === 0 && document.body.textContent?.includes('is ready to diagnose')) {
        watch.loadedAt = performance.now()
        ready()
      }
      if (watch.verdictAt === 0 && [...document.querySelectorAll('h2')].some((h) => h.textContent === title)) {
        watch.verdictAt = performance.now()
        shown()
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true })
  }, verdictTitle)
}

/** The longest task the page's main thread ran while the trace was recorded, in ms. */
function longestMainThreadTask(trace: Buffer): number {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as {
    traceEvents: Array<{ name: string; ph: string; pid: number; tid: number; dur?: number; args?: { name?: string } }>
  }
  const mainThreads = new Set(
    traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  )
  const tasks = traceEvents.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && mainThreads.has(`${e.pid}:${e.tid}`))
  return Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000))
}

async function trace<T>(browser: Browser, page: Page, run: () => Promise<T>): Promise<{ result: T; longest: number }> {
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] })
  const result = await run()
  const buffer = await browser.stopTracing()
  // BIG_PASTE_TRACE=/some/prefix keeps each trace (open it in Chrome's Performance panel).
  if (process.env.BIG_PASTE_TRACE) writeFileSync(`${process.env.BIG_PASTE_TRACE}-${Date.now()}.json`, buffer)
  return { result, longest: longestMainThreadTask(buffer) }
}

// A timing measured on a shared machine: another program's burst of work can stretch one task
// past the limit. A second and third try tell a slow moment from a slow page.
test.describe.configure({ retries: 2 })

// These run after the other browser tests; their browsers and servers take a few seconds to
// wind down, and on two cores that work lands in the first measurement.
test.beforeAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, 5000))
})

test('a 5 MB raw e-mail is loaded and diagnosed within 2 s on a phone-class CPU, never blocking the page over 50 ms', async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000)
  const email = reportWithAttachment(Math.ceil(((5 * MB * 3) / 4) * (77 / 76)))
  expect(email.length).toBeGreaterThanOrEqual(5 * MB)
  const title = cause(1).title

  // From disk, as a person picks it (a buffer would be rebuilt as a File by script in the page).
  const file = testInfo.outputPath('big-bounce.eml')
  writeFileSync(file, email)

  await page.goto('/')
  await expect(page.getByLabel('Paste the bounce')).toBeVisible()
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE })
  await watchPage(page, title)

  // Loading the file: the box is never filled with 5 MB, a summary says it is there.
  const loading = await trace(browser, page, async () => {
    await page.getByLabel('Choose a .eml or .txt file').setInputFiles(file)
    // The page's own observer again, rather than a locator polling the page while it reads.
    await page.evaluate(() => window.__bigPaste!.loaded)
  })
  await expect(page.getByText(/“big-bounce\.eml” \(5\.\d MB\) is ready to diagnose/)).toBeVisible()

  // Analysing: from pressing Diagnose to the verdict on screen.
  const analysing = await trace(browser, page, async () => {
    await page.getByRole('button', { name: 'Diagnose', exact: true }).click()
    // Waiting on the page's own observer: a locator polling the page would add work to its main thread.
    await page.evaluate(() => window.__bigPaste!.verdict)
  })
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible()
  const watch = await page.evaluate(() => window.__bigPaste!)
  const timeToVerdict = watch.verdictAt - watch.clickedAt
  const longTasksWhileAnalysing = watch.longTasks.filter((t) => t.start + t.duration >= watch.clickedAt && t.start <= watch.verdictAt)
  const longTasksWhileLoading = watch.longTasks.filter((t) => t.start <= watch.loadedAt)

  const figures = [
    `CPU throttled ${THROTTLE}×, a ${(email.length / MB).toFixed(1)} MB raw e-mail from the file picker`,
    `time to verdict: ${timeToVerdict.toFixed(0)} ms (limit ${VERDICT_WITHIN_MS} ms)`,
    `longest main-thread task while analysing: ${analysing.longest.toFixed(1)} ms (trace); long tasks (> ${LONG_TASK_MS} ms): ${longTasksWhileAnalysing.map((t) => `${t.duration.toFixed(0)} ms`).join(', ') || 'none'}`,
    `longest main-thread task while loading the file: ${loading.longest.toFixed(1)} ms (trace); long tasks: ${longTasksWhileLoading.map((t) => `${t.duration.toFixed(0)} ms`).join(', ') || 'none'}`,
  ].join('\n')
  console.log(figures)
  await testInfo.attach('big-paste-figures', { body: figures, contentType: 'text/plain' })

  expect(watch.loadedAt, 'the file was said to be ready').toBeGreaterThan(0)
  expect(longTasksWhileLoading, `main-thread tasks over ${LONG_TASK_MS} ms while loading the file`).toEqual([])
  expect(watch.clickedAt, 'the Diagnose click was seen').toBeGreaterThan(watch.loadedAt)
  expect(watch.verdictAt, 'the verdict appeared').toBeGreaterThan(watch.clickedAt)
  expect(longTasksWhileAnalysing, `main-thread tasks over ${LONG_TASK_MS} ms while analysing`).toEqual([])
  expect(timeToVerdict).toBeLessThanOrEqual(VERDICT_WITHIN_MS)
})

declare global {
  interface Window {
    __getDataSpans?: Array<{ start: number; duration: number; length: number }>
  }
}

test('a 5 MB raw e-mail pasted from the clipboard: only the browser’s own clipboard read runs in the paste task', async ({ page, browser, context }, testInfo) => {
  test.setTimeout(90_000)
  const email = reportWithAttachment(Math.ceil(((5 * MB * 3) / 4) * (77 / 76)))
  expect(email.length).toBeGreaterThanOrEqual(5 * MB)
  const title = cause(1).title

  // The browser reads the system clipboard when the page asks for the pasted text
  // (clipboardData.getData): one synchronous call no page code can split. It is timed here so it
  // can be told apart from the page's own work.
  await page.addInitScript(() => {
    const spans: Array<{ start: number; duration: number; length: number }> = []
    window.__getDataSpans = spans
    const getData = DataTransfer.prototype.getData
    DataTransfer.prototype.getData = function (this: DataTransfer, format: string): string {
      const start = performance.now()
      const value = getData.call(this, format)
      spans.push({ start, duration: performance.now() - start, length: value.length })
      return value
    }
  })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  const box = page.getByLabel('Paste the bounce')
  await expect(box).toBeVisible()
  await page.evaluate((text) => navigator.clipboard.writeText(text), email)
  await box.focus()

  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE })
  await watchPage(page, title)

  const pasting = await trace(browser, page, async () => {
    await page.keyboard.press('ControlOrMeta+V')
    await page.evaluate(() => window.__bigPaste!.loaded)
  })
  await expect(page.getByText(/The pasted text \(5\.\d MB\) is ready to diagnose/)).toBeVisible()

  const analysing = await trace(browser, page, async () => {
    await page.getByRole('button', { name: 'Diagnose', exact: true }).click()
    await page.evaluate(() => window.__bigPaste!.verdict)
  })
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible()

  const watch = await page.evaluate(() => window.__bigPaste!)
  const reads = (await page.evaluate(() => window.__getDataSpans ?? [])).filter((r) => r.length >= 5 * MB)
  expect(reads, 'the pasted text was read once, whole').toHaveLength(1)
  const read = reads[0]!
  // Each long task of the paste, less the clipboard read it holds: the page's own work.
  const whilePasting = watch.longTasks.filter((t) => t.start <= watch.loadedAt)
  const pageWork = whilePasting.map((t) => {
    const holdsRead = read.start >= t.start && read.start + read.duration <= t.start + t.duration
    return { ...t, own: holdsRead ? t.duration - read.duration : t.duration }
  })
  const timeToVerdict = watch.verdictAt - watch.clickedAt
  const longTasksWhileAnalysing = watch.longTasks.filter((t) => t.start + t.duration >= watch.clickedAt && t.start <= watch.verdictAt)

  const figures = [
    `CPU throttled ${THROTTLE}×, a ${(email.length / MB).toFixed(1)} MB raw e-mail pasted from the clipboard (Ctrl+V)`,
    `the browser's clipboard read (getData): ${read.duration.toFixed(1)} ms`,
    `longest main-thread task while pasting: ${pasting.longest.toFixed(1)} ms (trace); long tasks: ${pageWork.map((t) => `${t.duration.toFixed(0)} ms (page's own ${t.own.toFixed(0)} ms)`).join(', ') || 'none'}`,
    `time to verdict: ${timeToVerdict.toFixed(0)} ms (limit ${VERDICT_WITHIN_MS} ms)`,
    `longest main-thread task while analysing: ${analysing.longest.toFixed(1)} ms (trace); long tasks: ${longTasksWhileAnalysing.map((t) => `${t.duration.toFixed(0)} ms`).join(', ') || 'none'}`,
  ].join('\n')
  console.log(figures)
  await testInfo.attach('clipboard-paste-figures', { body: figures, contentType: 'text/plain' })

  expect(pageWork.filter((t) => t.own > LONG_TASK_MS), `the page's own work over ${LONG_TASK_MS} ms in a task while pasting`).toEqual([])
  expect(longTasksWhileAnalysing, `main-thread tasks over ${LONG_TASK_MS} ms while analysing`).toEqual([])
  expect(timeToVerdict).toBeLessThanOrEqual(VERDICT_WITHIN_MS)
})
