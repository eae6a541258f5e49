import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyseBounce } from '../../../src/core/analyse'
import { loadContent } from '../../../src/node/read-content'

const content = loadContent()

/** Event records of sending services, in the shapes their webhooks and logs use. */
const mailgunFailed = JSON.stringify(
  {
    event: 'failed',
    severity: 'permanent',
    reason: 'bounce',
    recipient: 'Maria.Lopez@example.org',
    timestamp: 1718012345.12,
    'delivery-status': {
      code: 550,
      message: '5.1.1 The email account that you tried to reach does not exist.',
      description: '',
      'attempt-no': 1,
      'mx-host': 'mx1.example.org',
    },
    message: { headers: { to: 'maria.lopez@example.org', from: 'shop@example.com', subject: 'Your order' } },
  },
  null,
  2,
)

const mailgunTemporary = JSON.stringify({
  event: 'failed',
  severity: 'temporary',
  reason: 'generic',
  recipient: 'k.ito@example.jp',
  'delivery-status': { code: 421, message: '4.7.0 Try again later, closing connection.', 'attempt-no': 2 },
})

const sendgrid = JSON.stringify([
  { email: 'ok@example.net', event: 'delivered', response: '250 2.0.0 OK', sg_event_id: 'e1' },
  {
    email: 'full@example.net',
    event: 'bounce',
    type: 'bounce',
    status: '5.2.2',
    reason: '552 5.2.2 The email account that you tried to reach is over quota.',
    sg_event_id: 'e2',
  },
  {
    email: 'listed@example.org',
    event: 'bounce',
    type: 'blocked',
    status: '5.7.1',
    reason: '554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org',
    sg_event_id: 'e3',
  },
])

const postmark = JSON.stringify({
  RecordType: 'Bounce',
  Type: 'HardBounce',
  TypeCode: 1,
  Name: 'Hard bounce',
  Description: 'The server was unable to deliver your message (ex: unknown user, mailbox not found).',
  Details: 'smtp;550 5.1.1 <p.chen@example.com>: Recipient address rejected: User unknown in local recipient table',
  Email: 'p.chen@example.com',
  From: 'billing@example.net',
})

const sparkpost = JSON.stringify([
  {
    msys: {
      message_event: {
        type: 'bounce',
        bounce_class: '10',
        error_code: '550',
        raw_reason: '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)',
        reason: '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)',
        rcpt_to: 'n.oduya@example.com',
      },
    },
  },
])

const complaint = JSON.stringify({ RecordType: 'SpamComplaint', Email: 'reader@example.org', Description: 'The subscriber marked this as spam.' })

