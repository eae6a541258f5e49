import type { Span } from '../../core/bounce/types'

/** A run of text, highlighted or not. */
export interface Segment {
  text: string
  /** Offset of the run in the whole text. */
  start: number
  highlighted: boolean
}

/** Clamps spans to the text, drops empty ones, and merges overlapping or touching ones. */
export function mergeSpans(spans: readonly Span[], length: number): Span[] {
  const clean = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, length)), end: Math.max(0, Math.min(s.end, length)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start)
  const merged: Span[] = []
  for (const span of clean) {
    const last = merged[merged.length - 1]
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({ ...span })
  }
  return merged
}

/** Cuts `text[from, to)` into plain and highlighted runs. Spans may be in any order. */
export function highlightSegments(text: string, spans: readonly Span[], from = 0, to = text.length): Segment[] {
  const segments: Segment[] = []
  let at = from
  const push = (start: number, end: number, highlighted: boolean): void => {
    if (end > start) segments.push({ text: text.slice(start, end), start, highlighted })
  }
  for (const span of mergeSpans(spans, text.length)) {
    if (span.end <= from || span.start >= to) continue
    const start = Math.max(span.start, from)
    const end = Math.min(span.end, to)
    push(at, start, false)
    push(start, end, true)
    at = end
  }
  push(at, to, false)
  return segments
}

/**
 * The stretches of a long text worth showing: each highlighted span's lines with `context` lines
 * around them, overlapping stretches joined. Character offsets [start, end), ending at line ends.
 */
export function excerptRanges(text: string, spans: readonly Span[], context = 2): Span[] {
  const lineStarts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)
  const lineOf = (offset: number): number => {
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  const lineEnd = (line: number): number => {
    const next = lineStarts[line + 1]
    return next === undefined ? text.length : next - 1
  }
  const ranges = mergeSpans(spans, text.length).map((span) => {
    const first = Math.max(0, lineOf(span.start) - context)
    const last = Math.min(lineStarts.length - 1, lineOf(Math.max(span.start, span.end - 1)) + context)
    return { start: lineStarts[first] ?? 0, end: lineEnd(last) }
  })
  return mergeSpans(
    ranges.map((r) => ({ start: r.start, end: r.end + 1 })),
    text.length,
  ).map((r) => ({ start: r.start, end: Math.min(r.end, lineEnd(lineOf(Math.max(r.start, r.end - 1)))) }))
}
