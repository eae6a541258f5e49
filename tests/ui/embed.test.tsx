import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { UNSAFE_createMemoryHistory as createMemoryHistory, unstable_HistoryRouter as HistoryRouter } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CONTENT } from '../../src/content'
import { AppRoutes } from '../../src/ui/app-routes'
import { keepEmbedParams } from '../../src/ui/lib/keep-embed-params'
import { findPage } from './render-app'

const cause = (n: number) => CONTENT.causes.find((c) => c.number === n)!
const tree = CONTENT.tree

/** The guide's `?a=` of the first walk through the questions that ends at cause `n`. */
function trailTo(n: number, node = tree.start, answers: number[] = []): string | null {
  for (const [i, answer] of (tree.nodes[node]?.answers ?? []).entries()) {
    if (answer.cause === n) return [...answers, i].join('.')
    const found = answer.next ? trailTo(n, answer.next, [...answers, i]) : null
    if (found) return found
  }
  return null
}

/** The app as main.tsx sets it up (embed parameters kept on navigation), framed by a host page. */
async function renderEmbedded(path: string) {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {})
  const host = { postMessage: vi.fn() }
  vi.spyOn(window, 'parent', 'get').mockReturnValue(host as unknown as Window)
  const history = keepEmbedParams(createMemoryHistory({ initialEntries: [path], v5Compat: true }))
  render(
    <HistoryRouter history={history}>
      <AppRoutes />
    </HistoryRouter>,
  )
  await waitFor(() => screen.getByRole('heading', { level: 1 }))
  const messages = () => host.postMessage.mock.calls.map(([message]) => message as { type: string })
  const where = () => history.location.pathname + history.location.search
  return { user: userEvent.setup(), messages, where }
}

afterEach(() => vi.restoreAllMocks())

describe('embed mode (?embed=1)', () => {
  it('shows the page without the site’s header, footer and skip link', async () => {
    await renderEmbedded('/?embed=1')
    expect(screen.getByRole('main')).toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument()
    expect(screen.queryByRole('contentinfo')).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Skip to the main content' })).not.toBeInTheDocument()
  })

  it('stays embedded, with its theme, on every navigation inside the app', async () => {
    const { user, where } = await renderEmbedded('/?embed=1&theme=dark')
    await user.click(screen.getByRole('link', { name: /guide me/i }))
    await findPage(tree.nodes[tree.start]!.ask)
    expect(where()).toBe(`/guide/${tree.start}?embed=1&theme=dark`)
    await user.click(screen.getAllByRole('radio')[0]!)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(where()).toMatch(/^\/guide\/[a-z-]+\?a=0&embed=1&theme=dark$/))
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument()
  })

  it('leaves links’ own addresses alone, so one opened in a new tab opens the full site', async () => {
    await renderEmbedded('/?embed=1')
    expect(screen.getByRole('link', { name: /guide me/i })).toHaveAttribute('href', '/guide')
  })

  it('tells the host page the verdict of the guided questions: outcome and cause number only', async () => {
    const { messages } = await renderEmbedded(`/causes/${cause(1).slug}?a=${trailTo(1)}&embed=1`)
    await findPage(cause(1).title)
    await waitFor(() => expect(messages()).toContainEqual({ type: 'bounce-wizard:diagnosis', outcome: 'cause', cause: 1, via: 'guide' }))
  })

  it('tells the host nothing about a cause page opened from the list, which is no verdict', async () => {
    const { messages } = await renderEmbedded(`/causes/${cause(1).slug}?embed=1`)
    await findPage(cause(1).title)
    expect(messages().filter((m) => m.type === 'bounce-wizard:diagnosis')).toEqual([])
  })
})

describe('outside embed mode', () => {
  it('sends the host nothing, even when framed', async () => {
    const { messages } = await renderEmbedded(`/causes/${cause(1).slug}?a=${trailTo(1)}`)
    await findPage(cause(1).title)
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument()
    expect(messages()).toEqual([])
  })
})
