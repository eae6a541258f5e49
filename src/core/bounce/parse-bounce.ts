import { readDsnFields, stripType, type DsnRecipientBlock } from './dsn-fields'
import { prepareInput } from './read-input'
import { readMime, type MimeReading } from './read-mime'
import { readEventJson } from './read-event-json'
import { readSesNotification, unwrapSnsMessage } from './read-ses-json'
import { asciiLower, findAddresses, firstAddress, indexOfAddress } from './addresses'
import {
  findDialect,
  isAddressLine,
  isOriginalMessageMarker,
  findErrorReplies,
  findHosts,
  findTextRecipients,
  joinReply,
  copyRecipients,
  reportEnd,
  RECIPIENT_LINES,
  SERVER_REPLY,
  type ErrorReply,
} from './read-report-text'
import { findReplyCode, findStage, findStatus } from './smtp-codes'
import type { BounceFacts, Dialect, RecipientFacts, SmtpStage, Span } from './types'

/** A report's own words of failure in languages other than English. */
const LOCAL_FAILURE_WORDS =
  /\u914d\u4fe1\u306b\u5931\u6557|n'a pas pu (?:\u00eatre|etre) (?:remis|distribu)|non (?:\u00e8|e) stato consegnato|no se (?:pudo|ha podido) entregar|nicht zugestellt|Empf\u00e4nger nicht erreicht|an folgende Empf\u00e4nger oder Gruppen|impossibile recapitare|non \u00e8 stato recapitato|\uc804\uc1a1 \uc2e4\ud328|\ubc1c\uc1a1 \uc2e4\ud328|\u00e9chec de la remise|remise \u00e0 ces destinataires|bezorging is mislukt|onbestelbaar|niet (?:worden )?afgeleverd|falha na entrega|nie powiod\u0142o si\u0119|n\u00e3o (?:p\u00f4de ser|foi) entregue|unzustellbar|non remis|no entregado|配信されませんでした|配信できませんでした|配送できませんでした|お届けできませんでした|未能发出|未能送达|전달되지 못|не было доставлено|配信不能|退信通知|系统退信|被退信|退信原因|无法投递|не доставлено|не удалось доставить/i

/**
 * Nouns a subject line carries ("Unzustellbar: …"; Exchange's "配信不能:" prefixes, with their colon), which a
 * ticket acknowledgement may echo.
 */
const SUBJECT_NOUNS = /unzustellbar\w*|non remis|no entregado|onbestelbaar|(?:\u914d\u4fe1\u4e0d\u80fd|\u65e0\u6cd5\u6295\u9012|\u043d\u0435 \u0434\u043e\u0441\u0442\u0430\u0432\u043b\u0435\u043d\u043e)\s*[:\uff1a]/gi

/** Words that only a report of a failed or delayed delivery holds. */
const BOUNCE_WORDS = new RegExp(
  `${/delivery incomplete|not (?:been )?successfully delivered|(?:could not|couldn't|cannot) receive it|was not delivered to|did not reach (?:some|the|all)|error has occurred while attempting to deliver|could not be sent|message was not sent|temporary problem delivering|retry time not reached|undeliver|undelivered|could not be delivered|couldn't be delivered|wasn't delivered|delivery (?:has )?failed|delivery status notification|failure notice|returned mail|mail delivery (?:failed|system|subsystem)|permanent(?:ly)? (?:error|fatal)|non[- ]?delivery|not be delivered|unable to deliver|rejected|does not like recipient|giving up|delivery failure|message not delivered|address not found|no such user|user unknown|(?<!unmonitored |my |to your )mailbox(?! is not monitored| isn't monitored| is unmonitored| is not attended| is no longer monitored| is not being monitored)/.source}|${LOCAL_FAILURE_WORDS.source}`,
  'i',
)

/** A quote mark ("> ", or ">" alone) at the start of a line, up to three deep; not ">>> RCPT", a transcript's command. */
const QUOTE_MARK = /^[ \t]{0,3}(?:>(?: |$)){1,3}/

/** A line that starts with a quote mark. */
const QUOTED_LINE = /(?:^|\n)[ \t]{0,3}>(?: |$|\n)/

/** Besides a server's reply, a reply line of any form: in a person's own lines, the text is a report of its own. */
const ANY_REPLY_LINE = /smtp error from|^\s*(?:<<<\s*)?[45]\d\d[ -]/i

/**
 * A bounce quoted in a person's message (an inline forward or a reply: "> " before each line):
 * its lines without the quote marks, so its wrapped replies read whole — when the quoted lines
 * hold a server's reply and the person's own lines do not. Any other text as it is.
 */
