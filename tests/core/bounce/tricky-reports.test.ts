import { describe, expect, it } from 'vitest'
import { analyseBounce } from '../../../src/core/analyse'
import { MAX_RECIPIENTS, parseBounce } from '../../../src/core/bounce/parse-bounce'
import { diagnose } from '../../../src/core/diagnosis/diagnose'
import { loadContent } from '../../../src/node/read-content'

const content = loadContent()

describe('reports with many recipients', () => {
  it('diagnoses every recipient of a long report by its own reply', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `<user${i}@example.org>: host mx.example.org[192.0.2.1] said: 550 No such user here`)
    const { results } = await analyseBounce(`This is the mail system at host mail.example.net.\n\n${lines.join('\n')}\n`, content)
    expect(results).toHaveLength(30)
    expect(results.every((r) => r.verdict.outcome === 'cause' && r.verdict.cause === 1)).toBe(true)
  })

  it(`reads at most ${MAX_RECIPIENTS} recipients and says so`, async () => {
    const blocks = Array.from({ length: 500 }, (_, i) => `Final-Recipient: rfc822; user${i}@example.org\nAction: failed\nStatus: 5.1.1\n`)
    const facts = await parseBounce(`Reporting-MTA: dns; mx.example.net\n\n${blocks.join('\n')}`)
    expect(facts.recipients).toHaveLength(MAX_RECIPIENTS)
    expect(facts.notes.join(' ')).toMatch(/more than 200 recipients; only the first 200 were diagnosed/)
  })
})

describe('addresses and replies of several recipients', () => {
  it('takes the Original-Recipient when the Final-Recipient is an X.400 address', async () => {
    const dsn = [
      'Reporting-MTA: x400; /C=GB/ADMD= /PRMD=EXAMPLE/O=HUB/',
      '',
      'Original-Recipient: rfc822;sam.lee@example.org',
      'Final-Recipient: x400; /C=GB/ADMD= /PRMD=EXAMPLE/O=HUB/S=Lee/G=Sam/',
      'Action: failed',
      'Status: 5.1.1',
      '',
    ].join('\n')
    const facts = await parseBounce(dsn)
    expect(facts.recipients.map((r) => r.address)).toEqual(['sam.lee@example.org'])
  })

  it("gives each recipient of one Sendmail transcript the remote server's reply to its own RCPT", async () => {
    const report = [
      '   ----- The following addresses had permanent fatal errors -----',
      '<a@example.org>',
      '<b@example.org>',
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to mx.example.org.:',
      '>>> RCPT To:<a@example.org>',
      '<<< 550 5.1.1 <a@example.org>... User unknown',
      '550 5.1.1 <a@example.org>... User unknown',
      '>>> RCPT To:<b@example.org>',
      '<<< 552 5.2.2 <b@example.org>... Mailbox full',
      '552 5.2.2 <b@example.org>... Mailbox full',
    ].join('\n')
    const { results } = await analyseBounce(report, content)
    expect(results.map((r) => [r.facts.address, r.facts.diagnostic, r.verdict.cause])).toEqual([
      ['a@example.org', '<<< 550 5.1.1 <a@example.org>... User unknown', 1],
      ['b@example.org', '<<< 552 5.2.2 <b@example.org>... Mailbox full', 11],
    ])
  })

  it('does not take an address for part of a longer one', async () => {
    const dsn = [
      'Reporting-MTA: dns; mx.example.net',
      '',
      'Final-Recipient: rfc822; jbo@example.org',
      'Action: failed',
      'Status: 5.2.2',
      '',
      'Final-Recipient: rfc822; bo@example.org',
      'Action: failed',
      'Status: 5.0.0',
      '',
      'Remote host said: 550 5.2.2 <jbo@example.org>: mailbox full',
      '',
    ].join('\n')
    const facts = await parseBounce(`The following recipients failed.\n\n<bo@example.org>: unknown user: no such user here\n\n${dsn}`)
    const bo = facts.recipients.find((r) => r.address === 'bo@example.org')
    expect(bo?.diagnostic).not.toMatch(/mailbox full/)
  })

  it('keeps two replies with the same code apart: "550 " ends a reply, only "550-" continues it', async () => {
    const facts = await parseBounce(
      'Transcript:\n550 5.2.2 <jbo@example.org>... Mailbox full\n550 5.1.1 <bo@example.org>... User unknown\n',
    )
    const verdicts = diagnose(facts, content).map((r) => [r.facts.address, r.verdict.cause])
    expect(verdicts).toEqual([
      ['jbo@example.org', 11],
      ['bo@example.org', 1],
    ])
  })

  it('joins a multi-line reply whose lines say "550-"', async () => {
    const facts = await parseBounce('<ann@example.org>: host mx.example.org[192.0.2.1] said:\n550-5.1.1 The email account that you\n550-5.1.1 tried to reach does not\n550 5.1.1 exist.\n')
    expect(facts.recipients[0]?.diagnostic).toMatch(/tried to reach does not exist/)
  })
})

