import { expect, test } from './support/test'
import { SUB_PATH, SUBPATH_URL } from './support/app-urls'
import { answerLeadingTo, cause, outcomeTitle, question, trail } from './support/content'

/*
 * dist-subpath/ is built with BASE_PATH=/kb/bounce-wizard/ and served by a plain static server
 * (tests/e2e/support/static-server.ts): files only, no rewrite rules, no SPA fallback. The build
 * writes a copy of index.html at every page address, so deep links work on such a host too.
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
  const guideTrail = trail(['is-it-final', { next: 'who-refused' }], ['who-refused', { next: 'recipient-side-objection' }])
  const links = [
    { what: 'a cause page', path: `causes/${cause(1).slug}`, heading: cause(1).title },
    { what: 'the list of causes', path: 'causes', heading: 'The 13 causes of a 550 bounce' },
    { what: 'a question of the guided flow, with the answers so far', path: `guide/recipient-side-objection?a=${guideTrail}`, heading: question('recipient-side-objection').ask, answers: 2 },
    { what: 'an outcome page', path: 'outcome/temporary', heading: outcomeTitle('temporary') },
    { what: 'the map of the questions, with a path marked', path: `tree?a=${guideTrail}`, heading: 'Map of the guided questions' },
    { what: 'the result page (with nothing pasted yet)', path: 'result', heading: 'Why your e-mail bounced' },
  ]

  for (const link of links) {
    test(`${link.what} opens fresh and again after a reload, at its own address`, async ({ page }) => {
      const response = await page.goto(`${SUBPATH_URL}${link.path}`)
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1, name: link.heading, exact: true })).toBeVisible()
      if (link.answers) {
        await expect(page.getByRole('region', { name: 'Your answers so far' }).getByRole('listitem')).toHaveCount(link.answers)
      }
      // The host redirected …/causes to …/causes/ (a folder); the app drops the slash again.
      await expect(page).toHaveURL(`${SUBPATH_URL}${link.path}`)

      const reloaded = await page.reload()
      expect(reloaded?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1, name: link.heading, exact: true })).toBeVisible()
      await expect(page).toHaveURL(`${SUBPATH_URL}${link.path}`)
    })
  }

  test('reached inside the app, it survives a reload, and the guide goes on from there', async ({ page }) => {
    await page.goto(SUBPATH_URL)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guide me' }).click()
    await expect(page.getByRole('heading', { level: 1, name: question('is-it-final').ask })).toBeVisible()
    await page.getByRole('radio', { name: answerLeadingTo('is-it-final', { next: 'who-refused' }) }).check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.getByRole('heading', { level: 1, name: question('who-refused').ask })).toBeVisible()

    const response = await page.reload()
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: question('who-refused').ask })).toBeVisible()
    await page.getByRole('link', { name: 'Back', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: question('is-it-final').ask })).toBeVisible()
    await expect(page).toHaveURL(new RegExp(`^${SUBPATH_URL}guide/is-it-final\\?`))
  })

  test.describe('an address the app does not know', () => {
    // Chromium logs the host's 404 status for the page itself as a console error.
    test.use({ expectedConsoleErrors: [/status of 404/] })

    test('gets the host’s 404 status with the app’s own page-not-found (its 404.html)', async ({ page }) => {
      const response = await page.goto(`${SUBPATH_URL}no/such/page`)
      expect(response?.status()).toBe(404)
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
      await page.getByRole('link', { name: 'See all 13 causes' }).click()
      await expect(page).toHaveURL(`${SUBPATH_URL}causes`)
    })
  })
})
