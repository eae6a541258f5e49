import { describe, expect, it } from 'vitest'
import { excerptRanges, highlightSegments, mergeSpans } from '../../../src/ui/lib/highlight-segments'

const marked = (text: string, spans: Array<{ start: number; end: number }>, from?: number, to?: number) =>
  highlightSegments(text, spans, from, to)
    .map((s) => (s.highlighted ? `[${s.text}]` : s.text))
    .join('')

describe('highlightSegments', () => {
  it('marks the spans and keeps the text around them', () => {
    expect(marked('550 5.1.1 user unknown', [{ start: 10, end: 22 }, { start: 4, end: 9 }])).toBe('550 [5.1.1] [user unknown]')
  })

  it('merges overlapping spans and ignores empty or out-of-range ones', () => {
    expect(marked('abcdefgh', [{ start: 1, end: 4 }, { start: 3, end: 6 }, { start: 7, end: 7 }, { start: 6, end: 99 }])).toBe('a[bcdefgh]')
    expect(mergeSpans([{ start: -5, end: 2 }], 10)).toEqual([{ start: 0, end: 2 }])
  })

  it('cuts out a stretch of the text, clipping spans at its edges', () => {
    expect(marked('0123456789', [{ start: 2, end: 5 }], 3, 8)).toBe('[34]567')
  })

  it('gives back the text unmarked when there is no span', () => {
    expect(marked('plain text', [])).toBe('plain text')
  })
})

describe('excerptRanges', () => {
  const text = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n')
  const at = (line: number) => text.indexOf(`line ${line}`)
  const lines = (ranges: Array<{ start: number; end: number }>) => ranges.map((r) => text.slice(r.start, r.end))

  it('keeps the lines of each span with two lines around them', () => {
    expect(lines(excerptRanges(text, [{ start: at(10), end: at(10) + 4 }]))).toEqual(['line 8\nline 9\nline 10\nline 11\nline 12'])
  })

  it('joins stretches that meet', () => {
    const ranges = excerptRanges(text, [{ start: at(3), end: at(3) + 1 }, { start: at(8), end: at(8) + 1 }])
    expect(lines(ranges)).toEqual(['line 1\nline 2\nline 3\nline 4\nline 5\nline 6\nline 7\nline 8\nline 9\nline 10'])
  })

  it('keeps stretches apart when lines lie between them', () => {
    expect(excerptRanges(text, [{ start: at(1), end: at(1) + 1 }, { start: at(15), end: at(15) + 1 }])).toHaveLength(2)
  })

  it('stops at the first and the last line', () => {
    expect(lines(excerptRanges(text, [{ start: at(19), end: text.length }]))).toEqual(['line 17\nline 18\nline 19'])
    expect(lines(excerptRanges(text, [{ start: 0, end: 1 }]))).toEqual(['line 0\nline 1\nline 2'])
  })
})
