import { splitLines, type Line } from './lines'
import { findReplyCode, findStatus } from './smtp-codes'
import type { Dialect, Span } from './types'

import { ADDRESS_TOKEN, asciiLower, cleanAddress, findAddresses } from './addresses'

/** A banner line ("------ Original message ------") that starts the copy of the original message. */
const BANNER_START = /^\s*[-=_*|]{2}/
const BANNER_WORDS =
  /original message|returned message|unsent message|copy of (?:the |your )?message|message follows|headers? (?:of|from) (?:the |your )?original|returned mail follows|original mail|message headers follow|included message|message text follows/i
/** Lines that start the copy of the original message without a banner. */
const PLAIN_MARKER =
  /^\s*(?:\[ Offending message \]|Below this line is a copy of the message|Original message headers:|Content-Type: message\/rfc822|Content-Type: text\/rfc822-headers)/i
/**
 * "The original message was:" alone on its line (not "The original message was received at …"),
 * and the DragonFly Mail Agent's "Original message follows." or "Message headers follow."
 */
const ORIGINAL_FOLLOWS = /^(?:The (?:original|returned) message (?:headers )?(?:was|were|follows?):?|(?:original|returned|unsent) message:|(?:Original message|Message headers) follows?\.?)$/i

/** The first characters, after white space, that any marker above starts with. */
const MARKER_STARTS = '-=_*|BbOoCcTtRrUuMm['

export function isOriginalMessageMarker(line: string): boolean {
  if (line.length > 300 || !MARKER_STARTS.includes(line.trimStart().charAt(0) || ' ')) return false
  return (BANNER_START.test(line) && BANNER_WORDS.test(line)) || PLAIN_MARKER.test(line) || ORIGINAL_FOLLOWS.test(line.trim())
}

/** A recipient named by a readable report, with where it was named. */
export interface TextRecipient {
  address: string
  /** Offset of the line that names it. */
  anchor: number
}

/** An error reply found in the readable text: the reply line and its continuations. */
export interface ErrorReply {
  text: string
  span: Span
}

/** Where the report ends and the copy of the original message starts. */
export function reportEnd(text: string): number {
  const lines = splitLines(text)
  // A banner below a server's reply is not a person's forward; below a report's words, only one
  // with a mailer daemon's From under it is. What stands above is read once, and only as far as a
  // banner asks.
  const above = { reply: false, report: false, read: 0 }
  const readAbove = (banner: number): typeof above => {
    for (; above.read < banner && !(above.reply && above.report); above.read++) {
      const line = (lines[above.read] as (typeof lines)[number]).text
      if (!above.reply) above.reply = SERVER_REPLY.test(line)
      if (!above.report) above.report = REPORT_WORDING.test(line)
    }
    return above
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as (typeof lines)[number]
    if (isOriginalMessageMarker(line.text) && !forwardsBounce(lines, i, readAbove)) return line.start
  }
  return text.length
}

/** A person's forward or reply banner ("-------- Original Message --------"), not a report's own marker. */
export const FORWARD_BANNER =
  /original message|forwarded message|ursprüngliche nachricht|weitergeleitete nachricht|message d'origine|message transféré|mensaje original|mensaje reenviado|messaggio originale|messaggio inoltrato/i

