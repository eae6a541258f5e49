import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './support/test'
import { diagnoseExample } from './support/steps'
import { cause, outcomeTitle, question, trail } from './support/content'

/** Each page of the app, opened and ready (its own h1 shown, not the loading text). */
const pages: Array<{ name: string; open: (page: Page) => Promise<void> }> = [
  {
    name: 'home',
    open: async (page) => {
      await page.goto('/')
      await expect(page.getByRole('button', { name: 'Address unknown' })).toBeVisible()
    },
  },
  {
    name: 'result',
    open: async (page) => {
      await page.goto('/')
      await diagnoseExample(page)
      // The ticket note is folded away; axe checks it unfolded too.
      await page.getByText('Show the ticket note').click()
    },
  },
  {
    name: 'guide step',
    open: async (page) => {
      await page.goto(`/guide/who-refused?a=${trail(['is-it-final', { next: 'who-refused' }])}`)
      await expect(page.getByRole('heading', { level: 1, name: question('who-refused').ask })).toBeVisible()
      // With the error shown: Continue without an answer.
      await page.getByRole('button', { name: 'Continue' }).click()
      await expect(page.getByRole('alert')).toBeVisible()
    },
  },
  {
    name: 'causes index',
    open: async (page) => {
      await page.goto('/causes')
      await expect(page.getByRole('heading', { level: 1, name: 'The 13 causes of a 550 bounce' })).toBeVisible()
    },
  },
  {
    name: 'cause',
    open: async (page) => {
      await page.goto(`/causes/${cause(1).slug}`)
      await expect(page.getByRole('heading', { level: 1, name: cause(1).title })).toBeVisible()
    },
  },
  {
    name: 'outcome',
    open: async (page) => {
      await page.goto('/outcome/temporary')
      await expect(page.getByRole('heading', { level: 1, name: outcomeTitle('temporary') })).toBeVisible()
    },
  },
  {
    name: 'tree map',
    open: async (page) => {
      await page.goto(`/tree?a=${trail(['is-it-final', { next: 'who-refused' }], ['who-refused', { next: 'recipient-side-objection' }])}`)
      await expect(page.getByRole('heading', { level: 1, name: 'Map of the guided questions' })).toBeVisible()
      await expect(page.locator('[aria-current="step"]')).toHaveCount(1)
    },
  },
  {
    // The demo help page with the app in its frame (embed mode, theme following the system).
    name: 'embed demo',
    open: async (page) => {
      await page.goto('/embed-demo.html')
      const app = page.frameLocator('iframe')
      await diagnoseExample(app)
      await expect(page.locator('#event-log li').filter({ hasText: 'diagnosis' })).toHaveCount(1)
      // The app has no background of its own there, and axe cannot see through a frame to the host
      // page: give the frame the colour the host paints behind it, which is what a person sees.
      const backdrop = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
      await app.locator('html').evaluate((html, color) => html.style.setProperty('background-color', color), backdrop)
    },
  },
  {
    name: 'not found',
    open: async (page) => {
      await page.goto('/no/such/page')
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    },
  },
]

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { name, open } of pages) {
    test(`the ${name} page has no WCAG 2 A/AA violations in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme })
      await open(page)
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
      const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      expect(found).toEqual([])
    })
  }
}
