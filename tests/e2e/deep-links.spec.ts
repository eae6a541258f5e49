import { expect, test } from './support/test'
import { cause, outcomeTitle, question, trail } from './support/content'

const guideTrail = trail(['is-it-final', { next: 'who-refused' }], ['who-refused', { next: 'recipient-side-objection' }], [
  'recipient-side-objection',
  { next: 'mailbox-state' },
])

const links = [
  { what: 'a cause page', path: `/causes/${cause(1).slug}`, heading: cause(1).title },
  { what: 'a question of the guided flow, with the answers so far', path: `/guide/mailbox-state?a=${guideTrail}`, heading: question('mailbox-state').ask, answers: 3 },
  { what: 'an outcome page', path: '/outcome/temporary', heading: outcomeTitle('temporary') },
]

for (const link of links) {
  test(`${link.what} opens directly from its address and again after a reload`, async ({ page }) => {
    const response = await page.goto(link.path)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: link.heading, exact: true })).toBeVisible()
    if (link.answers) {
      await expect(page.getByRole('region', { name: 'Your answers so far' }).getByRole('listitem')).toHaveCount(link.answers)
    }

    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: link.heading, exact: true })).toBeVisible()
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(link.path)
  })
}

test('an address the app does not know shows a page-not-found with ways on', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'See all 13 causes' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'The 13 causes of a 550 bounce' })).toBeVisible()
})
