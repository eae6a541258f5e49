import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { asciiLower, isStopCode } from '../../../src/core/bounce/addresses'

/** The reference: each ASCII capital lower-cased, every other character as it is. */
function reference(text: string): string {
  let out = ''
  for (const ch of text) out += ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch
  return out
}

describe('lower-casing ASCII letters only', () => {
  it('keeps every other character, so offsets stay the same', () => {
    expect(asciiLower('RCPT TO:<Ünal@EXAMPLE.com> İSTANBUL')).toBe('rcpt to:<Ünal@example.com> İstanbul')
    expect(asciiLower('550 5.1.1 USER UNKNOWN')).toBe('550 5.1.1 user unknown')
  })

  it('matches a character-by-character reference on any text, ASCII or not', () => {
    const unit = fc.constantFrom('A', 'z', 'Q', ' ', '\n', '.', 'É', 'İ', 'ß', 'Σ', '受', '\u00a0')
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        const lower = asciiLower(text)
        expect(lower).toBe(reference(text))
        expect(lower.length).toBe(text.length)
      }),
    )
  })
})

describe('the characters that end an address', () => {
  it('are white space as \\s has it, the ASCII separators and the full-width ones, for every UTF-16 code unit', () => {
    const separators = new Set(['<', '>', '(', ')', '[', ']', '{', '}', ',', ';', ':', '"', '@', '\uff1a', '\u3001', '\u3002', '\uff08', '\uff09', '\u300c', '\u300d', '\uff1c', '\uff1e'])
    const wrong: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code)
      if (isStopCode(code) !== (separators.has(ch) || /\s/.test(ch))) wrong.push(code.toString(16))
    }
    expect(wrong).toEqual([])
    expect(isStopCode(Number.NaN)).toBe(true)
  })
})
