import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { analyseBounce } from '../../../src/core/analyse'
import { loadContent } from '../../../src/node/read-content'

const content = loadContent()
const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'bounces')

interface Expected {
  file: string
  format: string
  outcome: 'cause' | 'temporary' | 'not-a-bounce' | 'outside'
  cause: number | null
  /** The verdict's note, when it matters (null: none, such as "still retrying" for a final failure). */
  note?: string | null
  recipients?: Array<{ address: string | null; replyCode: string | null; status: string | null; diagnostic?: string }>
}

const expected = parse(readFileSync(join(DIR, 'expected.yaml'), 'utf8')) as Expected[]

// Samples written by hand in each mail system's own format; their expected facts are data.
describe.each(expected.map((e) => [e.format, e.file, e] as const))('a %s bounce (%s)', (_format, file, want) => {
  const raw = readFileSync(join(DIR, file), 'latin1')
  const text = /[\u0080-\uffff]/.test(raw) ? readFileSync(join(DIR, file), 'utf8') : raw

  it('gives each failed recipient with its reply code and status', async () => {
    const { facts } = await analyseBounce(text, content)
    if (!want.recipients || want.recipients.length === 0) return
    expect(facts.recipients.map((r) => ({ address: r.address, replyCode: r.replyCode, status: r.status }))).toEqual(
      want.recipients.map((r) => ({ address: r.address?.toLowerCase() ?? null, replyCode: r.replyCode ?? null, status: r.status ?? null })),
    )
  })

  if (want.recipients?.some((r) => r.diagnostic !== undefined)) {
    it('finds the words that say what went wrong', async () => {
      const { facts } = await analyseBounce(text, content)
      want.recipients?.forEach((r, i) => {
        if (r.diagnostic !== undefined) expect(facts.recipients[i]?.diagnostic ?? '').toContain(r.diagnostic)
      })
    })
  }

  it(`is diagnosed as ${want.outcome === 'cause' ? `cause ${want.cause}` : want.outcome}`, async () => {
    const { results } = await analyseBounce(text, content)
    const verdict = results[0]?.verdict
    if (want.outcome === 'cause') expect(verdict).toMatchObject({ outcome: 'cause', cause: want.cause })
    else expect(verdict?.outcome).toBe(want.outcome)
    if (want.note !== undefined) expect(verdict?.note ?? null).toBe(want.note)
  })

  it('reads the same with CRLF and with CR-only line endings', async () => {
    const lf = await analyseBounce(text.replace(/\r\n?/g, '\n'), content)
    for (const ending of ['\r\n', '\r']) {
      const other = await analyseBounce(text.replace(/\r\n?|\n/g, ending), content)
      expect(other.results.map((r) => r.verdict.outcome + r.verdict.cause)).toEqual(lf.results.map((r) => r.verdict.outcome + r.verdict.cause))
    }
  })
})
