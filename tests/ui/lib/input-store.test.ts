import { afterEach, describe, expect, it, vi } from 'vitest'

// The store keeps the text in memory too: each test loads it afresh, and "a reload" is
// another fresh load over the same sessionStorage.
async function load() {
  vi.resetModules()
  return import('../../../src/ui/lib/input-store')
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
async function allWritten() {
  for (let i = 0; i < 100; i++) await settle()
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the pasted text is kept in this tab', () => {
  it('in sessionStorage only, at once when it is short', async () => {
    const store = await load()
    expect(store.saveInput('550 5.1.1 user unknown')).toBe(true)
    expect(sessionStorage.getItem(store.INPUT_KEY)).toBe('550 5.1.1 user unknown')
    expect(localStorage.length).toBe(0)
    expect((await load()).loadInput()).toBe('550 5.1.1 user unknown')
  })

  it('in parts, each written in a task of its own, when it is long; a reload reads it whole', async () => {
    const store = await load()
    const long = 'a'.repeat(store.PART_CHARS) + 'b'.repeat(store.PART_CHARS) + 'c'.repeat(100)
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    store.saveInput(long)
    expect(store.loadInput()).toBe(long)
    // Nothing long is copied while the page is busy moving on.
    expect(setItem.mock.calls.every(([, value]) => value.length < 100)).toBe(true)
    await allWritten()
    expect(Math.max(...setItem.mock.calls.map(([, value]) => value.length))).toBe(store.PART_CHARS)
    expect((await load()).loadInput()).toBe(long)
    expect(localStorage.length).toBe(0)
  })

  it('is not read half-written after a reload: rather nothing than half a text', async () => {
    const store = await load()
    store.saveInput('x'.repeat(store.PART_CHARS * 3))
    await settle()
    expect((await load()).loadInput()).toBe('')
  })

  it('in memory until the next reload when storage refuses it', async () => {
    const store = await load()
    const original = Storage.prototype.setItem
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (value.length > 1000) throw new DOMException('full', 'QuotaExceededError')
      original.call(this, key, value)
    })
    const long = 'y'.repeat(store.PART_CHARS * 2)
    store.saveInput(long)
    await allWritten()
    expect(store.loadInput()).toBe(long)
    vi.restoreAllMocks()
    expect((await load()).loadInput()).toBe('')
  })

  it('until cleared, parts and all', async () => {
    const store = await load()
    store.saveInput('z'.repeat(store.PART_CHARS * 2))
    await allWritten()
    expect(sessionStorage.length).toBeGreaterThan(2)
    store.clearInput()
    expect(sessionStorage.length).toBe(0)
    expect(store.loadInput()).toBe('')
  })

  it('and forgotten from memory when the tab’s storage is cleared', async () => {
    const store = await load()
    store.saveInput('550 kept')
    sessionStorage.clear()
    expect(store.loadInput()).toBe('')
  })
})
