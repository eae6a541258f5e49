import { splitLines } from './lines'
import type { Span } from './types'

/** One field of a delivery-status report, with where its value stands. */
export interface DsnField {
  name: string
  value: string
  span: Span
}

/** The per-recipient fields of a delivery-status report (RFC 3464 §2.3). */
export interface DsnRecipientBlock {
  fields: Map<string, DsnField>
  span: Span
}

/** What a delivery-status report says. */
export interface DsnReport {
  /** Per-message fields: Reporting-MTA, Arrival-Date, … */
  message: Map<string, DsnField>
  recipients: DsnRecipientBlock[]
}

const FIELD = /^([A-Za-z][A-Za-z0-9-]{1,60})[ \t]{0,20}:(.*)$/
const MESSAGE_FIELDS = new Set(['reporting-mta', 'dsn-gateway', 'received-from-mta', 'arrival-date', 'original-envelope-id', 'x-postfix-queue-id', 'x-postfix-sender'])
const RECIPIENT_START = new Set(['final-recipient', 'original-recipient', 'x-actual-recipient'])
const RECIPIENT_FIELDS = new Set([...RECIPIENT_START, 'action', 'status', 'remote-mta', 'diagnostic-code', 'last-attempt-date', 'will-retry-until', 'final-log-id', 'x-remote-mta', 'x-diagnostic-code'])

/** Removes the `type;` prefix of a DSN value (`rfc822; a@b`, `smtp; 550 …`, `dns; host`). */
export function stripType(value: string): string {
  return value.replace(/^\s*(?:rfc822|smtp|dns|x-[a-z0-9-]+|utf-8|unknown|x400|mta|ipv4|ipv6)\s*;\s*/i, '').trim()
}

/**
 * Reads the fields of delivery-status reports anywhere in a text: a message/delivery-status part
 * or the same fields pasted by hand. Folded values are joined; a block without a blank line
 * between recipients is split where a second recipient begins.
 */
export function readDsnFields(text: string): DsnReport | null {
  const report: DsnReport = { message: new Map(), recipients: [] }
  let current: DsnRecipientBlock | null = null
  let last: DsnField | null = null
  let seen = false

  for (const line of splitLines(text)) {
    if (last && /^[ \t]+\S/.test(line.text)) {
      last.value += ' ' + line.text.trim()
      last.span = { start: last.span.start, end: line.end }
      if (current) current.span.end = line.end
      continue
    }
    last = null
    // A field's name runs 2 to 61 characters, then at most 20 spaces, before its colon.
    const colon = line.text.indexOf(':')
    const m = colon >= 2 && colon <= 81 ? FIELD.exec(line.text) : null
    if (!m) {
      if (line.text.trim() === '') current = null
      continue
    }
    const name = (m[1] ?? '').toLowerCase()
    const raw = m[2] ?? ''
    const valueStart = line.start + line.text.length - raw.length + (raw.length - raw.trimStart().length)
    const field: DsnField = { name, value: (m[2] ?? '').trim(), span: { start: valueStart, end: line.end } }
    if (MESSAGE_FIELDS.has(name)) {
      if (!report.message.has(name)) report.message.set(name, field)
      last = field
      seen = true
      continue
    }
    if (!RECIPIENT_FIELDS.has(name)) continue
    const startsRecipient = RECIPIENT_START.has(name)
    if (!current || (startsRecipient && current.fields.has(name)) || (startsRecipient && name === 'original-recipient' && current.fields.has('final-recipient') && current.fields.has('status'))) {
      if (!startsRecipient && !current) {
        // A recipient field before any recipient: only count it when a real block follows.
        current = { fields: new Map(), span: { start: line.start, end: line.end } }
        report.recipients.push(current)
      } else {
        current = { fields: new Map(), span: { start: line.start, end: line.end } }
        report.recipients.push(current)
      }
    }
    if (!current.fields.has(name)) current.fields.set(name, field)
    current.span.end = line.end
    last = field
    seen = true
  }
  report.recipients = report.recipients.filter(
    (r) => r.fields.has('final-recipient') || r.fields.has('original-recipient') || (r.fields.has('status') && r.fields.has('action')),
  )
  if (!seen || (report.recipients.length === 0 && !report.message.has('reporting-mta'))) return null
  return report
}