/** A reply code with its status, or a server's words, that only a bounce holds (as a forwarded or quoted bounce carries them). */
export const SERVER_REPLY = /\b[45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b|remote (?:host|server) (?:said|returned)|diagnostic-code:/i

/** A report's own words below a forward banner: a server's reply, or how Exim and Exchange list failures. */
const FORWARDED_REPLY = new RegExp(`${SERVER_REPLY.source}|smtp error from remote|\\bsaid:\\s*[45]\\d\\d\\b|delivery has failed to these recipients|following address(?:\\(es\\)|es)? failed`, 'i')

/** The sender of a report: a mailer daemon, or Exchange's "Microsoft Outlook" / "System Administrator". */
export const REPORT_SENDER = /mailer-daemon|postmaster|mail delivery|microsoft ?outlook|microsoftexchange|system administrator/i
/** The forwarded report's From line. */
const REPORT_FROM = new RegExp(`^From:.*(?:${REPORT_SENDER.source})`, 'i')
/** A bounce's Subject, as a forward of a forward shows it ("FW: Undeliverable: …"). */
const REPORT_SUBJECT = /^Subject:.*(?:undeliverable|undelivered mail|delivery status notification \(failure\)|mail delivery failed|failure notice|returned mail|non-?delivery)/i
/**
 * A report's own wording, or a server's reply: above a banner it makes the banner the start of the
 * returned copy, not a forward; in a note above a forwarded report, it is the person quoting it.
 */
export const REPORT_WORDING =
  /\b[45]\d\d\b|\b[45]\.\d{1,3}\.\d{1,3}\b|mail system|unknown user|user unknown|no such (?:user|mailbox)|not (?:found|listed)\b|undeliverable|could not be delivered|delivery (?:status notification|failure|has failed|failed)|permanent(?:ly)? (?:error|fail)|diagnostic/i

/**
 * True when a person's forward banner ("-------- Original Message --------") starts a bounce they
 * forwarded — a mailer daemon's From within 8 lines (or, with no report's words above, a bounce's
 * Subject: a forward of a forward), a server's reply within 60 (the caller checks that no reply
 * stands above it): the bounce is below the banner, not the returned copy.
 */
function forwardsBounce(lines: ReadonlyArray<{ text: string }>, banner: number, readAbove: (banner: number) => { reply: boolean; report: boolean }): boolean {
  if (!FORWARD_BANNER.test((lines[banner] as { text: string }).text) || /^\s*(?:below this line|original message headers)/i.test((lines[banner] as { text: string }).text)) return false
  const unquote = (i: number): string => (lines[i] as { text: string }).text.replace(/^[ \t]*(?:> ?)*/, '')
  let fromDaemon = false
  for (let i = banner + 1; i < lines.length && i <= banner + 8 && !fromDaemon; i++) {
    fromDaemon = REPORT_FROM.test(unquote(i)) || (REPORT_SUBJECT.test(unquote(i)) && !readAbove(banner).report)
  }
  if (!fromDaemon) return false
  let reply = false
  for (let i = banner + 1; i < lines.length && i <= banner + 60 && !reply; i++) reply = FORWARDED_REPLY.test(unquote(i))
  return reply && !readAbove(banner).reply
}

/**
 * The addresses the returned copy of the message was sent to: the To and Cc fields of its first
 * header block (after the banner or marker that starts it).
 */
export function copyRecipients(copy: string): string[] {
  const found: string[] = []
  const senders: string[] = []
  let inHeaders = false
  let field: string | null = null
  for (const line of copy.slice(0, 16_000).split('\n').slice(0, 200)) {
    if (line.trim() === '') {
      if (inHeaders) break
      continue
    }
    const name = /^([A-Za-z][A-Za-z0-9-]{0,40}):/.exec(line)?.[1]?.toLowerCase()
    if (name) {
      inHeaders = true
      field = name
    } else if (!inHeaders || !/^[ \t]/.test(line)) {
      // The banner or marker line, or prose before the copy.
      if (inHeaders) break
      continue
    }
    const value = name ? line.slice(line.indexOf(':') + 1) : line
    if (field === 'to' || field === 'cc') found.push(...findAddresses(value, 20))
    if (field === 'from') {
      // A bounce forwarded inside the text: its addressee is the sender, not a recipient.
      if (/mailer-daemon|postmaster|mail delivery/i.test(value)) return []
      senders.push(...findAddresses(value, 5))
    }
  }
  return [...new Set(found)].filter((address) => !senders.includes(address))
}

export const RECIPIENT_LINES: RegExp[] = [
  // qmail, Postfix, OpenSMTPD, Yahoo: "<a@b>:" or "a@b: …" at the start of a line
  new RegExp(`^\\s{0,8}<(${ADDRESS_TOKEN})>\\s*:`),
  new RegExp(`^\\s{0,8}(${ADDRESS_TOKEN})\\s*:\\s`),
  new RegExp(`^\\s{0,8}(${ADDRESS_TOKEN}):?\\s*$`),
  // Exchange: "a@b (a@b)" or "a@b<mailto:a@b>"; Sendmail: "<a@b>... User unknown"
  new RegExp(`^\\s{0,8}<?(${ADDRESS_TOKEN})>?\\s*(?:\\((?!in reply to)|<mailto:|\\.\\.\\.|\\[)`, 'i'),
  new RegExp(`^\\s{0,8}<(${ADDRESS_TOKEN})>\\s*$`),
  // GMX and WEB.DE: the address in quotes, then a colon, alone on its line
  new RegExp(`^\\s{0,8}"(${ADDRESS_TOKEN})"\\s*:\\s*$`),
  // Exim: the address a pipe or file delivery belonged to ("    generated by a@b", under "pipe to |/cmd")
  new RegExp(`^\\s{0,12}generated by <?(${ADDRESS_TOKEN})>?(?:\\s+-{4,})?\\s*$`),
  // A list item or Sendmail-style marker: "   * a@b", ">>> a@b <a@b>"
  new RegExp(`^\\s{0,8}(?:[*\u2022\u00b7-]|>>>)\\s{1,4}<?(${ADDRESS_TOKEN})>?(?:\\s+<[^<>\\s]{3,320}>)?:?\\s*$`),
  // Sendmail's summary lines: "550 <a@b>... User unknown"
  new RegExp(`^\\s{0,8}[245]\\d\\d\\s+(?:[245]\\.\\d{1,3}\\.\\d{1,3}\\s+)?<(${ADDRESS_TOKEN})>\\.\\.\\.`),
  // Transcripts: ">>> RCPT TO:<a@b>", Exim "after RCPT TO:<a@b>", MDaemon "--> RCPT To:<a@b>"
  new RegExp(`(?:>>>\\s*|-->\\s*|after\\s+)RCPT\\s+TO:?\\s*<(${ADDRESS_TOKEN})>`, 'i'),
  // MDaemon's session log names the message's recipient: "Wed 2024-03-20 08:15:29.611: *  To: a@b"
  new RegExp(`^\\s*\\w{3} \\d{4}-\\d\\d-\\d\\d [\\d:.]{8,12}: \\*\\s+To:\\s*<?(${ADDRESS_TOKEN})>?\\s*$`),
  // Exchange 2003: "a@b on 3/4/2024 10:12 AM"; Mimecast: "The following message to <a@b> was undeliverable"
  new RegExp(`^\\s{0,12}(${ADDRESS_TOKEN})\\s+on\\s+(?:\\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},?\\s)`),
  // IMail and others: the reason in a few words, then the address alone ("Unknown user: a@b",
  // "Delivery failed 20 attempts: a@b"); not a header-like label ("Sent to: a@b")
  new RegExp(
    `^\\s{0,8}(?!(?:to|from|sent|sender|recipient|return|reply|cc|bcc|original|final|envelope|delivered|for|on|by|the|mail|e-?mail|message|subject|date|created|notification)\\b)[A-Za-z][A-Za-z0-9]{0,30}(?: [A-Za-z0-9]{1,30}){1,7}:\\s*<?(${ADDRESS_TOKEN})>?\\s*$`,
    'i',
  ),
  new RegExp(`(?:message|mail)\\s+to\\s+<?(${ADDRESS_TOKEN})>?\\s+(?:was|could|has)`, 'i'),
  // Japanese carriers' and ISPs' notices: "宛先：a@b" (also with a full-width colon and full-width spaces)
  new RegExp(`^\\s{0,8}(?:宛先|送信先|受信者)\\s{0,8}[:：]\\s{0,8}<?(${ADDRESS_TOKEN})>?\\s*$`),
  // A sending service's table: "Recipient  a@b", "Failed recipient: a@b" alone on its line
  new RegExp(`^[ \\t]{0,2}(?:(?:Failed|Intended)\\s+[Rr]ecipient|Recipient)(?:\\s+[Aa]ddress)?(?:\\s*:\\s*|\\s{1,8})<?(${ADDRESS_TOKEN})>?\\s*$`),
  // The same in French, German and Spanish reports: "n'a pas été distribué à a@b", "… an a@b zugestellt werden"
  new RegExp(`(?:distribu\u00e9 \u00e0|remis \u00e0|envoy\u00e9 \u00e0|zugestellt werden an|Empf\u00e4nger:|entregar(?: el mensaje)? a|entregado a) {0,3}<?(${ADDRESS_TOKEN})`, 'i'),
  // Gmail and others in prose: "wasn't delivered to a@b", "delivery to a@b failed"
  // (Not "successfully delivered to a@b", unless "not (be) successfully": that one was reached.)
  new RegExp(`(?<!(?<!(?:\\bnot|n't) (?:be |been )?)successfully )(?:delivered|deliver|delivering|delivery|sent|relayed)(?:\\s+(?:the|your|this))?(?:\\s+(?:message|mail|e-?mail))?\\s+to:?\\s+(?:the following recipients?:?\\s+)?<?(${ADDRESS_TOKEN})>?`, 'i'),
  new RegExp(`(?:recipient|address|mailbox|user|mailing list)(?: address)?(?: is|:)? {0,3}<(${ADDRESS_TOKEN})>`, 'i'),
  new RegExp(`^\\s*(?:Recipient|Recipient address|Original-Recipient|Final-Recipient|Failed recipient|Address)s?\\s*:\\s*(?:rfc822;\\s*)?<?(${ADDRESS_TOKEN})>?`, 'i'),
]

/**
 * A gateway's indented summary of the refused message (MailMarshal: "   To:      a@b"). Exchange
 * 2003 writes the same summary above its own list of failed recipients, so it only counts when
 * the report names nobody else.
 */
const SUMMARY_TO = new RegExp(`^\\s{2,8}To:\\s{1,12}<?(${ADDRESS_TOKEN})>?\\s*$`)

/**
 * A status X.1.7 or X.1.8 (RFC 3463: the sender's address) right before an address, as in
 * Sendmail's "553 5.1.8 <root@host>... Domain of sender address …" or a reply wrapped after its
 * status: that address is the sender's. (Not the digits of an IP address, 10.5.1.8.)
 */
const SENDER_STATUS_BEFORE = /(?<![\d.])[45]\.1\.[78]\s{1,12}<?$/
/** A status about the sender's address anywhere on a line, and the word "sender" right before an address. */
const SENDER_STATUS = /(?<![\d.])[45]\.1\.[78]\b/
const SENDER_WORD_BEFORE = /\bsender(?:'s)?(?: e-?mail)?(?: address)?(?: is)?\s{1,4}<?$/i
/** The header block a mail program shows above a copied message: its "To:" line names the reader. */
const JAPANESE_RECIPIENT_LINE = /^\s*(?:\u5b9b\u5148|\u9001\u4fe1\u5148|\u53d7\u4fe1\u8005)\s*[:\uff1a]/
const JAPANESE_FROM_LINE = /^\s*\u5dee\u51fa\u4eba\s*[:\uff1a]/

/**
 * True when a "差出人:" (From) line naming a mail system stands within the three lines around line `i`,
 * none of them blank: the header block of a copied or forwarded bounce. (A report's own summary of
 * the failed message names its sender there, the person the report goes to.)
 */
function inJapaneseHeaderBlock(lines: readonly Line[], i: number): boolean {
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < lines.length && Math.abs(j - i) <= 3; j += step) {
      const text = lines[j]?.text ?? ''
      if (text.trim() === '') break
      if (JAPANESE_FROM_LINE.test(text)) return /mailer-daemon|postmaster|mail delivery/i.test(text)
    }
  }
  return false
}

