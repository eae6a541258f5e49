import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyseBounce } from '../../../src/core/analyse'
import { loadContent } from '../../../src/node/read-content'
import type { Verdict } from '../../../src/core/diagnosis/types'

const content = loadContent()
const rows = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'bounces', 'lines', 'lines.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((l) => {
    // A line break inside a pasted text is written as the two characters \n.
    const [want, ...rest] = l.split('\t')
    return [want ?? '', rest.join('\t').replace(/\\n/g, '\n')] as const
  })

/** "8|12" or "2|temporary": readers disagree on this form; either answer is right. */
function isRight(want: string, verdict: Verdict): boolean {
  return want.split('|').some((alternative) =>
    /^\d+$/.test(alternative)
      ? verdict.cause === Number(alternative) || (verdict.outcome === 'ask' && verdict.candidates.includes(Number(alternative)))
      : verdict.outcome === alternative,
  )
}

// Single error lines as people paste them, in many systems' wording. Asking between candidates
// that include the right cause counts as right, as it does for a person using the app.
describe('pasted single error lines', () => {
  it.each(rows)('%s ← %s', async (want, line) => {
    const { results } = await analyseBounce(line, content)
    const verdict = results[0]!.verdict
    expect(isRight(want, verdict), `got ${verdict.outcome} ${verdict.cause ?? verdict.candidates.join(',')}`).toBe(true)
  })
})

// Whole reports as people paste them: the readable text copied from their mail program, or the
// raw e-mail with its MIME parts (texts/texts.jsonl: one {"expected", "text"} per line), judged
// on the first failed recipient.
const texts = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'bounces', 'texts', 'texts.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { expected: string; text: string })

describe('pasted report texts', () => {
  it.each(texts.map((t) => [t.expected, t.text.split('\n')[0]!.slice(0, 80), t.text] as const))('%s ← %s', async (want, _first, text) => {
    const { results } = await analyseBounce(text, content)
    const verdict = results[0]!.verdict
    expect(isRight(want, verdict), `got ${verdict.outcome} ${verdict.cause ?? verdict.candidates.join(',')}`).toBe(true)
  })
})
