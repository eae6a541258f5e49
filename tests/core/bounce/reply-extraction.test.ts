import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../../src/core/bounce/parse-bounce'

/** The remote server's words the parser takes for the first recipient. */
async function diagnosticOf(report: string): Promise<string | null> {
  return (await parseBounce(report)).recipients[0]?.diagnostic ?? null
}

describe("finding the server's words in readable reports", () => {
  it('reads the reply a blank line under "The response was:" (Gmail)', async () => {
    const report = [
      '** Message not delivered **',
      '',
      "There was a problem delivering your message to ana.ruiz@example.org. See the technical details below.",
      '',
      'The response was:',
      '',
      'Message rejected by the recipient domain: Smtp server does not advertise STARTTLS',
    ].join('\n')
    expect(await diagnosticOf(report)).toBe('Message rejected by the recipient domain: Smtp server does not advertise STARTTLS')
  })

  it('takes a delivery program\'s line under the address (qmail with vpopmail) for the reason', async () => {
    const report = [
      'Hi. This is the qmail-send program at mail.example.net.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      '<dev@example.net>:',
      'vdelivermail: user is over quota',
    ].join('\n')
    expect(await diagnosticOf(report)).toBe('vdelivermail: user is over quota')
  })

  it("uses Sendmail's transcript when its lines carry no reply code", async () => {
    const report = [
      'Reporting-MTA: dns; mail.example.jp',
      '',
      'Final-Recipient: RFC822; ken@example.jp',
      'Action: failed',
      'Status: 4.4.7',
      '',
      '   ----- Transcript of session follows -----',
      'ken... Deferred: Connection refused by mx.example.jp.',
      'Message could not be delivered for 5 days',
    ].join('\n')
    expect(await diagnosticOf(report)).toBe('ken... Deferred: Connection refused by mx.example.jp. Message could not be delivered for 5 days')
  })

  it('does not take the returned message\'s header for a reply ("Below is a copy of the original message:")', async () => {
    const report = [
      '    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.',
      '',
      '    An error has occurred while attempting to deliver a message for',
      '    the following list of recipients:',
      '',
      'li.wei@example.org: Domain does not exist',
      '',
      '    Below is a copy of the original message:',
      '',
      'Received: from [192.0.2.9] (mail.example.com [192.0.2.9]);',
      'Subject: Schedule',
    ].join('\n')
    expect(await diagnosticOf(report)).toMatch(/^(?:li\.wei@example\.org: )?Domain does not exist$/)
  })
})
