import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyseBounce } from '../../../src/core/analyse'
import { compileSignals } from '../../../src/core/diagnosis/compile-signals'
import { candidates } from '../../../src/core/diagnosis/diagnose'
import { loadContent } from '../../../src/node/read-content'

const content = loadContent()

async function verdicts(text: string): Promise<Array<{ address: string | null; diagnostic: string | null; stage: string | null; got: string }>> {
  const { results } = await analyseBounce(text, content)
  return results.map(({ facts, verdict }) => ({
    address: facts.address,
    diagnostic: facts.diagnostic,
    stage: facts.stage,
    got: verdict.outcome === 'cause' ? String(verdict.cause) : verdict.outcome === 'ask' ? `ask ${verdict.candidates.join(',')}` : verdict.outcome,
  }))
}

type Verdicts = Awaited<ReturnType<typeof verdicts>>

const POSTFIX = 'This is the mail system at host mail.example.org.\n\n'

describe('a reason continued on the lines under its address', () => {
  it('reads a Postfix line wrapped onto an indented line whole', async () => {
    const [first] = await verdicts(`${POSTFIX}<h.jansen@example.net>: connect to mx.example.net[203.0.113.25]:25: No route\n    to host\n`)
    expect(first?.diagnostic).toMatch(/:25: No route to host$/)
    expect(first?.got).toBe('12')
  })

  it("stops at the next recipient's line, indented as deep", async () => {
    const result = await verdicts('Delivery failed for the following recipients:\n    alice@example.org: No such user here\n    bob@example.net: Mailbox full\n')
    expect(result.map((r) => [r.address, r.got])).toEqual([
      ['alice@example.org', '1'],
      ['bob@example.net', '11'],
    ])
  })

  it('stops at a banner that starts the returned message', async () => {
    const [first] = await verdicts('Unknown user: alice@example.org\n   ----- Original message -----\n   Hi Alice, my mailbox is full and the account has been suspended\n')
    expect(first?.got).toBe('1')
  })

  it("keeps a delivery program's wrapped output, which names the cause", async () => {
    const [first] = await verdicts(`${POSTFIX}<alice@example.org>: Command died with status 75: "/usr/bin/maildrop". Command\n    output: maildrop: maildir over quota.\n`)
    expect(first?.diagnostic).toMatch(/maildir over quota\.$/)
    expect(first?.got).toBe('11')
  })
})

describe("a local delivery program's failure", () => {
  it("is the recipient's provider's problem when its words name nothing else", async () => {
    const [first] = await verdicts(`${POSTFIX}<alice@example.org>: Command died with status 1: "/usr/bin/procmail"\n`)
    expect(first?.got).toBe('13')
  })

  it('gives way to the cause its output names', async () => {
    const [first] = await verdicts(`${POSTFIX}<alice@example.org>: Command died with status 1: "/usr/local/bin/filter".\n    Command output: Message rejected: spam detected\n`)
    expect(first?.got).toBe('2')
  })
})

describe('auto-replies marked auto-replied', () => {
  it('stay auto-replies when their words happen to match a mail server’s fingerprint', async () => {
    const ooo = [
      'From: Alice Example <alice@example.org>',
      'To: bob@example.net',
      'Subject: Automatic reply: Project update',
      'Auto-Submitted: auto-replied',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'I am out of the office until Monday.',
      'For urgent matters, please write to the following list of recipients:',
      'carol@example.org, dave@example.org',
      '',
    ].join('\n')
    expect((await verdicts(ooo))[0]?.got).toBe('not-a-bounce')
  })

  it("are not an Exim-style delay warning from the mailer daemon, which reports the delay's reason", async () => {
    const warning = [
      'From: Mail Delivery System <Mailer-Daemon@mx.example.net>',
      'To: lucas@example.com',
      'Subject: Warning: message 1rR1a4-0003ut-2P delayed 24 hours',
      'Auto-Submitted: auto-replied',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This message was created automatically by mail delivery software.',
      'A message that you sent has not yet been delivered to one or more of its',
      'recipients after more than 24 hours on the queue on mx.example.net.',
      '',
      'The address to which the message has not yet been delivered is:',
      '',
      '  emma@example.org',
      '    Delay reason: Connection timed out',
      '',
      'No action is required on your part.',
      '',
    ].join('\n')
    expect((await verdicts(warning))[0]?.got).toBe('8')
  })
})

describe('phrases with letters outside ASCII', () => {
  it('are found when a capital such as İ lower-cases to ASCII', () => {
    const [cause] = content.causes
    const phrase = { text: 'İleti teslim edilemedi', strength: 'strong' as const }
    const causes = [{ ...cause!, signals: { ...cause!.signals, phrases: [phrase] } }]
    const signals = compileSignals(causes, null)
    const text = '550 İleti teslim edilemedi'
    expect(candidates(text, text.toLowerCase(), signals).map((p) => p.label)).toEqual(['İleti teslim edilemedi'])
  })
})

describe('the Subject line of a report', () => {
  const report = (subject: string): string =>
    `From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>\nTo: alice@example.com\nSubject: ${subject}\n\n   ----- The following addresses had permanent fatal errors -----\n<bob@example.org>\n    (reason: 550 5.7.1 Message rejected)\n`

  it.each([
    ['Returned mail: User unknown', '1'],
    ['DELIVERY FAILURE: User bob (bob@example.org) not listed in Domino Directory', '1'],
    ['Returned mail: Mailbox full', '11'],
    ['Returned mail: Host unknown (Name server: example.org: host not found)', '12'],
  ])('names the cause when its words are strong: %s → %s', async (subject, want) => {
    expect((await verdicts(report(subject)))[0]?.got).toBe(want)
  })

  it('counts little when it is a fixed title with vague words (KDDI)', async () => {
    const text = 'From: <Postmaster@ezweb.example>\nTo: <user@example.jp>\nSubject: Mail System Error - Returned Mail\n\n<someone@ezweb.example>\nEach of the following recipients was rejected by a remote mail server.\n'
    expect((await verdicts(text))[0]?.got).toBe('2')
  })
})

describe('phrases said of the sender, or of the recipient’s side', () => {
  it.each([
    ['554 5.7.1 Your account alice@example.com has been suspended', 'ask 2,10'],
    ['550 5.7.1 Sender account alice@example.com is suspended', '2'],
    ['535 5.7.8 Authentication failed: user alice@example.com is suspended', '6'],
    ['550 5.2.1 Account ana@example.org has been suspended by the administrator', '10'],
    ['550 5.7.1 RESOLVER.RST.NotAuthorized; External emails are not allowed to this distribution group', 'outside'],
    ['550 5.7.1 <bob@example.org>: Recipient address rejected: external email is not allowed for this mailbox', '1'],
    ['550 5.7.1 external delivery not permitted for this recipient', '2'],
    ["Remote Server returned '550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy: External email is not permitted from this mailbox'", '5'],
  ])('%s → %s', async (line, want) => {
    expect((await verdicts(line))[0]?.got).toBe(want)
  })
})

