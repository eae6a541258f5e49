import PostalMime from 'postal-mime'
import { htmlToText } from './html-to-text'
import { toLf } from './lines'
import { copyRecipients, reportEnd } from './read-report-text'

/** What the MIME structure of a raw e-mail gives the analysis. */
export interface MimeReading {
  /** Headers, readable text and delivery-status parts, decoded, one after the other. */
  text: string
  subject: string | null
  from: string | null
  /** The report's own addressee: the sender of the failed message. */
  to: string | null
  /** Addresses of the X-Failed-Recipients header (Exim). */
  failedRecipients: string[]
  /** The To and Cc addresses of the returned copy of the message, inline or attached (read when asked). */
  copyRecipients: () => string[]
  autoReply: boolean
  feedbackReport: boolean
  deliveryReport: boolean
}

const REPORT_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status'])

function header(headers: Array<{ key: string; value: string }>, name: string): string | null {
  return headers.find((h) => h.key === name)?.value ?? null
}

const AUTO_REPLY_SUBJECT =
  /^\s*(?:auto(?:matic)?[ -]?(?:reply|response|antwort)|out of (?:the )?office|abwesenheitsnotiz|r[ée]ponse automatique|absence|vacation|autoreply|\[?auto\]?:)/i

const utf8 = new TextDecoder('utf-8')

/**
 * The text of an attachment (postal-mime leaves its bytes); only the parts read are decoded, so
 * a large returned original costs nothing. `limit` reads only the start.
 */
function attachmentText(content: ArrayBuffer | Uint8Array | string, limit = Infinity): string {
  if (typeof content === 'string') return content.slice(0, limit)
  const bytes = content instanceof Uint8Array ? content : new Uint8Array(content)
  return utf8.decode(limit < bytes.byteLength ? bytes.subarray(0, limit) : bytes)
}

/** The header block of an attached message, up to its first blank line. */
function headerBlock(message: string): string {
  const head = toLf(message.slice(0, 16_000))
  const blank = head.indexOf('\n\n')
  return blank >= 0 ? head.slice(0, blank) : head
}

/** True when an attached message is itself a bounce: a delivery report, or mail from a mailer daemon. */
function isAttachedBounce(message: string): boolean {
  const head = headerBlock(message)
  if (/report-type="?delivery-status/i.test(head)) return true
  const from = head.split('\n').find((line) => /^from:/i.test(line)) ?? ''
  return /mailer-daemon|postmaster|mail delivery/i.test(from)
}

/** How many bounces forwarded inside bounces are read, one inside the other. */
const MAX_FORWARDED_DEPTH = 2

/**
 * Reads a raw e-mail with a real MIME parser: decodes transfer encodings and charsets, turns an
 * HTML-only body into text, and keeps the delivery-status parts while leaving out the returned
 * original message. A bounce forwarded as an attachment (by a person or a gateway) is read in
 * place of the message that carries it.
 */
export async function readMime(raw: string, depth = 0): Promise<MimeReading> {
  const email = await PostalMime.parse(raw, {
    forceRfc822Attachments: true,
    maxNestingDepth: 64,
  })
  const headers = email.headers ?? []
  const contentType = (header(headers, 'content-type') ?? '').toLowerCase()
  const autoSubmitted = (header(headers, 'auto-submitted') ?? '').toLowerCase()
  const subject = email.subject ?? null
  const from = email.from?.address ?? null
  const failedRecipients = (header(headers, 'x-failed-recipients') ?? '')
    .split(/[,\s]+/)
    .map((a) => a.replace(/^<|>$/g, '').trim())
    .filter((a) => a.includes('@'))

  const reportParts = email.attachments.filter((a) => REPORT_TYPES.has(a.mimeType.toLowerCase()))
  const feedbackReport =
    contentType.includes('report-type=feedback-report') ||
    email.attachments.some((a) => a.mimeType.toLowerCase() === 'message/feedback-report')
  const deliveryReport = reportParts.length > 0 || contentType.includes('report-type=delivery-status')
  const autoReply =
    !deliveryReport &&
    !feedbackReport &&
    (autoSubmitted.startsWith('auto-replied') ||
      headers.some((h) => /^x-auto(?:reply|respond|-response-suppress)?$/.test(h.key) && h.key !== 'x-auto-response-suppress') ||
      /auto[-_]reply/.test(header(headers, 'precedence') ?? '') ||
      (subject !== null && AUTO_REPLY_SUBJECT.test(subject)))

  // A report forwarded as an attachment, when this message is not a report itself.
  let forwarded: MimeReading | null = null
  if (!deliveryReport && !feedbackReport && depth < MAX_FORWARDED_DEPTH) {
    const attached = email.attachments.find((a) => a.mimeType.toLowerCase() === 'message/rfc822' && isAttachedBounce(attachmentText(a.content, 16_000)))
    if (attached) forwarded = await readMime(attachmentText(attached.content), depth + 1)
  }
  // A text part whose Content-Type lost its ";" ("text/plain charset=…") is an attachment to the
  // parser, but it is the readable report.
  const brokenTextParts = email.attachments.filter((a) => /^text\/plain\s/i.test(a.mimeType) && !a.filename)

  let body = email.text ?? ''
  if (body.trim() === '' && email.html) body = htmlToText(email.html)
  if (body.trim() === '' && reportParts.length === 0) {
    // A broken structure (a boundary that never appears, say) leaves nothing readable: fall back
    // to the raw body, which still holds the report as text.
    const lf = toLf(raw)
    const blank = lf.indexOf('\n\n')
    body = blank >= 0 ? lf.slice(blank + 2) : ''
  }
  const lines: string[] = []
  if (subject) lines.push(`Subject: ${subject}`)
  if (email.from) lines.push(`From: ${email.from.name ? `${email.from.name} ` : ''}<${from ?? ''}>`)
  if (failedRecipients.length > 0) lines.push(`X-Failed-Recipients: ${failedRecipients.join(', ')}`)
  body = toLf(body)
  // The returned copy of the original message is not part of the report.
  const bodyEnd = reportEnd(body)
  const copies = email.attachments.filter((a) => /^(?:message\/rfc822|text\/rfc822-headers|message\/global(?:-headers)?)$/i.test(a.mimeType))
  const inlineCopy = body.slice(bodyEnd)
  const copy = (): string => (copies.length > 0 ? headerBlock(attachmentText(copies[0]?.content ?? '', 16_000)) : inlineCopy)
  body = body.slice(0, bodyEnd).trim()
  const parts = [lines.join('\n'), body]
  for (const part of [...brokenTextParts, ...reportParts]) {
    parts.push(toLf(attachmentText(part.content)).trim())
  }
  if (forwarded) parts.push(forwarded.text)
  return {
    text: parts.filter((p) => p !== '').join('\n\n'),
    subject,
    from,
    to: forwarded ? forwarded.to : (email.to?.[0]?.address?.toLowerCase() ?? null),
    failedRecipients: forwarded ? [...failedRecipients, ...forwarded.failedRecipients] : failedRecipients,
    copyRecipients: forwarded ? forwarded.copyRecipients : () => copyRecipients(copy()),
    autoReply: forwarded ? false : autoReply,
    feedbackReport: forwarded?.feedbackReport ?? feedbackReport,
    deliveryReport: forwarded?.deliveryReport ?? deliveryReport,
  }
}
