import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { regexKey } from '../../../src/core/diagnosis/compile-signals'
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

  it('is in every text the expression matches, for every expression of content/ and every sample line', () => {
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
      const pattern = new RegExp(source, 'gi')
      for (const sample of samples) {
        for (const m of sample.matchAll(pattern)) {
          expect(m[0].toLowerCase(), source).toContain(key)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(10)
  })
})
