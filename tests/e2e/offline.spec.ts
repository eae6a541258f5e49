import type { Page } from '@playwright/test'
import { SUBPATH_URL } from './support/app-urls'
import { cause, question } from './support/content'
import { expect, test } from './support/test'
import { diagnoseExample, serviceWorkerReady } from './support/steps'

/*
 * After one visit, the service worker (sw.js, written by the build) has cached the whole app:
 * with the network cut, it loads, diagnoses a pasted bounce and opens deep links.
 */

/** Proof the network is really gone, for the service worker too: a file it has not cached fails. */
async function expectNetworkCut(page: Page): Promise<void> {
  const fetched = await page.evaluate(() =>
    fetch(`favicon.svg?not-cached=${Date.now()}`, { cache: 'no-store' }).then(
      () => 'fetched',
      () => 'failed',
    ),
  )
  expect(fetched).toBe('failed')
}

test.describe('offline after the first visit', () => {
  // The one request the test makes on purpose to prove the network is cut.
  test.use({ expectedConsoleErrors: [/not-cached|Failed to fetch|ERR_INTERNET_DISCONNECTED/] })

  test('the app loads, diagnoses a pasted bounce and opens a deep link with the network cut', async ({ page, context }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Why did my e-mail bounce?' })).toBeVisible()
    expect(await serviceWorkerReady(page)).toBe(new URL('/', page.url()).href)

    await context.setOffline(true)
    await expectNetworkCut(page)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Why did my e-mail bounce?' })).toBeVisible()

    // The result page and the MIME reader load lazily: both came from the cache.
    await diagnoseExample(page)

    await page.goto(`/causes/${cause(9).slug}`)
    await expect(page.getByRole('heading', { level: 1, name: cause(9).title })).toBeVisible()
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guide me' }).click()
    await expect(page.getByRole('heading', { level: 1, name: question('is-it-final').ask })).toBeVisible()
  })

  test('under a sub-path too, a deep link opens offline', async ({ page, context }) => {
    await page.goto(SUBPATH_URL)
    await expect(page.getByRole('heading', { level: 1, name: 'Why did my e-mail bounce?' })).toBeVisible()
    expect(await serviceWorkerReady(page)).toBe(SUBPATH_URL)

    await context.setOffline(true)
    await expectNetworkCut(page)
    await page.goto(`${SUBPATH_URL}tree`)
    await expect(page.getByRole('heading', { level: 1, name: 'Map of the guided questions' })).toBeVisible()
    await page.goto(`${SUBPATH_URL}guide/who-refused?a=0`)
    await expect(page.getByRole('heading', { level: 1, name: question('who-refused').ask })).toBeVisible()
  })
})
