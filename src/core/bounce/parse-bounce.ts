import { readDsnFields, stripType, type DsnRecipientBlock } from './dsn-fields'
import { prepareInput } from './read-input'
import { readMime, type MimeReading } from './read-mime'
import { readSesNotification } from './read-ses-json'
import { firstAddress } from './addresses'
import {
  findDialect,
  isAddressLine,
  findErrorReplies,
  findHosts,
  findTextRecipients,
  joinReply,
  reportEnd,
  type ErrorReply,
} from './read-report-text'
import { findReplyCode, findStage, findStatus } from './smtp-codes'
import type { BounceFacts, RecipientFacts, Span } from './types'

const BOUNCE_WORDS =
  /undeliver|undelivered|could not be delivered|couldn't be delivered|wasn't delivered|delivery (?:has )?failed|delivery status notification|failure notice|returned mail|mail delivery (?:failed|system|subsystem)|permanent(?:ly)? (?:error|fatal)|non[- ]?delivery|not be delivered|unable to deliver|rejected|does not like recipient|giving up|delivery failure|message not delivered|address not found|no such user|user unknown|mailbox|unzustellbar|non remis|no entregado/i

function emptyFacts(kind: BounceFacts['kind'], text: string, notes: string[]): BounceFacts {
  return {
    kind,
    text,
    dialect: 'generic',
    reportingMta: null,
    subject: null,
    autoReply: false,
    feedbackReport: false,
    looksLikeBounce: false,
    reportEnd: text.length,
    recipients: [],
    notes,
  }
}

