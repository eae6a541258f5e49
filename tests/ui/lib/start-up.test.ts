import { describe, expect, it } from 'vitest'
import { startAddress } from '../../../src/ui/lib/start-up'

const at = (href: string) => {
  const url = new URL(href, 'https://help.example')
  return { pathname: url.pathname, search: url.search, hash: url.hash }
}

describe('the address the app starts at', () => {
  it.each([
    ['/', ''],
    ['/causes/recipient-unknown', ''],
    ['/guide/who-refused?a=0', ''],
    ['/kb/bounce-wizard/', '/kb/bounce-wizard'],
    ['/kb/bounce-wizard/tree?a=0.1', '/kb/bounce-wizard'],
  ])('is the one it was opened at when that is already right: %s', (href, basename) => {
    expect(startAddress(at(href), basename)).toBeNull()
  })

  it.each([
    ['/causes/recipient-unknown/', '', '/causes/recipient-unknown'],
    ['/guide/who-refused/?a=0.1&embed=1', '', '/guide/who-refused?a=0.1&embed=1'],
    ['/kb/bounce-wizard/causes/', '/kb/bounce-wizard', '/kb/bounce-wizard/causes'],
    ['/kb/bounce-wizard/index.html', '/kb/bounce-wizard', '/kb/bounce-wizard/'],
    ['/index.html?embed=1', '', '/?embed=1'],
  ])('drops the trailing slash or index.html a static host adds: %s', (href, basename, expected) => {
    expect(startAddress(at(href), basename)).toBe(expected)
  })

  it.each([
    ['/?embed=1&theme=dark&start=guide', '', '/guide?embed=1&theme=dark'],
    ['/kb/bounce-wizard/?start=guide&embed=1', '/kb/bounce-wizard', '/kb/bounce-wizard/guide?embed=1'],
    ['/kb/bounce-wizard?start=guide', '/kb/bounce-wizard', '/kb/bounce-wizard/guide'],
  ])('opens the page ?start= names, on the home page only: %s', (href, basename, expected) => {
    expect(startAddress(at(href), basename)).toBe(expected)
  })

  it('uses up ?start= elsewhere or when it names no page, and stays put', () => {
    expect(startAddress(at('/causes?start=guide&embed=1'), '')).toBe('/causes?embed=1')
    expect(startAddress(at('/?start=../../evil'), '')).toBe('/')
    expect(startAddress(at('/?start=constructor'), '')).toBe('/')
  })
})
