import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { UNSAFE_createMemoryHistory as createMemoryHistory, unstable_HistoryRouter as HistoryRouter } from 'react-router'
import { vi } from 'vitest'
import type { Analysis } from '../../src/core/analyse'
import type { RecipientVerdict } from '../../src/core/diagnosis/types'
import { AppRoutes, preloadPages } from '../../src/ui/app-routes'
import { recipientFacts, verdict } from '../core/report/sample-analysis'

// Pages load lazily (their own chunks in the browser). Load every one once up front, so a
// navigation in a test waits for the router, not for the first transform of a module.
await preloadPages()

/**
 * Renders the app's real routes at `path`, as the browser would, with a user to drive it;
 * resolves once the first page is on screen.
 */
export async function renderApp(path = '/') {
  // jsdom cannot scroll; the router's scroll restoration would only log that it cannot.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {})
  const history = createMemoryHistory({ initialEntries: [path], v5Compat: true })
  const user = userEvent.setup()
  render(
    <HistoryRouter history={history}>
      <AppRoutes />
    </HistoryRouter>,
  )
  await waitFor(() => screen.getByRole('heading', { level: 1 }))
  /** Where the app is now: path and query, e.g. "/guide/who-sent?a=0". */
  const where = (): string => history.location.pathname + history.location.search
  return { user, history, where }
}

/** Waits for the page whose heading is `name` (pages load lazily, so a navigation takes a moment). */
export function findPage(name: string | RegExp): Promise<HTMLElement> {
  return screen.findByRole('heading', { level: 1, name })
}

/** An analysis as the parser and diagnosis would give it, for tests of the result page. */
export function analysisOf(text: string, results: RecipientVerdict[], facts: Partial<Analysis['facts']> = {}): Analysis {
  return {
    facts: {
      kind: 'text', text, dialect: 'generic', reportingMta: null, reportRecipient: null, subject: null, autoReply: false,
      feedbackReport: false, looksLikeBounce: true, reportEnd: text.length, notes: [],
      recipients: results.map((r) => r.facts), ...facts,
    },
    results,
  }
}

export { recipientFacts, verdict }
