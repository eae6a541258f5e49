import { asciiLower } from './addresses'
import type { SmtpStage } from './types'

/** An SMTP reply code at the start of a reply line: 550, 550-, "550 5.1.1". */
const REPLY_AT_START = /(?:^|[\s:;'"([#=])([245][0-5]\d)(?=[\s\-:,)\]]|\.(?!\d)|$)/
/** An enhanced status code (RFC 3463): class.subject.detail. */
const STATUS = /(?:^|[^\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)/

/** The first enhanced status code in a text, e.g. "5.1.1". */
export function findStatus(text: string): { code: string; index: number } | null {
  const m = STATUS.exec(text)
  if (!m) return null
  const code = `${m[1]}.${m[2]}.${m[3]}`
  return { code, index: m.index + m[0].indexOf(code) }
}

/** The first SMTP reply code in a text, e.g. "550". */
export function findReplyCode(text: string): { code: string; index: number } | null {
  const m = REPLY_AT_START.exec(text)
  if (!m || m[1] === undefined) return null
  return { code: m[1], index: m.index + m[0].indexOf(m[1]) }
}

/**
 * The stage patterns, each with words it cannot match without (lower-case; any one will do), so
 * a pattern only runs on text that holds one of them.
 */
const STAGES: Array<[RegExp, SmtpStage, string[]]> = [
  [/\b(?:in reply to|after|response to|while sending|at)\s+(?:the\s+|pipelined\s+)?RCPT(?:\s+TO)?\b/i, 'rcpt', ['rcpt']],
  [/>>>\s*RCPT\s+TO/i, 'rcpt', ['rcpt']],
  // "at MAIL FROM", but not "at mail.example.com"; a bare "MAIL" is the command only in capitals or
  // before "command" ("while sending mail to a@b" is prose).
  [/\b(?:in reply to|after|response to|while sending)\s+(?:the\s+|pipelined\s+)?mail(?:\s+from\b|(?=\s+command\b))|\bat\s+(?:the\s+)?MAIL\s+FROM\b/i, 'mail', ['mail']],
  [/\b(?:[Ii]n reply to|[Aa]fter|[Rr]esponse to|[Ww]hile sending)\s+(?:the\s+)?MAIL\b(?![.@-])/, 'mail', ['mail']],
  [/>>>\s*MAIL\s+FROM/i, 'mail', ['mail']],
  [/\b(?:after|in reply to)\s+end\s+of\s+(?:data|message)\b/i, 'end-of-data', ['end']],
  [/>>>\s*DATA\b|\b(?:in reply to|after|response to)\s+(?:the\s+)?DATA\b|Command:\s*Data/i, 'data', ['data']],
  [/\b(?:in reply to|after)\s+(?:HELO|EHLO)\b|\bmy name was rejected\b/i, 'helo', ['helo', 'ehlo', 'my name']],
  // Postfix: "host x[ip] refused to talk to me: 554 …" is the greeting refused.
  [/\b(?:after|during)\s+(?:initial\s+)?connection\b|\bsaid\s+in\s+greeting\b|\brefused\s+to\s+talk\s+to\s+me\b/i, 'connect', ['connection', 'greeting', 'talk to me']],
]

/** The SMTP command a rejection answered, when the text says so. */
export function findStage(text: string): SmtpStage | null {
  const lower = asciiLower(text)
  for (const [pattern, stage, needs] of STAGES) if (needs.some((word) => lower.includes(word)) && pattern.test(text)) return stage
  return null
}

/** Where a text names the SMTP stage it found, e.g. "after initial connection". */
export function findStageWords(text: string, stage: SmtpStage): { index: number; length: number } | null {
  for (const [pattern, named] of STAGES) {
    if (named !== stage) continue
    const m = pattern.exec(text)
    if (m) return { index: m.index, length: m[0].length }
  }
  return null
}