/** The recipients a readable report names, in order, each once. */
export function findTextRecipients(text: string, end: number, exclude: Set<string>, limit = Infinity): TextRecipient[] {
  const found = new Map<string, TextRecipient>()
  let summary: TextRecipient | null = null
  const lines = splitLines(text, 0, end)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line
    const above = lines[i - 1]?.text ?? ''
    if (found.size >= limit) break
    if (line.text.length > 20_000 || !line.text.includes('@')) continue
    const summarised: string | undefined = summary ? undefined : SUMMARY_TO.exec(line.text)?.[1]
    const summaryAddress: string | null = summarised ? cleanAddress(summarised) : null
    if (summaryAddress && !exclude.has(summaryAddress)) summary = { address: summaryAddress, anchor: line.start }
    if (/^(?:From|Reply-To|Return-Path|Sender|Message-ID|In-Reply-To|References|Subject|Date)\s*:/i.test(line.text)) continue
    // "宛先:" in a block of header lines with "差出人:" (From), as a Japanese mail program shows a copied
    // or forwarded message, is its To line: the reader's address. (A report's own summary of the
    // failed message lists 件名 and 宛先 without 差出人: there "宛先" is its recipient.)
    if (JAPANESE_RECIPIENT_LINE.test(line.text) && inJapaneseHeaderBlock(lines, i)) continue
    const aboutSender = SENDER_STATUS.test(line.text)
    for (const pattern of RECIPIENT_LINES) {
      const m = pattern.exec(line.text)
      const address = m?.[1] ? cleanAddress(m[1]) : null
      if (!m || !address || exclude.has(address) || found.has(address)) continue
      const lead = line.text.slice(Math.max(0, m.index + m[0].indexOf(m[1] ?? '') - 40), m.index + m[0].indexOf(m[1] ?? ''))
      if (SENDER_STATUS_BEFORE.test(lead) || (lead.trim().replace(/^</, '') === '' && SENDER_STATUS_BEFORE.test(`${above.slice(-40)} `))) continue
      if (aboutSender && SENDER_WORD_BEFORE.test(lead)) continue
      if (/^(?:mailer-daemon|postmaster)@/.test(address) && found.size > 0) continue
      found.set(address, { address, anchor: line.start })
    }
  }
  if (found.size === 0 && summary) return [summary]
  return [...found.values()]
}


