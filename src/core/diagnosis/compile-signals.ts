import { asciiLower } from '../bounce/addresses'
import type { Cause, Outcomes, Signals, Strength } from '../content/schema'

/** Who a signal speaks for: a cause number, or 0 for "a real failure outside the 13". */
export type Target = number

/** A phrase signal ready to run. */
export interface CompiledPhrase {
  target: Target
  strength: Strength
  /** The phrase as the author wrote it. */
  label: string
  /** True for a regular expression, whose source is not shown to the user as the phrase. */
  regex: boolean
  pattern: RegExp
  /**
   * A lower-case word the text must contain for the phrase to match at all, so most phrases
   * are ruled out by a plain substring search; '' for a regular expression.
   */
  key: string
  /** True when the key is an ASCII word the phrase only matches whole, so a word set can rule it out. */
  wholeWord: boolean
  /** The phrase's other ASCII letter-and-digit runs, lower-cased, not always whole words of a match: each must be in the text. */
  parts: string[]
  /** The word hashes (see `wordHash`) of the other words any match holds whole: a word set rules the phrase out. */
  partHashes: number[]
  /** The phrase's place in the content, so matches come in the content's order. */
  order: number
  /** A weak plain lower-case word ("relay"): it does not count as one label of a host name (a strong one, "spamhaus", does). */
  singleWord: boolean
  /** A plain one-word phrase in any case ("DMARC"): before "=" it is a field name ("dmarc=none"), not the reply's word. */
  oneWord: boolean
}

/** A code signal ready to compare. */
export interface CompiledCode {
  target: Target
  strength: Strength
  code: string
}

/** Every signal of the content, compiled once. */
export interface CompiledSignals {
  phrases: CompiledPhrase[]
  statuses: CompiledCode[]
  replyCodes: CompiledCode[]
  /**
   * The whole-word phrases, by the hash of their key word (see `wordHash`). Two keys with one
   * hash share a list: a phrase found this way is only a candidate, its pattern still decides.
   */
  byWord: Map<number, CompiledPhrase[]>
  /** The other phrases, which need a substring search (or none). */
  bySubstring: CompiledPhrase[]
  /**
   * One search for the keys of `bySubstring` (longest first), so a text is scanned once rather
   * than once per key; null when there are none.
   */
  substringKeys: RegExp | null
  /**
   * For a key that holds other keys ("nonexistentdomain" holds "domain"), those keys: the one
   * search, which finds the longer key, hides them, yet they are in the text.
   */
  nestedKeys: Map<string, string[]>
  /**
   * A filter on word hashes (indexed by `hash & WORD_FILTER_MASK`): non-zero where some key
   * word or part of a whole-word phrase may have that hash, so most words of a text are passed
   * over at once.
   */
  wordFilter: Uint8Array
}

/** The target number of the "outside the 13" outcome. */
export const OUTSIDE = 0

/**
 * Each ASCII character as it counts in a word: letters lower-cased, digits as they are, anything
 * else -1 (a word break, as is every character outside ASCII).
 */
export const WORD_CHAR = new Int8Array(128).fill(-1)
for (let c = 0x30; c <= 0x39; c++) WORD_CHAR[c] = c
for (let c = 0x61; c <= 0x7a; c++) WORD_CHAR[c] = c
for (let c = 0x41; c <= 0x5a; c++) WORD_CHAR[c] = c | 0x20

/**
 * The hash of a run of ASCII letters and digits, lower-cased as it goes (FNV-1a, 32 bits, cut to
 * 30 so it stays a small integer): text is scanned for its words without cutting each one out
 * as a string.
 */
export const WORD_HASH_SEED = 0x811c9dc5 | 0
export const WORD_HASH_PRIME = 0x01000193
export const WORD_HASH_MASK = 0x3fffffff
export const WORD_FILTER_MASK = 0xffff
export function wordHash(word: string): number {
  let hash = WORD_HASH_SEED
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    hash = Math.imul(hash ^ (code < 128 ? (WORD_CHAR[code] as number) : -1), WORD_HASH_PRIME)
  }
  return hash & WORD_HASH_MASK
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Between two words of a phrase: white space, and where a multi-line SMTP reply wraps, the next
 * line's reply code with its status or continuation mark ("…a potential\n552-5.7.0 security
 * issue", also when pasted on one line) — not a bare number, so "send 500 messages" keeps its 500.
 */
export const WORD_GAP = '\\s+(?:[245]\\d\\d(?:-|[ -][245]\\.\\d{1,3}\\.\\d{1,3} +))?'

/**
 * White space in a lookahead: a few characters, or a line break and the next line's indent; in a
 * lookbehind, a few characters (longer forms there can backtrack badly).
 */
const AHEAD_GAP = '(?:\\s{1,3}|\\r?\\n[ \\t]{1,8})'
const BEHIND_GAP = '\\s{1,3}'

/**
 * A content regular expression as it is run: each space between its words (outside a character
 * class, and not one a quantifier follows) matches any white space, as a plain phrase's do, so a
 * folded Diagnostic-Code field or a wrapped reply line still matches. In a lookaround it matches
 * a little white space, or in a lookahead a fold, so an exclusion such as "(?! to )" holds there too.
 */
