import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/core/bounce/lines'

/** The lines as a plain split gives them: each line up to its break, the last one cut at `to`. */
function reference(text: string, to: number): Array<{ text: string; start: number; end: number }> {
  const lines = []
  let start = 0
  while (start <= to) {
    let end = text.indexOf('\n', start)
    if (end < 0 || end > to) end = to
    lines.push({ text: text.slice(start, end), start, end })
    if (end >= to) break
    start = end + 1
  }
  return lines
}

describe('the lines of a text', () => {
  it('are the same whether the whole text was split before or not, for every end offset', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '\n', ' ') , maxLength: 40 }), fc.nat(), (text, cut) => {
        const to = text.length === 0 ? 0 : cut % (text.length + 1)
        splitLines(text) // the whole text split first, as a report is read
        expect(splitLines(text, 0, to)).toEqual(reference(text, to))
        expect(splitLines(text)).toEqual(reference(text, text.length))
      }),
    )
  })
})
