import { join } from 'node:path'
import type { Page, TestInfo } from '@playwright/test'
import { expect, test } from './support/test'
import { diagnoseExample } from './support/steps'
import { question, trail } from './support/content'

/*
 * Full-page screenshots of the main pages at phone and desktop width, kept as artefacts in
 * test-results/screenshots/ (and in the HTML report) for a person to look at. Not compared with
 * stored images: fonts and anti-aliasing differ between machines. What is asserted is that no
 * page scrolls sideways.
 */

const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
]

async function capture(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, `${name} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0)
  const path = join(testInfo.project.outputDir, 'screenshots', `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  await testInfo.attach(name, { path, contentType: 'image/png' })
}

for (const viewport of viewports) {
  test.describe(`at ${viewport.name} width (${viewport.width}×${viewport.height})`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } })

    test('the home page, a result, a guided step and the map fit the screen and are captured', async ({ page }, testInfo) => {
      await page.goto('/')
      await expect(page.getByRole('button', { name: 'Address unknown' })).toBeVisible()
      await capture(page, testInfo, `${viewport.name}-home`)

      await diagnoseExample(page)
      await capture(page, testInfo, `${viewport.name}-result`)

      await page.goto(`/guide/recipient-side-objection?a=${trail(['is-it-final', { next: 'who-refused' }], ['who-refused', { next: 'recipient-side-objection' }])}`)
      await expect(page.getByRole('heading', { level: 1, name: question('recipient-side-objection').ask })).toBeVisible()
      await capture(page, testInfo, `${viewport.name}-guide-step`)

      await page.goto(`/tree?a=${trail(['is-it-final', { next: 'who-refused' }], ['who-refused', { next: 'recipient-side-objection' }])}`)
      await expect(page.getByRole('heading', { level: 1, name: 'Map of the guided questions' })).toBeVisible()
      await capture(page, testInfo, `${viewport.name}-tree`)
    })
  })
}
