/** A line of the analysed text with its offsets (end excludes the line break). */
export interface Line {
  text: string
  start: number
  end: number
}

/**
 * The lines of the last whole text split: reading one report splits it several times (its end,
 * its DSN fields, its replies, its recipients). Callers only read the array.
 */
let last: { text: string; lines: readonly Line[] } | null = null

/** Splits LF-normalised text into lines, keeping each line's offsets. */
export function splitLines(text: string, from = 0, to = text.length): readonly Line[] {
  if (from !== 0 || text.length === 0) return split(text, from, to)
  if (last?.text !== text) last = { text, lines: split(text, 0, text.length) }
  if (to >= text.length) return last.lines
  // The lines up to `to`, the last one cut there, as a split up to `to` gives them.
  const upTo: Line[] = []
  for (const line of last.lines) {
    if (line.start > to) break
    upTo.push(line.end <= to ? line : { text: text.slice(line.start, to), start: line.start, end: to })
    if (line.end >= to) break
  }
  return upTo
}

function split(text: string, from: number, to: number): Line[] {
  const lines: Line[] = []
  let start = from
  while (start <= to) {
    let end = text.indexOf('\n', start)
    if (end < 0 || end > to) end = to
    lines.push({ text: text.slice(start, end), start, end })
    if (end >= to) break
    start = end + 1
  }
  return lines
}

/** The text with CRLF and CR-only line endings made LF. */
export function toLf(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}
