import { expect, test } from './support/test'
import { diagnoseExample } from './support/steps'
import { cause, POSTFIX_USER_UNKNOWN } from './support/content'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

const readClipboard = (page: import('@playwright/test').Page): Promise<string> =>
  page.evaluate(() => navigator.clipboard.readText())

test('a pasted bounce is diagnosed with its evidence highlighted, and the ticket note can be copied with addresses hidden', async ({
  page,
  watch,
}) => {
  const recipientUnknown = cause(1)
  await page.goto('/')
  await page.getByLabel('Paste the bounce').fill(POSTFIX_USER_UNKNOWN)
  await page.getByRole('button', { name: 'Diagnose', exact: true }).click()

  await expect(page).toHaveURL(/\/result$/)
  await expect(page.getByRole('heading', { level: 2, name: recipientUnknown.title })).toBeVisible()
  const evidence = page.getByRole('region', { name: 'What we read' })
  await expect(evidence.locator('pre mark').filter({ hasText: /user unknown/i })).toBeVisible()

  await page.getByRole('button', { name: 'Copy a ticket note' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Copied the ticket note' })).toBeVisible()
  const note = await readClipboard(page)
  expect(note).toContain(recipientUnknown.title)
  expect(note).toContain('ann@example.org')

  await page.getByRole('checkbox', { name: /Hide addresses/ }).check()
  await page.getByRole('button', { name: 'Copy a ticket note' }).click()
  await expect.poll(() => readClipboard(page)).not.toContain('ann@example.org')
  const masked = await readClipboard(page)
  expect(masked).toContain(recipientUnknown.title)
  expect(masked).toMatch(/name1@hidden\.example/)

  // The pasted text stays in the tab: not in the address bar, not in any request.
  expect(page.url()).not.toMatch(/ann|example\.org/)
  expect(watch.requests.length).toBeGreaterThan(0)
  expect(watch.requests.filter((url) => /ann(@|%40)|example\.org/i.test(url))).toEqual([])
})

test('the diagnosis survives a reload of the result page', async ({ page }) => {
  await page.goto('/')
  await diagnoseExample(page)

  await page.reload()
  await expect(page.getByRole('heading', { level: 2, name: cause(1).title })).toBeVisible()
})

test('an empty box is not diagnosed but explained', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Diagnose', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText('The box is empty')
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByLabel('Paste the bounce')).toBeFocused()
})
