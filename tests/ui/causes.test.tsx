import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { CONTENT } from '../../src/content'
import { INPUT_KEY } from '../../src/ui/lib/input-store'
import { findPage, renderApp } from './render-app'

const heading = () => screen.getByRole('heading', { level: 1 })

describe('the causes', () => {
  it('are listed on one page, 13 links in order', async () => {
    await renderApp('/causes')
    const links = within(screen.getByRole('main')).getAllByRole('link')
    expect(links).toHaveLength(13)
    expect(links[0]).toHaveAccessibleName(`Cause 1: ${CONTENT.causes[0]!.title}`)
  })

  it('each have a page with the summary, who acts, the next steps, the explanation and examples', async () => {
    const cause = CONTENT.causes[0]!
    const { user } = await renderApp('/causes')
    await user.click(screen.getByRole('link', { name: `Cause 1: ${cause.title}` }))
    expect(await findPage(cause.title)).toHaveFocus()
    expect(screen.getByText(cause.summary)).toBeInTheDocument()
    expect(screen.getByText(/who needs to act/i)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'What to do next' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'In detail' })).not.toBeEmptyDOMElement()
    expect(screen.getAllByRole('button', { name: /diagnose this example/i })).toHaveLength(cause.examples.length)
  })

  it('send an example to the result page to diagnose it', async () => {
    const cause = CONTENT.causes[0]!
    const { user, where } = await renderApp(`/causes/${cause.slug}`)
    await user.click(screen.getAllByRole('button', { name: /diagnose this example/i })[0]!)
    await findPage('Why your e-mail bounced')
    expect(where()).toBe('/result')
    expect(sessionStorage.getItem(INPUT_KEY)).toBe(cause.examples[0]!.text)
  })

  const withMessage = CONTENT.causes.find((c) => c.message)
  it.runIf(withMessage)('offer their message to copy, with blanks for the addresses', async () => {
    if (!withMessage) throw new Error('unreachable: runIf')
    const { user } = await renderApp(`/causes/${withMessage.slug}`)
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    await user.click(screen.getByRole('button', { name: 'Copy the message' }))
    expect(writeText).toHaveBeenCalledWith(expect.not.stringMatching(/\{(recipient|sender)\}/))
    expect(screen.getByText(/copied the message/i)).toBeInTheDocument()
  })

  it('show a not-found page for an unknown cause', async () => {
    await renderApp('/causes/no-such-cause')
    expect(heading()).toHaveTextContent(/not found/i)
  })
})

describe('the other outcomes', () => {
  it.each(['temporary', 'not-a-bounce', 'outside'] as const)('have a page: %s', async (kind) => {
    await renderApp(`/outcome/${kind}`)
    expect(heading()).toHaveTextContent(CONTENT.outcomes[kind].title)
  })

  it('show a not-found page for an unknown one', async () => {
    await renderApp('/outcome/nonsense')
    expect(heading()).toHaveTextContent(/not found/i)
  })
})
