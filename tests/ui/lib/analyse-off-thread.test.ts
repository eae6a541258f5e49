import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Analysis } from '../../../src/core/analyse'
import type { AnalyseRequest, AnalyseResponse } from '../../../src/ui/lib/analyse-messages'
import { CONTENT } from '../../../src/content'

/** A stand-in for the browser's Worker: records what the page sends, answers when told. */
class FakeWorker {
  static started: FakeWorker[] = []
  onmessage: ((event: MessageEvent<AnalyseResponse>) => void) | null = null
  onerror: ((event: Event) => void) | null = null
  sent: AnalyseRequest[] = []
  terminated = false
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.started.push(this)
  }
  postMessage(message: AnalyseRequest): void {
    this.sent.push(message)
  }
  terminate(): void {
    this.terminated = true
  }
  answer(response: AnalyseResponse): void {
    this.onmessage?.({ data: response } as MessageEvent<AnalyseResponse>)
  }
  fail(): void {
    this.onerror?.(new Event('error'))
  }
}

const analysis = { facts: { kind: 'text' }, results: [] } as unknown as Analysis

// The module keeps its worker between calls: each test loads it afresh.
async function load() {
  vi.resetModules()
  return import('../../../src/ui/lib/analyse-off-thread')
}

beforeEach(() => {
  FakeWorker.started = []
  vi.stubGlobal('Worker', FakeWorker)
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('analysing off the main thread', () => {
  it('sends the text to a module worker, with the content only the first time', async () => {
    const { analyseOffThread } = await load()
    const first = analyseOffThread('550 one', CONTENT)
    const second = analyseOffThread('550 two', CONTENT)
    const [worker] = FakeWorker.started
    expect(FakeWorker.started).toHaveLength(1)
    expect(worker!.options).toEqual({ type: 'module' })
    expect(worker!.url.pathname).toMatch(/analyse\.worker\.ts$/)
    expect(worker!.sent.map((m) => [m.text, m.content !== null])).toEqual([['550 one', true], ['550 two', false]])
    expect(worker!.sent[0]!.content?.causes).toHaveLength(CONTENT.causes.length)

    worker!.answer({ id: worker!.sent[1]!.id, ok: true, analysis })
    worker!.answer({ id: worker!.sent[0]!.id, ok: false, message: 'it broke' })
    await expect(second).resolves.toBe(analysis)
    await expect(first).rejects.toThrow('it broke')
  })

  it('sends a long text in parts, one per task, so no single copy blocks the page', async () => {
    const { analyseOffThread, PART_CHARS } = await load()
    const text = 'a'.repeat(PART_CHARS) + 'b'.repeat(PART_CHARS) + 'c'.repeat(10)
    void analyseOffThread(text, CONTENT)
    const [worker] = FakeWorker.started
    expect(worker!.sent).toHaveLength(1)
    await vi.waitFor(() => expect(worker!.sent).toHaveLength(3))
    expect(worker!.sent.map((m) => [m.text.length, m.more])).toEqual([[PART_CHARS, true], [PART_CHARS, true], [10, false]])
    expect(worker!.sent.map((m) => m.text).join('')).toBe(text)
    expect(new Set(worker!.sent.map((m) => m.id)).size).toBe(1)
  })

  it('stops a worker that takes too long, says so, and starts a fresh one next time', async () => {
    vi.useFakeTimers()
    const { analyseOffThread, AnalysisTimeoutError, ANALYSIS_TIMEOUT_MS } = await load()
    const slow = analyseOffThread('550 '.repeat(1000), CONTENT)
    const expectation = expect(slow).rejects.toBeInstanceOf(AnalysisTimeoutError)
    vi.advanceTimersByTime(ANALYSIS_TIMEOUT_MS + 1)
    await expectation
    expect(FakeWorker.started[0]!.terminated).toBe(true)

    void analyseOffThread('550 next', CONTENT).catch(() => {})
    expect(FakeWorker.started).toHaveLength(2)
    expect(FakeWorker.started[1]!.sent[0]!.content).not.toBeNull()
  })

  it('stops the worker when nobody waits for its answer any more', async () => {
    const { analyseOffThread } = await load()
    const controller = new AbortController()
    const cancelled = analyseOffThread('550 big', CONTENT, controller.signal)
    controller.abort()
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' })
    expect(FakeWorker.started[0]!.terminated).toBe(true)
  })

  it('reads on the main thread when the worker cannot start', async () => {
    const { analyseOffThread } = await load()
    const waiting = analyseOffThread('550 5.1.1 <ann@example.org>: User unknown', CONTENT)
    FakeWorker.started[0]!.fail()
    const result = await waiting
    expect(result.results[0]?.verdict.outcome).toBe('cause')

    // and does not try workers again
    await analyseOffThread('550 5.1.1 user unknown', CONTENT)
    expect(FakeWorker.started).toHaveLength(1)
  })

  it('reads on the main thread where there is no Worker at all (jsdom, old browsers)', async () => {
    vi.unstubAllGlobals()
    const { analyseOffThread } = await load()
    const result = await analyseOffThread('550 5.1.1 <ann@example.org>: User unknown', CONTENT)
    expect(result.results[0]?.verdict).toMatchObject({ outcome: 'cause', cause: 1 })
  })
})
