import { describe, expect, it } from 'vitest'
import { analyseBounce } from '../../src/core/analyse'
import { loadContent } from '../../src/node/read-content'
import { decodeAsFileReader } from '../fixtures/hostile/build'
import { HOSTILE_CASES } from '../fixtures/hostile/cases'
import { expectSoundAnalysis } from './sound-analysis'

const content = loadContent()

describe('the hostile corpus', () => {
  it('has at least 50 cases, each with its own name', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(50)
    expect(new Set(HOSTILE_CASES.map((c) => c.name)).size).toBe(HOSTILE_CASES.length)
  })
})

// Markup, scripts, odd Unicode, control characters, broken encodings and MIME, absurd sizes:
// the reader never throws, always gives a verdict, and says so plainly when it cannot read.
describe.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('hostile input %s', (_name, hostile) => {
  it(`is read without an exception and gets a verdict: ${hostile.about}`, async () => {
    const made = hostile.make()
    const input = typeof made === 'string' ? made : decodeAsFileReader(made)
    const analysis = await analyseBounce(input, content)
    expectSoundAnalysis(analysis, content)

    const want = hostile.expect ?? {}
    if (want.kind) expect(analysis.facts.kind).toBe(want.kind)
    if (want.note) expect(analysis.facts.notes.join('\n')).toMatch(want.note)
    if (want.replyCode) expect(analysis.facts.recipients.map((r) => r.replyCode)).toContain(want.replyCode)
  })
})
