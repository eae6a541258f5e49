/**
 * E-mail addresses in hostile text, found without a backtracking pattern: look for each "@" and
 * widen to the characters an address can hold. Linear in the length of the text.
 */

/** The characters of an address token: no white space, brackets, separators, quotes or "@". */
export const ADDRESS_TOKEN = `[^\\s<>()[\\]{},;:"@\\uff1a\\u3001\\u3002\\uff08\\uff09\\u300c\\u300d\\uff1c\\uff1e]{1,64}@[^\\s<>()[\\]{},;:"@\\uff1a\\u3001\\u3002\\uff08\\uff09\\u300c\\u300d\\uff1c\\uff1e]{1,255}`

// ASCII white space and separators, then the full-width colon, comma, stop, brackets and quotes
// that end an address in Japanese and Chinese text.
const ASCII_STOP = new Uint8Array(128)
for (const ch of ' \t\n\r\f\v<>()[]{},;:"@') ASCII_STOP[ch.charCodeAt(0)] = 1
const WIDE_STOP = new Set([0xff1a, 0x3001, 0x3002, 0xff08, 0xff09, 0x300c, 0x300d, 0xff1c, 0xff1e])

/**
 * True when a character (as its UTF-16 code unit) cannot be part of an address: white space
 * (as `\s` has it), a separator, or NaN past either end of the text.
 */
export function isStopCode(code: number): boolean {
  if (code < 128) return ASCII_STOP[code] === 1
  if (Number.isNaN(code)) return true
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff ||
    WIDE_STOP.has(code)
  )
}

function isStop(ch: string | undefined): boolean {
  return ch === undefined || isStopCode(ch.charCodeAt(0))
}

/**
 * Cleans a token that holds an address (strips quotes and dots around it) and checks its shape:
 * a local part, an "@", a domain with a dot and a top-level domain of letters. Lower-cased.
 */
export function cleanAddress(token: string): string | null {
  let first = 0
  let last = token.length
  while (first < last && "'.`".includes(token[first] ?? '')) first++
  while (last > first && "'.`".includes(token[last - 1] ?? '')) last--
  const trimmed = token.slice(first, last)
  const at = trimmed.indexOf('@')
  if (at < 1 || at !== trimmed.lastIndexOf('@')) return null
  const local = trimmed.slice(0, at)
  const domain = trimmed.slice(at + 1)
  if (local.length > 64 || domain.length > 255 || domain.includes('..') || local.includes('..')) return null
  const labels = domain.split('.')
  const tld = labels[labels.length - 1] ?? ''
  if (labels.length < 2 || labels.some((l) => l === '' || l.startsWith('-') || l.endsWith('-'))) return null
  if (!/^[A-Za-z\u0080-\uffff]{2,24}$/.test(tld)) return null
  return trimmed.toLowerCase()
}

/** Every address in a text, lower-cased, in order. */
export function findAddresses(text: string, limit = Infinity): string[] {
  const found: string[] = []
  let at = text.indexOf('@')
  while (at >= 0 && found.length < limit) {
    let start = at
    while (start > 0 && at - start < 64 && !isStopCode(text.charCodeAt(start - 1))) start--
    let end = at + 1
    while (end < text.length && end - at <= 255 && !isStopCode(text.charCodeAt(end))) end++
    const address = cleanAddress(text.slice(start, end))
    if (address) found.push(address)
    at = text.indexOf('@', end > at + 1 ? end : at + 1)
  }
  return found
}

/** The first address in a text, lower-cased, or null. */
export function firstAddress(text: string): string | null {
  return findAddresses(text, 1)[0] ?? null
}

/**
 * Replaces every address-shaped token (a run of address characters around an "@") with what
 * `replace` returns for it; tokens that are not addresses are kept. Linear in the text's length.
 */
export function replaceAddresses(text: string, replace: (address: string, token: string) => string): string {
  let out = ''
  let pos = 0
  let at = text.indexOf('@')
  while (at >= 0) {
    let start = at
    while (start > pos && at - start < 64 && !isStopCode(text.charCodeAt(start - 1))) start--
    let end = at + 1
    while (end < text.length && end - at <= 255 && !isStopCode(text.charCodeAt(end))) end++
    // An address literal as the domain: name@[192.0.2.1] or name@[IPv6:2001:db8::1].
    const literalEnd = text[at + 1] === '[' ? text.indexOf(']', at + 2) : -1
    if (start < at && literalEnd > at && literalEnd - at <= 60 && !/\s/.test(text.slice(at, literalEnd))) {
      const token = text.slice(start, literalEnd + 1)
      out += text.slice(pos, start) + replace(token.toLowerCase(), token)
      pos = literalEnd + 1
      at = text.indexOf('@', pos)
      continue
    }
    const token = text.slice(start, end)
    const address = cleanAddress(token)
    if (address) {
      // Keep the quotes or dots around the address that cleanAddress took off.
      let lead = 0
      while (lead < token.length && "'.`".includes(token[lead] ?? '')) lead++
      const core = token.slice(lead, lead + address.length)
      out += text.slice(pos, start) + token.slice(0, lead) + replace(address, core) + token.slice(lead + address.length)
      pos = end
    }
    at = text.indexOf('@', Math.max(end, at + 1))
  }
  return out + text.slice(pos)
}

// eslint-disable-next-line no-control-regex -- any character outside ASCII
const NON_ASCII = /[^\u0000-\u007f]/

/** Lower-cases ASCII letters only, so every offset in the result is the same as in the input. */
export function asciiLower(text: string): string {
  // On ASCII text the built-in lower-casing is the same, and much faster.
  return NON_ASCII.test(text) ? text.replace(/[A-Z]+/g, (run) => run.toLowerCase()) : text.toLowerCase()
}

/**
 * Where `address` (lower-case) stands in `lowerText` (from asciiLower) as a whole address, from
 * `from` on: not inside a longer one ("bo@b.example" is not in "jbo@b.example"). -1 when absent.
 */
export function indexOfAddress(lowerText: string, address: string, from = 0): number {
  let at = lowerText.indexOf(address, from)
  while (at >= 0) {
    const before = lowerText[at - 1]
    const after = lowerText[at + address.length]
    const startsClean = at === 0 || isStop(before) || before === "'" || before === '`'
    const endsClean =
      after === undefined || isStop(after) || after === "'" || after === '`' || (after === '.' && isStop(lowerText[at + address.length + 1]))
    if (startsClean && endsClean) return at
    at = lowerText.indexOf(address, at + 1)
  }
  return -1
}