describe("another recipient's own lines in a report with several", () => {
  const postfix = (paragraphs: string, blocks: string[]): string =>
    [
      'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
      'Subject: Undelivered Mail Returned to Sender',
      'To: carol@example.com',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="BB"',
      '',
      '--BB',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This is the mail system at host mail.example.com.',
      '',
      paragraphs,
      '--BB',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mail.example.com',
      '',
      blocks.map((address) => `Final-Recipient: rfc822; ${address}\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 rejected\n`).join('\n'),
      '--BB--',
      '',
    ].join('\n')
  const full = '<bob@example.com>: host mx.example.com[192.0.2.2] said: 550 5.2.2 mailbox full, quota exceeded\n    (in reply to end of DATA command)\n'

  it("are that recipient's words only", async () => {
    const result = await verdicts(postfix(`${full}\n<zed@example.net>: host mx.example.net[192.0.2.3] said: 550 5.7.1 Message rejected as spam\n    (in reply to end of DATA command)\n`, ['bob@example.com', 'zed@example.net']))
    expect(result.map((r) => r.got)).toEqual(['11', '2'])
  })

  it('belong to the whole address, not to one it starts (bob@example.co is not bob@example.com)', async () => {
    const co = '<bob@example.co>: host mx.example.co[192.0.2.1] said: 550 5.7.1 Service refused\n    (in reply to end of DATA command)\n'
    const result = await verdicts(postfix(`${co}\n${full}`, ['bob@example.co', 'bob@example.com']))
    expect(result.map((r) => [r.address, r.got])).toEqual([
      ['bob@example.co', '2'],
      ['bob@example.com', '11'],
    ])
  })

  it('still speak for the same address listed twice', async () => {
    const result = await verdicts(postfix(full, ['bob@example.com', 'bob@example.com']))
    expect(result.map((r) => r.got)).toEqual(['11', '11'])
  })

  it("are not an Exim list of addresses over one shared reason", async () => {
    const exim = 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  bob@example.org\n  alice@example.org\n    host mx.example.org [192.0.2.1]\n    SMTP error from remote mail server after end of data:\n    550 5.2.2 mailbox full, quota exceeded\n'
    const result = await verdicts(postfix(exim, ['bob@example.org', 'alice@example.org']))
    expect(result.map((r) => r.got)).toEqual(['11', '11'])
  })
})

describe("a server's refusal of the sending IP address", () => {
  it.each([
    ['554 p3plibsmtp02-12.prod.phx3.secureserver.net bizsmtp IPTOSEND 192.0.2.36 Connection refused. Your IP address is not allowed to send mail to this server.', '2'],
    ['554 5.7.1 <bob@example.org>: Relay access denied. Your IP is not allowed to send mail through this server', '4'],
    ['550 5.7.1 Your IP address is not allowed to send mail through this server without authentication. Please authenticate.', '6'],
  ])('%s → %s', async (line, want) => {
    expect((await verdicts(line))[0]?.got).toBe(want)
  })
})

describe('what a delivery-status part leaves to the readable part', () => {
  const report = (readable: string): string =>
    [
      'From: MAILER-DAEMON@mail.example.org (Mail Delivery System)',
      'To: promo@example.org',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
      '',
      '--B',
      'Content-Type: text/plain',
      '',
      POSTFIX + readable,
      '--B',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mail.example.org',
      '',
      'Final-Recipient: rfc822; d.moreau@example.com',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 <d.moreau@example.com>: Message refused,',
      '    content identified as spam (score 14.2)',
      '--B--',
      '',
    ].join('\n')

  it('takes the SMTP stage from the readable line of the same recipient', async () => {
    const text = report('<d.moreau@example.com>: host mx.example.com[198.51.100.14] said: 550\n    5.1.1 <d.moreau@example.com>: Message refused, content identified as spam\n    (score 14.2) (in reply to end of DATA command)\n')
    const [first] = await verdicts(text)
    expect(first?.stage).toBe('end-of-data')
    // Refused after the message was sent: the spam verdict, not the mailbox its code names.
    expect(first?.got).toBe('2')
  })

  it('finds no stage when the readable part names none', async () => {
    const [first] = await verdicts(report('<d.moreau@example.com>: host mx.example.com[198.51.100.14] said: 550 refused\n'))
    expect(first?.stage).toBeNull()
  })
})

describe("a sending service's table of the failed message", () => {
  it.each(['Recipient  lindsay.moore@example.net', 'Failed recipient: <lindsay.moore@example.net>', 'Recipient address: lindsay.moore@example.net'])('names the recipient in "%s"', async (line) => {
    const text = `Message delivery failed\n\nWe stopped trying to deliver a message sent from your domain.\n\n${line}\n\nDelivery status  Too old. Last response: 421 4.7.0 temporarily deferred\n`
    const [first] = await verdicts(text)
    expect(first?.address).toBe('lindsay.moore@example.net')
  })
})

describe('phrases across folded and wrapped lines', () => {
  const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'bounces', 'wrapped')
  // Each file: the recipients the report names, and each one's verdict and SMTP stage.
  it.each([
    // A number in a sentence is not a wrapped reply's code: these are sending limits.
    ['01-limit-may-only-send-500-from.txt', [[null, 'outside', null]]],
    ['02-limit-can-only-send-250-to.txt', [[null, 'outside', null]]],
    ['03-limit-send-500-outside.txt', [[null, 'outside', null]]],
    // Another recipient's "(expanded from <sales@…>)" line does not give sales@ its stage.
    ['04-expanded-from-other-recipient.eml', [['team@ex.com', '2', 'end-of-data'], ['sales@example.org', '1', null]]],
    // The sender's own outgoing scanner, wrapped or not, reads the same.
    ['05-outbound-scanner-wrapped.txt', [[null, 'ask 2,3', null]]],
    ['05b-outbound-scanner-one-line.txt', [[null, 'ask 2,3', null]]],
    ['06-relay-denied-outside-domain.txt', [['a@ext.com', '4', null]]],
    ['06b-auth-required-outside.txt', [[null, '6', null]]],
    // An exclusion ("not permitted to this list") holds across a fold.
    ['07-list-external-folded.txt', [['list@example.net', '2', null]]],
    ['07b-list-external-one-line.txt', [[null, '2', null]]],
    // A wrapped reply's "recipient a@b" line is the new address, not another failed recipient.
    ['08-new-address-wrapped.txt', [['anna.berg@example.com', '9', 'rcpt']]],
  ])('%s', async (file, want) => {
    const got = await verdicts(readFileSync(join(dir, file), 'utf8'))
    expect(got.map((r) => [r.address, r.got, r.stage])).toEqual(want)
  })
})

describe('session transcripts and recipient headings', () => {
  const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'bounces', 'transcripts')
  // Each file: every recipient the report names, in the app's order, with its verdict.
  it.each([
    // Addresses listed one per line over one shared reason: the reason is every one's.
    ['01-shared-reason-address-headings.txt', [['anna@example.net', '11'], ['bert@example.net', '11']]],
    ['01b-shared-reason-name-headings.txt', [['anna@example.net', '11'], ['bert@example.net', '11']]],
    // A postmaster's out-of-office that quotes a transcript line stays an auto-reply.
    ['02-ooo-quotes-transcript.eml', [['sales@example.com', 'not-a-bounce']]],
    // An auto-acknowledgement from an MDaemon address without MDaemon's report wording too.
    ['03-mdaemon-helpdesk-autoack.eml', [[null, 'not-a-bounce']]],
    // A policy footer about attachment types is not the reason the server gave.
    ['04-attachment-policy-footer.txt', [['anna@example.net', '2']]],
    // MDaemon's transcript: the refused RCPT's answer is its reason; the accepted one was delivered.
    ['05-mdaemon-accepted-recipient.eml', [['logistics@example.org', '13'], ['j.lindqvist@example.org', 'not-a-bounce']]],
    // Accepted at RCPT, refused after DATA: the DATA answer is each one's reason.
    ['08-rcpt-accepted-data-refused.txt', [['anna@example.net', 'outside'], ['bert@example.net', 'outside']]],
  ])('%s', async (file, want) => {
    const got = await verdicts(readFileSync(join(dir, file), 'utf8'))
    expect(got.map((r) => [r.address, r.got])).toEqual(want)
  })
})

