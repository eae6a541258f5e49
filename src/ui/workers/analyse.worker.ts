/**
 * Reads and diagnoses a pasted bounce off the main thread, so a pasted megabyte never freezes
 * the page. The page sends the content (the causes and outcomes) with its first request; this
 * worker keeps it for the next ones.
 */
import { analyseBounce } from '../../core/analyse'
import type { AnalyseRequest, AnalyseResponse } from '../lib/analyse-messages'

/** The part of a dedicated worker's global scope used here (tsconfig has no WebWorker lib). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalyseRequest>) => void) | null
  postMessage(message: AnalyseResponse): void
}

const scope = globalThis as unknown as WorkerScope
let content: AnalyseRequest['content'] = null
/** The parts of long texts received so far, by request id. */
const parts = new Map<number, string[]>()

scope.onmessage = (event) => {
  const request = event.data
  if (request.content) content = request.content
  const received = parts.get(request.id) ?? []
  received.push(request.text)
  if (request.more) {
    parts.set(request.id, received)
    return
  }
  parts.delete(request.id)
  const text = received.join('')
  if (!content) {
    scope.postMessage({ id: request.id, ok: false, message: 'The worker was given no content.' })
    return
  }
  analyseBounce(text, content).then(
    (analysis) => scope.postMessage({ id: request.id, ok: true, analysis }),
    (error: unknown) => scope.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  )
}
