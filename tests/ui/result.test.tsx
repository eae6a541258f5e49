import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { analyseBounce } from '../../src/core/analyse'
import { entryForCandidates } from '../../src/core/guide/walk-tree'
import { CONTENT } from '../../src/content'
import { INPUT_KEY } from '../../src/ui/lib/input-store'
import { analysisOf, findPage, recipientFacts, renderApp, verdict } from './render-app'

// These tests fix what the diagnosis says, to test how the page shows it; the journey through
// the real parser and diagnosis is in diagnose-journey.test.tsx.
vi.mock('../../src/core/analyse', () => ({ analyseBounce: vi.fn() }))

const LINE = '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table'
const cause = (n: number) => CONTENT.causes.find((c) => c.number === n)!
const userUnknown = () => {
  const start = LINE.indexOf('User unknown')
  return analysisOf(LINE, [
    {
      facts: recipientFacts({ address: 'bob@example.com', replyCode: '550', status: '5.1.1', remoteMta: 'mx.example.com [192.0.2.25]', stage: 'rcpt' }),
      verdict: verdict({ cause: 1, candidates: [1], evidence: [{ span: { start, end: start + 12 }, text: 'User unknown', reason: 'phrase: user unknown', cause: 1 }] }),
    },
  ], { dialect: 'postfix', reportingMta: 'mail.sender.example' })
}

async function showResultOf(text = LINE) {
  sessionStorage.setItem(INPUT_KEY, text)
  return renderApp('/result')
}

/** What a copy button copies on the result page, then again with addresses hidden. */
async function copyBeforeAndAfterHiding(button: string): Promise<[string, string]> {
  const { user } = await showResultOf()
  await screen.findByRole('region', { name: cause(1).title })
  const writeText = vi.spyOn(navigator.clipboard, 'writeText')
  await user.click(screen.getByRole('button', { name: button }))
  const plain = writeText.mock.lastCall?.[0] ?? ''
  await user.click(screen.getByRole('checkbox', { name: /hide addresses and ip addresses/i }))
  await user.click(screen.getByRole('button', { name: button }))
  return [plain, writeText.mock.lastCall?.[0] ?? '']
}

beforeEach(() => {
  vi.mocked(analyseBounce).mockReset().mockResolvedValue(userUnknown())
})