describe("Sendmail's own words under the remote server's answer", () => {
  const transcript = (answer: string): string =>
    [
      '   ----- The following addresses had permanent fatal errors -----',
      '<maria.lopez@example.net>',
      '    (reason: ' + answer + ')',
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to mx.example.net.:',
      '>>> RCPT To:<maria.lopez@example.net>',
      '<<< ' + answer,
      '550 5.1.1 <maria.lopez@example.net>... User unknown',
      '>>> DATA',
      '<<< 503 5.5.1 RCPT first',
      '',
    ].join('\n')

  it('do not speak over the answer: "User unknown" is a gloss of any refused RCPT', async () => {
    expect((await verdicts(transcript('550 5.2.1 <maria.lopez@example.net>: Recipient address rejected: Mailbox is suspended')))[0]?.got).toBe('10')
    expect((await verdicts(transcript('550 5.7.1 Service unavailable; client [192.0.2.7] blocked using zen.spamhaus.org')))[0]?.got).toBe('2')
  })

  it('still count when the answer itself says the user is unknown', async () => {
    expect((await verdicts(transcript('550 5.1.1 <maria.lopez@example.net>... User unknown')))[0]?.got).toBe('1')
  })
})

describe("the DragonFly Mail Agent's report", () => {
  const DMA = 'This is the DragonFly Mail Agent v0.13 at host1.example.org.\n\nThere was an error delivering your mail to <ops@example.com>.\n\n'

  it('ends at "Message headers follow." and reads a lookup failure that names the host', async () => {
    const text = `${DMA}DNS lookup failure: host mail.example.com not found\n\nMessage headers follow.\n\nTo: ops@example.com\nSubject: mailbox full of reports, account suspended?\n`
    const result = await verdicts(text)
    expect(result.map((r) => [r.address, r.got])).toEqual([['ops@example.com', '12']])
  })

  it('does not take the sender named by an X.1.8 refusal of MAIL FROM for a recipient', async () => {
    const text = `${DMA}mx.example.com [192.0.2.26] did not like our MAIL FROM:\n553 5.1.8 <root@host1.example.org>... Domain of sender address root@host1.example.org does not exist\n\nOriginal message follows.\n`
    const result = await verdicts(text)
    expect(result.map((r) => [r.address, r.got])).toEqual([['ops@example.com', '4']])
  })
})

describe('a success notice pasted without its DSN fields', () => {
  it('lists the recipients it names as reached', async () => {
    const text = 'Delivery Status Notification (Relay)\nYour message has been successfully relayed to the following recipients, but the requested delivery status notifications may not be generated by the destination.\n   ana.ruiz@example.org\n'
    expect((await verdicts(text)).map((r) => [r.address, r.got])).toEqual([['ana.ruiz@example.org', 'not-a-bounce']])
  })

  it('is not one when the same report says a delivery failed', async () => {
    const text = 'Your message was successfully delivered to the other recipients.\nDelivery to the following recipient failed permanently:\n   ana.ruiz@example.org\nThe mailbox is full.\n'
    expect((await verdicts(text)).map((r) => [r.address, r.got])).toEqual([['ana.ruiz@example.org', '11']])
  })

  it('does not make a recipient it reached a failed one', async () => {
    const text = 'Your message was successfully delivered to bo.lind@example.org.\nDelivery to the following recipient failed permanently:\n   ana.ruiz@example.org\nThe recipient server said: 550 5.1.1 User unknown\n'
    expect((await verdicts(text)).map((r) => [r.address, r.got])).toEqual([['ana.ruiz@example.org', '1']])
  })
})

describe('an address after a status about the sender (X.1.7, X.1.8)', () => {
  const report = (lines: string): string => `${POSTFIX}${lines}`

  it('is the sender, also when the reply is wrapped after its status', async () => {
    const wrapped = report('<maria@example.net>: host mx.example.net[192.0.2.10] said: 550 5.1.8\n    <me@example.org>: Sender address rejected: Domain not found (in reply to RCPT\n    TO command)\n')
    expect((await verdicts(wrapped)).map((r) => [r.address, r.got])).toEqual([['maria@example.net', '4']])
  })

  it('does not hide the recipient named first on the same line, nor one whose server address holds the digits', async () => {
    const two = report(
      '<maria@example.net>: host mx.example.net[192.0.2.10] said: 550 5.1.8 <me@example.org>: Sender address rejected: Domain not found (in reply to RCPT TO command)\n\n<juan@example.com>: host mx.example.com[10.5.1.8] said: 550 5.1.1 <juan@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n',
    )
    expect((await verdicts(two)).map((r) => [r.address, r.got])).toEqual([
      ['maria@example.net', '4'],
      ['juan@example.com', '1'],
    ])
  })
})

