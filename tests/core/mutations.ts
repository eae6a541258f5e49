/**
 * Ways to damage a sample bounce, as fast-check arbitraries: each mutation is plain data (so
 * fast-check can shrink a failing case to the fewest, smallest mutations) and `mutate` applies
 * it. Positions are fractions of the text's length, so a mutation fits any sample.
 */
import fc from 'fast-check'

/** Characters that have tripped up text readers: bidi controls, zero-width, NUL, surrogates. */
export const TRICKY_CHARS = [
  '\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u00a0', '\u00ad',
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202a', '\u202b', '\u202d', '\u202e', '\u202c',
  '\u2066', '\u2067', '\u2068', '\u2069', '\u2028', '\u2029', '\ud800', '\udfff', '\ufffd', '\ufffe',
  '\u0301', '\u{1f4a9}', '\r', '\n', '\t', ' ', '<', '>', '@', ':', ';', '"', "'", '\\', '=', '-', '.',
]

/** Pieces of bounces and MIME, for token soups that get deeper into the parser than noise. */
export const BOUNCE_TOKENS = [
  '550', '5.1.1', '4.2.2', '554 ', '421-', '550-', ' 5.7.1 ', '2.0.0', '<ann@example.org>', 'bob@example.com', '@', '<', '>',
  'Final-Recipient: rfc822; ', 'Original-Recipient: ', 'Action: failed', 'Action: delayed', 'Status: ', 'Diagnostic-Code: smtp; ',
  'Remote-MTA: dns; mx.example.org', 'Reporting-MTA: dns; ', 'X-Failed-Recipients: ', 'From: MAILER-DAEMON@example.com',
  'Subject: Undelivered Mail Returned to Sender', 'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
  'Content-Type: message/delivery-status', 'Content-Type: text/plain; charset=utf-8', 'Content-Type: text/html', 'Content-Type: message/rfc822',
  'Content-Transfer-Encoding: base64', 'Content-Transfer-Encoding: quoted-printable', '--b', '--b--', '=?utf-8?B?', '?=', '=3D', '=\n',
  'User unknown', 'mailbox full', 'Recipient address rejected', 'relay access denied', 'because:', 'said: ', '(in reply to RCPT TO command)',
  'host mx.example.org[192.0.2.1]', '------ This is a copy of the message', '{"notificationType":"Bounce","bounce":{', '"bouncedRecipients":[',
  '}', ']', ',', '\n', '\n\n', '\r\n', ' ', '\t', '    ', '<script>', '&lt;', '&#x3c;', '\u202e', '\u200b', '\u0000',
]

export type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'cut'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number; to: number }
  | { op: 'repeat-line'; at: number; times: number }
  | { op: 'swap-lines'; a: number; b: number }
  | { op: 'line-endings'; style: 'crlf' | 'cr' | 'mixed'; seed: number }
  | { op: 'insert'; at: number; junk: string }
  | { op: 'replace'; at: number; junk: string }
  | { op: 'break-boundary'; how: 'rename' | 'drop-closing' | 'drop-first' | 'empty-parameter' | 'no-parameter' | 'garble' }
  | { op: 'headers'; how: 'upper' | 'lower' | 'drop-first' | 'unfold' | 'no-blank-line' }
  | { op: 're-encode'; how: 'base64' | 'quoted-printable' | 'latin1-as-utf8' | 'utf8-as-latin1' }
  | { op: 'wrap'; how: 'quote' | 'indent' | 'html' | 'multipart'; depth: number }