function unquoteBounce(text: string): string {
  const head = text.slice(0, 200_000)
  // Most texts quote nothing: one search tells.
  if (!QUOTED_LINE.test(head)) return text
  const lines = head.split('\n')
  let quoted = 0
  let quotedReply = false
  let ownReply = false
  for (const line of lines) {
    if (QUOTE_MARK.test(line)) {
      quoted++
      // (qmail gives its status alone in brackets: "Sorry, no mailbox here by that name. (#5.1.1)".)
      if (!quotedReply && (SERVER_REPLY.test(line) || /\(#[45]\.\d{1,3}\.\d{1,3}\)/.test(line))) quotedReply = true
    } else if (!ownReply && (SERVER_REPLY.test(line) || ANY_REPLY_LINE.test(line))) ownReply = true
  }
  if (quoted < 3 || !quotedReply || ownReply) return text
  return lines.map((line) => line.replace(QUOTE_MARK, '')).join('\n') + text.slice(head.length)
}

function emptyFacts(kind: BounceFacts['kind'], text: string, notes: string[]): BounceFacts {
  return {
    kind,
    text,
    dialect: 'generic',
    reportingMta: null,
    reportRecipient: null,
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
 * Picks the most telling status: a specific one beats a generic x.y.0 wrapper (and x.y.0 beats
 * x.0.0), as in a DSN
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
  // Failing a specific one, a subject (5.7.0, a policy) says more than none (5.0.0).
  const withSubject = first.endsWith('.0.0') ? fromText.find((code) => !code.endsWith('.0.0') && code[0] === first[0]) : undefined
  return specific ?? withSubject ?? first
}

/** The readable text around one report, read once and shared by its recipients. */
interface Reading {
  text: string
  /** `text` with ASCII letters lower-cased: the same offsets, for case-blind searches. */
  lower: string
  end: number
  replies: ErrorReply[]
  /** The first reply that names each address. */
  replyNaming: Map<string, ErrorReply>
  /** Whether the readable part names an SMTP command at all, once asked. */
  namesStage?: boolean
}

function recipientFromDsn(block: DsnRecipientBlock, reading: Reading, only: boolean): RecipientFacts {
  const { replies } = reading
  const get = (name: string): string | null => block.fields.get(name)?.value ?? null
  // An X.400 Final-Recipient ("x400; /C=GB/…") names no e-mail address: the Original-Recipient does.
  const candidates = [get('final-recipient'), get('original-recipient'), get('x-actual-recipient')]
  const address = candidates.map((raw) => (raw ? firstAddress(stripType(raw)) : null)).find((a) => a !== null) ?? null
  const diagField = block.fields.get('diagnostic-code') ?? block.fields.get('x-diagnostic-code')
  let diagnostic = diagField ? stripType(diagField.value).replace(/\s+/g, ' ') : null
  let diagnosticSpan: Span | null = diagField ? diagField.span : null
  if (!diagnostic || diagnostic.length < 4) {
    // No Diagnostic-Code: take the reply the readable part gives for this address.
    const reply =
      (address && reading.replyNaming.get(address)) ??
      (address ? reasonNextTo(reading, address) : null) ??
      (only ? replies[0] ?? transcript(reading) : undefined) ??
      null
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
    // Postfix and Exim name the command only in the readable part ("in reply to end of DATA").
    stage: (diagnostic ? findStage(diagnostic) : null) ?? (address ? readableStage(reading, address) : null),
    contextSpan: { ...block.span },
  }
}

/** Words without which no stage is named ("in reply to RCPT TO command", "after end of data"). */
const STAGE_WORDS = /in reply to|after (?:pipelined )?(?:rcpt|mail|end|data|initial|helo|ehlo)|in greeting|refused to talk to me/

/**
 * The SMTP stage the readable part gives for an address: in the reply that names it, or in the
 * paragraph that starts with it (Postfix's "<a@b>: host … said: … (in reply to RCPT TO command)") —
 * not in a line that only mentions it, such as another recipient's "(expanded from <a@b>)".
 */
function readableStage(reading: Reading, address: string): SmtpStage | null {
  const reply = reading.replyNaming.get(address)
  const named = reply ? findStage(reply.text) : null
  if (named) return named
  // Only a report whose readable part names a command at all (most name none) is searched.
  reading.namesStage ??= STAGE_WORDS.test(reading.lower.slice(0, reading.end))
  if (!reading.namesStage) return null
  for (const { lineStart, lineEnd, at } of mentionLines(reading, address)) {
    const lead = reading.text.slice(lineStart, at).trim()
    if (lead !== '' && lead !== '<') continue
    return findStage(reading.text.slice(lineStart, continuedTo(reading.text, lineStart, lineEnd, reading.end)))
  }
  return null
}

/** A recipient whose address was found late: its reason is looked for next to the address too. */
function withAddress(recipient: RecipientFacts, address: string, reading: Reading): RecipientFacts {
  if (recipient.diagnostic) return { ...recipient, address }
  const reply = reading.replyNaming.get(address) ?? reasonNextTo(reading, address)
  if (!reply) return { ...recipient, address }
  return {
    ...recipient,
    address,
    diagnostic: reply.text,
    diagnosticSpan: reply.span,
    replyCode: findReplyCode(reply.text)?.code ?? null,
    status: recipient.status ?? findStatus(reply.text)?.code ?? null,
    stage: recipient.stage ?? findStage(reply.text),
  }
}

/** Sendmail's transcript of the session, when its lines carry no reply code ("a... Deferred: …"). */
function transcript(reading: Reading): ErrorReply | null {
  const banner = /transcript of (?:the )?session follows/i.exec(reading.text.slice(0, reading.end))
  return banner ? wordsAfter(reading.text, banner.index, reading.end) : null
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
 * Where a reason that starts on a line ends: past the lines under it that are indented deeper
 * than it and continue it (Postfix wraps a long "<a@b>: …" line with four spaces: "…: No route\n
 * to host"), at most 10, and never past `limit` (the next recipient's line, the report's end).
 * Another recipient's line, a banner or the start of the returned message ends it.
 */
function continuedTo(text: string, lineStart: number, lineEnd: number, limit: number): number {
  const indent = (line: string): number => line.length - line.trimStart().length
  const first = indent(text.slice(lineStart, lineEnd))
  let end = lineEnd
  for (let n = 0; n < 10 && end < limit && text.charCodeAt(end) === 0x0a; n++) {
    const next = text.indexOf('\n', end + 1)
    const stop = next < 0 || next > limit ? limit : next
    const line = text.slice(end + 1, stop)
    if (line.trim() === '' || indent(line) <= first || !/^[ \t]/.test(line)) break
    // A header field (capitalised: "Received:", not a wrapped "output: …") starts something else.
    const trimmed = line.trimStart()
    if (isAddressLine(line) || (HEADER_FIELD.test(trimmed) && /^[A-Z]/.test(trimmed)) || isOriginalMessageMarker(line) || /^\s*[-=*_|]{5,}/.test(line)) break
    if (RECIPIENT_LINES.some((pattern) => pattern.test(line))) break
    end = stop
  }
  return end
}

/**
 * The reason the readable part gives next to an address: the rest of its line ("a@b: Envelope
 * expired") or the lines under it.
 */
function reasonNextTo(reading: Reading, address: string): ErrorReply | null {
  const { text, end } = reading
  const lines = mentionLines(reading, address)
  const banner = reasonUnderBanner(reading, lines)
  if (banner) return banner
  for (const { lineStart, lineEnd, line, at } of lines) {
    // In a session transcript, the server's answer to the RCPT command for the address.
    if (RCPT_COMMAND.test(line)) {
      const answer = answerToRcpt(text, lineEnd, end)
      // (Accepted, message and all: no reason to give.)
      if (answer) return answer === 'accepted' ? null : answer
      continue
    }
    // Header fields that only list recipients (MDaemon's log quotes them: "…: *  To: a@b"), and a
    // delivery program's command line, are no reason.
    if (!/^\s*(?:[A-Za-z-]+-Recipients?|To|From|Subject)\s*:|:\s\*\s+(?:To|Cc|From)\s*:/i.test(line) && !PROGRAM_LINE.test(line)) {
      const rest = text.slice(at + address.length, lineEnd).replace(/^[>:\s]+/, '')
      if (rest.trim().length >= 4) {
        const start = lineEnd - rest.length
        const reasonEnd = continuedTo(text, lineStart, lineEnd, end)
        return { text: joinReply(text.slice(start, reasonEnd)), span: { start, end: reasonEnd } }
      }
      const under = wordsAfter(text, lineStart, end)
      if (under) return under
    }
  }
  return null
}

/** A session transcript's RCPT command (">>> RCPT TO:<a@b>", MDaemon's "--> RCPT To:<a@b>"). */
const RCPT_COMMAND = /(?:>>>|-->)\s*RCPT\s+TO\s*:/i
/** A server's line in a transcript ("<<< 550 …", MDaemon's "Mon 2024-… 14:03:22.817: <-- 550 …"), from its reply code. */
const SERVER_LINE = /^[^<\n]{0,60}(?:<<<|<--)[ \t]*([245]\d\d(?:[ -][^\n]*)?)$/

/**
 * The refusal the server's next lines give after a command that ends at `from`: a 4xx or 5xx reply,
 * 'accepted' for a 2xx one, null when another command comes first.
 */
function transcriptAnswer(text: string, from: number, end: number): ErrorReply | 'accepted' | null {
  let lineStart = from + 1
  for (let n = 0; n < 4 && lineStart < end; n++) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline < 0 || newline > end ? end : newline
    const line = text.slice(lineStart, lineEnd)
    const reply = SERVER_LINE.exec(line)
    if (reply?.[1]) {
      if (reply[1].startsWith('2')) return 'accepted'
      const start = lineEnd - reply[1].length
      return { text: joinReply(reply[1]), span: { start, end: lineEnd } }
    }
    if (/(?:>>>|-->)/.test(line)) return null
    lineStart = lineEnd + 1
  }
  return null
}

/** A transcript's DATA command, or the "." that ends the message. */
const DATA_COMMAND = /(?:>>>|-->)[ \t]*(?:DATA|\.)[ \t]*$/gim

/**
 * What a transcript says of the recipient of an RCPT command that ends at `from`: the server's
 * refusal of it, or of the message after DATA when it accepted the recipient; 'accepted' when
 * nothing was refused; null when no answer can be told.
 */
function answerToRcpt(text: string, from: number, end: number): ErrorReply | 'accepted' | null {
  const answer = transcriptAnswer(text, from, end)
  if (answer !== 'accepted') return answer
  DATA_COMMAND.lastIndex = from
  for (let m = DATA_COMMAND.exec(text); m && m.index < end; m = DATA_COMMAND.exec(text)) {
    const afterData = transcriptAnswer(text, m.index + m[0].length, end)
    if (afterData && afterData !== 'accepted') return afterData
  }
  return 'accepted'
}

interface MentionLine {
  lineStart: number
  lineEnd: number
  line: string
  at: number
}

/** The lines that mention an address in the report, in order. */
function mentionLines(reading: Reading, address: string): MentionLine[] {
  const { text, lower, end } = reading
  const lines: MentionLine[] = []
  for (let at = indexOfAddress(lower, address); at >= 0 && at < end && lines.length < MAX_MENTIONS; at = indexOfAddress(lower, address, at + address.length)) {
    // The line around the mention, looked for within a window (a megabyte-long line costs no more).
    const before = lower.slice(Math.max(0, at - LINE_WINDOW), at)
    const lineStart = at - before.length + before.lastIndexOf('\n') + 1
    const newline = lower.slice(at, at + LINE_WINDOW).indexOf('\n')
    const lineEnd = newline < 0 ? Math.min(end, at + LINE_WINDOW) : Math.min(end, at + newline)
    lines.push({ lineStart, lineEnd, line: text.slice(lineStart, lineEnd), at })
  }
  return lines
}

/**
 * Exim heads what a delivery program or the remote server said with a banner that names the
 * address ("------ pipe to |/usr/bin/x a@b ------"). The banner may wrap ("------ pipe to |/x" over
 * "generated by a@b ------"): the words under the line that ends with the dashes are the reason.
 */
function reasonUnderBanner(reading: Reading, lines: MentionLine[]): ErrorReply | null {
  const { text, end } = reading
  for (const { lineStart, line } of lines) {
    const previousStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : lineStart
    const opens = BANNER_OPENS.test(line) ? lineStart : BANNER_CLOSES.test(line) && BANNER_OPENS.test(text.slice(previousStart, lineStart)) ? previousStart : -1
    if (opens < 0) continue
    const close = BANNER_CLOSES.exec(text.slice(opens, Math.min(end, opens + 400)))
    const under = close ? wordsAfter(text, opens + close.index, end) : null
    if (under) return under
  }
  return null
}

/** The most mentions of one address looked at, and how far around a mention its line is looked for. */
const MAX_MENTIONS = 50
const LINE_WINDOW = 4000
const BANNER_OPENS = /^\s*-{4,} \S/
const BANNER_CLOSES = /\S -{4,}[ \t]*$/m
const PROGRAM_LINE = /^\s*(?:pipe to \||save to |\|\/)/i

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
      // Not Domino's "because:" line, nor a program's name ("vdelivermail: account is locked"):
      // header fields start with a capital.
      if (HEADER_FIELD.test(line) && /^[A-Z]/.test(line) && !/^because:/i.test(line)) break
      // The next recipient's line (Exim lists each failed address with its reason under it).
      if (isAddressLine(line)) break
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

const LEADS_TO_ADDRESS = /\b(?:deliver|delivering|delivered|delivery|sent|send|sending)\b.{0,40}\bto$/

/** The line that names an address, when it also says what went wrong ("Invalid userid: a@b"). */
function reasonOnLine(text: string, anchor: number, address: string, limit: number): ErrorReply | null {
  const lineEnd = text.indexOf('\n', anchor) < 0 ? text.length : text.indexOf('\n', anchor)
  const line = text.slice(anchor, lineEnd)
  const lower = asciiLower(line)
  if (!lower.includes(address)) return null
  const rest = lower.replace(address, ' ').replace(/[<>()[\]:;,."'*\s]+/g, ' ').trim()
  // (Nor a session log's "Wed 2024-03-20 08:15:29.611: *  To: a@b", MDaemon.)
  if (rest.split(' ').length < 2 || HEADER_FIELD.test(line) || /^(?:to|for|recipient|address|mailbox|on|generated by)\b/i.test(rest) || /:\s\*\s+To:/.test(line)) return null
  // A sentence that only leads to the address ("There was an error delivering your mail to <a@b>.")
  if (LEADS_TO_ADDRESS.test(rest)) return null
  const lead = line.length - line.trimStart().length
  const reasonEnd = continuedTo(text, anchor, lineEnd, limit)
  return { text: joinReply(text.slice(anchor, reasonEnd)), span: { start: anchor + lead, end: reasonEnd } }
}

/** Lotus Notes / Domino: the reason stands under a "Failure Reasons" banner, above the address. */
const FAILURE_REASONS_BANNER = /^[ \t]*[-=*]{3,}[ \t]*failure reasons?[ \t]*[-=*]{3,}[ \t]*$/im

function reasonAbove(text: string, anchor: number): ErrorReply | null {
  const above = text.slice(Math.max(0, anchor - 1000), anchor)
  const banner = FAILURE_REASONS_BANNER.exec(above)
  if (!banner) return null
  const from = anchor - above.length + banner.index + banner[0].length
  const words = text.slice(from, anchor)
  if (words.trim().length < 4 || isAddressLine(words)) return null
  const lead = words.length - words.trimStart().length
  return { text: joinReply(words), span: { start: from + lead, end: from + words.trimEnd().length } }
}

/** Exim's line above the failed addresses and their reasons. */
const EXIM_FAILED_LIST = /following address(?:\(es\)|es)? failed:[ \t]*$/m

/**
 * Where the body first names an address (not the X-Failed-Recipients header that lists it); for
 * an address it never names (a pipe or a file Exim delivered to), the line above the failed list.
 */
function mentionOutsideHeader(reading: Reading, address: string): number {
  let at = indexOfAddress(reading.lower, address)
  while (at >= 0 && at < reading.end) {
    const lineStart = reading.lower.lastIndexOf('\n', at) + 1
    if (!reading.lower.startsWith('x-failed-recipients:', lineStart)) return lineStart
    at = indexOfAddress(reading.lower, address, at + address.length)
  }
  const list = EXIM_FAILED_LIST.exec(reading.lower.slice(0, reading.end))
  return list ? reading.lower.lastIndexOf('\n', list.index) + 1 : 0
}

/** Words before an address that make it someone to write to, not the recipient that failed. */
const ADDRESS_TO_WRITE_TO = /(?:contact(?: us)?(?: at)?|e-?mail(?: us)?(?: at)?|write to|mail to|send (?:it |mail )?to|resend (?:it )?to|forward(?:ed)? to)\s{0,3}:?\s{0,3}<?$/i

/**
 * The recipient a lone reply names: its first address that is not the sender's ("<a@b>: Sender
 * address rejected"), a helpdesk to contact, or a new address to resend to.
 */
function recipientInReply(reply: string): string | null {
  const lower = asciiLower(reply)
  for (const address of findAddresses(reply, 20)) {
    const at = indexOfAddress(lower, address)
    if (at < 0) continue
    const before = lower.slice(Math.max(0, at - 40), at)
    const after = lower.slice(at + address.length, at + address.length + 40)
    if (ADDRESS_TO_WRITE_TO.test(before) || /^>?\s{0,3}(?::|\.\.\.)?\s{0,3}sender address/.test(after) || /\bsender\s{0,3}<?$/.test(before)) continue
    return address
  }
  return null
}

/** Reads the readable part of a report: its recipients and the remote server's replies. */
function readTextRecipients(reading: Reading, exclude: Set<string>, failed: string[]): RecipientFacts[] {
  const { text, end, replies } = reading
  let named = findTextRecipients(text, end, exclude, MAX_RECIPIENTS)
  // X-Failed-Recipients (Exim) lists the failed addresses: other addresses the text names (the
  // sender in "A message sent by <…>") are not recipients. It fills in when the text names nobody.
  const listed = new Set(failed.map((a) => a.toLowerCase()))
  if (listed.size > 0 && named.some((r) => listed.has(r.address))) named = named.filter((r) => listed.has(r.address))
  if (named.length === 0) {
    for (const address of listed) {
      if (named.length >= MAX_RECIPIENTS) break
      named.push({ address, anchor: mentionOutsideHeader(reading, address) })
    }
  }
  named.sort((a, b) => a.anchor - b.anchor)
  if (named.length === 0) {
    if (replies.length === 0) return []
    const reply = replies.find((r) => /^\s*(?:<<<\s*)?5/.test(r.text)) ?? replies[0] ?? null
    const inReply = reply ? recipientInReply(reply.text) : null
    return [recipientFromReply(inReply && !exclude.has(inReply) ? inReply : null, reply, { start: 0, end }, text)]
  }
  const namedAddresses = new Set(named.map((r) => r.address))
  // A session transcript's RCPT commands (">>> RCPT TO", "--> RCPT To"), if the report holds one.
  const hasTranscript = /(?:>>>|-->)[ \t]*rcpt/.test(reading.lower.slice(0, reading.end))
  // Each recipient's part of the report runs to the next recipient's line; both lists are in
  // text order, so one walk pairs them.
  let r = 0
  return named.map((recipient, index) => {
    let nextAnchor = end
    for (let k = index + 1; k < named.length; k++) {
      const anchor = named[k]?.anchor ?? end
      if (anchor > recipient.anchor) {
        nextAnchor = anchor
        break
      }
    }
    const context = { start: recipient.anchor, end: nextAnchor }
    while (r < replies.length && (replies[r]?.span.start ?? end) < context.start) r++
    const own: ErrorReply[] = []
    for (let k = r; k < replies.length; k++) {
      const reply = replies[k]
      if (!reply || reply.span.start >= context.end) break
      own.push(reply)
    }
    const naming = reading.replyNaming.get(recipient.address)
    // The remote server's own words in a transcript ("<<< 551 …") or a "(reason: …)" line come
    // before the reporting server's summary of them ("550 5.1.1 <a@b>... User unknown").
    // Only the nearest one above that summary, in the same exchange (no ">>>" command between),
    // naming no other recipient of the report.
    const quoted = own
      .filter((r) => /^\s*(?:<<<|\(reason:)/i.test(r.text) && (!naming || r.span.end <= naming.span.start))
      .filter((r) => !naming || !text.slice(r.span.end, naming.span.start).includes('>>>'))
      .filter((r) => findAddresses(r.text, 5).every((a) => a === recipient.address || !namedAddresses.has(a)))
      .at(-1)
    // A session transcript's "--> RCPT To:<a@b>" line: the server's answer under it.
    const command = hasTranscript ? mentionLines(reading, recipient.address).find((line) => RCPT_COMMAND.test(line.line)) : undefined
    const answer = command ? answerToRcpt(text, command.lineEnd, end) : null
    // Accepted, and the message too: delivered.
    if (answer === 'accepted') return { ...recipientFromReply(recipient.address, null, context, text), action: 'delivered' }
    const reply =
      quoted ??
      (naming && own.includes(naming) ? naming : undefined) ??
      own[0] ??
      naming ??
      answer ??
      (named.length === 1 ? replies[0] : undefined) ??
      null
    // No reply line: the words right under the address are the reason (qmail, Domino, Exim's
    // local failures), or those above it under Notes' "Failure Reasons".
    const words =
      reply ??
      reasonUnderBanner(reading, mentionLines(reading, recipient.address)) ??
      reasonOnLine(text, recipient.anchor, recipient.address, context.end) ??
      wordsAfter(text, recipient.anchor, context.end) ??
      reasonAbove(text, recipient.anchor)
    return recipientFromReply(recipient.address, words, named.length === 1 ? { start: 0, end } : context, text)
  })
}

/** The sender of a mail system's own reports. */
const MAIL_SYSTEM_SENDER = /mailer-daemon|postmaster|mail delivery/i
/** MDaemon signs its own reports, which say so in its own words. */
const MDAEMON_SENDER = /\bmdaemon@/i
const MDAEMON_REPORT = /had (?:permanent|temporary) fatal delivery errors|^-{3} Session Transcript -{3}$/im

/** Words that say a delivery failed, which a person's auto-reply does not use of itself. */
/** A success notice's own words (RFC 3464 "relayed" or "delivered", said in prose). */
const SUCCESS_WORDS =
  /delivery to these recipients or groups is complete|\b(?:has been|was|were) successfully (?:relayed|delivered)\b|\bdelivery to (?:the following|these) recipients? (?:was|has been) (?:successful|completed?)\b|\bwas delivered successfully\b/i
/** The subject of a spam or abuse complaint. */
const COMPLAINT_SUBJECT = /\b(?:spam|abuse) (?:report|complaint)\b|\bcomplaint about (?:a |your )?message\b|\[SpamCop\b/i

/**
 * A sending platform's notice that a recipient complained ("… marked the email "Sale" as spam",
 * "Spam complaint"), in its first lines: not a failed delivery, unless it also says the message
 * was refused or not sent (a bounce record, a drop of an earlier complainer).
 */
const COMPLAINT_NOTICE = /\bmarked (?:the|this|your) (?:e-?mail|message|newsletter|campaign)\b[^\n]{0,160}\bas spam\b|\bspam complaint\b/i
/**
 * A challenge-response system's request to confirm you are a person, recorded by a platform as a
 * soft bounce: an automatic reply, unless the text says the message was then discarded or refused
 * (or "challenge-response" names a login method).
 */
const CHALLENGE_REQUEST = /\bchallenge[- ]response\b/i
const CHALLENGE_REFUSED = /\b(?:discarded|rejected|refused|deleted|did not confirm|authentication|CRAM-MD5)\b/i
const NOT_SENT_WORDS = /\b(?:bounce[ds]?|rejected|refused|blocked|dropped|not sent|wasn't sent|suppress\w*|inactive|did not attempt)\b/i

/** Words of a failure that a success notice does not hold. */
const GAVE_UP_WORDS = /\b(?:failed|failure|rejected|refused|bounced|expired|giving up|gave up)\b/i
/** …nor words that a recipient was not reached. */
const NOT_REACHED_WORDS =
  /\b(?:did not reach|cannot be (?:reached|delivered)|could not be reached|(?:could not|couldn't|cannot) receive|not delivered|not completed|problem delivering|does not exist|doesn't exist|unknown|no such|not found|undeliverable|non[- ]?delivery|delayed|unavailable|denied|blocked|full|quota|suspended|disabled|inactive|timed? ?out)\b|\u5931\u6557|\u5931\u8d25|\uc2e4\ud328|\u00e9chec|fehlgeschlagen|non riuscit|falh|nie powiod|\u043d\u0435 \u0443\u0434\u0430\u043b\u043e\u0441\u044c/i

const FAILED_WORDS = /could not be delivered|couldn't be delivered|was not delivered|wasn't delivered|undeliverable|delivery (?:has )?failed|unable to deliver|the server (?:responded|replied)|remote (?:host|server) said/i

/** A report's words that a delivery failed, in English or another language it knows. */
const REPORT_FAILURE = new RegExp(
  `${FAILED_WORDS.source}|did not reach|cannot be reached|does not exist|permanent(?:ly)? (?:error|fatal)|fatal errors?|giv(?:ing|en) up|gave up|failed permanently|(?:wasn't|was not|not) able to deliver|${LOCAL_FAILURE_WORDS.source}`,
  'i',
)

/**
 * A server's diagnosis of a failed delivery, which no auto-reply holds: a connection or lookup
 * failure, an unknown user, a reply code with its status, a refusal in a session transcript (on
 * an unquoted line; MDaemon starts its lines with the time).
 */
const SERVER_DIAGNOSTIC = /connection (?:timed out|refused)|host not found|no such (?:user|host|domain)|user unknown|\b[45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b|^[ \t]*(?:\w{3} \d{4}-\d\d-\d\d [\d:.]{8,12}: )?(?:<<<|<--) ?[45]\d\d\b/im

/**
 * Whether a message is a mail system's own report: from its mailer daemon, in a server report's
 * format, with a server's diagnosis or a report's words of failure (in any language it knows); or
 * from MDaemon, in MDaemon's words.
 */
function mailSystemReport(from: string, dialect: Dialect, head: string): boolean {
  return (
    (MAIL_SYSTEM_SENDER.test(from) && (SERVER_REPORT_DIALECTS.has(dialect) || SERVER_DIAGNOSTIC.test(withoutHeaderLines(head)) || LOCAL_FAILURE_WORDS.test(unquotedLines(withoutHeaderLines(head)).replace(SUBJECT_NOUNS, '')))) ||
    (MDAEMON_SENDER.test(from) && MDAEMON_REPORT.test(head))
  )
}

/** The lines of a text that are not quoted ("> …"). */
function unquotedLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^[ \t]{0,3}>/.test(line))
    .join('\n')
}

/** The text without the header lines at its start ("From: Mail Delivery System" says nothing of a failure). */
function withoutHeaderLines(text: string): string {
  return text.replace(/^(?:Subject|From|To|Date|X-Failed-Recipients):[^\n]*$/gim, '')
}

/** Report formats told by a mail server's own boilerplate. */
const SERVER_REPORT_DIALECTS = new Set<Dialect>(['postfix', 'qmail', 'exim', 'sendmail', 'opensmtpd', 'courier'])

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
  try {
    const unwrapped = unwrapSnsMessage(text)
    return readFacts(mime?.autoReply ? unwrapped : unquoteBounce(unwrapped), prepared.kind, mime, notes)
  } catch {
    // Never throw on pasted text: say it could not be read instead.
    return emptyFacts(prepared.kind, text, [...notes, 'This text could not be read as a bounce.'])
  }
}

/** The most recipients read from one report; a mailing-list report may name thousands. */
export const MAX_RECIPIENTS = 200

/** A reply code with its enhanced status ("550 5.7.520"), anywhere in a line. */
const CODE_PAIR = /\b[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b/

/**
 * In a short text with no reply line, a reply code and status in the middle of a sentence (a
 * translated notice that ends "… 550 5.7.520 AS(7555)") still gives the reply: that line.
 */
function looseReply(text: string, end: number): ErrorReply[] {
  if (end > 4000) return []
  const m = CODE_PAIR.exec(text.slice(0, end))
  if (!m) return []
  const start = text.lastIndexOf('\n', m.index) + 1
  const newline = text.indexOf('\n', m.index)
  const stop = newline < 0 || newline > end ? end : newline
  return [{ text: text.slice(start, stop).trim(), span: { start, end: stop } }]
}

/** The first reply that names each address, in one pass over the replies. */
function repliesByAddress(text: string, replies: ErrorReply[]): Map<string, ErrorReply> {
  const naming = new Map<string, ErrorReply>()
  for (const reply of replies) {
    for (const address of findAddresses(reply.text, 20)) if (!naming.has(address)) naming.set(address, reply)
  }
  // A reply under a line that holds only an address (Exchange's "Diagnostic information for
  // administrators": the address, then "Remote Server returned '…'" or "#550 … ##").
  for (const reply of replies) {
    const lineStart = text.lastIndexOf('\n', reply.span.start - 1) + 1
    const above = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, Math.max(0, lineStart - 1))
    if (!isAddressLine(above)) continue
    const address = findAddresses(above, 1)[0]
    if (address && !naming.has(address)) naming.set(address, reply)
  }
  return naming
}

/** The analysis of prepared text; the part of parseBounce that needs no MIME parser. */
function readFacts(text: string, kind: BounceFacts['kind'], mime: MimeReading | null, notes: string[]): BounceFacts {
  const end = reportEnd(text)
  const dsn = readDsnFields(text)
  const exclude = new Set<string>()
  if (mime?.from) exclude.add(mime.from.toLowerCase())
  const fromLine = text.slice(0, 2000).split('\n').find((line) => line.startsWith('From:'))
  const headerFrom = fromLine ? firstAddress(fromLine) : null
  if (headerFrom && MAIL_SYSTEM_SENDER.test(text.slice(0, 2000))) exclude.add(headerFrom.toLowerCase())

  const found = findErrorReplies(text, 0, end)
  const replies = found.length > 0 ? found : looseReply(text, end)
  const reading: Reading = { text, lower: asciiLower(text), end, replies, replyNaming: repliesByAddress(text, replies) }
  // A sending service's notification (SES) or event records pasted as JSON.
  const ses = readSesNotification(text)
  const serviceEvents = ses ? null : readEventJson(text)
  const events = ses ?? serviceEvents
  let recipients: RecipientFacts[] = []
  if (events && events.recipients.length > 0) {
    recipients = events.recipients
  } else if (dsn && dsn.recipients.length > 0) {
    recipients = dsn.recipients.slice(0, MAX_RECIPIENTS).map((block) => recipientFromDsn(block, reading, dsn.recipients.length === 1))
    // A lone Final-Recipient that holds no address ("rfc822; @mx.example.org"): the one address the
    // readable part names.
    const lone = recipients.length === 1 ? recipients[0] : undefined
    const named = lone && lone.address === null ? findTextRecipients(text, end, exclude, 2) : []
    if (lone && named.length === 1 && named[0]) recipients[0] = withAddress(lone, named[0].address, reading)
  } else {
    recipients = readTextRecipients(reading, exclude, mime?.failedRecipients ?? [])
  }
  const named = dsn?.recipients.length ?? 0
  if (named > MAX_RECIPIENTS || recipients.length >= MAX_RECIPIENTS) {
    notes.push(`The report names more than ${MAX_RECIPIENTS} recipients; only the first ${MAX_RECIPIENTS} were diagnosed.`)
  }
  recipients = recipients.slice(0, MAX_RECIPIENTS)
  // A report that names no recipient (an MMS gateway's "No valid recipients", a Sendmail transcript
  // with only the host): the returned copy's one addressee is who it failed for.
  // The report's first 100 000 characters, where its wording is looked for.
  const reportHead = text.slice(0, Math.min(end, 100_000))
  // A platform's complaint notice, pasted as text: no reply, no delivery-status block, no failure in words.
  const complaintNotice =
    kind === 'text' &&
    replies.length === 0 &&
    (dsn === null || dsn.recipients.length === 0) &&
    COMPLAINT_NOTICE.test(reportHead.slice(0, 1000)) &&
    !REPORT_FAILURE.test(reportHead) &&
    !NOT_SENT_WORDS.test(reportHead)
  const feedbackReport =
    events?.type === 'complaint' ||
    complaintNotice ||
    (mime?.feedbackReport ?? /^Feedback-Type:\s*\S+/im.test(text.slice(0, 50_000))) ||
    // A complaint sent as plain mail (an abuse desk's "Spam report", SpamCop, an old JMRP "complaint
    // about message from …"): not a report of a delivery, which it would hold.
    (COMPLAINT_SUBJECT.test(mime?.subject ?? /^Subject:[ \t]*(.{1,300})$/m.exec(text.slice(0, Math.min(end, 4000)))?.[1] ?? '') &&
      replies.length === 0 &&
      (dsn === null || dsn.recipients.length === 0) &&
      // (An abuse desk may write from postmaster@; a bounce comes from the mailer daemon.)
      !/mailer-daemon|mail delivery/i.test(fromLine ?? '') &&
      !REPORT_FAILURE.test(reportHead))
  if (!events && !feedbackReport && recipients.every((r) => r.address === null) && recipients.length <= 1) {
    // Not the report's own addressee: that is the sender (a message sent to oneself with Bcc).
    const copied = (mime ? mime.copyRecipients() : copyRecipients(text.slice(end))).filter((a) => !exclude.has(a) && a !== mime?.to)
    const only = copied.length === 1 ? copied[0] : undefined
    if (only && recipients[0]) recipients[0] = withAddress(recipients[0], only, reading)
    else if (only && recipients.length === 0 && replies.length === 0 && BOUNCE_WORDS.test(reportHead)) {
      recipients = [recipientFromReply(only, null, { start: 0, end }, text)]
    }
  }

  const hosts = findHosts(text, end, reading.lower)
  const reportingDsn = dsn?.message.get('reporting-mta')?.value
  for (const r of recipients) if (!r.remoteMta && hosts.remote) r.remoteMta = hosts.remote
  // The readable part of a success notice, pasted without its DSN fields ("Your message has been
  // successfully relayed to the following recipients"): the recipients it names were reached.
  const success = (dsn === null || dsn.recipients.length === 0) && replies.length === 0 && !events ? SUCCESS_WORDS.exec(reportHead) : null
  // (Its subject, "Relayed: Quota full warning", is the message's own.)
  const successBody = success ? withoutHeaderLines(reportHead) : ''
  if (success && ![FAILED_WORDS, GAVE_UP_WORDS, NOT_REACHED_WORDS, LOCAL_FAILURE_WORDS].some((words) => words.test(successBody))) {
    const action = /relayed/i.test(success[0]) ? 'relayed' : 'delivered'
    // Not when a recipient's own line reads as a failure (a 4xx/5xx reply or words of one);
    // Postfix's "<a@b>: delivery via …: 250 2.0.0 Ok" is a success's own line.
    const failed = (d: string | null): boolean =>
      d !== null && (/\b[45]\d\d\b|\b(?:error|invalid|could not|couldn't|cannot|not accepted)\b/i.test(d) || NOT_REACHED_WORDS.test(d) || GAVE_UP_WORDS.test(d))
    if (!recipients.some((r) => failed(r.diagnostic))) for (const r of recipients) if (r.action === null) r.action = action
  }
  const subject = mime?.subject ?? /^Subject:[ \t]*(.{1,300})$/m.exec(text.slice(0, 4000))?.[1]?.trim() ?? null
  const looksLikeBounce =
    Boolean(mime?.deliveryReport) ||
    (dsn !== null && dsn.recipients.length > 0) ||
    events?.type === 'bounce' ||
    events?.type === 'delay' ||
    replies.length > 0 ||
    (mime?.failedRecipients.length ?? 0) > 0 ||
    BOUNCE_WORDS.test(reportHead)

  const dialect: Dialect = serviceEvents ? 'service-event' : findDialect(text, end, dsn !== null)
  return {
    kind,
    text,
    dialect,
    reportingMta: reportingDsn ? stripType(reportingDsn) : hosts.reporting,
    reportRecipient: mime?.to ?? null,
    subject,
    // Exim marks its own bounces and delay warnings auto-replied: an auto-reply is one that reports
    // no failure and is not a mail system's own report (from its mailer daemon, in its wording).
    autoReply:
      events?.type === 'auto-reply' ||
      (kind === 'text' && replies.length === 0 && CHALLENGE_REQUEST.test(reportHead) && !CHALLENGE_REFUSED.test(reportHead) && !REPORT_FAILURE.test(reportHead)) ||
      (Boolean(mime?.autoReply) &&
      // (A person's reply that quotes an old bounce, "> 550 …", and says no delivery failed, still
      // reports no failure of its own.)
      (replies.length === 0 || (!FAILED_WORDS.test(unquotedLines(withoutHeaderLines(reportHead))) && replies.every((reply) => QUOTE_MARK.test(text.slice(text.lastIndexOf('\n', reply.span.start - 1) + 1, reply.span.start + 2))))) &&
      dsn === null &&
      (mime?.failedRecipients.length ?? 0) === 0 &&
      !mailSystemReport(fromLine ?? '', dialect, reportHead)),
    feedbackReport,
    // An SES delivery notification reports success.
    looksLikeBounce: looksLikeBounce && events?.type !== 'delivery' && events?.type !== 'auto-reply',
    reportEnd: end,
    recipients,
    notes,
  }
}

