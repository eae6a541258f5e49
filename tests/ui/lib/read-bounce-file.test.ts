import { describe, expect, it } from 'vitest'
import { readBounceFile } from '../../../src/ui/lib/read-bounce-file'

const MB = 1024 * 1024

describe('reading a picked file', () => {
  it('reads a large file a slice at a time into the same text as one read, characters split across slices included', async () => {
    // "é" and "€" are two and three bytes: 700 000 of them cross every slice boundary somewhere.
    const text = `550 5.1.1 <ann@example.org>: User unknown\n${'é€x'.repeat(700_000)}`
    const bytes = new TextEncoder().encode(text)
    expect(bytes.length).toBeGreaterThan(2 * MB)
    const result = await readBounceFile(new File([bytes], 'big.eml'))
    expect(result).toEqual({ ok: true, text, name: 'big.eml' })
  })

  it('turns bytes that are not UTF-8 into U+FFFD, as the browser does', async () => {
    const bytes = new Uint8Array(MB).fill(0x41)
    bytes[600_000] = 0xff
    const result = await readBounceFile(new File([bytes], 'odd.eml'))
    expect(result.ok && result.text.length).toBe(MB)
    expect(result.ok && result.text[600_000]).toBe('\ufffd')
  })

  it('reads a large UTF-16 file by its byte-order mark', async () => {
    const text = 'Recipient address rejected: User unknown\n'.repeat(20_000)
    const bytes = Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])
    const result = await readBounceFile(new File([bytes], 'unicode.txt'))
    expect(result).toEqual({ ok: true, text, name: 'unicode.txt' })
  })
})
