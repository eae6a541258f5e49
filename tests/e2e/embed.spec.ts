import type { Frame, Locator, Page } from '@playwright/test'
import { createServer, type Server } from 'node:http'
import { HOST_ORIGIN, HOST_PORT, SUBPATH_ORIGIN, SUBPATH_URL } from './support/app-urls'
import { answerLeadingTo, cause, question } from './support/content'
import { expect, test } from './support/test'
import { diagnoseExample } from './support/steps'

/*
 * The wizard embedded in a help page with public/embed.js: the demo page of the build
 * (embed-demo.html, same origin), and a help page on another origin embedding the sub-path build.
 */

/** Records every message the top page receives, from anyone, before any script of the page runs. */
async function recordMessages(page: Page): Promise<() => Promise<unknown[]>> {
  await page.addInitScript(() => {
    if (window !== window.top) return
    const received: unknown[] = []
    ;(window as unknown as { __received: unknown[] }).__received = received
    window.addEventListener('message', (event) => received.push(event.data))
  })
  return () => page.evaluate(() => (window as unknown as { __received: unknown[] }).__received)
}

/** The iframe's height on the host page, and how far its document would scroll inside it. */
async function measure(iframe: Locator, frame: Frame): Promise<{ height: number; overflow: number }> {
  const height = (await iframe.boundingBox())?.height ?? 0
  const overflow = await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight)
  return { height, overflow }
}

/** Nothing read from the bounce: no address, no part of the pasted text, only the documented fields. */
function expectNothingPrivate(messages: unknown[]): void {
  for (const message of messages) {
    const text = JSON.stringify(message)
    expect(text).not.toMatch(/@|ann|example\.org|5\.1\.1|virtual mailbox|RCPT/i)
    expect(Object.keys(message as object).sort()).toEqual(
      (message as { type: string }).type === 'bounce-wizard:resize' ? ['height', 'type'] : ['cause', 'outcome', 'type', 'via'],
    )
  }
}

test('on the demo help page, the frame grows with a diagnosis and the host hears the verdict, never the text', async ({ page }) => {
  const received = await recordMessages(page)
  await page.goto('/embed-demo.html')
  const iframe = page.locator('iframe[title="Bounce wizard"]')
  const app = page.frameLocator('iframe[title="Bounce wizard"]')
  await expect(app.getByRole('heading', { level: 1, name: 'Why did my e-mail bounce?' })).toBeVisible()
  const frame = (await (await iframe.elementHandle())?.contentFrame()) as Frame

  // Embedded: no site header or footer; sized to its content, no scrollbar.
  await expect(app.getByRole('navigation', { name: 'Main' })).toHaveCount(0)
  await expect(app.getByRole('contentinfo')).toHaveCount(0)
  await expect.poll(async () => (await measure(iframe, frame)).overflow).toBeLessThanOrEqual(0)
  const before = await measure(iframe, frame)

  await diagnoseExample(app)
  await expect.poll(async () => (await measure(iframe, frame)).height).toBeGreaterThan(before.height + 200)
  await expect.poll(async () => (await measure(iframe, frame)).overflow).toBeLessThanOrEqual(0)

  // The demo page lists what it received: the verdict, as outcome and cause number.
  const log = page.locator('#event-log li')
  await expect(log.filter({ hasText: '"bounce-wizard:diagnosis"' })).toHaveCount(1)
  const diagnosis = JSON.parse((await log.filter({ hasText: '"bounce-wizard:diagnosis"' }).textContent()) ?? '{}')
  expect(diagnosis).toEqual({ type: 'bounce-wizard:diagnosis', outcome: 'cause', cause: 1, via: 'bounce' })
  await expect(log.filter({ hasText: '"bounce-wizard:resize"' }).first()).toBeVisible()

  // Links inside the frame keep it embedded.
  await app.getByRole('link', { name: `More about “${cause(1).title}”` }).click()
  await expect(app.getByRole('heading', { level: 1, name: cause(1).title })).toBeVisible()
  expect(new URL(frame.url()).searchParams.get('embed')).toBe('1')
  await expect(app.getByRole('navigation', { name: 'Main' })).toHaveCount(0)

  const messages = await received()
  expect(messages.length).toBeGreaterThan(2)
  expectNothingPrivate(messages)
})

