import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compileSignals } from '../../../src/core/diagnosis/compile-signals'
import { candidates } from '../../../src/core/diagnosis/diagnose'
import { loadContent } from '../../../src/node/read-content'

// The phrase search first narrows the phrases down by the words a text holds (a word filter, word
// hashes, one substring search); a phrase ruled out there is never tried. These tests check that
// it never rules out a phrase whose pattern matches.
const content = loadContent()
const signals = compileSignals(content.causes, content.outcomes)

function missed(text: string): string[] {
  const found = new Set(candidates(text, text.toLowerCase(), signals))
  return signals.phrases
    .filter((phrase) => !found.has(phrase))
    .filter((phrase) => {
      phrase.pattern.lastIndex = 0
      return phrase.pattern.test(text)
    })
    .map((phrase) => phrase.label)
}

describe('the phrases a text can match', () => {
  it('keeps every phrase that matches a sample line, text or content example', () => {
    const lines = readFileSync('tests/fixtures/bounces/lines/lines.tsv', 'utf8').split('\n')
    const texts = readFileSync('tests/fixtures/bounces/texts/texts.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text)
    const samples = [...lines, ...texts, ...content.causes.flatMap((c) => c.examples.map((e) => e.text))]
    const misses = samples.flatMap((sample) => missed(sample).map((label) => `${label} in ${sample.slice(0, 80)}`))
    expect(misses).toEqual([])
    expect(samples.length).toBeGreaterThan(1500)
  })

  it('keeps every plain phrase written out in any case, among other words', () => {
    const plain = signals.phrases.filter((phrase) => !phrase.label.includes('\\'))
    for (const phrase of plain) {
      for (const text of [`Error: ${phrase.label}.`, `550 ${phrase.label.toUpperCase()} (see notes)`, `x${phrase.label}\n`]) {
        phrase.pattern.lastIndex = 0
        if (!phrase.pattern.test(text)) continue
        expect(candidates(text, text.toLowerCase(), signals), `${phrase.label} in ${text}`).toContain(phrase)
      }
    }
  })

  it('keeps a key word found only inside a longer key (domain in NonExistentDomain)', () => {
    const text = 'RESOLVER.ADR.NonExistentDomain; 550 DNS domain example.invalid does not exist'
    expect(candidates(text, text.toLowerCase(), signals).map((p) => p.label)).toEqual(expect.arrayContaining(['NonExistentDomain', 'DNS domain \\S{1,255} does not exist']))
  })
})
