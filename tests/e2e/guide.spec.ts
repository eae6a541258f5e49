import type { Page } from '@playwright/test'
import { expect, test } from './support/test'
import { answerLeadingTo, cause, question } from './support/content'

const questionHeading = (page: Page, id: string) => page.getByRole('heading', { level: 1, name: question(id).ask, exact: true })

async function answer(page: Page, id: string, target: { next: string } | { cause: number }): Promise<void> {
  await page.getByRole('radio', { name: answerLeadingTo(id, target), exact: true }).check()
  await page.getByRole('button', { name: 'Continue' }).click()
}

test('the guided questions lead to a cause, and Back returns to the previous question with its answer chosen', async ({ page }) => {
  await page.goto('/guide')
  await expect(page).toHaveURL(/\/guide\/is-it-final$/)
  await expect(questionHeading(page, 'is-it-final')).toBeVisible()

  await answer(page, 'is-it-final', { next: 'who-refused' })
  await expect(questionHeading(page, 'who-refused')).toBeVisible()

  await page.getByRole('link', { name: 'Back', exact: true }).click()
  await expect(questionHeading(page, 'is-it-final')).toBeVisible()
  await expect(page.getByRole('radio', { name: answerLeadingTo('is-it-final', { next: 'who-refused' }) })).toBeChecked()

  await page.getByRole('button', { name: 'Continue' }).click()
  await answer(page, 'who-refused', { next: 'recipient-side-objection' })
  await answer(page, 'recipient-side-objection', { next: 'mailbox-state' })
  await answer(page, 'mailbox-state', { cause: 1 })

  await expect(page).toHaveURL(/\/causes\/recipient-unknown\?a=[\d.]+$/)
  await expect(page.getByRole('heading', { level: 1, name: cause(1).title })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible()

  await page.getByRole('link', { name: 'Back to the last question' }).click()
  await expect(questionHeading(page, 'mailbox-state')).toBeVisible()
  await expect(page.getByRole('radio', { name: answerLeadingTo('mailbox-state', { cause: 1 }) })).toBeChecked()
})

test('a reload keeps the place in the guided questions, and the browser’s back button goes back a question', async ({ page }) => {
  await page.goto('/guide')
  await answer(page, 'is-it-final', { next: 'who-refused' })
  await answer(page, 'who-refused', { next: 'recipient-side-objection' })
  await expect(questionHeading(page, 'recipient-side-objection')).toBeVisible()
  const trail = page.getByRole('region', { name: 'Your answers so far' })
  await expect(trail.getByRole('listitem')).toHaveCount(2)

  await page.reload()
  await expect(questionHeading(page, 'recipient-side-objection')).toBeVisible()
  await expect(trail.getByRole('listitem')).toHaveCount(2)
  await expect(trail).toContainText(answerLeadingTo('who-refused', { next: 'recipient-side-objection' }))

  await page.goBack()
  await expect(questionHeading(page, 'who-refused')).toBeVisible()
  await expect(trail.getByRole('listitem')).toHaveCount(1)

  await page.goForward()
  await expect(questionHeading(page, 'recipient-side-objection')).toBeVisible()
})
