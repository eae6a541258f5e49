import { describe, expect, it } from 'vitest'
import { formatTrail, parseTrail } from '../../../src/core/guide/trail'

describe('the answer trail in the URL', () => {
  it('reads answer indexes joined by dots', () => {
    expect(parseTrail('0.2.11')).toEqual([0, 2, 11])
  })

  it('reads a missing or empty trail as no answers', () => {
    expect(parseTrail(null)).toEqual([])
    expect(parseTrail('')).toEqual([])
  })

  it('stops reading at the first part that is not a small whole number', () => {
    expect(parseTrail('1.x.2')).toEqual([1])
    expect(parseTrail('1.-2')).toEqual([1])
    expect(parseTrail('1.99999')).toEqual([1])
  })

  it('writes what it reads', () => {
    expect(parseTrail(formatTrail([3, 0, 1]))).toEqual([3, 0, 1])
  })
})