/** Every enhanced status code in a text, in order. */
function allStatuses(text: string): string[] {
  return [...text.matchAll(/(?:^|[^\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d)/g)].map((m) => m[1] ?? '')
}

/**
 * Picks the most telling status: a specific one beats a generic x.y.0 wrapper, as in a DSN
 * "Status: 5.0.0" over a reply "550 5.1.1", or Amazon SES's "5.1.0 - Unknown address error
 * 550-'5.2.2 … Mailbox Full'".
 */
function chooseStatus(dsnStatus: string | null, diagnostic: string | null): string | null {
  const fromDsn = dsnStatus ? findStatus(' ' + dsnStatus)?.code ?? null : null
  const fromText = diagnostic ? allStatuses(diagnostic) : []
  const generic = (code: string): boolean => /\.0$/.test(code)
  // The remote server's own code is more precise than the reporting server's summary of it.
  const ownSpecific = fromText.find((code) => !generic(code))
  if (fromDsn && ownSpecific && ownSpecific[0] === fromDsn[0]) return ownSpecific
  const first = fromDsn ?? fromText[0] ?? null
  if (!first || !generic(first)) return first
  const specific = fromText.find((code) => !generic(code) && code[0] === first[0])
  return specific ?? first
}

function recipientFromDsn(block: DsnRecipientBlock, text: string, replies: ErrorReply[], reportEnd: number): RecipientFacts {
  const get = (name: string): string | null => block.fields.get(name)?.value ?? null
  const rawAddress = get('final-recipient') ?? get('original-recipient') ?? get('x-actual-recipient')
  const address = rawAddress ? firstAddress(stripType(rawAddress)) : null
  const diagField = block.fields.get('diagnostic-code') ?? block.fields.get('x-diagnostic-code')
  let diagnostic = diagField ? stripType(diagField.value).replace(/\s+/g, ' ') : null
  let diagnosticSpan: Span | null = diagField ? diagField.span : null
  if (!diagnostic || diagnostic.length < 4) {
    // No Diagnostic-Code: take the reply the readable part gives for this address.
    const reply =
      (address && replies.find((r) => text.slice(r.span.start, r.span.end).toLowerCase().includes(address))) ??
      replies[0] ??
      (address ? reasonNextTo(text, address, reportEnd) : null)
    if (reply) {
      diagnostic = reply.text
      diagnosticSpan = reply.span
    }
  }
  const status = chooseStatus(get('status'), diagnostic)
  const remote = get('remote-mta') ?? get('x-remote-mta')
  return {
    address,
    replyCode: diagnostic ? (findReplyCode(diagnostic)?.code ?? null) : null,
    status,
    action: get('action')?.toLowerCase().split(/\s/)[0] ?? null,
    remoteMta: remote ? stripType(remote) : null,
    diagnostic,
    diagnosticSpan,
    stage: diagnostic ? findStage(diagnostic) : null,
    contextSpan: { ...block.span },
  }
}

/** A sender verification (callout) reply quotes the check of *your* address, with its own codes. */
const CALLOUT = /verification failed for|callout verification|sender verify failed/i

function recipientFromReply(address: string | null, reply: ErrorReply | null, context: Span | null, text: string): RecipientFacts {
  const diagnostic = reply?.text ?? null
  const calloutStatus = diagnostic !== null && CALLOUT.test(diagnostic)
  const contextText = context ? text.slice(context.start, context.end) : ''
  return {
    address,
    replyCode: diagnostic ? (findReplyCode(diagnostic)?.code ?? null) : null,
    status: calloutStatus ? null : chooseStatus(null, diagnostic),
    action: null,
    remoteMta: null,
    diagnostic,
    diagnosticSpan: reply?.span ?? null,
    stage: findStage(diagnostic ?? '') ?? findStage(contextText),
    contextSpan: context,
  }
}

/**
 * The reason the readable part gives next to an address: the rest of its line ("a@b: Envelope
 * expired") or the lines under it.
 */
function reasonNextTo(text: string, address: string, end: number): ErrorReply | null {
  const lower = text.slice(0, end).toLowerCase()
  let at = lower.indexOf(address)
  while (at >= 0) {
    const lineStart = lower.lastIndexOf('\n', at) + 1
    const lineEnd = lower.indexOf('\n', at) < 0 ? end : lower.indexOf('\n', at)
    const line = text.slice(lineStart, lineEnd)
    if (!/^\s*(?:[A-Za-z-]+-Recipient|To|From|Subject)\s*:/i.test(line)) {
      const rest = text.slice(at + address.length, lineEnd).replace(/^[>:\s]+/, '')
      if (rest.trim().length >= 4) {
        const start = lineEnd - rest.length
        return { text: rest.trim(), span: { start, end: lineEnd } }
      }
      const under = wordsAfter(text, lineStart, end)
      if (under) return under
    }
    at = lower.indexOf(address, at + address.length)
  }
  return null
}

/** The lines under an address line, up to a blank line: the reason some reports give. */
function wordsAfter(text: string, anchor: number, limit: number): ErrorReply | null {
  const lineEnd = text.indexOf('\n', anchor)
  if (lineEnd < 0 || lineEnd >= limit) return null
  let first = -1
  let last = -1
  let pos = lineEnd + 1
  let lines = 0
  while (pos < limit && lines < 12) {
    const next = text.indexOf('\n', pos)
    const end = next < 0 || next > limit ? limit : next
    const line = text.slice(pos, end)
    const collected = first >= 0 ? text.slice(first, last).trimEnd() : ''
    if (line.trim() === '') {
      // "because:" and the like: the reason is the next paragraph.
      if (first >= 0 && !collected.endsWith(':')) break
    } else {
      // Header fields (a DSN part, the returned message) are not the reason; a banner ends it,
      // unless it only introduces it ("----- Transcript of session follows -----").
      if (HEADER_FIELD.test(line)) break
      if (/^\s*[-=*_|]{5,}/.test(line)) {
        if (first >= 0) break
        pos = next < 0 ? limit : next + 1
        continue
      }
      if (first < 0 || collected.endsWith(':')) first = first < 0 ? pos : first
      last = end
      lines++
    }
    if (next < 0) break
    pos = next + 1
  }
  if (first < 0) return null
  const words = text.slice(first, last)
  if (words.trim().length < 4 || isAddressLine(words)) return null
  const lead = words.length - words.trimStart().length
  return { text: joinReply(words), span: { start: first + lead, end: last } }
}

const HEADER_FIELD = /^[A-Za-z][A-Za-z0-9-]{1,40}:\s/

/** The line that names an address, when it also says what went wrong ("Invalid userid: a@b"). */
function reasonOnLine(text: string, anchor: number, address: string): ErrorReply | null {
  const lineEnd = text.indexOf('\n', anchor) < 0 ? text.length : text.indexOf('\n', anchor)
  const line = text.slice(anchor, lineEnd)
  const rest = line.toLowerCase().replace(address, ' ').replace(/[<>()[\]:;,."'*\s]+/g, ' ').trim()
  if (rest.split(' ').length < 2 || HEADER_FIELD.test(line) || /^(?:to|for|recipient|address|mailbox|on)\b/i.test(rest)) return null
  const lead = line.length - line.trimStart().length
  return { text: joinReply(line), span: { start: anchor + lead, end: lineEnd } }
}

/** Where the body first names an address (not the X-Failed-Recipients header that lists it). */
function mentionOutsideHeader(text: string, address: string, end: number): number {
  const lower = text.slice(0, end).toLowerCase()
  let at = lower.indexOf(address)
  while (at >= 0) {
    const lineStart = lower.lastIndexOf('\n', at) + 1
    if (!lower.startsWith('x-failed-recipients:', lineStart)) return lineStart
    at = lower.indexOf(address, at + address.length)
  }
  return 0
}

/** Reads the readable part of a report: its recipients and the remote server's replies. */
function readTextRecipients(text: string, end: number, exclude: Set<string>, failed: string[]): RecipientFacts[] {
  const replies = findErrorReplies(text, 0, end)
  const named = findTextRecipients(text, end, exclude)
  // X-Failed-Recipients (Exim) lists the failed addresses: other addresses the text names (the
  // sender in "A message sent by <…>") are not recipients. It fills in when the text names nobody.
  const listed = new Set(failed.map((a) => a.toLowerCase()))
  if (listed.size > 0 && named.some((r) => listed.has(r.address))) {
    named.splice(0, named.length, ...named.filter((r) => listed.has(r.address)))
  }
  if (named.length === 0) {
    for (const address of failed) {
      const lower = address.toLowerCase()
      if (!named.some((r) => r.address === lower)) named.push({ address: lower, anchor: mentionOutsideHeader(text, lower, end) })
    }
  }
  named.sort((a, b) => a.anchor - b.anchor)
  if (named.length === 0) {
    if (replies.length === 0) return []
    const reply = replies.find((r) => /^\s*(?:<<<\s*)?5/.test(r.text)) ?? replies[0] ?? null
    const inReply = reply ? firstAddress(reply.text) : null
    return [recipientFromReply(inReply && !exclude.has(inReply) ? inReply : null, reply, { start: 0, end }, text)]
  }
  return named.map((recipient, index) => {
    const nextAnchor = named.slice(index + 1).find((r) => r.anchor > recipient.anchor)?.anchor ?? end
    const context = { start: recipient.anchor, end: nextAnchor }
    const own = replies.filter((r) => r.span.start >= context.start && r.span.start < context.end)
    const mentioning = replies.filter((r) => text.slice(r.span.start, r.span.end).toLowerCase().includes(recipient.address))
    const reply =
      own.find((r) => text.slice(r.span.start, r.span.end).toLowerCase().includes(recipient.address)) ??
      own[0] ??
      mentioning[0] ??
      (named.length === 1 ? replies[0] : null) ??
      null
    // No reply line: the words right under the address are the reason (qmail, Domino, Exim's
    // local failures).
    const words = reply ?? reasonOnLine(text, recipient.anchor, recipient.address) ?? wordsAfter(text, recipient.anchor, context.end)
    return recipientFromReply(recipient.address, words, named.length === 1 ? { start: 0, end } : context, text)
  })
}

/**
 * Reads a bounce — one error line, the readable text of a non-delivery report, or a whole raw
 * e-mail — and returns what it says: recipients, codes, servers, the remote server's words.
 * Never throws: unreadable input comes back as facts with a note.
 */
export async function parseBounce(input: string): Promise<BounceFacts> {
  const prepared = prepareInput(typeof input === 'string' ? input : '')
  if (prepared.kind === 'empty' || prepared.kind === 'binary') return emptyFacts(prepared.kind, prepared.text, prepared.notes)

  let mime: MimeReading | null = null
  let text = prepared.text
  const notes = [...prepared.notes]
  if (prepared.kind === 'raw-email') {
    try {
      mime = await readMime(prepared.text)
      text = mime.text
    } catch {
      notes.push('The e-mail structure could not be read in full; the text was read as it is.')
    }
  }
  return readFacts(text, prepared.kind, mime, notes)
}

/** The analysis of already-prepared text; the part of parseBounce that needs no MIME parser. */
export function readFacts(text: string, kind: BounceFacts['kind'], mime: MimeReading | null, notes: string[]): BounceFacts {
  const end = reportEnd(text)
  const dsn = readDsnFields(text)
  const exclude = new Set<string>()
  if (mime?.from) exclude.add(mime.from.toLowerCase())
  const fromLine = text.slice(0, 2000).split('\n').find((line) => line.startsWith('From:'))
  const headerFrom = fromLine ? firstAddress(fromLine) : null
  if (headerFrom && /mailer-daemon|postmaster|mail delivery/i.test(text.slice(0, 2000))) exclude.add(headerFrom.toLowerCase())

  const replies = findErrorReplies(text, 0, end)
  const ses = readSesNotification(text)
  let recipients: RecipientFacts[] = []
  if (ses && ses.recipients.length > 0) {
    recipients = ses.recipients
  } else if (dsn && dsn.recipients.length > 0) {
    recipients = dsn.recipients.map((block) => recipientFromDsn(block, text, replies, end))
  } else {
    recipients = readTextRecipients(text, end, exclude, mime?.failedRecipients ?? [])
  }

  const hosts = findHosts(text, end)
  const reportingDsn = dsn?.message.get('reporting-mta')?.value
  for (const r of recipients) if (!r.remoteMta && hosts.remote) r.remoteMta = hosts.remote
  const subject = mime?.subject ?? /^Subject:\s*(.{1,300})$/m.exec(text.slice(0, 4000))?.[1]?.trim() ?? null
  const looksLikeBounce =
    Boolean(mime?.deliveryReport) ||
    (dsn !== null && dsn.recipients.length > 0) ||
    ses?.type === 'bounce' ||
    replies.length > 0 ||
    (mime?.failedRecipients.length ?? 0) > 0 ||
    BOUNCE_WORDS.test(text.slice(0, Math.min(end, 100_000)))

  return {
    kind,
    text,
    dialect: findDialect(text, end, dsn !== null),
    reportingMta: reportingDsn ? stripType(reportingDsn) : hosts.reporting,
    subject,
    // Exim marks its own bounces auto-replied: an auto-reply is one that reports no failure.
    autoReply: Boolean(mime?.autoReply) && replies.length === 0 && dsn === null && (mime?.failedRecipients.length ?? 0) === 0,
    feedbackReport: ses?.type === 'complaint' || (mime?.feedbackReport ?? /^Feedback-Type:\s*\S+/im.test(text.slice(0, 50_000))),
    // An SES delivery notification reports success.
    looksLikeBounce: looksLikeBounce && ses?.type !== 'delivery',
    reportEnd: end,
    recipients,
    notes,
  }
}

export { joinReply }
