import { describe, expect, it } from 'vitest'
import { ticketNote } from '../../../src/core/report/ticket-note'
import { recipientFacts, sampleAnalysis, sampleCause, sampleOutcomes, verdict } from './sample-analysis'

const causes = [sampleCause(1, { title: 'The address does not exist', owner: 'recipient' }), sampleCause(2), sampleCause(5)]

describe('ticketNote', () => {
  it('names the cause, who acts, the evidence, the facts and the next steps', () => {
    const note = ticketNote(sampleAnalysis(), causes, { mask: false })
    expect(note).toContain('Recipient: bob@example.com')
    expect(note).toContain('Diagnosis: cause 1 — The address does not exist')
    expect(note).toContain('Who acts: The person you wrote to')
    expect(note).toContain('Evidence: "User unknown" (phrase: user unknown)')
    expect(note).toContain('Reply code: 550')
    expect(note).toContain('Status: 5.1.1')
    expect(note).toContain('Remote MTA: mx.example.com [192.0.2.25]')
    expect(note).toContain('Reporting MTA: mail.sender.example')
    expect(note).toContain('SMTP stage: after RCPT TO')
    expect(note).toContain('Report format: Postfix')
    expect(note).toMatch(/Next steps \(cause 1 — The address does not exist\):\n {2}1\. First step for cause 1\n {2}2\. Second step/)
  })

  it('hides every address and IP address when asked to, and only then', () => {
    const masked = ticketNote(sampleAnalysis(), causes, { mask: true })
    expect(masked).not.toContain('bob@example.com')
    expect(masked).not.toContain('192.0.2.25')
    expect(masked).toContain('Recipient: name1@hidden.example')
    expect(masked).toContain('Remote MTA: mx.example.com [ip-address-1]')
    expect(ticketNote(sampleAnalysis(), causes, { mask: false })).toContain('bob@example.com')
  })

  it('lists the candidates when the diagnosis asks a question', () => {
    const analysis = sampleAnalysis()
    analysis.results = [{ facts: recipientFacts(), verdict: verdict({ outcome: 'ask', cause: null, candidates: [2, 5], confidence: 'medium' }) }]
    const note = ticketNote(analysis, causes, { mask: false })
    expect(note).toContain('Diagnosis: not settled; one of: cause 2 — Sample cause 2; cause 5 — Sample cause 5')
    expect(note).toContain('Recipient: address not found in the bounce')
  })

  it('describes another outcome with its title, note and next steps', () => {
    const analysis = sampleAnalysis()
    analysis.results = [{ facts: recipientFacts(), verdict: verdict({ outcome: 'temporary', cause: null, candidates: [], note: 'mailbox full (4.2.2)' }) }]
    const note = ticketNote(analysis, causes, { mask: false, outcomes: sampleOutcomes })
    expect(note).toContain('Diagnosis: A temporary problem')
    expect(note).toContain('Note: mailbox full (4.2.2)')
    expect(note).toContain('1. Wait a day before doing anything')
  })

  it('numbers several recipients and gives each distinct cause its steps once', () => {
    const analysis = sampleAnalysis()
    const first = analysis.results[0]!
    analysis.results = [
      first,
      { facts: recipientFacts({ address: 'ann@example.com' }), verdict: verdict() },
      { facts: recipientFacts({ address: 'cy@example.com' }), verdict: verdict({ cause: 2, candidates: [2] }) },
    ]
    const note = ticketNote(analysis, causes, { mask: false })
    expect(note).toContain('Recipient 1 of 3: bob@example.com')
    expect(note).toContain('Recipient 3 of 3: cy@example.com')
    expect(note).toContain('Recipients: bob@example.com, ann@example.com, cy@example.com')
    expect(note.match(/Next steps \(cause 1/g)).toHaveLength(1)
    expect(note.match(/Next steps \(cause 2/g)).toHaveLength(1)
  })
})