describe('offsets in text whose lower case is longer', () => {
  it('keeps every span inside the text when the text holds "İ"', async () => {
    const text = 'İİİİİİİİİİ Rapor\n\nFinal-Recipient: rfc822; a@b.example\nStatus: 5.0.0\n\na@b.example: mailbox full here\n'
    const { facts, results } = await analyseBounce(text, content)
    for (const r of facts.recipients) {
      if (r.diagnosticSpan) expect(r.diagnosticSpan.end).toBeLessThanOrEqual(facts.text.length)
    }
    for (const e of results[0]!.verdict.evidence) expect(facts.text.slice(e.span.start, e.span.end)).toBe(e.text)
    expect(results[0]!.verdict).toMatchObject({ outcome: 'cause', cause: 11 })
  })
})

describe('the content the diagnosis is given', () => {
  it('weighs the signals of "outside the 13" whenever they are given, whatever was asked before', async () => {
    const facts = await parseBounce('552 5.3.4 Message size exceeds fixed maximum message size')
    diagnose(facts, { causes: content.causes })
    expect(diagnose(facts, content)[0]!.verdict.outcome).toBe('outside')
  })

  it('reads a Subject line without taking the next line for it', async () => {
    const facts = await parseBounce('Pasted from my mail program\nSubject:\nTo: x@example.org\n\n550 5.1.1 user unknown')
    expect(facts.kind).toBe('text')
    expect(facts.subject ?? '').not.toMatch(/To:/)
  })
})

describe('addresses in a reply that are not the failed recipient', () => {
  it.each([
    ['a helpdesk to contact', 'host gw.example.com[192.0.2.9] said: 550 5.7.1 Message refused by policy. Contact support@example.com for help (in reply to end of DATA command)', null],
    ['the sender Postfix refused', 'host mx.example.net[203.0.113.12] said: 553 5.1.8 <news@shop.example.invalid>: Sender address rejected: Domain not found (in reply to RCPT TO command)', null],
    ['the new address of a moved mailbox', '551 5.1.6 <k.ito@example.jp>: Recipient has moved; please resend to ken.ito@example.com', 'k.ito@example.jp'],
  ])('skips %s', async (_what, line, recipient) => {
    const facts = await parseBounce(line)
    expect(facts.recipients.map((r) => r.address)).toEqual([recipient])
  })

  it('does not take the new address on the continuation line of a Postfix reply for a second recipient', async () => {
    const report = [
      'This is the mail system at host mail.example.org.',
      '',
      '<p.verdi@example.it>: host mx.example.it[192.0.2.150] said: 551 5.1.6',
      '    <p.verdi@example.it>: Recipient has moved; please resend to',
      '    paolo.verdi@example.com (in reply to RCPT TO command)',
      '',
    ].join('\n')
    const facts = await parseBounce(report)
    expect(facts.recipients.map((r) => r.address)).toEqual(['p.verdi@example.it'])
  })
})
