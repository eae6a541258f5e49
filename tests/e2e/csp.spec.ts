import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { formatPolicy } from '../../src/node/content-security-policy'
import { SUBPATH_URL } from './support/app-urls'
import { expect, test } from './support/test'
import { diagnoseExample } from './support/steps'
import { cause, question, trail } from './support/content'

/*
 * The built app carries a strict Content Security Policy (src/node/content-security-policy.ts)
 * and passes it: every test fails on a reported violation (support/test.ts); these tests check
 * the policy is there, that nothing in the built HTML needs an exception, and walk every page.
 */

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : []
  })
}

for (const dir of ['dist', 'dist-subpath']) {
  test(`every HTML page in ${dir}/ carries the policy and has no inline script or style`, () => {
    const files = htmlFiles(dir)
    expect(files.length).toBeGreaterThan(20)
    for (const file of files) {
      const html = readFileSync(file, 'utf8')
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
      expect(policy, `${file} has a CSP meta tag`).toBeDefined()
      if (!file.endsWith('embed-demo.html')) expect(policy, file).toBe(formatPolicy())
      expect(policy).toContain("script-src 'self'")
      expect(policy).not.toContain('unsafe-')
      for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        expect(attributes, `${file}: every script is a file`).toMatch(/\bsrc=/)
        expect(body.trim(), `${file}: no inline script`).toBe('')
      }
      expect(html, `${file}: no <style>`).not.toMatch(/<style\b/i)
      expect(html, `${file}: no style attribute`).not.toMatch(/\sstyle=/i)
      expect(html, `${file}: no inline event handler`).not.toMatch(/\son[a-z]+=/i)
    }
  })
}

const guideTrail = trail(['is-it-final', { next: 'who-refused' }], ['who-refused', { next: 'recipient-side-objection' }])

/** Every page of the app, with what shows it has rendered. */
const pages: Array<{ name: string; open: (page: Page) => Promise<void> }> = [
  {
    name: 'home, then a diagnosis',
    open: async (page) => {
      await page.goto('/')
      await diagnoseExample(page)
      await page.getByText('Show the ticket note').click()
    },
  },
  {
    name: 'a guided step',
    open: async (page) => {
      await page.goto(`/guide/recipient-side-objection?a=${guideTrail}`)
      await expect(page.getByRole('heading', { level: 1, name: question('recipient-side-objection').ask })).toBeVisible()
    },
  },
  {
    name: 'the causes and a cause',
    open: async (page) => {
      await page.goto('/causes')
      await page.getByRole('link', { name: cause(2).title }).click()
      await expect(page.getByRole('heading', { level: 1, name: cause(2).title })).toBeVisible()
    },
  },
  {
    name: 'an outcome',
    open: async (page) => {
      await page.goto('/outcome/not-a-bounce')
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    },
  },
  {
    name: 'the tree map',
    open: async (page) => {
      await page.goto(`/tree?a=${guideTrail}`)
      await expect(page.getByRole('heading', { level: 1, name: 'Map of the guided questions' })).toBeVisible()
    },
  },
  {
    name: 'page not found',
    open: async (page) => {
      await page.goto('/no/such/page')
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    },
  },
  {
    name: 'the embed demo, with the app in its frame (dark)',
    open: async (page) => {
      await page.emulateMedia({ colorScheme: 'dark' })
      await page.goto('/embed-demo.html')
      await expect(page.frameLocator('iframe').getByRole('heading', { level: 1, name: 'Why did my e-mail bounce?' })).toBeVisible()
    },
  },
  {
    name: 'a cause page under the sub-path',
    open: async (page) => {
      await page.goto(`${SUBPATH_URL}causes/${cause(1).slug}`)
      await expect(page.getByRole('heading', { level: 1, name: cause(1).title })).toBeVisible()
    },
  },
]

for (const { name, open } of pages) {
  test(`${name}: the page reports no CSP violation`, async ({ page, watch }) => {
    await open(page)
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toContain("default-src 'self'")
    expect(watch.cspViolations).toEqual([])
  })
}

test.describe('the policy is enforced, and a violation would be caught', () => {
  // Chromium logs the refusal itself as a console error.
  test.use({ expectedConsoleErrors: [/Content Security Policy/] })

  test('an injected inline script is refused and reported', async ({ page, watch }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const ran = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__inlineRan = true'
      document.body.append(script)
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true
    })
    expect(ran).toBe(false)
    await expect.poll(() => watch.cspViolations.length).toBeGreaterThan(0)
    expect(watch.cspViolations[0]).toMatch(/^script-src-elem blocked inline/)
    // This test's violation was the point; the guard checks the others.
    watch.cspViolations.length = 0
  })
})
