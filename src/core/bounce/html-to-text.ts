const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»',
  ndash: '–', mdash: '—', hellip: '…', rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201d', ldquo: '\u201c',
}

/** Decodes the character references of HTML (named ones in common use, and numeric ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole
  })
}

/** Where `<tag` or `</tag` (the tag name ending there) next stands in lower-cased HTML, or -1. */
function findTag(lower: string, opening: string, from: number): number {
  let at = lower.indexOf(opening, from)
  while (at >= 0 && /[a-z0-9]/.test(lower[at + opening.length] ?? '')) at = lower.indexOf(opening, at + 1)
  return at
}

/** Removes whole elements whose content is never text a person reads (scripts, styles, head). */
function dropElements(html: string, tag: string): string {
  const lower = html.toLowerCase()
  // Lower-casing may change the length of some characters; fall back to keeping the HTML.
  if (lower.length !== html.length) return html
  let out = ''
  let pos = 0
  for (;;) {
    const open = findTag(lower, '<' + tag, pos)
    if (open < 0) break
    const close = findTag(lower, '</' + tag, open)
    // No closing tag: keep the rest rather than lose the body.
    if (close < 0) break
    out += html.slice(pos, open)
    const end = lower.indexOf('>', close)
    pos = end < 0 ? html.length : end + 1
  }
  return out + html.slice(pos)
}

const BLOCK_TAGS = new Set(['br', 'p', 'div', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'pre', 'blockquote', 'hr'])
const CELL_TAGS = new Set(['td', 'th'])

/** Replaces tags and comments: block elements become line breaks, cells a space, the rest nothing. */
function stripTags(html: string): string {
  let out = ''
  let pos = 0
  let nextClose = 0
  for (;;) {
    const open = html.indexOf('<', pos)
    if (open < 0) break
    out += html.slice(pos, open)
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4)
      out += ' '
      pos = close < 0 ? html.length : close + 3
      continue
    }
    // The next ">" is found once and reused until passed, so many "<" stay linear.
    if (nextClose <= open) nextClose = html.indexOf('>', open + 1)
    if (nextClose < 0) {
      // No ">" after this "<": the rest is text.
      pos = open
      break
    }
    const close = nextClose
    if (close - open > 4000) {
      // A "<" that opens no tag is text.
      out += '<'
      pos = open + 1
      continue
    }
    const name = /^\/?([a-zA-Z][a-zA-Z0-9]{0,20})/.exec(html.slice(open + 1, open + 24))?.[1]?.toLowerCase() ?? ''
    out += BLOCK_TAGS.has(name) ? '\n' : CELL_TAGS.has(name) && html[open + 1] === '/' ? ' ' : ''
    pos = close + 1
  }
  return out + html.slice(pos)
}

/**
 * Turns an HTML body (as Office 365 sends its reports) into the text a reader sees: block
 * elements become line breaks, tags go, entities are decoded. Linear in the input's length.
 */
export function htmlToText(html: string): string {
  const text = decodeEntities(stripTags(dropElements(dropElements(dropElements(html, 'script'), 'style'), 'head')))
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