test.describe('on a help page of another origin', () => {
  // The help page is served from an origin of its own, on a port of its own: a real page of a
  // real server, as a knowledge base would be (Chromium refuses a page made up by the test
  // access to a local server).
  let server: Server
  test.beforeAll(async () => {
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(`<!doctype html><html lang="en"><head><title>Help: bounces</title></head><body>
        <h1>Our help centre</h1>
        <script src="${SUBPATH_URL}embed.js" data-start="guide" data-theme="dark" data-title="Bounce wizard" async></script>
        </body></html>`)
    })
    await new Promise<void>((resolve) => server.listen(HOST_PORT, '127.0.0.1', resolve))
  })
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
  test.use({ otherOrigins: [HOST_ORIGIN] })

  test('the sub-path build opens straight into the guided flow, in the dark theme, and the frame follows it', async ({ page }) => {
    const host = `${HOST_ORIGIN}/help/bounces.html`
    const received = await recordMessages(page)
    await page.goto(host)
    const iframe = page.locator('iframe[title="Bounce wizard"]')
    const app = page.frameLocator('iframe[title="Bounce wizard"]')
    await expect(app.getByRole('heading', { level: 1, name: question('is-it-final').ask })).toBeVisible()
    const frame = (await (await iframe.elementHandle())?.contentFrame()) as Frame
    expect(new URL(frame.url()).origin).toBe(SUBPATH_ORIGIN)
    expect(await frame.evaluate(() => document.documentElement.className)).toMatch(/\bdark\b/)

    // Messages from anyone but the app are ignored: the host page itself cannot resize the frame.
    await expect.poll(async () => (await measure(iframe, frame)).overflow).toBeLessThanOrEqual(0)
    const sized = await measure(iframe, frame)
    await page.evaluate(() => window.postMessage({ type: 'bounce-wizard:resize', height: 5 }, '*'))
    await page.waitForTimeout(100)
    expect((await measure(iframe, frame)).height).toBe(sized.height)

    const diagnoses: unknown[] = []
    await page.exposeFunction('__onDiagnosis', (detail: unknown) => diagnoses.push(detail))
    await page.evaluate(() =>
      document.addEventListener('bounce-wizard:diagnosis', (event) =>
        (window as unknown as { __onDiagnosis: (d: unknown) => void }).__onDiagnosis((event as CustomEvent).detail),
      ),
    )

    for (const [id, target] of [
      ['is-it-final', { next: 'who-refused' }],
      ['who-refused', { next: 'recipient-side-objection' }],
      ['recipient-side-objection', { next: 'mailbox-state' }],
      ['mailbox-state', { cause: 11 }],
    ] as const) {
      await expect(app.getByRole('heading', { level: 1, name: question(id).ask })).toBeVisible()
      await app.getByRole('radio', { name: answerLeadingTo(id, target), exact: true }).check()
      await app.getByRole('button', { name: 'Continue' }).click()
    }
    await expect(app.getByRole('heading', { level: 1, name: cause(11).title })).toBeVisible()
    expect(new URL(frame.url()).searchParams.get('theme')).toBe('dark')
    await expect.poll(() => diagnoses).toEqual([{ type: 'bounce-wizard:diagnosis', outcome: 'cause', cause: 11, via: 'guide' }])
    await expect.poll(async () => (await measure(iframe, frame)).overflow).toBeLessThanOrEqual(0)

    expectNothingPrivate((await received()).filter((m) => JSON.stringify(m).includes('bounce-wizard:')))
  })
})
