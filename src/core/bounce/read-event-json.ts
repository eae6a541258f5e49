import type { RecipientFacts } from './types'
import { findReplyCode, findStage, findStatus } from './smtp-codes'
import type { SesNotification } from './read-ses-json'

/**
 * Bounce events of sending services pasted as JSON (webhook or log records): Mailgun
 * ("event": "failed", "delivery-status"), SendGrid ("event": "bounce", "reason"), Postmark
 * ("RecordType": "Bounce", "Details"), SparkPost ("type": "bounce", "raw_reason"), Amazon SES
 * event publishing ("eventType": "Bounce", "DeliveryDelay") and the like, one event or a batch:
 * a JSON array, or a log export with one object a line (JSON Lines).
 * Each event names a recipient, what happened and, usually, the remote server's reply.
 */

/** The largest pasted JSON read as events. */
const MAX_JSON = 1_000_000
const MAX_EVENTS = 50
/** The most objects naming an address looked at, telling or not (delivered, opened…). */
const MAX_OBJECTS = 2000

const ADDRESS_KEYS = ['recipient', 'email', 'Email', 'rcpt_to', 'Recipient', 'emailAddress']
const EVENT_KEYS = ['event', 'type', 'RecordType', 'Type', 'eventType', 'event_type']
/** Fields that hold the remote server's words, most telling first. */
const REASON_KEYS = ['raw_reason', 'diagnosticCode', 'Details', 'response', 'reason', 'message', 'error', 'description', 'Description', 'bounce_classification']

const FAILED = /^(?:failed|failure|bounce|bounced|hard_?bounce|soft_?bounce|dropped|blocked|reject|rejected|out_of_band|policy_rejection|generation_failure|generation_rejection|permanent_?fail(?:ure)?)$/i
const DELAYED = /^(?:deferred|delayed|delay|delivery_?delay|temporary|temporary_?fail(?:ure)?|transient)$/i
const DELIVERED = /^(?:delivered|delivery|accepted|open|opened|click|clicked|processed|injection|sent)$/i
/** An automatic reply that came back (Postmark files its "AutoResponder" under RecordType "Bounce"). */
const AUTO_REPLY = /^(?:auto_?responder|auto_?reply|out_?of_?office|vacation)$/i
const COMPLAINT = /^(?:spamreport|spam_?complaint|complaint|complained|abuse|feedback)$/i

type JsonObject = Record<string, unknown>

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An event object and the objects one level inside it ("delivery-status"), where its fields stand. */
function scopesOf(object: JsonObject): JsonObject[] {
  return [object, ...Object.values(object).filter(isObject)]
}

/** The non-empty string fields of an event among the keys, in the order of the keys. */
function stringsOf(object: JsonObject, keys: string[]): string[] {
  const found: string[] = []
  for (const scope of scopesOf(object)) {
    for (const key of keys) {
      const value = scope[key]
      if (typeof value === 'string' && value.trim() !== '') found.push(value)
    }
  }
  return found
}

/** A three-digit code field of an event, as a number. */
function numberOf(object: JsonObject, key: string): number | null {
  for (const scope of scopesOf(object)) {
    const value = scope[key]
    if (typeof value === 'number') return value
    if (typeof value === 'string' && /^\d{3}$/.test(value)) return Number(value)
  }
  return null
}

/** Every object of the tree that names a recipient address, with the event names above it. */
function eventObjects(root: unknown): Array<{ object: JsonObject; address: string; names: string[] }> {
  const found: Array<{ object: JsonObject; address: string; names: string[] }> = []
  const walk = (value: unknown, names: string[], depth: number): void => {
    if (found.length >= MAX_OBJECTS || depth > 8) return
    if (Array.isArray(value)) {
      for (const item of value.slice(0, MAX_OBJECTS)) walk(item, names, depth + 1)
      return
    }
    if (!isObject(value)) return
    const own = EVENT_KEYS.map((k) => value[k]).filter((v): v is string => typeof v === 'string')
    const severity = typeof value.severity === 'string' ? [value.severity] : []
    const here = [...names, ...own, ...severity]
    const address = ADDRESS_KEYS.map((k) => value[k]).find((v): v is string => typeof v === 'string' && v.includes('@'))
    if (address) {
      found.push({ object: value, address, names: here })
      return
    }
    for (const child of Object.values(value)) walk(child, here, depth + 1)
  }
  walk(root, [], 0)
  return found
}

/** What an event's names say happened: the last telling name wins ("failed" then "temporary"). */
type EventKind = 'bounce' | 'delay' | 'delivery' | 'complaint' | 'auto-reply'

function kindOf(names: string[]): EventKind | null {
  let kind: EventKind | null = null
  for (const name of names) {
    const key = name.trim()
    if (AUTO_REPLY.test(key)) return 'auto-reply'
    if (DELAYED.test(key)) kind = 'delay'
    else if (FAILED.test(key) || key.toLowerCase() === 'permanent') kind = 'bounce'
    else if (COMPLAINT.test(key)) kind = 'complaint'
    else if (DELIVERED.test(key) && kind === null) kind = 'delivery'
  }
  return kind
}