describe('the result page', () => {
  it('shows the cause, who acts, the next steps and a link to the cause page', async () => {
    await showResultOf()
    const verdictPanel = await screen.findByRole('region', { name: cause(1).title })
    expect(within(verdictPanel).getByText(cause(1).summary)).toBeInTheDocument()
    expect(within(verdictPanel).getByText(/who needs to act/i)).toBeInTheDocument()
    const steps = within(verdictPanel).getByRole('list')
    expect(within(steps).getAllByRole('listitem')).toHaveLength(cause(1).nextSteps.length)
    expect(within(verdictPanel).getByRole('link', { name: new RegExp(`more about`, 'i') })).toHaveAttribute('href', `/causes/${cause(1).slug}`)
  })

  it('analyses the text kept in sessionStorage, so a reload keeps the result', async () => {
    await showResultOf()
    await screen.findByRole('region', { name: cause(1).title })
    expect(analyseBounce).toHaveBeenCalledWith(LINE, CONTENT)
  })

  it('highlights the evidence in the analysed text', async () => {
    await showResultOf()
    await screen.findByRole('region', { name: cause(1).title })
    const marks = screen.getByRole('region', { name: 'What we read' }).querySelectorAll('pre mark')
    expect([...marks].map((m) => m.textContent)).toEqual(['User unknown'])
  })

  it('shows pasted markup as text and never runs it', async () => {
    const hostile = '550 <img src=x onerror="alert(1)"> <script>alert(2)</script> User unknown'
    vi.mocked(analyseBounce).mockResolvedValue(analysisOf(hostile, [{ facts: recipientFacts(), verdict: verdict({ cause: 1 }) }]))
    await showResultOf(hostile)
    await screen.findByRole('region', { name: cause(1).title })
    expect(document.querySelector('main img, main script')).toBeNull()
    expect(screen.getByText(hostile)).toBeInTheDocument()
  })

  it('shows the facts found: reply code, status, recipient and servers', async () => {
    await showResultOf()
    const facts = await screen.findByRole('region', { name: 'What the bounce says' })
    for (const value of ['550', '5.1.1', 'bob@example.com', 'mx.example.com [192.0.2.25]', 'mail.sender.example', 'Postfix']) {
      expect(within(facts).getByText(value)).toBeInTheDocument()
    }
  })

  it('copies a ticket note with the addresses hidden when asked to', async () => {
    const [plain, masked] = await copyBeforeAndAfterHiding('Copy a ticket note')
    expect(plain).toContain('bob@example.com')
    expect(masked).toContain(cause(1).title)
    expect(masked).not.toContain('bob@example.com')
    expect(masked).not.toContain('192.0.2.25')
    expect(screen.getByText(/copied the ticket note/i)).toHaveAttribute('aria-live', 'polite')
  })

  it("signs the message to send with the bounce's addressee, who sent the failed mail, unless addresses are hidden", async () => {
    vi.mocked(analyseBounce).mockResolvedValue({ ...userUnknown(), facts: { ...userUnknown().facts, reportRecipient: 'ann@sender.example' } })
    const [plain, masked] = await copyBeforeAndAfterHiding('Copy the message')
    expect(plain).toContain('ann@sender.example')
    expect(masked).not.toContain('ann@sender.example')
  })

  it('says so when the browser refuses to copy', async () => {
    const { user } = await showResultOf()
    await screen.findByRole('region', { name: cause(1).title })
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'))
    await user.click(screen.getByRole('button', { name: 'Copy a ticket note' }))
    expect(screen.getByText(/could not copy the ticket note/i)).toBeInTheDocument()
  })

  const withMessage = CONTENT.causes.find((c) => c.message)
  it.runIf(withMessage)('offers the message for whoever must act, filled in with the recipient', async () => {
    if (!withMessage) throw new Error('unreachable: runIf')
    const analysis = userUnknown()
    analysis.results[0]!.verdict = verdict({ cause: withMessage.number, candidates: [withMessage.number] })
    vi.mocked(analyseBounce).mockResolvedValue(analysis)
    const { user } = await showResultOf()
    await screen.findByRole('region', { name: withMessage.title })
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    await user.click(screen.getByRole('button', { name: 'Copy the message' }))
    expect(writeText).toHaveBeenCalledWith(expect.not.stringContaining('{recipient}'))
    expect(screen.getByText(/copied the message/i)).toBeInTheDocument()
  })

  it('asks one question when two causes fit, entering the guide where they part', async () => {
    const [a, b] = [2, 5]
    vi.mocked(analyseBounce).mockResolvedValue(
      analysisOf(LINE, [{ facts: recipientFacts(), verdict: verdict({ outcome: 'ask', cause: null, candidates: [a, b], confidence: 'medium' }) }]),
    )
    const { user, where } = await showResultOf()
    const panel = await screen.findByRole('region', { name: /we need one answer to be sure/i })
    expect(within(panel).getByRole('link', { name: cause(a).title })).toBeInTheDocument()
    expect(within(panel).getByRole('link', { name: cause(b).title })).toBeInTheDocument()

    await user.click(within(panel).getByRole('link', { name: /answer the question/i }))
    const entry = entryForCandidates(CONTENT.tree, [a, b])
    await findPage(CONTENT.tree.nodes[entry.node]!.ask)
    expect(where()).toMatch(new RegExp(`^/guide/${entry.node}`))
    expect(screen.queryAllByText(/from your bounce/i)).toHaveLength(entry.prefilled.length)
  })

  it('explains a temporary failure plainly, with what the diagnosis noted', async () => {
    vi.mocked(analyseBounce).mockResolvedValue(
      analysisOf(LINE, [{ facts: recipientFacts(), verdict: verdict({ outcome: 'temporary', cause: null, candidates: [], note: 'mailbox busy (4.2.1)' }) }]),
    )
    await showResultOf()
    expect(await screen.findByRole('region', { name: CONTENT.outcomes.temporary.title })).toBeInTheDocument()
    expect(screen.getByText('mailbox busy (4.2.1)')).toBeInTheDocument()
  })

  it('says that the text is not a bounce when nothing in it reads like one', async () => {
    vi.mocked(analyseBounce).mockResolvedValue(
      analysisOf('Hello, lunch on Friday?', [{ facts: recipientFacts(), verdict: verdict({ outcome: 'outside', cause: null, candidates: [], confidence: 'low' }) }], { looksLikeBounce: false, recipients: [] }),
    )
    await showResultOf('Hello, lunch on Friday?')
    expect(await screen.findByRole('region', { name: CONTENT.outcomes['not-a-bounce'].title })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: CONTENT.outcomes.outside.title })).not.toBeInTheDocument()
  })

  it('trusts a cause the diagnosis found even in text that is not a whole report', async () => {
    vi.mocked(analyseBounce).mockResolvedValue(
      analysisOf('Mailbox does not exist', [{ facts: recipientFacts(), verdict: verdict({ cause: 1 }) }], { looksLikeBounce: false, recipients: [] }),
    )
    await showResultOf('Mailbox does not exist')
    expect(await screen.findByRole('region', { name: cause(1).title })).toBeInTheDocument()
  })

  it('says clearly when a binary file was given instead of text', async () => {
    vi.mocked(analyseBounce).mockResolvedValue(
      analysisOf('', [{ facts: recipientFacts(), verdict: verdict({ outcome: 'not-a-bounce', cause: null }) }], { kind: 'binary', looksLikeBounce: false, recipients: [] }),
    )
    await showResultOf('%PDF-1.7 …')
    expect(await screen.findByRole('alert')).toHaveTextContent(/not text we can read/i)
  })

  it('shows the notes made while reading', async () => {
    const analysis = userUnknown()
    analysis.facts.notes = ['The input was cut at 5 MB.']
    vi.mocked(analyseBounce).mockResolvedValue(analysis)
    await showResultOf()
    expect(await screen.findByText('The input was cut at 5 MB.')).toBeInTheDocument()
  })

  it('lets the person switch between several recipients, each with its own verdict', async () => {
    const analysis = userUnknown()
    analysis.results.push({ facts: recipientFacts({ address: 'ann@example.org' }), verdict: verdict({ cause: 13, candidates: [13] }) })
    vi.mocked(analyseBounce).mockResolvedValue(analysis)
    const { user } = await showResultOf()
    const picker = await screen.findByRole('group', { name: /about 2 recipients/i })
    expect(screen.getByRole('region', { name: cause(1).title })).toBeInTheDocument()
    await user.click(within(picker).getByRole('radio', { name: /ann@example\.org/ }))
    expect(screen.getByRole('region', { name: cause(13).title })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: cause(1).title })).not.toBeInTheDocument()
  })

  it('apologises instead of crashing when the analysis fails', async () => {
    vi.mocked(analyseBounce).mockRejectedValue(new Error('parser exploded'))
    await showResultOf()
    expect(await screen.findByRole('alert')).toHaveTextContent(/no diagnosis/i)
    expect(screen.getByRole('link', { name: /answer a few questions instead/i })).toBeInTheDocument()
  })

  it('sends the person back to paste something when there is nothing to diagnose', async () => {
    await renderApp('/result')
    expect(screen.getByText(/no bounce to diagnose yet/i)).toBeInTheDocument()
    expect(analyseBounce).not.toHaveBeenCalled()
  })

  it('links to the guided questions in case the diagnosis seems wrong', async () => {
    const { user, where } = await showResultOf()
    await user.click(await screen.findByRole('link', { name: /not right\? answer a few questions instead/i }))
    await findPage(CONTENT.tree.nodes[CONTENT.tree.start]!.ask)
    expect(where()).toBe(`/guide/${CONTENT.tree.start}`)
  })
})
