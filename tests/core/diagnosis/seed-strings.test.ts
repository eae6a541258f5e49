import { describe, expect, it } from 'vitest'
import { analyseBounce } from '../../../src/core/analyse'
import { loadContent } from '../../../src/node/read-content'

const content = loadContent()

// The error strings of the source document of the 13 causes, each under the cause it illustrates.
const SEED: Array<[number, string]> = [
  [1, '550 Invalid recipient'],
  [1, '550 User account is unavailable'],
  [1, '<192.0.2.25> does not like recipient - 550 Address rejected'],
  [1, '550 No such user here'],
  [1, '550 Not our Customer'],
  [1, '550 Account not available'],
  [1, 'Remote host said : 550 – Barack.Obama@ThisCompany.com, this THISCOMPANY.COM Mailbox Does Not Exist – Giving up'],
  [
    2,
    '240.240.240.240 does not like recipient.\nRemote host said: 550-Verification failed for <John.Doe@YourDomain.com>\n550-Previous (cached) callout verification failure\n550 Sender verify failed\nGiving up on 240.240.240.240.',
  ],
  [
    3,
    'The attached file had the following undeliverable recipient(s):\nJohn.Doe@comcast.net\n\nTranscript of session follows:\n\nCommand: Data...\n\nResponse: 550 Cyberoam Anti Spam Engine has identified this email as a spam. Ref-id:str=0001.0A0B0206.4BA7422C.01F5,ss=1,vtr=str,vl=0,p t=',
  ],
  [
    10,
    "I'm afraid I wasn't able to deliver your message to the following addresses. This is a permanent error; I've given up. Sorry it didn't work out. <email-address@email-domain>: <192.0.2.7> does not like recipient. Remote host said: 550 [SUSPEND] Mailbox currently suspended - Please contact correspondent directly.",
  ],
  [11, '550 mailbox temporarily disabled'],
  [12, '550-Verification failed for <my@exchangeserver.com> - 550-Unrouteable address - 550 Sender verify failed (in reply to RCPT TO command)'],
  [13, 'Mailbox is inactive'],
  [13, "5.1.0 - Unknown address error 550-'Mailbox is inactive'"],
]

describe('the error strings of the source document', () => {
  it.each(SEED)('diagnose to cause %i: %s', async (cause, text) => {
    const { results } = await analyseBounce(text, content)
    expect(results[0]?.verdict).toMatchObject({ outcome: 'cause', cause })
  })
})