/** The JSON text a pasted event stands in: from its first brace or bracket to its last. */
function jsonPart(text: string): { json: unknown; offset: number } | null {
  const head = text.slice(0, 400)
  // An object, or an array of objects: "[192.0.2.1]" in a Received line is not JSON.
  const opening = /[[{]\s*[{"]/.exec(head)
  if (!opening || head.slice(0, opening.index).trim().length > 200) return null
  const start = opening.index
  const end = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'))
  if (end <= start || end - start > MAX_JSON) return null
  const body = text.slice(start, end + 1)
  try {
    return { json: JSON.parse(body), offset: start }
  } catch {
    const lines = jsonLines(body)
    return lines ? { json: lines, offset: start } : null
  }
}

/** A log export with one JSON object a line (JSON Lines), as one array; null if a line is not JSON. */
function jsonLines(body: string): unknown[] | null {
  const rows = body.split(/\r\n?|\n/).filter((line) => line.trim() !== '')
  if (rows.length < 2 || !rows.every((line) => /^\s*\{/.test(line))) return null
  try {
    return rows.map((line) => JSON.parse(line) as unknown)
  } catch {
    return null
  }
}

/** Where a JSON string value stands in the text, written as JSON writers escape it. */
function findEscaped(text: string, value: string, from: number): { start: number; end: number } | null {
  const plain = JSON.stringify(value).slice(1, -1)
  const forms = [
    plain,
    plain.replace(/\//g, '\\/'),
    plain.replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    plain.replace(/[^\u0020-\u007e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  ]
  for (const form of forms) {
    const at = text.indexOf(form, from)
    if (at >= 0) return { start: at, end: at + form.length }
  }
  return null
}

/**
 * Reads sending-service events pasted as JSON. Returns null when the text is not such JSON or
 * names no recipient. When any event is a bounce or a delay, only those are read (a batch also
 * holds deliveries, opens and complaints); otherwise the events are complaints or deliveries.
 */
export function readEventJson(text: string): SesNotification | null {
  const part = jsonPart(text)
  if (!part) return null
  const events = eventObjects(part.json)
    .map((event) => ({ ...event, kind: kindOf(event.names) }))
    .filter((event) => event.kind !== null)
  const failures = events.filter((e) => e.kind === 'bounce' || e.kind === 'delay')
  const type = failures.some((e) => e.kind === 'bounce')
    ? 'bounce'
    : failures.length > 0
      ? 'delay'
      : events.some((e) => e.kind === 'complaint')
        ? 'complaint'
        : events.some((e) => e.kind === 'auto-reply')
          ? 'auto-reply'
          : events.length > 0
          ? 'delivery'
          : null
  if (!type) return null
  const telling = (failures.length > 0 ? failures : events).slice(0, MAX_EVENTS)
  const recipients: RecipientFacts[] = []
  // Each event's reason is looked for after the previous one's, so two events with the same
  // words point at their own.
  let cursor = part.offset
  for (const { object, address, kind } of telling) {
    const reasons = stringsOf(object, REASON_KEYS)
    // The remote server's reply when an event carries one, else its longest explanation.
    const diagnostic = reasons.find((r) => findReplyCode(r) ?? findStatus(r)) ?? reasons.reduce<string | null>((a, b) => (a && a.length >= b.length ? a : b), null)
    const clean = diagnostic ? diagnostic.replace(/^\s*smtp;\s*/i, '') : null
    const diagnosticSpan = clean ? findEscaped(text, clean, cursor) ?? findEscaped(text, clean, part.offset) : null
    if (diagnosticSpan && diagnosticSpan.start >= cursor) cursor = diagnosticSpan.end
    const code = numberOf(object, 'code') ?? numberOf(object, 'error_code')
    const statusField = stringsOf(object, ['status', 'enhanced_status']).find((s) => findStatus(' ' + s))
    recipients.push({
      address: address.trim().toLowerCase(),
      replyCode: (clean ? findReplyCode(clean)?.code : null) ?? (code && code >= 400 && code < 600 ? String(code) : null),
      status: statusField ?? (clean ? findStatus(clean)?.code ?? null : null),
      action: kind === 'delay' ? 'delayed' : kind === 'bounce' ? 'failed' : kind === 'delivery' ? 'delivered' : null,
      remoteMta: stringsOf(object, ['mx-host', 'remote_mta', 'remoteMta']).at(0) ?? null,
      diagnostic: clean,
      diagnosticSpan,
      stage: clean ? findStage(clean) : null,
      // Only the event's own reason speaks for it: the other fields are the service's fixed
      // wording (Postmark's "ex: unknown user") or belong to other events.
      contextSpan: diagnosticSpan,
    })
  }
  return recipients.length > 0 ? { type, recipients } : null
}
