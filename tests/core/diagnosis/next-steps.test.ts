import { describe, expect, it } from 'vitest'
import { analyseBounce } from '../../../src/core/analyse'
import { stepsFor } from '../../../src/core/diagnosis/next-steps'
import { loadContent } from '../../../src/node/read-content'
import { recipientFacts, verdict } from '../report/sample-analysis'

const steps = [
  { text: 'Ask the recipient to allow you', when: [] },
  { text: 'Fix your SPF and DMARC records', when: ['SPF', 'DMARC'] },
  { text: 'Ask for removal from the blocklist', when: ['blocked using', 'RBL'] },
]
const resultSaying = (diagnostic: string, evidence: string[] = []) => ({
  facts: recipientFacts({ diagnostic }),
  verdict: verdict({ evidence: evidence.map((text) => ({ span: { start: 0, end: 0 }, text, reason: 'phrase', cause: 2 })) }),
})
const order = (result: Parameters<typeof stepsFor>[1]) => stepsFor(steps, result).map((s) => `${s.fits ? '*' : ''}${s.text}`)

describe('next steps that fit the bounce', () => {
  it('keeps the order on a cause page, with no bounce', () => {
    expect(order(null)).toEqual(['Ask the recipient to allow you', 'Fix your SPF and DMARC records', 'Ask for removal from the blocklist'])
  })

  it("moves the steps whose words are in the server's reply to the top, keeping their order", () => {
    expect(order(resultSaying('550 5.7.1 Client host [192.0.2.1] blocked using zen.example.org; dmarc=fail'))).toEqual([
      '*Fix your SPF and DMARC records',
      '*Ask for removal from the blocklist',
      'Ask the recipient to allow you',
    ])
  })

  it('finds the words in the evidence too, and only as whole words', () => {
    expect(order(resultSaying('', ['RBL']))[0]).toBe('*Ask for removal from the blocklist')
    expect(order(resultSaying('550 rejected by the HSPF filter; see rbls.example'))).toEqual(order(null))
  })
})

describe('the causes as written in content/', () => {
  const content = loadContent()
  const first = async (text: string) => {
    const { results } = await analyseBounce(text, content)
    const result = results[0]!
    const cause = content.causes.find((c) => c.number === result.verdict.cause)!
    return { cause: result.verdict.cause, step: stepsFor(cause.nextSteps, result)[0] }
  }

  it('put fixing your own DNS first for a DMARC rejection, not a whitelisting request', async () => {
    const got = await first('550 5.7.1 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy.')
    expect(got.cause).toBe(2)
    expect(got.step).toMatchObject({ fits: true, text: expect.stringMatching(/DMARC/) as unknown })
  })

  it('put a reverse DNS fix first when the refusal is about a missing PTR record', async () => {
    const got = await first('550 5.7.25 [192.0.2.7] The IP address sending this message does not have a PTR record setup')
    expect(got.cause).toBe(2)
    expect(got.step).toMatchObject({ fits: true, text: expect.stringMatching(/PTR/) as unknown })
  })

  it("do not take a listed link or the MAIL FROM command's name for a listed IP or a mistyped From address", async () => {
    const url = await first('550 5.7.1 A URL in this email (cheap-meds.example) is listed on https://spamrl.example/ - message rejected as spam')
    expect(url).toMatchObject({ cause: 2, step: { fits: false } })
    const relay = await first('SMTP error from remote mail server after MAIL FROM:<me@office.example> SIZE=2345: 550 5.7.1 Relaying not permitted')
    expect(relay.cause).toBe(4)
    expect(relay.step).toMatchObject({ fits: false, text: expect.stringMatching(/outgoing \(SMTP\) server/) as unknown })
  })

  it('leave the whitelisting request first when nothing more specific is named', async () => {
    const got = await first('554 5.7.1 Message rejected because of our sender policy: sender blocked')
    expect(got.cause).toBe(2)
    expect(got.step).toMatchObject({ fits: false, text: expect.stringMatching(/whitelisting request/) as unknown })
  })
})
