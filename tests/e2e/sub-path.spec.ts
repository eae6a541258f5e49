import { expect, test } from './support/test'
import { SUB_PATH, SUBPATH_URL } from './support/app-urls'
import { cause } from './support/content'

/*
 * dist-subpath/ is built with BASE_PATH=/kb/bounce-wizard/ and served by a plain static server
 * (tests/e2e/support/static-server.ts): files only, no rewrite rules, no SPA fallback.
 */

const causeUrl = `${SUBPATH_URL}causes/${cause(1).slug}`

test('the sub-path build opens at its root and every page it links to stays under the sub-path', async ({ page, watch }) => {
  await page.goto(SUBPATH_URL)
  await expect(page.getByRole('heading', { level: 1, name: 'Why did my e-mail bounce?' })).toBeVisible()

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'All causes' }).click()
  await expect(page).toHaveURL(`${SUBPATH_URL}causes`)
  await page.getByRole('link', { name: cause(1).title }).click()
  await expect(page).toHaveURL(causeUrl)
  await expect(page.getByRole('heading', { level: 1, name: cause(1).title })).toBeVisible()

  const outside = watch.requests.filter((url) => !new URL(url).pathname.startsWith(SUB_PATH))
  expect(outside, 'requests outside the sub-path').toEqual([])
})

test.describe('a deep link under the sub-path on a server without rewrite rules', () => {
  // Chromium logs the server's 404 for the page itself as a console error.
  test.use({ expectedConsoleErrors: [/status of 404/] })

  /*
   * KNOWN GAP: the app uses BrowserRouter-style URLs, so /kb/bounce-wizard/causes/<slug> is not a
   * file on disk. A static host without rewrite rules answers 404 before the app can load; only a
   * host that falls back to index.html (vite preview, nginx try_files, a 404.html copy of
   * index.html on GitHub Pages) can serve it. These tests pin what happens today; when a fix
   * lands they fail, and should be turned into "opens the page" tests.
   */
  test('opened fresh, it gets the server’s 404 instead of the app (known gap)', async ({ page }) => {
    test.info().annotations.push({ type: 'known gap', description: 'deep links need a rewrite rule or a 404.html fallback' })
    const response = await page.goto(causeUrl)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: cause(1).title })).toHaveCount(0)
  })

  test('reached inside the app, it works until the page is reloaded (known gap)', async ({ page }) => {
    test.info().annotations.push({ type: 'known gap', description: 'deep links need a rewrite rule or a 404.html fallback' })
    await page.goto(SUBPATH_URL)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'All causes' }).click()
    await page.getByRole('link', { name: cause(1).title }).click()
    await expect(page.getByRole('heading', { level: 1, name: cause(1).title })).toBeVisible()

    const response = await page.reload()
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: cause(1).title })).toHaveCount(0)
  })
})
