import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CONTENT } from '../../src/content'
import { renderApp } from './render-app'

// The whole way through the real parser and diagnosis, as a person would go.
describe('diagnosing a pasted bounce', () => {
  it('shows the cause, its next steps and the highlighted evidence for a Postfix "user unknown" line', async () => {
    const cause = CONTENT.causes.find((c) => c.number === 1)!
    const { user, where } = await renderApp('/')
    await user.click(screen.getByLabelText('Paste the bounce'))
    await user.paste('550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table')
    await user.click(screen.getByRole('button', { name: 'Diagnose' }))

    await screen.findByRole('heading', { level: 1, name: 'Why your e-mail bounced' })
    expect(where()).toBe('/result')
    const verdict = await screen.findByRole('region', { name: cause.title })
    const steps = within(verdict).getByRole('heading', { name: 'What to do next' }).nextElementSibling
    expect(steps?.tagName).toBe('OL')
    expect(within(steps as HTMLElement).getAllByRole('listitem')).toHaveLength(cause.nextSteps.length)
    const evidence = screen.getByRole('region', { name: 'What we read' })
    expect(evidence.querySelectorAll('pre mark').length).toBeGreaterThan(0)
  })

  it('puts the next step that fits the bounce first and marks it (a DMARC rejection: fix your own DNS)', async () => {
    const cause = CONTENT.causes.find((c) => c.number === 2)!
    const { user } = await renderApp('/')
    await user.click(screen.getByLabelText('Paste the bounce'))
    await user.paste("550 5.7.1 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.")
    await user.click(screen.getByRole('button', { name: 'Diagnose' }))
    const verdict = await screen.findByRole('region', { name: cause.title })
    const steps = within(verdict).getAllByRole('listitem')
    expect(steps).toHaveLength(cause.nextSteps.length)
    expect(steps[0]).toHaveTextContent(/^Matches your bounce:.*DMARC/)
    expect(steps.filter((step) => step.textContent?.startsWith('Matches your bounce'))).toHaveLength(1)
    expect(within(verdict).getByText(/Steps marked “Matches your bounce” are about something your bounce mentions/)).toBeInTheDocument()
  })

  it("reads a sending service's bounce event pasted as JSON and names its format", async () => {
    const cause = CONTENT.causes.find((c) => c.number === 11)!
    const event = JSON.stringify({
      event: 'failed',
      severity: 'permanent',
      recipient: 'mo.said@example.org',
      'delivery-status': { code: 552, message: '5.2.2 <mo.said@example.org>: mailbox full, over quota' },
    })
    const { user } = await renderApp('/')
    await user.click(screen.getByLabelText('Paste the bounce'))
    await user.paste(event)
    await user.click(screen.getByRole('button', { name: 'Diagnose' }))
    expect(await screen.findByRole('region', { name: cause.title })).toBeInTheDocument()
    expect(screen.getAllByText(/Sending-service event \(JSON/).length).toBeGreaterThan(0)
    expect(screen.getAllByText(/mo\.said@example\.org/).length).toBeGreaterThan(0)
  })

  it('says that the text is not a bounce for an ordinary message', async () => {
    const { user } = await renderApp('/')
    await user.click(screen.getByLabelText('Paste the bounce'))
    await user.paste('Hi Sam, are we still on for lunch on Friday? Cheers, Alex')
    await user.click(screen.getByRole('button', { name: 'Diagnose' }))
    expect(await screen.findByRole('region', { name: CONTENT.outcomes['not-a-bounce'].title })).toBeInTheDocument()
  })
})
