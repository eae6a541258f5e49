import type { Page } from '@playwright/test'
import { answerLeadingTo, cause, CONTENT, outcomeTitle, question } from './support/content'
import { expect, test } from './support/test'

async function answer(page: Page, id: string, target: { next: string } | { cause: number }): Promise<void> {
  await page.getByRole('radio', { name: answerLeadingTo(id, target), exact: true }).check()
  await page.getByRole('button', { name: 'Continue' }).click()
}

test('the map shows every question, answer and end of the guided flow, and each question opens its step', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('contentinfo').getByRole('link', { name: 'Map of the guided questions' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Map of the guided questions' })).toBeVisible()
  const map = page.getByRole('list', { name: 'The guided questions' })

  for (const [id, node] of Object.entries(CONTENT.tree.nodes)) {
    await expect(map.getByRole('link', { name: node.ask, exact: true }), id).toHaveCount(1)
    for (const { label } of node.answers) await expect(map.getByText(label, { exact: true }).first()).toBeVisible()
  }
  for (const { number, title } of CONTENT.causes) {
    await expect(map.getByRole('link', { name: `Cause ${number}: ${title}`, exact: true }).first()).toBeVisible()
  }
  for (const kind of ['temporary', 'not-a-bounce', 'outside'] as const) {
    await expect(map.getByRole('link', { name: outcomeTitle(kind), exact: true }).first()).toBeVisible()
  }
  await expect(map.locator('[aria-current]')).toHaveCount(0)

  // A question deep in the tree opens in the guide with the answers that lead to it.
  await map.getByRole('link', { name: question('mailbox-state').ask }).click()
  await expect(page.getByRole('heading', { level: 1, name: question('mailbox-state').ask })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Your answers so far' }).getByRole('listitem')).toHaveCount(3)
})

test('from the guide, the map marks the answers given and where the person is, and leads back', async ({ page }) => {
  await page.goto('/guide')
  await answer(page, 'is-it-final', { next: 'who-refused' })
  await answer(page, 'who-refused', { next: 'own-side-objection' })
  await expect(page.getByRole('heading', { level: 1, name: question('own-side-objection').ask })).toBeVisible()

  await page.getByRole('link', { name: 'See all questions on a map' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Map of the guided questions' })).toBeVisible()
  const map = page.getByRole('list', { name: 'The guided questions' })
  const here = map.locator('[aria-current="step"]')
  await expect(here).toHaveCount(1)
  await expect(here).toHaveText(question('own-side-objection').ask)
  await expect(map.getByText('Your answer:')).toHaveCount(2)

  // An end on the map opens its page with the answers that lead there.
  await map.getByRole('link', { name: `Cause 6: ${cause(6).title}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: cause(6).title })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Your answers so far' }).getByRole('listitem')).toHaveCount(4)

  await page.getByRole('link', { name: 'See your path on the map' }).click()
  await expect(map.locator('[aria-current="step"]')).toHaveText(`Cause 6: ${cause(6).title}`)
  await page.getByRole('link', { name: 'Back to your result' }).click()
  await expect(page.getByRole('heading', { level: 1, name: cause(6).title })).toBeVisible()
})
