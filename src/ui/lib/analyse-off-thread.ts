import type { Analysis } from '../../core/analyse'
import type { AnalyseRequest, AnalyseResponse, AnalysisContent } from './analyse-messages'

/**
 * How long an analysis may take before the page gives up and stops the worker. A real bounce
 * takes milliseconds; only absurd input (megabytes of recipients) gets near this on a slow phone.
 */
export const ANALYSIS_TIMEOUT_MS = 30_000

/**
 * The longest part of a text sent to the worker in one message. Copying a message blocks the
 * page; 5 MB at once takes some 40 ms on a phone, a part of this size a few.
 */
export const PART_CHARS = 256 * 1024

/** The analysis took longer than ANALYSIS_TIMEOUT_MS and was stopped. */
export class AnalysisTimeoutError extends Error {
  constructor() {
    super(`The analysis took longer than ${ANALYSIS_TIMEOUT_MS / 1000} seconds and was stopped.`)
    this.name = 'AnalysisTimeoutError'
  }
}

interface Pending {
  text: string
  content: AnalysisContent
  resolve: (analysis: Analysis) => void
  reject: (error: unknown) => void
  timer: ReturnType<typeof setTimeout>
}

let worker: Worker | null = null
/** Set when a worker could not start (an old browser, a policy that forbids it): stop trying. */
let workersFail = false
let contentSent = false
let nextId = 1
const pending = new Map<number, Pending>()

/** The reader on the main thread: where there is no Worker (tests in jsdom) or it fails to start. */
function analyseHere(text: string, content: AnalysisContent): Promise<Analysis> {
  return import('../../core/analyse').then(({ analyseBounce }) => analyseBounce(text, content))
}

function stopWorker(): void {
  worker?.terminate()
  worker = null
  contentSent = false
}

function settle(id: number): Pending | undefined {
  const request = pending.get(id)
  if (request) {
    clearTimeout(request.timer)
    pending.delete(id)
  }
  return request
}

function startWorker(): Worker | null {
  if (workersFail || typeof Worker === 'undefined') return null
  try {
    const started = new Worker(new URL('../workers/analyse.worker.ts', import.meta.url), { type: 'module' })
    started.onmessage = (event: MessageEvent<AnalyseResponse>) => {
      const response = event.data
      const request = settle(response.id)
      if (!request) return
      if (response.ok) request.resolve(response.analysis)
      else request.reject(new Error(response.message))
    }
    started.onerror = (event) => {
      // The worker could not load or crashed: read what was waiting on the main thread instead.
      event.preventDefault()
      workersFail = true
      stopWorker()
      for (const id of [...pending.keys()]) {
        const request = settle(id)
        if (request) analyseHere(request.text, request.content).then(request.resolve, request.reject)
      }
    }
    return started
  } catch {
    workersFail = true
    return null
  }
}

/** Starts the worker (it loads its code in the background), so the first analysis need not wait. */
export function warmUpAnalysis(): void {
  worker ??= startWorker()
}

/**
 * Reads and diagnoses a pasted bounce in a Web Worker, so the page stays responsive however
 * large the paste; on the main thread where workers are unavailable. Rejects with
 * AnalysisTimeoutError when it takes too long, and with an AbortError when `signal` aborts.
 */
export function analyseOffThread(text: string, content: AnalysisContent, signal?: AbortSignal): Promise<Analysis> {
  if (signal?.aborted) return Promise.reject(new DOMException('The analysis was cancelled.', 'AbortError'))
  worker ??= startWorker()
  if (!worker) return analyseHere(text, content)

  const id = nextId++
  const running = worker
  return new Promise<Analysis>((resolve, reject) => {
    const timer = setTimeout(() => {
      if (!settle(id)) return
      // The worker is stuck on this input: stop it (and whatever else it had) and start afresh next time.
      const others = [...pending.keys()]
      if (worker === running) stopWorker()
      for (const other of others) settle(other)?.reject(new AnalysisTimeoutError())
      reject(new AnalysisTimeoutError())
    }, ANALYSIS_TIMEOUT_MS)
    pending.set(id, { text, content, resolve, reject, timer })
    signal?.addEventListener(
      'abort',
      () => {
        if (!settle(id)) return
        reject(new DOMException('The analysis was cancelled.', 'AbortError'))
        // Nobody waits for this worker any more: stop it rather than let it finish a long read.
        if (pending.size === 0 && worker === running) stopWorker()
      },
      { once: true },
    )
    const first: AnalyseRequest = { id, text: text.slice(0, PART_CHARS), more: text.length > PART_CHARS, content: contentSent ? null : { causes: content.causes, outcomes: content.outcomes } }
    contentSent = true
    running.postMessage(first)
    // The rest of a long text, one part per task, so the page can draw and react in between.
    const sendFrom = (at: number): void => {
      if (at >= text.length || !pending.has(id) || worker !== running) return
      running.postMessage({ id, text: text.slice(at, at + PART_CHARS), more: at + PART_CHARS < text.length, content: null } satisfies AnalyseRequest)
      setTimeout(() => sendFrom(at + PART_CHARS), 0)
    }
    setTimeout(() => sendFrom(PART_CHARS), 0)
  })
}
