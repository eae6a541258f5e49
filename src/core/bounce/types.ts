/** A stretch of the analysed text, as character offsets [start, end). */
export interface Span {
  start: number
  end: number
}

/** The SMTP command a rejection answered, when the bounce says so. */
export type SmtpStage = 'connect' | 'helo' | 'mail' | 'rcpt' | 'data' | 'end-of-data'

/** The mail system whose report format was recognised. */
export type Dialect =
  | 'rfc3464'
  | 'postfix'
  | 'sendmail'
  | 'exim'
  | 'qmail'
  | 'exchange'
  | 'gmail'
  | 'yahoo'
  | 'amazonses'
  | 'opensmtpd'
  | 'courier'
  | 'mimecast'
  | 'service-event'
  | 'generic'

/** What a bounce says about one failed recipient. */
export interface RecipientFacts {
  /** The failed address, lower-cased as written, or null when none was found. */
  address: string | null
  /** The three-digit SMTP reply code, e.g. "550". */
  replyCode: string | null
  /** The enhanced status code (RFC 3463), e.g. "5.1.1". */
  status: string | null
  /** The DSN Action field: failed, delayed, delivered, relayed, expanded. */
  action: string | null
  /** The server that refused the message (Remote-MTA or the host named in the text). */
  remoteMta: string | null
  /** The diagnostic text: the remote server's words, continuation lines joined. */
  diagnostic: string | null
  /** Where the diagnostic text stands in the analysed text, when it stands there verbatim. */
  diagnosticSpan: Span | null
  /** The SMTP command that was refused, when stated. */
  stage: SmtpStage | null
  /** The part of the report about this recipient (its DSN block or its paragraph), when known. */
  contextSpan: Span | null
}

/** How the input was read. */
export type InputKind = 'empty' | 'binary' | 'raw-email' | 'text'

/** Everything the parser found in a pasted bounce. */
export interface BounceFacts {
  /** How the input was read. */
  kind: InputKind
  /**
   * The text every span refers to: the input with line endings made LF, or for a raw e-mail the
   * decoded readable parts (headers, text, delivery-status) one after the other.
   */
  text: string
  /** The report format recognised. */
  dialect: Dialect
  /** The server that wrote the report (Reporting-MTA), when known. */
  reportingMta: string | null
  /** Subject of the report, when the input was a whole e-mail. */
  subject: string | null
  /** The address the report was sent to (the sender of the failed message), when the input was a whole e-mail. */
  reportRecipient: string | null
  /** True when the message is an automatic reply (RFC 3834), not a delivery report. */
  autoReply: boolean
  /** True when the message is a spam-complaint (ARF) report, not a delivery report. */
  feedbackReport: boolean
  /** True when the text is a delivery report at all (an NDR, a DSN, an error line). */
  looksLikeBounce: boolean
  /** Where the report ends in `text` and a copy of the original message begins. */
  reportEnd: number
  /** One entry per failed (or delayed) recipient; at least one when looksLikeBounce. */
  recipients: RecipientFacts[]
  /** Problems met while reading, for the user (e.g. "the input was cut at 5 MB"). */
  notes: string[]
}
