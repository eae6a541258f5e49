import type { InputKind } from './types'
import { toLf } from './lines'

/** The most text read; the readable part of a report is at its start, the rest is attachments. */
export const MAX_INPUT_CHARS = 12_000_000

/** The input with line endings made LF and its kind guessed. */
export interface PreparedInput {
  kind: InputKind
  text: string
  notes: string[]
}

const HEADER_LINE = /^[!-9;-~]{1,76}:/
const KNOWN_HEADERS =
  /^(?:from|to|cc|subject|date|received|return-path|message-id|mime-version|content-type|delivered-to|reply-to|x-[a-z0-9-]+|auto-submitted|in-reply-to|references|dkim-signature|authentication-results|sender|envelope-to|x-failed-recipients|arc-[a-z-]+|thread-[a-z]+|content-transfer-encoding|precedence|list-[a-z]+):/i

/** True when the text starts like a whole e-mail: header lines, then a blank line. */
export function looksLikeRawEmail(text: string): boolean {
  let start = 0
  while (start < text.length && start < 64_000 && /\s/.test(text[start] ?? '')) start++
  let headers = 0
  let known = 0
  // Header lines one at a time, up to the blank line that ends them (at most 400 lines, 64 000 characters).
  for (let i = 0; i < 400 && start < 64_000; i++) {
    let end = text.indexOf('\n', start)
    if (end < 0 || end > 64_000) end = Math.min(text.length, 64_000)
    const line = text.slice(start, end)
    start = end + 1
    if (i === 0 && line.startsWith('From ')) continue
    if (line === '' || line === '\r') return headers >= 2 && known >= 2
    if ((line.startsWith(' ') || line.startsWith('\t')) && headers > 0) continue
    if (!HEADER_LINE.test(line)) return false
    headers++
    if (KNOWN_HEADERS.test(line)) known++
    if (end >= text.length) break
  }
  return false
}

// Control characters other than tab, line feed, form feed and carriage return, and U+FFFD.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ODD_CHARACTER = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/

/** True when the text is mostly not text: NUL bytes, control characters, undecodable bytes. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536)
  if (sample.length === 0 || !ODD_CHARACTER.test(sample)) return false
  let odd = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) odd++
  }
  return odd / sample.length > 0.1
}

/** A qmail-send log line's report of a delivery, where each space of the report is written "_". */
const QMAIL_LOG_REPORT = /\bdelivery \d{1,12}: (?:failure|deferral|success): (\S{1,20000})/g

/**
 * qmail-send's log writes "delivery 12: failure: Sorry,_no_mailbox_here_by_that_name._(#5.1.1)/":
 * the report's spaces become spaces again, so its words read as words. Same length, so every
 * position in the text stays where it was.
 */
function spaceQmailLog(text: string): string {
  if (!text.includes('delivery ')) return text
  // (An address in angle brackets keeps its own underscores: "<mary_jones@example.com>".)
  const spaced = (report: string): string => report.replace(/<[^<>\s]{1,320}>|_/g, (m) => (m === '_' ? ' ' : m))
  return text.replace(QMAIL_LOG_REPORT, (line: string, report: string) => line.slice(0, line.length - report.length) + spaced(report))
}

/** Normalises line endings (CRLF and CR-only become LF) and guesses what kind of input it is. */
export function prepareInput(input: string): PreparedInput {
  const notes: string[] = []
  let text = input
  if (text.length > MAX_INPUT_CHARS) {
    text = text.slice(0, MAX_INPUT_CHARS)
    notes.push(`The input is very long; only its first ${MAX_INPUT_CHARS / 1_000_000} million characters were read.`)
  }
  text = toLf(text)
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.trim() === '') return { kind: 'empty', text: '', notes }
  if (looksBinary(text)) {
    notes.push('This looks like a binary file, not the text of an e-mail.')
    return { kind: 'binary', text: '', notes }
  }
  if (looksLikeRawEmail(text)) return { kind: 'raw-email', text, notes }
  return { kind: 'text', text: spaceQmailLog(text), notes }
}