describe('sending-service events pasted as JSON', () => {
  it('reads a Mailgun permanent failure: recipient, reply code, status and the reply', async () => {
    const { facts, results } = await analyseBounce(mailgunFailed, content)
    expect(facts.dialect).toBe('service-event')
    expect(facts.recipients.map((r) => r.address)).toEqual(['maria.lopez@example.org'])
    expect(facts.recipients[0]).toMatchObject({ replyCode: '550', status: '5.1.1', action: 'failed' })
    expect(results[0]?.verdict).toMatchObject({ outcome: 'cause', cause: 1 })
    expect(results[0]?.verdict.evidence.map((e) => e.text).join(' ')).toMatch(/does not exist/)
  })

  it('says a Mailgun temporary failure is still being retried', async () => {
    const { results } = await analyseBounce(mailgunTemporary, content)
    expect(results[0]?.verdict.outcome).toBe('temporary')
  })

  it('reads each SendGrid bounce and leaves out the delivered event', async () => {
    const { results } = await analyseBounce(sendgrid, content)
    const byAddress = Object.fromEntries(results.map((r) => [r.facts.address, r.verdict]))
    expect(Object.keys(byAddress).sort()).toEqual(['full@example.net', 'listed@example.org'])
    expect(byAddress['full@example.net']).toMatchObject({ outcome: 'cause', cause: 11 })
    expect(byAddress['listed@example.org']).toMatchObject({ outcome: 'cause', cause: 2 })
  })

  it('reads a Postmark bounce by its Details', async () => {
    const { results } = await analyseBounce(postmark, content)
    expect(results[0]?.facts.address).toBe('p.chen@example.com')
    expect(results[0]?.verdict).toMatchObject({ outcome: 'cause', cause: 1 })
  })

  it('reads a SparkPost bounce nested in its batch', async () => {
    const { results } = await analyseBounce(sparkpost, content)
    expect(results[0]?.facts).toMatchObject({ address: 'n.oduya@example.com', replyCode: '550', status: '5.4.1' })
    expect(results[0]?.verdict).toMatchObject({ outcome: 'cause', cause: 1 })
  })

  it('gives each event only its own reason, whatever else the batch holds', async () => {
    const batch = JSON.stringify([
      { event: 'failed', severity: 'permanent', recipient: 'gone@example.org', 'delivery-status': { code: 550, message: '5.1.1 <gone@example.org>: user unknown' } },
      { event: 'opened', recipient: 'reader@example.org' },
      { event: 'complained', recipient: 'angry@example.org' },
      { event: 'failed', severity: 'permanent', recipient: 'full@example.org', 'delivery-status': { code: 552, message: '5.2.2 mailbox full' } },
    ])
    const { facts, results } = await analyseBounce(batch, content)
    expect(facts.feedbackReport).toBe(false)
    expect(results.map((r) => [r.facts.address, r.verdict.cause])).toEqual([
      ['gone@example.org', 1],
      ['full@example.org', 11],
    ])
  })

  it("does not let Postmark's fixed description decide: its Details do", async () => {
    const policy = JSON.stringify({
      RecordType: 'Bounce',
      Type: 'HardBounce',
      Description: 'The server was unable to deliver your message (ex: unknown user, mailbox not found).',
      Details: 'smtp;554 5.7.1 Message rejected: sender IP listed at zen.spamhaus.org',
      Email: 'ops@example.net',
    })
    const { results } = await analyseBounce(policy, content)
    expect(results[0]?.verdict).toMatchObject({ outcome: 'cause', cause: 2 })
  })

  it('points at each event’s own reason when two events give the same one, also when the writer escaped it', async () => {
    const same = '550 5.1.1 <a@example.org>: Recipient address rejected: User unknown'
    const goStyle = JSON.stringify([
      { email: 'a@example.org', event: 'bounce', reason: same },
      { email: 'b@example.org', event: 'bounce', reason: same.replace('a@', 'b@') },
    ]).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')
    const { facts } = await analyseBounce(goStyle, content)
    const [first, second] = facts.recipients
    expect(first?.diagnosticSpan && second?.diagnosticSpan).toBeTruthy()
    expect(goStyle.slice(first?.diagnosticSpan?.start, first?.diagnosticSpan?.end)).toContain('a@example.org')
    expect(goStyle.slice(second?.diagnosticSpan?.start, second?.diagnosticSpan?.end)).toContain('b@example.org')
  })

  it('reads a log export with one event a line (JSON Lines)', async () => {
    const lines = [
      { event: 'delivered', email: 'fine@example.com', response: '250 2.0.0 OK queued' },
      { event: 'bounce', email: 'nobody@example.com', reason: '550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table' },
      { event: 'bounce', email: 'quota@example.net', reason: '552 5.2.2 <quota@example.net>: mailbox over quota' },
    ]
      .map((event) => JSON.stringify(event))
      .join('\r\n')
    const { facts, results } = await analyseBounce(lines, content)
    expect(facts.dialect).toBe('service-event')
    expect(results.map((r) => [r.facts.address, r.verdict.cause])).toEqual([
      ['nobody@example.com', 1],
      ['quota@example.net', 11],
    ])
  })

  it('reads Amazon SES published events: a delivery delay and a bounce, each by its recipient', async () => {
    const delay = JSON.stringify({
      eventType: 'DeliveryDelay',
      mail: { source: 'news@example.com', destination: ['r.ito@example.jp'], messageId: '0100018f-aaaa' },
      deliveryDelay: {
        delayType: 'TransientCommunicationFailure',
        expirationTime: '2024-06-16T00:25:40.914Z',
        delayedRecipients: [{ emailAddress: 'r.ito@example.jp', status: '4.4.1', diagnosticCode: 'smtp; 421 4.4.1 Unable to connect to remote host' }],
      },
    })
    const delayed = await analyseBounce(delay, content)
    expect(delayed.facts.recipients[0]).toMatchObject({ address: 'r.ito@example.jp', action: 'delayed', status: '4.4.1' })
    // Decision 002: a delay whose reason is clear names its cause, noting that the server still retries.
    expect(delayed.results[0]?.verdict).toMatchObject({ outcome: 'cause', cause: 8, note: expect.stringMatching(/still retrying/) })
    const bounce = JSON.stringify({
      eventType: 'Bounce',
      mail: { source: 'news@example.com', destination: ['old@example.org'] },
      bounce: {
        bounceType: 'Permanent',
        bounceSubType: 'General',
        bouncedRecipients: [{ emailAddress: 'old@example.org', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }],
      },
    })
    const bounced = await analyseBounce(bounce, content)
    expect(bounced.results[0]?.facts.address).toBe('old@example.org')
    expect(bounced.results[0]?.verdict).toMatchObject({ outcome: 'cause', cause: 1 })
  })

  it('calls a spam complaint event not a bounce', async () => {
    const { results } = await analyseBounce(complaint, content)
    expect(results[0]?.verdict.outcome).toBe('not-a-bounce')
  })

  it('leaves JSON that names no event to the text reader', async () => {
    const { results } = await analyseBounce('{"note": "550 5.1.1 user unknown", "owner": "it@example.com"}', content)
    expect(results[0]?.verdict).toMatchObject({ outcome: 'cause', cause: 1 })
  })

  it('never throws on arbitrary JSON, nor on event-shaped JSON with arbitrary values, and always gives a verdict', async () => {
    const eventLike = fc.record({
      event: fc.oneof(fc.constantFrom('failed', 'bounce', 'delivered', 'deferred', 'complained', 'open'), fc.string()),
      severity: fc.oneof(fc.constantFrom('permanent', 'temporary'), fc.string()),
      recipient: fc.oneof(fc.emailAddress(), fc.string()),
      reason: fc.oneof(fc.string(), fc.constant('550 5.1.1 user unknown')),
      'delivery-status': fc.record({ code: fc.oneof(fc.integer(), fc.string()), message: fc.string() }),
    })
    const input = fc.oneof(fc.json(), eventLike.map((e) => JSON.stringify(e)), fc.array(eventLike, { maxLength: 60 }).map((a) => JSON.stringify(a)))
    await fc.assert(
      fc.asyncProperty(input, async (text) => {
        const { results } = await analyseBounce(text, content)
        expect(results.length).toBeGreaterThan(0)
      }),
      { numRuns: 300 },
    )
  })
})