export function regexPattern(source: string): RegExp {
  let out = ''
  let inClass = false
  // Open groups: 'ahead' or 'behind' for a lookaround, '' for another group.
  const groups: string[] = []
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string
    if (char === '\\') {
      out += source.slice(i, i + 2)
      i++
    } else if (inClass) {
      out += char
      if (char === ']') inClass = false
    } else if (char === '[') {
      out += char
      inClass = true
    } else if (char === '(') {
      const head = source.slice(i, i + 4)
      groups.push(/^\(\?[=!]/.test(head) ? 'ahead' : /^\(\?<[=!]/.test(head) ? 'behind' : '')
      out += char
    } else if (char === ')') {
      groups.pop()
      out += char
    } else if (char === ' ' && !'*+?{'.includes(source[i + 1] ?? '')) {
      out += groups.includes('behind') ? BEHIND_GAP : groups.includes('ahead') ? AHEAD_GAP : WORD_GAP
    } else {
      out += char
    }
  }
  return new RegExp(out, 'gi')
}

/**
 * Turns a plain-text phrase into a pattern: case-insensitive, any white space matches any run of
 * white space (and the reply code that starts a wrapped reply line), and a phrase that starts or
 * ends with a letter or digit only matches whole words —
 * except that a CamelCase token (SendAsDenied) also matches at the start of a longer one
 * (SendAsDeniedException). Straight and curly apostrophes match each other.
 */
export function phrasePattern(text: string): RegExp {
  const trimmed = text.trim()
  const body = trimmed
    .split(/\s+/)
    .map((word) => escapeRegex(word).replace(/['\u2019]/g, "['\u2019]"))
    .join(WORD_GAP)
  const start = /^\w/.test(trimmed) ? '\\b' : ''
  const camelCase = /[a-z][A-Z]/.test(trimmed)
  const end = /\w$/.test(trimmed) && !camelCase ? '\\b' : ''
  return new RegExp(start + body + end, 'gi')
}

/**
 * The word a phrase is filed under, lower-cased: its longest run of ASCII letters and digits, which
 * every match holds as a whole word of the text (the pattern is bounded by \b or by the phrase's
 * own punctuation, accents or spaces): "Empfänger unbekannt" is filed under "unbekannt".
 * A CamelCase phrase (SendAsDenied) may match the start of a longer token, and a phrase with no
 * ASCII run (受信拒否) has no such word: those use their longest token, searched as a substring.
 */
function keyWord(text: string, camelCase: boolean): string {
  const longest = (words: string[]): string => words.reduce((a, b) => (b.length > a.length ? b : a), '')
  const run = camelCase ? '' : longest(asciiWords(text))
  return run !== '' ? run : longest(text.toLowerCase().split(/\s+/).filter((word) => !/['\u2019]/.test(word)))
}

/**
 * The runs of ASCII letters and digits of a phrase, lower-cased as the text's words are hashed:
 * only ASCII letters change case, so "İleti" holds "leti", as a text that says "İleti" does.
 */
function asciiWords(text: string): string[] {
  return asciiLower(text).split(/[^a-z0-9]+/)
}

/** A word a regular expression always needs, and whether every match holds it as a whole word. */
export interface RegexWord {
  word: string
  whole: boolean
}

/**
 * The words a regular expression always needs, lower-cased, longest first (none when none can be
 * told): runs of three or more letters and digits outside groups, classes and escapes, not made
 * optional by a quantifier, and no alternation at the top. A pattern then runs only on text that
 * holds them all. A run between two required spaces or word boundaries (`\b`) is a whole word of
 * any match.
 */
export function regexWordRuns(source: string): RegexWord[] {
  let depth = 0
  let run = ''
  let boundedBefore = false
  const runs: RegexWord[] = []
  // A space or \b at `at` that a quantifier does not make optional.
  const boundaryAt = (at: number): boolean => {
    if (source[at] === ' ') return !/[?*{]/.test(source[at + 1] ?? '')
    return source[at] === '\\' && source[at + 1] === 'b'
  }
  const close = (boundedAfter: boolean): void => {
    if (run.length >= 3) runs.push({ word: run, whole: boundedBefore && boundedAfter })
    run = ''
  }
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string
    if (c === '\\') {
      close(source[i + 1] === 'b')
      const next = source[i + 1] ?? ''
      // \x41, \u0041, \u{41}, \cJ, \k<name>, \1: escapes that run on past their letter.
      if (/[xuck0-9]/.test(next)) return []
      i++
    } else if (c === '{') {
      // A counted quantifier: what it counts is optional or repeated, and its digits are not text.
      run = run.slice(0, -1)
      close(false)
      while (i < source.length && source[i] !== '}') i++
    } else if (c === '[') {
      close(false)
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1
    } else if (c === '(') {
      close(false)
      depth++
    } else if (c === ')') {
      close(false)
      depth--
    } else if (c === '|' && depth === 0) {
      return []
    } else if (depth === 0 && /[a-z0-9]/i.test(c)) {
      // Before a run: a literal space, or a "b" the loop took as the letter of an escape (\b).
      if (run === '') boundedBefore = source[i - 1] === ' ' || (source[i - 1] === 'b' && source[i - 2] === '\\')
      run += c.toLowerCase()
    } else {
      // A quantifier makes the character before it optional.
      if (c === '?' || c === '*') {
        run = run.slice(0, -1)
        close(false)
      } else close(c === ' ' && boundaryAt(i))
    }
  }
  close(false)
  const seen = new Map<string, RegexWord>()
  for (const r of runs) seen.set(r.word, { word: r.word, whole: r.whole && (seen.get(r.word)?.whole ?? true) })
  return [...seen.values()].sort((a, b) => b.word.length - a.word.length)
}

/** The words a regular expression always needs, lower-cased, longest first. */
export function regexWords(source: string): string[] {
  return regexWordRuns(source).map((r) => r.word)
}

/** The longest word a regular expression always needs, lower-cased ('' when none can be told). */
export function regexKey(source: string): string {
  return regexWords(source)[0] ?? ''
}

function add(compiled: CompiledSignals, signals: Signals, target: Target): void {
  for (const phrase of signals.phrases) {
    const pattern = phrase.text !== undefined ? phrasePattern(phrase.text) : regexPattern(phrase.regex ?? '')
    const camelCase = /[a-z][A-Z]/.test(phrase.text ?? '')
    const key = phrase.text !== undefined ? keyWord(phrase.text, camelCase) : regexKey(phrase.regex ?? '')
    // The words: a plain phrase's are whole words of any match (but for CamelCase); a regular
    // expression's are whole where spaces or \b bound them, else substrings of the text.
    const words: RegexWord[] =
      phrase.text !== undefined
        ? [...new Set(asciiWords(phrase.text))].map((word) => ({ word, whole: !camelCase }))
        : regexWordRuns(phrase.regex ?? '')
    // A key every match holds as a whole word is found by the word scan, not a substring search.
    const wholeWord = /^[a-z0-9]+$/.test(key) && (phrase.text !== undefined ? !camelCase : words.some((w) => w.word === key && w.whole))
    const others = words.filter((w) => w.word !== '' && w.word !== key)
    compiled.phrases.push({
      target,
      strength: phrase.strength,
      label: phrase.text ?? phrase.regex ?? '',
      regex: phrase.text === undefined,
      pattern,
      key,
      wholeWord,
      parts: others.filter((w) => !w.whole).map((w) => w.word),
      partHashes: others.filter((w) => w.whole).map((w) => wordHash(w.word)),
      order: compiled.phrases.length,
      singleWord: phrase.strength === 'weak' && /^[a-z]+$/.test(phrase.text ?? ''),
      oneWord: /^[A-Za-z]+$/.test(phrase.text ?? ''),
    })
  }
  for (const code of signals.statuses) {
    const list = code.code.includes('.') ? compiled.statuses : compiled.replyCodes
    list.push({ target, strength: code.strength, code: code.code })
  }
}

const cache = new WeakMap<Cause[], Map<Outcomes | null, CompiledSignals>>()

/** Compiles the signals of the causes and of the "outside" outcome; cached per content. */
export function compileSignals(causes: Cause[], outcomes: Outcomes | null): CompiledSignals {
  const byOutcomes = cache.get(causes) ?? new Map<Outcomes | null, CompiledSignals>()
  cache.set(causes, byOutcomes)
  const hit = byOutcomes.get(outcomes)
  if (hit) return hit
  const compiled: CompiledSignals = { phrases: [], statuses: [], replyCodes: [], byWord: new Map(), bySubstring: [], substringKeys: null, nestedKeys: new Map(), wordFilter: new Uint8Array(WORD_FILTER_MASK + 1) }
  for (const cause of causes) add(compiled, cause.signals, cause.number)
  if (outcomes) add(compiled, outcomes.outside.signals, OUTSIDE)
  for (const phrase of compiled.phrases) {
    if (!phrase.wholeWord) compiled.bySubstring.push(phrase)
    else compiled.byWord.set(wordHash(phrase.key), [...(compiled.byWord.get(wordHash(phrase.key)) ?? []), phrase])
  }
  const keys = [...new Set(compiled.bySubstring.map((p) => p.key).filter((k) => k !== ''))].sort((a, b) => b.length - a.length)
  for (const key of keys) {
    const inside = keys.filter((other) => other !== key && key.includes(other))
    if (inside.length > 0) compiled.nestedKeys.set(key, inside)
  }
  for (const phrase of compiled.phrases) {
    if (phrase.wholeWord) compiled.wordFilter[wordHash(phrase.key) & WORD_FILTER_MASK] = 1
    for (const part of phrase.partHashes) compiled.wordFilter[part & WORD_FILTER_MASK] = 1
  }
  compiled.substringKeys = keys.length > 0 ? new RegExp(keys.map(escapeRegex).join('|'), 'g') : null
  byOutcomes.set(outcomes, compiled)
  return compiled
}
