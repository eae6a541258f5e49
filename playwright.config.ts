import { defineConfig, devices } from '@playwright/test'
import { APP_PORT, APP_URL, SUB_PATH, SUBPATH_PORT, SUBPATH_URL } from './tests/e2e/support/app-urls'

/**
 * Browser tests in Debian's Chromium, against the BUILT app (npm run test:e2e builds it first):
 * dist/ served by vite preview at the root, and dist-subpath/ (built with BASE_PATH) served by a
 * plain static server under /kb/bounce-wizard/, the way a host without rewrite rules would.
 *
 * Playwright never downloads a browser here (no network): it drives /usr/bin/chromium, or
 * CHROME_PATH. The flags stop Chromium's own calls home, which would fail and add noise.
 */

const ci = Boolean(process.env.CI)

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  // The machine has two cores: two browsers at once, the servers share them.
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  use: {
    baseURL: APP_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: /big-paste\.spec\.ts/ },
    // The long-task measurements run last, alone and one after the other: on two cores, a test in
    // the other worker would stretch the page's tasks and measure the machine, not the app.
    {
      name: 'timing',
      use: { ...devices['Desktop Chrome'] },
      testMatch: /big-paste\.spec\.ts/,
      dependencies: ['chromium'],
      fullyParallel: false,
    },
  ],
  webServer: [
    {
      // BASE_PATH=/ so an exported BASE_PATH cannot make the preview expect another sub-path.
      command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${APP_PORT} --strictPort`,
      env: { BASE_PATH: '/' },
      url: APP_URL,
      // Never test against someone else's server: it may serve an older build.
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: 'node_modules/.bin/tsx tests/e2e/support/static-server.ts',
      env: { PORT: String(SUBPATH_PORT), ROOT: 'dist-subpath', PREFIX: SUB_PATH },
      url: SUBPATH_URL,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
})