describe("a mail system's own report in another language, marked auto-replied", () => {
  const raw = (body: string): string =>
    ['From: postmaster@isp.example.jp', 'To: sender@example.com', 'Subject: =?UTF-8?B?44Oh44O844Or6YCB5L+h44Ko44Op44O8?=', 'Auto-Submitted: auto-replied', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=UTF-8', '', body].join('\n')

  it('is a report, not an out-of-office, and its Japanese recipient line names the recipient', async () => {
    const text = raw('お送りいただいたメールは、受信者のメールボックスの容量が上限に達しているため、お届けできませんでした。\n\n　宛先　　：kenta.mori@example.jp\n')
    expect((await verdicts(text)).map((r) => [r.address, r.got])).toEqual([['kenta.mori@example.jp', '11']])
  })

  it('stays an auto-reply when its words report no failure', async () => {
    const text = raw('ただいま休暇中のため、6月10日までメールを確認できません。\n')
    expect((await verdicts(text))[0]?.got).toBe('not-a-bounce')
  })
})

describe("Postfix's 'refused to talk to me'", () => {
  it('is a refusal at the greeting: the sending host was refused', async () => {
    const text = `${POSTFIX}<h.vogel@example.de>: host mx.example.de[198.51.100.20] refused to talk to me: 554 IP=192.0.2.44 - A problem\n    occurred. (Ask your postmaster for help.)\n`
    const [first] = await verdicts(text)
    expect([first?.stage, first?.got]).toEqual(['connect', '2'])
  })
})

describe('the second review of the day', () => {
  it('does not take a success sentence next to a failure for a success notice', async () => {
    const text = 'This is the mail system at host mail.example.com.\n\nYour message was successfully delivered to the destination(s)\nlisted below.\n\n<alice@example.com>: delivery via mx.example.com[192.0.2.1]:25: 250 2.0.0 Ok\n\n<bob@example.net>: host mx.example.net[192.0.2.2] said: Mailbox unavailable\n'
    expect((await verdicts(text)).find((r) => r.address === 'bob@example.net')?.got).not.toBe('not-a-bounce')
  })

  it("skips a Japanese mail program's To line (the reader's own address) in a copied header block", async () => {
    const text = '差出人: Mail Delivery System <MAILER-DAEMON@mail.example.jp>\n送信日時: 2024年3月4日 10:12\n宛先: me@example.com\n件名: Undelivered Mail Returned to Sender\n\nThis is the mail system at host mail.example.jp.\n\n<bob@example.net>: host mx.example.net[192.0.2.2] said: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n'
    expect((await verdicts(text)).map((r) => [r.address, r.got])).toEqual([['bob@example.net', '1']])
  })

  it('does not take the address after "sender address" in an X.1.7 reply for a recipient', async () => {
    const text = `${POSTFIX}<bob@gmail.example>: host mx.gmail.example[192.0.2.3] said: 553-5.1.7 The sender address <me@mydomain.example> is not a valid RFC-5321 address. (in reply to MAIL FROM command)\n`
    expect((await verdicts(text)).map((r) => r.address)).toEqual(['bob@gmail.example'])
  })

  it("gives no refusal of the sending host when the greeting says the recipient's own mail system is unavailable", async () => {
    const text = `${POSTFIX}<bob@example.net>: host mail.example.net[private/dovecot-lmtp] refused to talk to me: 554 5.3.0 Mail store unavailable\n`
    expect((await verdicts(text))[0]?.got).not.toBe('2')
  })

  it('reads a complaint sent as plain mail as a complaint', async () => {
    const text = 'From: Abuse Desk <abuse@isp.example.net>\nTo: postmaster@example.com\nSubject: Spam report [Ticket#4711] - 203.0.113.41\nMIME-Version: 1.0\nContent-Type: text/plain\n\nWe received a complaint about unsolicited bulk e-mail (spam) sent from your network. Please stop it.\n'
    expect((await verdicts(text))[0]?.got).toBe('not-a-bounce')
  })
})

describe('the third review of the day', () => {
  it.each<[string, string, (result: Verdicts) => void]>([
    ["a mail system's report in Polish, marked auto-replied, is a report", "From: Mail Delivery System <Mailer-Daemon@mail.example.pl>\nTo: sender@example.com\nSubject: Niedostarczona wiadomość\nDate: Fri, 10 May 2024 14:13:00 +0200\nAuto-Submitted: auto-replied\nContent-Type: text/plain; charset=utf-8\n\nDostarczenie wiadomości do jan.kowalski@example.pl nie powiodło się.\nSkrzynka pocztowa adresata jest pełna.\n", (result: Verdicts) => expect(result[0]?.got).toBe('11')],
    ["Postfix's success notice, which mentions delivery errors from other systems, is a success", "From: MAILER-DAEMON@mail.example.net (Mail Delivery System)\nSubject: Successful Mail Delivery Report\nTo: carla@example.com\nDate: Wed, 17 Jul 2024 20:10:08 +0200\n\nThis is the mail system at host mail.example.net.\n\nYour message was successfully delivered to the destination(s)\nlisted below. If the message was delivered to mailbox you will\nreceive no further notifications. Otherwise you may still receive\nnotifications of mail delivery errors from other systems.\n\n                   The mail system\n\n<bruno.lima@example.net>: delivered via dovecot service\n", (result: Verdicts) => expect(result.map((r) => r.got)).toEqual(['not-a-bounce'])],
    ["a Japanese delay notice saying what happens once the retry period passes stays a delay", "From: MAILER-DAEMON@mail.example.ne.jp\nTo: suzuki@example.com\nSubject: 配信遅延のお知らせ\nDate: Fri, 10 May 2024 14:13:00 +0900\nContent-Type: text/plain; charset=utf-8\n\nお客様が送信されたメールは、まだ相手先に配信されていません。\n現在、配信を再試行しています。このメールを再送する必要はありません。\n再送期限を過ぎると配信を中止し、改めてお知らせします。\n\n宛先: yamada@example.jp\n理由: 451 4.7.1 Greylisting in effect, please try again later\n", (result: Verdicts) => expect(result[0]?.got).toBe('temporary')],
    ["'Successfully delivered to' names a recipient that was reached", "Delivery report for message <20240510.1234@example.com>\n\nSuccessfully delivered to alice@a.example\nCould not be delivered to bob@b.example: 550 5.1.1 User unknown\n", (result: Verdicts) => expect(result.map((r) => [r.address, r.got])).toEqual([['bob@b.example', '1']])],
    ["a bounce of a spam report sent to an abuse desk is a bounce", "Hi. This is the qmail-send program at mail.example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<abuse@example.net>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\nSubject: Spam report: 203.0.113.7\n\nPlease look into this.\n", (result: Verdicts) => expect(result[0]?.got).toBe('1')],
    ["a Japanese report listing the failed messages' fields keeps each recipient", "From: MAILER-DAEMON@mail.example.ne.jp\nTo: suzuki@example.com\nSubject: 配信エラーのお知らせ\nDate: Fri, 10 May 2024 10:13:00 +0900\nContent-Type: text/plain; charset=utf-8\n\n以下のメールは配信できませんでした。\n\n送信日時：2024/05/10 10:12\n件名：打ち合わせの件\n宛先：yamada@example.jp\nエラー内容：宛先のメールアドレスは存在しません。\n\n送信日時：2024/05/10 10:12\n件名：打ち合わせの件\n宛先：sato@example.co.jp\nエラー内容：受信者のメールボックスの容量がいっぱいです。\n", (result: Verdicts) => expect(result.map((r) => [r.address, r.got])).toEqual([['yamada@example.jp', '1'], ['sato@example.co.jp', '11']])],
    ["a line about a mailbox in another language still reads like a bounce", "Mailbox nicht verfügbar", (result: Verdicts) => expect(result[0]?.got).not.toBe('not-a-bounce')],
  ])('%s', async (_name, text, check) => {
    check(await verdicts(text))
  })
})

describe('the fourth review of the day', () => {
  it.each<[string, string, (result: Verdicts) => void]>([
    ["a complaint from an abuse desk writing as postmaster@ is a complaint", "From: Postmaster <postmaster@isp.example.net>\nTo: abuse@example.com\nSubject: Spam complaint regarding 203.0.113.7 [Ticket#88121]\nDate: Mon, 13 May 2024 10:12:31 +0200\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\nHello,\n\nWe have received a complaint about unsolicited bulk e-mail (spam) sent from\nIP address 203.0.113.7, which belongs to your network. Please investigate and\nstop this activity.\n\nRegards,\nISP Abuse Team\n", (result: Verdicts) => expect(result[0]?.got).toBe('not-a-bounce')],
    ["a SpamCop report whose quoted spam speaks of a parcel that could not be delivered is a complaint", "From: 7191234567@reports.spamcop.net\nTo: abuse@example-hosting.net\nSubject: [SpamCop (http://parcel-track.example/) id:7191234567]Your parcel is waiting\nDate: Mon, 13 May 2024 10:12:31 -0400\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n[ SpamCop V5.4.0 ]\nThis message is brief for your comfort.  Please use links below for details.\n\nSpamvertised web site: http://parcel-track.example/\nhttps://www.spamcop.net/w3m?i=z7191234567z0a1b2c3d4e5f6z\nparcel-track.example is 198.51.100.23; Mon, 13 May 2024 14:12:31 GMT\n\n[ Offending message ]\nReturn-Path: <info@shipping-notice.example>\nReceived: from mx.shipping-notice.example (mx.shipping-notice.example [198.51.100.23])\nFrom: DHL Express <info@shipping-notice.example>\nTo: victim@example.org\nSubject: Your parcel is waiting\n\nDear customer,\n\nWe were not able to deliver your parcel on 12 May because the customs fee\nof 1.99 EUR was not paid. Please confirm your payment here:\nhttp://parcel-track.example/pay\n", (result: Verdicts) => expect(result[0]?.got).toBe('not-a-bounce')],
    ["a no-reply message about an unmonitored mailbox is not a bounce", "This is an automated response. This is an unmonitored mailbox, so replies to this address are not read.\nPlease contact customer.service@example.com instead.\n", (result: Verdicts) => expect(result[0]?.got).toBe('not-a-bounce')],
    ["a Japanese report's summary of the failed message, sender included, keeps its recipient", "From: MAILER-DAEMON@mail.example.ne.jp\nTo: suzuki@example.com\nSubject: 配信エラーのお知らせ\nDate: Fri, 10 May 2024 10:13:00 +0900\nContent-Type: text/plain; charset=utf-8\n\n以下のメールは配信できませんでした。\n\n差出人：suzuki@example.com\n宛先：yamada@example.jp\n件名：打ち合わせの件\n送信日時：2024/05/10 10:12\n\nエラー内容：宛先のメールアドレスは存在しません。\n", (result: Verdicts) => expect(result.map((r) => [r.address, r.got])).toEqual([['yamada@example.jp', '1']])],
    ["a Japanese mail program's header block of a forwarded bounce does not name a recipient", "From: Taro Suzuki <suzuki@example.com>\nTo: helpdesk@example.com\nSubject: Fwd: Undelivered Mail Returned to Sender\nDate: Mon, 4 Mar 2024 10:30:00 +0900\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nエラーが返ってきました。\n\n-------- 転送メッセージ --------\n件名: Undelivered Mail Returned to Sender\n日付: Mon, 4 Mar 2024 10:12:00 +0900\n差出人: Mail Delivery System <MAILER-DAEMON@mail.example.jp>\n宛先: sales@example.com\n\nThis is the mail system at host mail.example.jp.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<bob@example.net>: host mx.example.net[192.0.2.2] said: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n", (result: Verdicts) => expect(result.map((r) => r.address)).toEqual(['bob@example.net'])],
    ["a Japanese report that gave up, in polite past, is final", "From: MAILER-DAEMON@mail.example.ne.jp\nTo: suzuki@example.com\nSubject: 配信エラーのお知らせ\nDate: Fri, 10 May 2024 14:13:00 +0900\nContent-Type: text/plain; charset=utf-8\n\n相手先のメールサーバーが一時的にメールを受け付けなかったため、配信を中止いたしました。\n\n宛先: yamada@example.jp\n理由: 451 4.7.1 Greylisting in effect, please try again later\n", (result: Verdicts) => expect(result[0]?.got).not.toBe('temporary')],
    ["'has not been successfully delivered to' names the recipient", "Delivery report for message <20240510.1234@example.com>\n\nYour message has not been successfully delivered to bob@b.example\nReason: 550 5.1.1 User unknown\n", (result: Verdicts) => expect(result[0]?.address).toBe('bob@b.example')],
    ["Exchange's 'Relayed:' notice is a success even when the original subject said 'Undeliverable'", "Subject: Relayed: Undeliverable: Invoice 4471\n\nDelivery to these recipients or groups is complete, but no delivery notification was sent by the destination server:\n\nbob@example.net (bob@example.net)\n\nSubject: Undeliverable: Invoice 4471\n", (result: Verdicts) => expect(result.map((r) => r.got)).toEqual(['not-a-bounce'])],
  ])('%s', async (_name, text, check) => {
    check(await verdicts(text))
  })
})

describe("Gmail's 'Message blocked' notice", () => {
  it('names the recipient in "Your message to a@b has been blocked"', async () => {
    const text = "** Message blocked **\n\nYour message to p.grant@client.example.net has been blocked. See technical details below for more information.\n\nThe response from the remote server was:\n550-5.7.26 Unauthenticated email from example.org is not accepted due to domain's\n550 5.7.26 DMARC policy.\n"
    expect((await verdicts(text)).map((r) => [r.address, r.got])).toEqual([['p.grant@client.example.net', '2']])
  })
})

describe('mail server log lines pasted by an administrator', () => {
  it.each([
    [
      'reads the reply in a qmail-send log line, whose spaces are written "_"',
      'Mar 13 10:12:11 host qmail: 1710324731.440011 delivery 1203: failure: 203.0.113.3_does_not_like_recipient./Remote_host_said:_551_Sorry,_this_address_has_moved._Please_write_to_j.doe@example.org_instead./Giving_up_on_203.0.113.3./',
      '9',
    ],
    [
      'does not take the "relay=" field of a Postfix line for a relay refusal',
      'Mar 17 12:14:55 out postfix/smtp[3420]: 3D9E1F0A2B: to=<k.lund@example.de>, relay=mx.example.de[203.0.113.101]:25, delay=2.4, dsn=5.3.0, status=bounced (host mx.example.de[203.0.113.101] said: 554 5.3.0 Interner Fehler im Mailsystem des Empfaengers (in reply to end of DATA command))',
      '13',
    ],
    [
      'does not take a log tag such as "[outbound]" for an outbound filter',
      '2024-03-12T14:44:09.118Z [INFO] [E2B9C0D4.1.1] [outbound] Temp fail for delivery to example.no for 1 recipients: Error: connect ECONNREFUSED 192.0.2.91:25\n2024-03-12T14:44:09.119Z [NOTICE] [E2B9C0D4.1.1] [outbound] Too many failures (Error: connect ECONNREFUSED 192.0.2.91:25)\n2024-03-12T14:44:09.121Z [INFO] [E2B9C0D4.1.1] [outbound] Sending bounce message',
      '8',
    ],
    [
      'keeps cause 8 (with a still-retrying note) for a Postfix deferral after a refused connection',
      'Mar 18 16:02:09 srv postfix/smtp[3310]: 3E4F5A6B7C: to=<c.martin@example.fr>, relay=mx.example.fr[192.0.2.65]:25, delay=5412, dsn=4.4.1, status=deferred (connect to mx.example.fr[192.0.2.65]:25: Connection refused)',
      '8',
    ],
    [
      "does not read a server's log of a client that hung up as a bounce",
      'Mar 19 09:00:01 mx postfix/smtpd[30010]: connect from unknown[203.0.113.251]\nMar 19 09:00:01 mx postfix/smtpd[30010]: lost connection after EHLO from unknown[203.0.113.251]\nMar 19 09:00:01 mx postfix/smtpd[30010]: disconnect from unknown[203.0.113.251] ehlo=1 commands=1',
      'not-a-bounce',
    ],
  ])('%s', async (_, line, want) => {
    const [first] = await verdicts(line)
    expect(first?.got).toBe(want)
  })

  it('knows a Postfix deferral that names no cause is temporary, and a later bounce of it is not', async () => {
    const deferred = 'Mar 18 16:02:09 srv postfix/smtp[3310]: 3E4F5A6B7C: to=<c.martin@example.fr>, relay=none, delay=5, dsn=4.0.0, status=deferred (host mx.example.fr[192.0.2.65] said: 451 4.3.0 Please try again)'
    expect((await verdicts(deferred))[0]?.got).toBe('temporary')
    const bounced = `${deferred}\nMar 23 16:02:09 srv postfix/smtp[3310]: 3E4F5A6B7C: to=<c.martin@example.fr>, relay=none, delay=432000, dsn=4.4.1, status=expired, returned to sender`
    expect((await verdicts(bounced))[0]?.got).not.toBe('temporary')
  })

  it('reads a Postmark record of an automatic reply, filed under "Bounce", as no bounce', async () => {
    const record = JSON.stringify({ RecordType: 'Bounce', MessageStream: 'outbound', Type: 'AutoResponder', TypeCode: 64, Email: 'f.hart@example.de', Description: 'Automatic email responder (ex: "Out of Office").', Details: 'Subject: Abwesenheitsnotiz' })
    expect((await verdicts(record))[0]?.got).toBe('not-a-bounce')
  })
})

describe('a demand for STARTTLS', () => {
  it("is your mail program's settings when pasted alone, and a policy between servers in a mail system's report", async () => {
    expect((await verdicts('530 5.7.0 Must issue a STARTTLS command first'))[0]?.got).toBe('6')
    const readable = 'Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\nAn error has occurred while attempting to deliver a message for\nthe following list of recipients:\n\nsales@example.org: 530 5.7.0 Must issue a STARTTLS command first\n'
    const email = `From: Mailer Daemon <MAILER-DAEMON@relay.example.com>\nTo: backup@nas.example.com\nSubject: Delivery status notification: error\nDate: Tue, 5 Sep 2023 11:02:58 +0000\nMessage-Id: <1@relay.example.com>\nContent-Type: text/plain; charset=us-ascii\n\n${readable}`
    expect((await verdicts(email))[0]?.got).toBe('outside')
  })
})

describe('mail log lines: what the fifth review found', () => {
  const notes = async (text: string) => (await analyseBounce(text, content)).results.map((r) => ({ address: r.facts.address, outcome: r.verdict.outcome, cause: r.verdict.cause, note: r.verdict.note }))

  it.each([
    [
      'a qmail deferral followed by its bounce',
      'Mar 13 10:12:11 host qmail: 1710324731.1 delivery 12: deferral: Connected_to_192.0.2.5_but_connection_died._(#4.4.2)/\nMar 20 10:12:11 host qmail: 1710929531.2 bounce msg 3145729 qp 4410\n"I\'m not going to try again; this message has been in the queue too long."',
    ],
    [
      "a relay's deferral pasted above the report that the message expired",
      "Mar 18 16:02:09 relay postfix/smtp[3310]: 3E4F5A6B7C: to=<c.martin@example.fr>, relay=none, delay=5, dsn=4.4.1, status=deferred (connect to mx.example.fr[192.0.2.65]:25: Connection timed out)\nDelivery has failed to these recipients or groups:\nc.martin@example.fr\nRemote Server returned '550 4.4.7 QUEUE.Expired; message expired'",
    ],
  ])('does not call %s still retrying', async (_, text) => {
    const [first] = await notes(text)
    expect(first?.outcome).not.toBe('temporary')
    expect(first?.note ?? '').not.toMatch(/still retrying/)
  })

  it("keeps a recipient's final refusal final when another recipient's line is a deferral", async () => {
    const log =
      'Mar 18 16:01:00 mx postfix/smtpd[2201]: NOQUEUE: reject: RCPT from unknown[192.168.1.20]: 550 5.1.1 <a.bauer@example.de>: Recipient address rejected: User unknown in virtual mailbox table; from=<me@example.org> to=<a.bauer@example.de> proto=ESMTP\n' +
      'Mar 18 16:02:09 mx postfix/smtp[3310]: 7F8E9D0C1B: to=<c.martin@example.fr>, relay=none, delay=5, dsn=4.4.1, status=deferred (connect to mx.example.fr[192.0.2.65]:25: Connection refused)'
    const bauer = (await notes(log)).find((r) => r.address === 'a.bauer@example.de')
    expect(bauer).toMatchObject({ outcome: 'cause', cause: 1, note: null })
  })

  it('keeps the underscores of an address in angle brackets in a qmail log line', async () => {
    const [first] = await notes('Mar  9 12:01:55 host qmail: 1709985715.551022 delivery 9021: failure: 192.0.2.99_does_not_like_recipient./Remote_host_said:_550_5.1.1_<mary_jones@example.com>:_Recipient_address_rejected:_User_unknown/Giving_up_on_192.0.2.99./')
    expect(first).toMatchObject({ address: 'mary_jones@example.com', cause: 1 })
  })

  it.each([
    ['an application that cannot reach its own outgoing server', "Failed to send invoice mail: Error: connect ETIMEDOUT 203.0.113.25:465 code: 'ESOCKET', command: 'CONN'", 'not-a-bounce'],
    ['a reply that puts its reason in quotes', '550 "relay" denied', '4'],
    ["a part of Postfix's program name", 'Mar 17 12:14:55 out postfix/relay/smtp[3420]: 3D9E1F0A2B: to=<k.lund@example.de>, relay=mx.example.de[203.0.113.101]:25, dsn=5.3.0, status=bounced (host mx.example.de[203.0.113.101] said: 554 5.3.0 Interner Fehler im Mailsystem des Empfaengers (in reply to end of DATA command))', '13'],
    ["Postfix smtpd's log of a client that hung up after DATA", 'Mar 19 09:00:01 mx postfix/smtpd[30010]: lost connection after DATA (0 bytes) from unknown[203.0.113.251]', 'not-a-bounce'],
  ])('weighs %s as it should', async (_, line, want) => {
    expect((await verdicts(line))[0]?.got).toBe(want)
  })

  it("does not take Sendmail's 'Data format error', its name for any 553 reply, for a message format problem", async () => {
    const line = 'Mar 20 10:40:02 gw sendmail[2210]: 42KAe1rF002208: to=<ap@example.com>, delay=00:00:03, mailer=esmtp, relay=mx.example.com. [203.0.113.222], dsn=5.7.1, stat=Data format error'
    expect((await verdicts(line))[0]?.got).toBe('2')
  })

  it('still counts a tag in brackets that is part of the reply', async () => {
    const { results } = await analyseBounce('554 5.7.1 [SPAM] Message rejected', content)
    expect(results[0]?.verdict).toMatchObject({ cause: 2, confidence: 'high' })
  })

  it("names a regular expression's match, not its source, as the reason", async () => {
    const { results } = await analyseBounce('<c.martin@example.fr>: lost connection with mx.example.fr[192.0.2.65] while sending end of data -- message may be sent more than once', content)
    const evidence = results[0]?.verdict.evidence.find((e) => /lost connection/i.test(e.text))
    expect(evidence?.reason).toBe('phrase')
  })
})

describe("what sending platforms and mail programs show instead of a bounce", () => {
  it.each([
    ['a suppression-list drop', 'Dropped\nTo: j.pereira@example.com\nReason: Bounced Address\nThis recipient is on your Bounces suppression list, so the service did not attempt delivery.', 'outside'],
    ['an unsubscribed contact', 'Not delivered\nThis email wasn\'t sent to Carla Jensen because she has unsubscribed from your emails.', 'outside'],
    ['a complaint notice', 'Marked as spam\nJulien Moreau (julien@example.fr) marked the email "Spring Sale" as spam on Apr 2, 2024 7:48 AM.\nThis contact has been unsubscribed from all email.', 'not-a-bounce'],
    ['a challenge-response request', 'Bounce details\nBounce type: Soft bounce\nReason: Challenge response\nMessage: "Hi, I\'m protecting myself from spam. Please click the link below to complete the verification process."', 'not-a-bounce'],
    ["a phone's wrong-password alert", 'Cannot Send Mail\nThe user name or password for “smtp.mail.example.com” is incorrect.', '6'],
    ['an unverified From address', 'Couldn\'t send message\nThe From address “events@example.org” can\'t be used to send from this account. Add and verify it under Settings, then try again.', '7'],
    ['an external-sending ban', 'Message not sent\nYour organization administrator has restricted your account from sending emails to external domains. Recipient: r.thomas@example.com', '5'],
    ["the sender's own provider blocking the account", "Message not sent\nWe've temporarily blocked your account from sending messages because it looks like spam may have been sent from it.", '3'],
    ['an external-recipient ban under "Recipient address rejected"', '550 5.7.1 <biuro@example.pl>: Recipient address rejected: Sending to external recipients is not allowed for this account.', '5'],
  ])('reads %s', async (_, text, want) => {
    expect((await verdicts(text))[0]?.got).toBe(want)
  })

  it('still reads a real bounce that quotes a complaint as a bounce', async () => {
    const text = 'Delivery to the following recipient failed permanently:\n\n     abuse@example.net\n\nThe response was: 550 5.1.1 No such user. Your message said: "You marked the email as spam"'
    expect((await verdicts(text))[0]?.got).toBe('1')
  })
})

describe('what the sixth review found', () => {
  it.each([
    ["6", "530 5.7.0 Must issue a STARTTLS command first. x6sm1234567wrb.12 - gsmtp"],
    ["6", "Cannot Send Mail\nThe server “smtp.googlemail.com” rejected the message: 530 5.7.0 Must issue a STARTTLS command first."],
    ["6", "530 5.7.0 Must issue a STARTTLS command first (in reply to MAIL FROM command)"],
    ["6", "Delivery to the following recipient failed permanently:\n\n     anna.berg@example.org\n\nTechnical details of permanent failure:\nMessage rejected by the SMTP server of sender's domain (smtp.example.net). The error that the other server returned was:\n530 5.7.0 Must issue a STARTTLS command first"],
    ["2", "Bounced\nTo: l.martin@example.fr\nBounce type: Hard bounce\nReason: Blocked\nThe recipient's mail server marked the message as spam and refused it."],
    ["2|temporary", "Soft bounce\nThe recipient's mail server marked your campaign as spam and temporarily rejected it."],
    ["2", "Bounced\nRecipient: k.ito@example.jp\nReason: Blocked - the receiving server refused the message because of the sending domain's spam complaint rate."],
    ["outside", "Dropped\nTo: m.ortiz@example.com\nReason: Spam Reporting Address\nThis recipient previously marked your email as spam and is on your Spam Reports suppression list, so SendGrid did not attempt delivery."],
    ["2", "Your message to j.doe@example.org was discarded.\nThe recipient uses a challenge-response spam filter and you did not confirm the verification request within 7 days."],
    ["6", "Cannot Send Mail\nThe user name or password for “smtp.example.net” is incorrect. (Challenge-response authentication CRAM-MD5 was rejected.)"],
    ["13|11", "550 5.2.1 The mailbox d.okafor@example.ng has been marked as inactive by its provider and cannot receive mail"],
    ["13|11", "550 5.2.1 <k.nowak@example.pl>: This mailbox has been marked as inactive due to inactivity"],
    ["13|1", "Remote host said: 550 Inactive recipient"],
    ["3|2", "Message not sent\nWe didn't send the message because it looks like spam. Your account has been blocked from sending until you verify it."],
    ["1", "Outlook didn't send the email because the recipient address anna@examp1e.com doesn't exist."],
    ["7", "553 5.7.1 Sender address news@example.org is not allowed for this account"],
    ["7", "550 5.7.1 Using the From address events@example.org is not allowed for this account"],
    ["2", "554 5.7.1 <promo@example.net>: Sender address is not allowed by the recipient's policy (blacklisted)"],
    ["2", "550 5.7.1 <contato@example.com.br>: O endereço do remetente vendas@example.com foi rejeitado pela política SPF do domínio example.com.br"],
    ["outside|2", "Message not delivered\nThe owner of the group sales-team has blocked your account from sending messages to this group."],
    ["5", "550 5.7.1 <biuro@example.pl>: Recipient address rejected: Sending to external recipients is not allowed for this account."],
  ])('answers %s for %j', async (want, text) => {
    expect(want.split('|')).toContain((await verdicts(text))[0]?.got)
  })
})

describe('a bounce forwarded by the person who got it', () => {
  const OUTLOOK_FORWARD = (note: string) =>
    `${note}\n\nFrom: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>\nSent: Friday, 28 March 2025 11:02\nTo: Sam O'Neill <s.oneill@example.com>\nSubject: Undeliverable: Statement of account\n\nDelivery has failed to these recipients or groups:\n\nap@example.org<mailto:ap@example.org>\nYour message wasn't delivered due to a permission or security issue.\n\nDiagnostic information for administrators:\n\nGenerating server: LO0P265MB6621.GBRP265.PROD.OUTLOOK.COM\n\nap@example.org\nRemote Server returned '550 5.7.1 Message rejected: attachments of type .xlsm (macro-enabled) are not accepted by example.org policy'\n`

  it("does not weigh the person's own guess above the report", async () => {
    expect((await verdicts(OUTLOOK_FORWARD('Hi,\n\nThey must have blocked us as a sender? It came back.\n\nSam')))[0]).toMatchObject({ address: 'ap@example.org', got: 'outside' })
  })

  it('reads an Exim report below a forward banner whose From is the mailer daemon', async () => {
    const text =
      "Hi,\n\nI can't send to my friend Lee anymore. Any ideas?\n\n-------- Original Message --------\nSubject: Mail delivery failed: returning message to sender\nFrom: Mail Delivery System <Mailer-Daemon@mx.example.com>\nTo: mark@example.org\n\nThis message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  lee@example.net\n    host mail.example.net [203.0.113.55]\n    SMTP error from remote mail server after RCPT TO:<lee@example.net>:\n    550 Mailbox suspended - please contact the recipient by other means\n"
    expect((await verdicts(text))[0]).toMatchObject({ address: 'lee@example.net', got: '10' })
  })

  it('unquotes a qmail report forwarded with "> " before each line', async () => {
    const text =
      "Can you see why this didn't go?\n\nBegin forwarded message:\n\n> From: MAILER-DAEMON@mail.example.net\n> Subject: failure notice\n>\n> Hi. This is the qmail-send program at mail.example.net.\n> I'm afraid I wasn't able to deliver your message to the following addresses.\n> This is a permanent error; I've given up. Sorry it didn't work out.\n>\n> <tom.h@example.net>:\n> Sorry, no mailbox here by that name. (#5.1.1)\n"
    expect((await verdicts(text))[0]).toMatchObject({ address: 'tom.h@example.net', got: '1' })
  })
})

describe('what the seventh review found', () => {
  it.each([
    ["a returned copy that forwards an old bounce is not read as the report", "Unknown user: tomoko.hirai@example.org\n\nOriginal message follows.\n\nFrom: \"Barbara Kowalski\" <bkowalski@example.net>\nTo: <tomoko.hirai@example.org>\nSubject: FW: Undeliverable: Booth assignment for the June trade show\nDate: Wed, 9 Jun 2004 14:05:26 -0400\n\nTomoko, Ken's address bounced - can you pass this on to him?\n\nBarbara\n\n-----Original Message-----\nFrom: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.net>\nSent: Wednesday, June 9, 2004 13:50\nTo: Barbara Kowalski <bkowalski@example.net>\nSubject: Undeliverable: Booth assignment for the June trade show\n\nDelivery has failed to these recipients or groups:\n\nken.ota@example.org\nThe recipient's mailbox is full and can't accept messages now.\n\nDiagnostic information for administrators:\n\nGenerating server: mail.example.net\n\nken.ota@example.org\nRemote Server returned '552 5.2.2 Mailbox full'\n", "tomoko.hirai@example.org", "1"],
    ["a report whose returned copy was sent from postmaster keeps its evidence", "This is the mail system at host mail.corp.example.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n<backup-reports@example.net>: host mx.example.net[198.51.100.20] said: 550\n    Requested action not taken: mailbox unavailable (in reply to RCPT TO\n    command)\n\nSubject: \tNightly backup report - OK\nDate: \tTue, 4 Mar 2025 03:00:10 +0100\nFrom: \tpostmaster@corp.example.com\nTo: \tbackup-reports@example.net\n\nBackup of /srv finished at 03:00:09, 0 errors.\n", "backup-reports@example.net", "1"],
    ["a report pasted with its headers below keeps its evidence", "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  info@example-shop.net\n    host mx.example-shop.net [203.0.113.9]\n    SMTP error from remote mail server after RCPT TO:<info@example-shop.net>:\n    552 Mailbox quota exceeded for this user\n\nHeaders of this mail:\nReturn-path: <>\nEnvelope-to: sales@example.com\nDelivery-date: Tue, 04 Mar 2025 09:12:23 +0000\nFrom: Mail Delivery System <Mailer-Daemon@server14.hosting.example.com>\nTo: sales@example.com\nSubject: Mail delivery failed: returning message to sender\n", null, "11"],
    ["a forwarder's note that quotes the server's reply still counts", "Hi Mark,\n\nEvery mail to our Madrid office bounces since Monday. The bounce says \"552 Requested mail action aborted: exceeded storage allocation\" for compras@example.es, so I guess their mailbox is full? The full error is in the attached file, Outlook only shows this:\n\nFrom: Mail Delivery System <MAILER-DAEMON@mx1.example.com>\nSent: Monday, 3 March 2025 09:14\nTo: Laura Gomez <laura.gomez@example.com>\nSubject: Undelivered Mail Returned to Sender\n\nThis is the mail system at host mx1.example.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n", null, "11"],
    ["a bounce forwarded twice (FW: FW: Undeliverable)", "Hi IT,\n\nCan you look at this? Tomoko says the trade show mail never reached Ken.\n\nThanks,\nSteve\n\n-----Original Message-----\nFrom: Tomoko Hirai <tomoko.hirai@example.org>\nSent: Thursday, June 10, 2004 08:12\nTo: Steve Park <steve.park@example.org>\nSubject: FW: Undeliverable: Booth assignment for the June trade show\n\nSteve, this came back when I sent it yesterday.\n\n-----Original Message-----\nFrom: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org>\nSent: Wednesday, June 9, 2004 13:50\nTo: Tomoko Hirai <tomoko.hirai@example.org>\nSubject: Undeliverable: Booth assignment for the June trade show\n\nDelivery has failed to these recipients or groups:\n\nken.ota@example.net\nThe recipient's mailbox is full and can't accept messages now.\n\nDiagnostic information for administrators:\n\nGenerating server: mail.example.org\n\nken.ota@example.net\nRemote Server returned '552 5.2.2 Mailbox full'\n", "ken.ota@example.net", "11"],
    ["an old Exchange bounce from 'System Administrator', forwarded from Outlook", "Hi IT,\n\nThis came back when I sent the booth plan to Ken. Can you check?\n\nTomoko\n\n-----Original Message-----\nFrom: System Administrator\nSent: Wednesday, June 9, 2004 1:50 PM\nTo: Tomoko Hirai\nSubject: Undeliverable: Booth assignment for the June trade show\n\nYour message did not reach some or all of the intended recipients.\n\n      Subject:\tBooth assignment for the June trade show\n      Sent:\t6/9/2004 1:50 PM\n\nThe following recipient(s) could not be reached:\n\n      ken.ota@example.net on 6/9/2004 1:50 PM\n            The e-mail account does not exist at the organization this message was sent to.  Check the e-mail address, or contact the recipient directly to find out the correct address.\n            <mail.example.org #5.1.1 smtp;550 5.1.1 User unknown>\n", "ken.ota@example.net", "1"],
    ["a forwarder's guess in everyday words ('failed again \u2026 inbox is full?')", "Hi Mark,\n\nMy email to the Madrid office failed again. I guess their inbox is full?\n\nLaura\n\nFrom: Mail Delivery System <MAILER-DAEMON@mx1.example.com>\nSent: Monday, 3 March 2025 09:14\nTo: Laura Gomez <laura.gomez@example.com>\nSubject: Undelivered Mail Returned to Sender\n\nThis is the mail system at host mx1.example.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n<compras@example.es>: host mx.example.es[203.0.113.5] said: 550 Requested\n    action not taken: mailbox unavailable (in reply to RCPT TO command)\n", "compras@example.es", "1"],
  ])('%s', async (_, text, address, want) => {
    const [first] = await verdicts(text)
    expect(first?.got).toBe(want)
    if (address) expect(first?.address).toBe(address)
  })
})

describe('authentication results copied with the headers of the returned message', () => {
  it('are fields ("dkim=none"), not a DKIM or DMARC failure', async () => {
    const text =
      "Delivery has failed to these recipients or groups:\n\nbob@example.net\nYour message couldn't be delivered: the recipient's mailbox is full.\n\nbob@example.net\nRemote Server returned '552 5.2.2 mailbox full'\n\nauthentication-results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=example.com;\n"
    const { results } = await analyseBounce(text, content)
    expect(results[0]?.verdict.evidence.some((e) => /dkim|dmarc/i.test(e.text))).toBe(false)
    expect(results[0]?.verdict.cause).toBe(11)
  })
})
