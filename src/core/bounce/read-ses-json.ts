import type { RecipientFacts } from './types'
import { findReplyCode, findStage, findStatus } from './smtp-codes'

/** What an Amazon SES notification (JSON, often sent on by e-mail) says. */
export interface SesNotification {
  type: string
  recipients: RecipientFacts[]
}

const TYPE = /"notificationType"\s*:\s*"([A-Za-z]{1,30})"/
const EMAIL_FIELD = /^"emailAddress"\s{0,20}:\s{0,20}"([^"\s]{3,320})"/

/** Each JSON object that holds an "emailAddress", found by its braces: start, end and address. */
function recipientObjects(text: string): Array<{ start: number; end: number; address: string }> {
  const found: Array<{ start: number; end: number; address: string }> = []
  let at = text.indexOf('"emailAddress"')
  while (at >= 0) {
    const address = EMAIL_FIELD.exec(text.slice(at, at + 400))?.[1]
    // The enclosing braces, looked for within 4000 characters only.
    const before = Math.max(0, at - 4000)
    const startInWindow = text.slice(before, at).lastIndexOf('{')
    const endInWindow = text.slice(at, at + 4000).indexOf('}')
    if (address && startInWindow >= 0 && endInWindow >= 0) found.push({ start: before + startInWindow, end: at + endInWindow + 1, address })
    at = text.indexOf('"emailAddress"', at + 14)
  }
  return found
}

/** A JSON string field of an object: its decoded value, and where its raw text stands. */
function field(block: string, name: string): { value: string; index: number; length: number } | null {
  const m = new RegExp(`"${name}"\\s{0,20}:\\s{0,20}"((?:[^"\\\\]|\\\\.){0,2000})"`).exec(block)
  if (!m || m[1] === undefined) return null
  let value: string
  try {
    value = JSON.parse(`"${m[1]}"`) as string
  } catch {
    value = m[1]
  }
  return { value, index: m.index + m[0].indexOf(m[1]), length: m[1].length }
}

/** An Amazon SNS envelope whose "Message" field holds an SES notification as an escaped string. */
const SNS_MESSAGE = /"Message"\s{0,20}:\s{0,20}"(\{\\"notificationType(?:[^"\\]|\\.){0,200000})"/

/**
 * An SES notification delivered through Amazon SNS carries the notification as a JSON string
 * inside the SNS message; this puts it back as JSON, one field per line, so it can be read and
 * shown. Other text is returned as it is.
 */
export function unwrapSnsMessage(text: string): string {
  if (!text.includes('\\"notificationType')) return text
  const m = SNS_MESSAGE.exec(text.slice(0, 400_000))
  if (!m || m[1] === undefined) return text
  let inner: string
  try {
    // A JSON string holds no line breaks: those in the text are the mail's own line wrapping.
    inner = JSON.parse(`"${m[1].replace(/\n[ \t]?/g, '')}"`) as string
  } catch {
    return text
  }
  try {
    inner = JSON.stringify(JSON.parse(inner), null, 2)
  } catch {
    // A cut-off notification: keep the unescaped text.
  }
  return text.slice(0, m.index) + '"Message" : ' + inner + text.slice(m.index + m[0].length)
}

/**
 * Reads an Amazon SES bounce or complaint notification by its JSON fields, keeping offsets so
 * the evidence can point into the text. Returns null when the text is not one.
 */
export function readSesNotification(text: string): SesNotification | null {
  const type = TYPE.exec(text.slice(0, 200_000))?.[1]
  if (!type) return null
  const recipients: RecipientFacts[] = []
  const region = text.slice(0, 200_000)
  for (const object of recipientObjects(region)) {
    const block = region.slice(object.start, object.end)
    const start = object.start
    const address = object.address.toLowerCase()
    const diag = field(block, 'diagnosticCode')
    const diagnostic = diag ? diag.value.replace(/^\s*smtp;\s*/i, '') : null
    const status = field(block, 'status')?.value ?? (diagnostic ? findStatus(diagnostic)?.code ?? null : null)
    recipients.push({
      address,
      replyCode: diagnostic ? findReplyCode(diagnostic)?.code ?? null : null,
      status: status && findStatus(' ' + status) ? status : null,
      action: field(block, 'action')?.value.toLowerCase() ?? null,
      remoteMta: null,
      diagnostic,
      diagnosticSpan: diag ? { start: start + diag.index, end: start + diag.index + diag.length } : null,
      stage: diagnostic ? findStage(diagnostic) : null,
      contextSpan: { start, end: start + block.length },
    })
  }
  return { type: type.toLowerCase(), recipients }
}
