import type { Analysis } from '../../../src/core/analyse'
import type { RecipientFacts } from '../../../src/core/bounce/types'
import type { Cause, Outcomes } from '../../../src/core/content/schema'
import type { Verdict } from '../../../src/core/diagnosis/types'

/** A cause as the content loader gives it, with only what a test cares about filled in. */
export function sampleCause(number: number, overrides: Partial<Cause> = {}): Cause {
  return {
    number,
    title: `Sample cause ${number}`,
    summary: 'A sample cause for the tests, long enough for the schema.',
    owner: 'sender',
    nextSteps: [`First step for cause ${number}`, `Second step for cause ${number}`].map((text) => ({ text, when: [] })),
    signals: { statuses: [], phrases: [] },
    examples: [{ text: '550 sample' }],
    slug: `sample-${number}`,
    body: 'Explanation.',
    html: '<p>Explanation.</p>',
    ...overrides,
  }
}

export const sampleOutcomes: Outcomes = {
  temporary: { title: 'A temporary problem', summary: 'The server will try again later, by itself.', nextSteps: ['Wait a day before doing anything'], signals: { statuses: [], phrases: [] } },
  'not-a-bounce': { title: 'This is not a bounce', summary: 'The text is not a delivery failure report.', nextSteps: ['Paste the whole report instead'], signals: { statuses: [], phrases: [] } },
  outside: { title: 'Not one of the 13 causes', summary: 'The message failed for another reason.', nextSteps: ['Ask your IT department'], signals: { statuses: [], phrases: [] } },
}

export function recipientFacts(overrides: Partial<RecipientFacts> = {}): RecipientFacts {
  return { address: null, replyCode: null, status: null, action: null, remoteMta: null, diagnostic: null, diagnosticSpan: null, stage: null, contextSpan: null, ...overrides }
}

export function verdict(overrides: Partial<Verdict> = {}): Verdict {
  return { outcome: 'cause', cause: 1, candidates: [1], evidence: [], confidence: 'high', note: null, ...overrides }
}

/** An analysis of a one-line Postfix rejection of bob@example.com, diagnosed as cause 1. */
export function sampleAnalysis(): Analysis {
  const text = '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table'
  const start = text.indexOf('User unknown')
  return {
    facts: {
      kind: 'text', text, dialect: 'postfix', reportingMta: 'mail.sender.example', reportRecipient: null, subject: null,
      autoReply: false, feedbackReport: false, looksLikeBounce: true, reportEnd: text.length, notes: [],
      recipients: [recipientFacts({ address: 'bob@example.com', replyCode: '550', status: '5.1.1', remoteMta: 'mx.example.com [192.0.2.25]', stage: 'rcpt', diagnostic: text })],
    },
    results: [{
      facts: recipientFacts({ address: 'bob@example.com', replyCode: '550', status: '5.1.1', remoteMta: 'mx.example.com [192.0.2.25]', stage: 'rcpt', diagnostic: text }),
      verdict: verdict({ evidence: [{ span: { start, end: start + 12 }, text: 'User unknown', reason: 'phrase: user unknown', cause: 1 }] }),
    }],
  }
}
