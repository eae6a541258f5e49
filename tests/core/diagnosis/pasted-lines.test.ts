import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyseBounce } from '../../../src/core/analyse'
import { loadContent } from '../../../src/node/read-content'

const content = loadContent()
const rows = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'bounces', 'lines', 'lines.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((l) => {
    const [want, ...rest] = l.split('\t')
    return [want ?? '', rest.join('\t')] as const
  })

// Single error lines as people paste them, in many systems' wording. Asking between candidates
// that include the right cause counts as right, as it does for a person using the app.
describe('pasted single error lines', () => {
  it.each(rows)('%s ← %s', async (want, line) => {
    const { results } = await analyseBounce(line, content)
    const verdict = results[0]!.verdict
    // "8|12" or "2|temporary": readers disagree on this form; either answer is right.
    const right = want.split('|').some((alternative) =>
      /^\d+$/.test(alternative)
        ? verdict.cause === Number(alternative) || (verdict.outcome === 'ask' && verdict.candidates.includes(Number(alternative)))
        : verdict.outcome === alternative,
    )
    expect(right, `got ${verdict.outcome} ${verdict.cause ?? verdict.candidates.join(',')}`).toBe(true)
  })
})
