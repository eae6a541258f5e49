import type { Page } from '@playwright/test'
import { BROWSER_CASES, HOSTILE_CASES, type HostileCase } from '../fixtures/hostile/cases'
import { decodeAsFileReader } from '../fixtures/hostile/build'
import { expect, test } from './support/test'

/*
 * Pasted bounces are hostile text. The markup cases of the hostile corpus (scripts, SVG,
 * event handlers, javascript: links…) are pasted into the real app; their payloads would set
 * window.__hostile and open a dialog if any of them ever ran. The page must show a verdict or
 * a clear message, and the markup only as text.
 */

declare global {
  interface Window {
    __hostile?: string[]
  }
}

function textOf(hostile: HostileCase): string {
  const made = hostile.make()
  return typeof made === 'string' ? made : decodeAsFileReader(made)
}

/** Records every dialog (alert, confirm, prompt) the page opens, and dismisses it. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  return dialogs
}

/** Elements pasted markup would create if it were ever parsed as HTML. */
const INJECTED =
  'main script, main iframe, main object, main embed, main img, main style, main meta, main base, main form, main math, ' +
  'main [onload], main [onerror], main [onclick], main [onmouseover], main [onfocus], main a[href^="javascript:" i], main [srcdoc]'

async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  // Give anything that could fire (an image's error, an SVG's load, a focus) the time to do so.
  await page.locator('main').hover()
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)))
  expect(await page.evaluate(() => window.__hostile)).toBeUndefined()
  expect(dialogs).toEqual([])
  expect(await page.locator(INJECTED).count()).toBe(0)
}

test('the corpus has markup cases for the browser', () => {
  expect(BROWSER_CASES.length).toBeGreaterThanOrEqual(15)
})

for (const hostile of BROWSER_CASES) {
  test(`pasted ${hostile.name} is read as text and never runs: ${hostile.about}`, async ({ page }) => {
    const dialogs = watchDialogs(page)
    await page.goto('/')
    await page.getByLabel('Paste the bounce').fill(textOf(hostile))
    await page.getByRole('button', { name: 'Diagnose', exact: true }).click()

    await expect(page).toHaveURL(/\/result$/)
    await expect(page.getByText('Reading the bounce…')).toHaveCount(0)
    // A verdict (each has its heading) or a clear message, never an empty page.
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible()
    // All of the text, not only the lines around the evidence, is in the page.
    const whole = page.getByRole('button', { name: /show the whole text/i })
    if ((await whole.count()) > 0) await whole.click()
    await expectNothingRan(page, dialogs)
  })
}

test('every markup case pasted at once through the clipboard is held as text, never run', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const dialogs = watchDialogs(page)
  await page.goto('/')
  const all = BROWSER_CASES.map(textOf).join('\n\n')
  await page.evaluate((text) => navigator.clipboard.writeText(text), all)
  await page.getByLabel('Paste the bounce').focus()
  await page.keyboard.press('ControlOrMeta+V')
  await expect(page.getByLabel('Paste the bounce')).toHaveValue(all)
  await page.getByRole('button', { name: 'Diagnose', exact: true }).click()
  await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible()
  await page.getByRole('button', { name: /show the whole text/i }).click()
  await expectNothingRan(page, dialogs)
})

for (const hostile of HOSTILE_CASES.filter((c) => c.expect?.kind === 'binary')) {
  test(`a file that is not text (${hostile.name}) gets a clear message: ${hostile.about}`, async ({ page }) => {
    const made = hostile.make()
    const buffer = typeof made === 'string' ? Buffer.from(made, 'utf8') : Buffer.from(made)
    await page.goto('/')
    await page.getByLabel('Choose a .eml or .txt file').setInputFiles({ name: `${hostile.name}.eml`, mimeType: 'message/rfc822', buffer })
    await expect(page.getByRole('status').filter({ hasText: `${hostile.name}.eml` })).toBeVisible()
    await page.getByRole('button', { name: 'Diagnose', exact: true }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'This is not text we can read' })).toBeVisible()
  })
}

test('a box of nothing but spaces and line breaks is not diagnosed but explained', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Paste the bounce').fill(' \t\n'.repeat(200))
  await page.getByRole('button', { name: 'Diagnose', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText('The box is empty')
  await expect(page).toHaveURL(/\/$/)
})