const fraction = fc.double({ min: 0, max: 1, noNaN: true })
const junk = fc.oneof(
  fc.string({ unit: fc.constantFrom(...TRICKY_CHARS), maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.constantFrom(...BOUNCE_TOKENS), { maxLength: 12 }).map((t) => t.join('')),
)

/** One random mutation. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fraction }),
  fc.record({ op: fc.constant('cut' as const), at: fraction, length: fraction }),
  fc.record({ op: fc.constant('duplicate' as const), at: fraction, length: fraction, to: fraction }),
  fc.record({ op: fc.constant('repeat-line' as const), at: fraction, times: fc.integer({ min: 2, max: 300 }) }),
  fc.record({ op: fc.constant('swap-lines' as const), a: fraction, b: fraction }),
  fc.record({ op: fc.constant('line-endings' as const), style: fc.constantFrom('crlf' as const, 'cr' as const, 'mixed' as const), seed: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fraction, junk }),
  fc.record({ op: fc.constant('replace' as const), at: fraction, junk }),
  fc.record({
    op: fc.constant('break-boundary' as const),
    how: fc.constantFrom('rename' as const, 'drop-closing' as const, 'drop-first' as const, 'empty-parameter' as const, 'no-parameter' as const, 'garble' as const),
  }),
  fc.record({ op: fc.constant('headers' as const), how: fc.constantFrom('upper' as const, 'lower' as const, 'drop-first' as const, 'unfold' as const, 'no-blank-line' as const) }),
  fc.record({ op: fc.constant('re-encode' as const), how: fc.constantFrom('base64' as const, 'quoted-printable' as const, 'latin1-as-utf8' as const, 'utf8-as-latin1' as const) }),
  fc.record({ op: fc.constant('wrap' as const), how: fc.constantFrom('quote' as const, 'indent' as const, 'html' as const, 'multipart' as const), depth: fc.integer({ min: 1, max: 60 }) }),
)

const pos = (text: string, at: number): number => Math.min(text.length, Math.floor(at * text.length))

/** The boundary a raw e-mail declares, if any. */
function boundaryOf(text: string): string | null {
  return /boundary="?([^";\r\n]+)"?/i.exec(text)?.[1] ?? null
}

/** Where the header ends: the first blank line. */
function headerEnd(text: string): number {
  const m = /\r?\n\r?\n|\r\r/.exec(text)
  return m ? m.index : -1
}

function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return (btoa(binary).match(/.{1,76}/g) ?? []).join('\n')
}

