import type { FrameLocator, Page } from '@playwright/test'
import { cause, POSTFIX_USER_UNKNOWN } from './content'
import { expect } from './test'

/** Pastes the Postfix "user unknown" sample on the home page (or the app in a frame) and waits for its verdict. */
export async function diagnoseExample(app: Page | FrameLocator): Promise<void> {
  await app.getByLabel('Paste the bounce').fill(POSTFIX_USER_UNKNOWN)
  await app.getByRole('button', { name: 'Diagnose', exact: true }).click()
  await expect(app.getByRole('heading', { level: 2, name: cause(1).title })).toBeVisible()
}

/** Waits until the service worker of the page's scope is active (its install and activate done); returns the scope. */
export async function serviceWorkerReady(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    const worker = registration.active
    if (worker && worker.state !== 'activated') {
      await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve(null)))
    }
    return registration.scope
  })
}
