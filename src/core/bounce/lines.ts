/** A line of the analysed text with its offsets (end excludes the line break). */
export interface Line {
  text: string
  start: number
  end: number
}

/** Splits LF-normalised text into lines, keeping each line's offsets. */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
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