function toQuotedPrintable(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let out = ''
  let line = 0
  for (const b of bytes) {
    const piece = b === 10 ? '\n' : (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`
    if (piece === '\n') line = 0
    else if (line + piece.length > 75) {
      out += '=\n'
      line = 0
    }
    out += piece
    line += piece === '\n' ? 0 : piece.length
  }
  return out
}

/** Applies one mutation to a text. */
export function mutate(text: string, m: Mutation): string {
  switch (m.op) {
    case 'truncate':
      return text.slice(0, pos(text, m.at))
    case 'cut': {
      const start = pos(text, m.at)
      return text.slice(0, start) + text.slice(start + Math.floor(m.length * (text.length - start) * 0.5))
    }
    case 'duplicate': {
      const start = pos(text, m.at)
      const piece = text.slice(start, start + Math.floor(m.length * (text.length - start)))
      const to = pos(text, m.to)
      return text.slice(0, to) + piece + text.slice(to)
    }
    case 'repeat-line': {
      const lines = text.split('\n')
      const i = Math.min(lines.length - 1, Math.floor(m.at * lines.length))
      lines.splice(i, 1, ...Array<string>(m.times).fill(lines[i] ?? ''))
      return lines.join('\n')
    }
    case 'swap-lines': {
      const lines = text.split('\n')
      const a = Math.min(lines.length - 1, Math.floor(m.a * lines.length))
      const b = Math.min(lines.length - 1, Math.floor(m.b * lines.length))
      ;[lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? '']
      return lines.join('\n')
    }
    case 'line-endings': {
      if (m.style !== 'mixed') return text.replace(/\r\n?|\n/g, m.style === 'crlf' ? '\r\n' : '\r')
      let seed = m.seed
      return text.replace(/\r\n?|\n/g, () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        return ['\n', '\r\n', '\r', '\n\r'][seed % 4] ?? '\n'
      })
    }
    case 'insert': {
      const at = pos(text, m.at)
      return text.slice(0, at) + m.junk + text.slice(at)
    }
    case 'replace': {
      const at = pos(text, m.at)
      return text.slice(0, at) + m.junk + text.slice(at + m.junk.length)
    }
    case 'break-boundary': {
      const boundary = boundaryOf(text)
      if (!boundary) return text
      const lines = text.split('\n')
      const marker = `--${boundary}`
      switch (m.how) {
        case 'rename':
          return lines.map((l) => (l.startsWith(marker) ? `--renamed${l.slice(marker.length)}` : l)).join('\n')
        case 'drop-closing':
          return lines.filter((l) => !l.startsWith(`${marker}--`)).join('\n')
        case 'drop-first': {
          const i = lines.findIndex((l) => l.startsWith(marker))
          if (i >= 0) lines.splice(i, 1)
          return lines.join('\n')
        }
        case 'empty-parameter':
          return text.replace(/boundary="?[^";\r\n]+"?/i, 'boundary=""')
        case 'no-parameter':
          return text.replace(/;?\s*boundary="?[^";\r\n]+"?/i, '')
        case 'garble':
          return lines.map((l, i) => (l.startsWith(marker) && i % 2 === 0 ? `${marker.slice(0, -1)}\u0000${l.slice(marker.length)}` : l)).join('\n')
      }
      return text
    }
    case 'headers': {
      const end = headerEnd(text)
      if (end < 0) return text
      const head = text.slice(0, end)
      const body = text.slice(end)
      switch (m.how) {
        case 'upper':
          return head.replace(/^[\w-]+:/gm, (h) => h.toUpperCase()) + body
        case 'lower':
          return head.replace(/^[\w-]+:/gm, (h) => h.toLowerCase()) + body
        case 'drop-first':
          return head.replace(/^[^\n]*\n/, '') + body
        case 'unfold':
          return head.replace(/\r?\n[ \t]+/g, ' ') + body
        case 'no-blank-line':
          return head + body.replace(/^(?:\r?\n){2}/, '\n')
      }
      return text
    }
    case 're-encode': {
      if (m.how === 'latin1-as-utf8') {
        // A Latin-1 file read as UTF-8: every non-ASCII character becomes U+FFFD.
        const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff))
        return new TextDecoder('utf-8').decode(bytes)
      }
      if (m.how === 'utf8-as-latin1') return new TextDecoder('latin1').decode(new TextEncoder().encode(text))
      const end = headerEnd(text)
      const encoding = m.how === 'base64' ? 'base64' : 'quoted-printable'
      if (end < 0) {
        const body = m.how === 'base64' ? toBase64(text) : toQuotedPrintable(text)
        return `From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: ${encoding}\n\n${body}`
      }
      const body = text.slice(end).replace(/^\s+/, '')
      const head = text.slice(0, end).replace(/^Content-Transfer-Encoding:.*$/gim, '')
      return `${head}\nContent-Transfer-Encoding: ${encoding}\n\n${m.how === 'base64' ? toBase64(body) : toQuotedPrintable(body)}`
    }
    case 'wrap': {
      switch (m.how) {
        case 'quote':
          return text.replace(/^/gm, '> '.repeat(Math.min(m.depth, 10)))
        case 'indent':
          return text.replace(/^/gm, ' '.repeat(m.depth))
        case 'html':
          return `From: a@example.com\nSubject: x\nContent-Type: text/html\n\n<html><body><pre>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre><script>x()</script></body></html>`
        case 'multipart': {
          let body = text
          for (let level = 0; level < m.depth; level++) {
            body = `Content-Type: multipart/mixed; boundary="n${level}"\n\n--n${level}\n${body}\n--n${level}--\n`
          }
          return `From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail\nMIME-Version: 1.0\n${body}`
        }
      }
    }
  }
  return text
}
