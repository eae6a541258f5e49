import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/test'
import { cause, POSTFIX_USER_UNKNOWN } from './support/content'

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press(key)
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`${target} was not reached in ${limit} presses of ${key}`)
}

test('with the keyboard alone, a person can type a bounce, diagnose it and reach the next steps', async ({ page }) => {
  await page.goto('/')

  await page.keyboard.press('Tab')
  const skipLink = page.getByRole('link', { name: 'Skip to the main content' })
  await expect(skipLink).toBeFocused()
  await expect(skipLink).toBeInViewport()
  await page.keyboard.press('Enter')

  const box = page.getByLabel('Paste the bounce')
  await tabTo(page, box)
  await page.keyboard.type(POSTFIX_USER_UNKNOWN)
  await tabTo(page, page.getByRole('button', { name: 'Diagnose', exact: true }))
  await page.keyboard.press('Enter')

  await expect(page).toHaveURL(/\/result$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await expect(page.getByRole('heading', { level: 2, name: cause(1).title })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'What to do next' })).toBeVisible()

  const hide = page.getByRole('checkbox', { name: /Hide addresses/ })
  await tabTo(page, hide)
  await page.keyboard.press('Space')
  await expect(hide).toBeChecked()

  const more = page.getByRole('link', { name: `More about “${cause(1).title}”` })
  await tabTo(page, more, 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/causes/${cause(1).slug}$`))
  await expect(page.getByRole('heading', { level: 1, name: cause(1).title })).toBeFocused()
  await expect(page.getByRole('heading', { level: 2, name: 'What to do next' })).toBeVisible()
})