/** Words that, right before a line's closing ":", introduce the remote server's words below. */
const INTRODUCER_END =
  /(?:remote host said|said|the response (?:from the remote server )?was|the error that the other server returned was|remote server returned|server replied|reason|diagnostic[- ]code|error|response|message)[ \t]{0,3}:$/i
/** An introducer of the remote server's own answer, which may stand a blank line above it. */
const ANSWER_INTRODUCER = /\b(?:response|returned|said|replied|answered)\b[^:]{0,60}:\s*$/i
const SMTP_ERROR_AFTER = /smtp error from remote (?:mail(?:er)? )?(?:server )?after/i
const HOST_SAID = /\bhost \S{1,255} \[[^\]\s]{1,60}\]:$/i

function isIntroducer(line: string): boolean {
  const tail = line.trimEnd().slice(-120)
  if (!tail.endsWith(':')) return false
  return INTRODUCER_END.test(tail) || HOST_SAID.test(tail) || SMTP_ERROR_AFTER.test(line.slice(0, 400))
}

const REPLY_LINE =
  /(?:^[\s>"'(<#*-]{0,8}|[:=]\s{0,4}['"([]?|\b(?:said|returned|was|answered|response|replied|error|reason|failed|code)\s{1,4}['"(]?)#?(?:[45]\d\d\b|[45]\.\d{1,3}\.\d{1,3}\b)/i
const TRANSCRIPT_REPLY = /^\s*<<<\s*([45]\d\d)/

/** DSN fields other than Diagnostic-Code carry codes but are not the server's words. */
const DSN_FIELD_LINE = /^\s*(?:Status|Action|Final-Recipient|Original-Recipient|Remote-MTA|Reporting-MTA|Last-Attempt-Date|Arrival-Date|Will-Retry-Until|X-[A-Za-z-]+|Received|Date|Message-ID)\s*:/i

function isReplyLine(line: string): boolean {
  // Every reply code and status such a line needs holds a 4 or a 5.
  if (line.length > 20_000 || (!line.includes('5') && !line.includes('4')) || DSN_FIELD_LINE.test(line)) return false
  if (TRANSCRIPT_REPLY.test(line)) return true
  const code = findReplyCode(line)
  const status = findStatus(line)
  if (!code && !status) return false
  return REPLY_LINE.test(line)
}

/**
 * The remote server's error replies in a report: lines that carry a 4xx/5xx reply code or
 * status, each with its continuation lines (`550-…`, indented lines, lines until a blank one).
 */
/** The reply code at the start of a line and what follows it: "-" for more lines, else the last. */
const REPLY_PREFIX = /^\s*(?:<<<\s*)?([245]\d\d)([-\s])/

export function findErrorReplies(text: string, from: number, to: number): ErrorReply[] {
  const lines = splitLines(text, from, to)
  const replies: ErrorReply[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line) continue
    let startLine = line
    if (!isReplyLine(line.text)) {
      // "Remote host said:" on its own, the reply on the next line (or after one blank line:
      // Gmail's "The response was:").
      if (!isIntroducer(line.text)) continue
      // Only a server's answer is introduced across a blank line ("The response was:"); a reason
      // or a message introduced so may be a list of recipients or a body.
      const gap = lines[i + 1]?.text.trim() === '' && ANSWER_INTRODUCER.test(line.text) ? 1 : 0
      const next = lines[i + 1 + gap]
      // Not the header of a message that follows, nor a recipient's line.
      const header = next !== undefined && /^[>\s]*[A-Z][A-Za-z0-9-]{1,40}:\s/.test(next.text)
      const recipientLine = next !== undefined && RECIPIENT_LINES.some((pattern) => pattern.test(next.text))
      if (!(next && next.text.trim() !== '' && !header && !recipientLine && !isReplyLine(next.text) && !isAddressLine(next.text))) continue
      startLine = next
      i += 1 + gap
      // Exim: "SMTP error from remote mail server after …:", "host x [ip]:", then the reply.
      const after = lines[i + 1]
      if (isIntroducer(next.text) && after && isReplyLine(after.text)) {
        startLine = after
        i++
      }
    }
    let endLine = startLine
    // RFC 5321: "550-" says more lines of this reply follow, "550 " is its last line. Without a
    // code, a reply wrapped by the report continues on indented lines.
    let open = REPLY_PREFIX.exec(startLine.text)?.[2] === '-'
    const code = REPLY_PREFIX.exec(startLine.text)?.[1]
    const indented = /^[ \t]+\S/.test(startLine.text)
    for (let j = i + 1; j < lines.length && j < i + 12; j++) {
      const next = lines[j]
      if (!next || next.text.trim() === '') break
      const prefix = REPLY_PREFIX.exec(next.text)
      let continued: boolean
      if (prefix) {
        continued = open && prefix[1] === code
        open = continued && prefix[2] === '-'
      } else {
        const nextIndented = /^[ \t]+\S/.test(next.text)
        continued = nextIndented && (indented || /^\s{2,}\S/.test(next.text)) && !isAddressLine(next.text)
      }
      if (!continued) break
      endLine = next
      i = j
    }
    const span = { start: startLine.start + (startLine.text.length - startLine.text.trimStart().length), end: endLine.end }
    replies.push({ text: joinReply(text.slice(span.start, span.end)), span })
  }
  return replies
}

/** A line that holds nothing but an address ("  <a@b>:"). */
export function isAddressLine(line: string): boolean {
  const bare = line.trim().replace(/:$/, '').replace(/^<(.*)>$/, '$1')
  return bare !== '' && !/\s/.test(bare) && cleanAddress(bare) !== null
}

/** Joins a multi-line reply: drops repeated `550-` prefixes and folds white space. */
export function joinReply(reply: string): string {
  const lines = reply.split('\n').map((l) => l.trim())
  const joined = lines
    .map((l, index) => (index === 0 ? l : l.replace(/^(?:<<<\s*)?[245]\d\d[-\s](?:[245]\.\d{1,3}\.\d{1,3}\s)?/, '')))
    .join(' ')
  return joined.replace(/\s+/g, ' ').trim()
}

/** The word right before a phrase, when the phrase starts a line's second word ("192.0.2.1 does not like recipient"). */
function hostBefore(region: string, phrase: string): string | null {
  const at = region.indexOf(phrase)
  if (at < 0) return null
  const lineStart = region.lastIndexOf('\n', at) + 1
  const word = region.slice(lineStart, at).trim()
  return /^[A-Za-z0-9.:-]{1,255}$/.test(word) ? word : null
}

/**
 * Finds the host names of the remote server and of the reporting server in the text. `lower` is
 * the text with ASCII letters in lower case: a pattern only runs where its words are.
 */
export function findHosts(text: string, end: number, lower = asciiLower(text)): { remote: string | null; reporting: string | null } {
  const region = text.slice(0, end)
  const has = (word: string): boolean => {
    const at = lower.indexOf(word)
    return at >= 0 && at < end
  }
  const hostSaid = has('host')
  const remote =
    (hostSaid ? /\bhost\s+([A-Za-z0-9.-]{1,255}\[[0-9a-fA-F.:]{3,45}\])\s+said/i.exec(region)?.[1] : undefined) ??
    (hostSaid ? /\bhost\s+([A-Za-z0-9.-]{1,255}\s\[[0-9a-fA-F.:]{3,45}\])/i.exec(region)?.[1] : undefined) ??
    hostBefore(region, ' does not like recipient') ??
    (has('connected to ') ? /\bConnected to ([0-9a-fA-F.:]{7,45}) but/i.exec(region)?.[1] : undefined) ??
    (has('while talking to ') ? /\bwhile talking to ([A-Za-z0-9.-]{1,255})\.?:/i.exec(region)?.[1] : undefined) ??
    (has('mta') ? /\bRemote[- ]MTA:\s*(?:dns;\s*)?([A-Za-z0-9.-]{1,255})/i.exec(region)?.[1] : undefined) ??
    null
  const reporting =
    (has('this is the mail system at host ') ? /This is the mail system at host ([A-Za-z0-9.-]{1,255})\./i.exec(region)?.[1] : undefined) ??
    (has('this is the qmail-send program at ') ? /This is the qmail-send program at ([A-Za-z0-9.-]{1,255})\./i.exec(region)?.[1] : undefined) ??
    (has('generating server:') ? /Generating server:\s*([A-Za-z0-9.-]{1,255})/i.exec(region)?.[1] : undefined) ??
    (has('delivery status notification from ') ? /delivery status notification from ([A-Za-z0-9.-]{1,255})/i.exec(region)?.[1] : undefined) ??
    null
  return { remote, reporting }
}

const DIALECTS: Array<[RegExp, Dialect]> = [
  [/This is the mail system at host|X-Postfix-Queue-ID|\(in reply to [A-Z ]+ command\)/i, 'postfix'],
  [/This is the qmail-send program|does not like recipient\.|Giving up on [0-9.]+\./i, 'qmail'],
  [/mail delivery software\.|SMTP error from remote (?:mail )?server after|X-Failed-Recipients|retry timeout exceeded/i, 'exim'],
  [/Transcript of session follows|had permanent fatal errors|Returned mail: see transcript/i, 'sendmail'],
  [/Remote Server returned|RESOLVER\.[A-Z]+\.|Diagnostic information for administrators|Generating server:|couldn't be delivered to|Delivery has failed to these recipients/i, 'exchange'],
  [/\bgsmtp\b|Google tried to deliver|The response from the remote server was|Delivery to the following recipient failed permanently|mail\.google\.com|googlemail\.com/i, 'gmail'],
  [/unable to deliver your message to the following address|yahoo\.com account/i, 'yahoo'],
  [/amazonses\.com/i, 'amazonses'],
  [/This is the MAILER-DAEMON, please DO NOT REPLY|following list of recipients/i, 'opensmtpd'],
  [/running the Courier mail server|Courier mail server at/i, 'courier'],
  [/mimecast/i, 'mimecast'],
]

/** Names the report format from its fingerprints. */
export function findDialect(text: string, end: number, hasDsn: boolean): Dialect {
  const region = text.slice(0, Math.min(end, 200_000))
  for (const [pattern, dialect] of DIALECTS) if (pattern.test(region)) return dialect
  return hasDsn ? 'rfc3464' : 'generic'
}
