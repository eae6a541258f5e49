import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { regexKey, regexPattern, regexWordRuns, regexWords, WORD_GAP } from '../../../src/core/diagnosis/compile-signals'
import { loadContent } from '../../../src/node/read-content'

describe('the word a content regular expression always needs', () => {
  it.each([
    ['sender domain \\S{1,255} is not our customer', 'customer'],
    ['after \\d{1,3} days of (?:delivery )?attempts', 'attempts'],
    ['\\bDT:SPM\\b', 'spm'],
    ['(external|outside) recipients? are not allowed', 'recipient'],
    ['mailboxes? full', 'mailboxe'],
    ['quota|storage', ''],
    ['(?:a|b)c', ''],
    ['[a-z]+ unknown', 'unknown'],
    ['\\bno\\b.{1,100}\\bMX\\b', ''],
    ['\\bRBL\\b.{0,1000}', 'rbl'],
    ['non\\x2ddelivery', ''],
    ['mail\\u0020box full', ''],
    ['user\\040unknown', ''],
    ['line\\cJwrapped', ''],
    ['(?<word>spam)\\k<word>', ''],
    ['quota exceeded{2}', 'exceede'],
  ])('%s → %s', (source, key) => {
    expect(regexKey(source)).toBe(key)
  })

  it.each([
    ['recipient has blocked (?:messages|mail|e-?mails?) from', 'recipient blocked* from has*'],
    ['sender domain \\S{1,255} is not our customer', 'customer sender domain* not* our*'],
    ['delivery failed \\d{1,4} attempts', 'delivery attempts failed*'],
    ['(?<!\\byour )account is suspended', 'suspended account'],
    ['x \\bword\\b', 'word*'],
    ['\\\\bword x', 'bword'],
    ['mailbox(?:es)? full ?now', 'mailbox full now'],
    ['quota|storage', ''],
  ])('the words %s always needs (* = whole): %s', (source, words) => {
    expect(regexWordRuns(source).map((r) => `${r.word}${r.whole ? '*' : ''}`).join(' ')).toBe(words)
  })

  it('is in every text the expression matches, with every other word it needs, for every expression of content/ and every sample line', () => {
    const content = loadContent()
    const regexes = [...content.causes.flatMap((c) => c.signals.phrases), ...content.outcomes.outside.signals.phrases]
      .map((p) => p.regex)
      .filter((r): r is string => r !== undefined)
    const lines = readFileSync('tests/fixtures/bounces/lines/lines.tsv', 'utf8').split('\n')
    const texts = readFileSync('tests/fixtures/bounces/texts/texts.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text)
    const samples = [...lines, ...texts, ...content.causes.flatMap((c) => c.examples.map((e) => e.text))]
    let checked = 0
    for (const source of regexes) {
      const key = regexKey(source)
      const words = regexWords(source)
      expect(words[0] ?? '').toBe(key)
      const pattern = new RegExp(source, 'gi')
      for (const sample of samples) {
        for (const m of sample.matchAll(pattern)) {
          for (const word of words) expect(m[0].toLowerCase(), source).toContain(word)
          for (const { word } of regexWordRuns(source).filter((r) => r.whole)) {
            const lower = sample.toLowerCase()
            let at = lower.indexOf(word, m.index)
            const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[a-z0-9]/.test(ch)
            while (at >= 0 && at < m.index + m[0].length && (isWordChar(lower[at - 1]) || isWordChar(lower[at + word.length]))) at = lower.indexOf(word, at + 1)
            expect(at >= 0 && at < m.index + m[0].length, `${word} whole in ${m[0]}`).toBe(true)
          }
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(10)
  })
})

describe('a content regular expression as it is run', () => {
  it('lets a space between words match a folded or wrapped line', () => {
    const pattern = regexPattern('send (?:e-?mails? |mails? )?outside (?:the|your) domain')
    expect(pattern.test('does not have access to send\n mail outside the domain')).toBe(true)
    pattern.lastIndex = 0
    expect(pattern.test('send mail outside\n550-5.7.1 the domain')).toBe(true)
  })

  it('keeps spaces in character classes and before a quantifier, and bounds them in lookarounds', () => {
    expect(regexPattern('a[ -]b').source).toBe('a[ -]b')
    expect(regexPattern('a +b').source).toBe('a +b')
    expect(regexPattern('a\\ b').source).toBe('a\\ b')
    expect(regexPattern('(?:a) b').source).toBe(`(?:a)${WORD_GAP}b`)
    expect(regexPattern('(?<!your )account').source).toBe('(?<!your\\s{1,3})account')
    const ahead = regexPattern('external mail is not permitted(?! to )')
    expect(ahead.test('external mail is not permitted\n    to this list')).toBe(false)
    ahead.lastIndex = 0
    expect(ahead.test('external mail is not permitted. Contact')).toBe(true)
  })

  it('does not take a number in a sentence for a wrapped reply code', () => {
    const pattern = regexPattern('may only send (?:messages )?to\\b')
    expect(pattern.test('you may only send 500 messages to other domains')).toBe(false)
    pattern.lastIndex = 0
    expect(pattern.test('you may only send\n550-5.7.1 to internal recipients')).toBe(true)
  })
})
