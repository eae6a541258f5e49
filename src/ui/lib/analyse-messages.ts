import type { Analysis } from '../../core/analyse'
import type { Content } from '../../core/content/schema'

/** What the analysis needs of the content. */
export type AnalysisContent = Pick<Content, 'causes' | 'outcomes'>

/**
 * The page's request to the analysis worker. A long text comes in several messages, each a part
 * of it (`more: true` on all but the last), so no single copy blocks the page for long.
 */
export interface AnalyseRequest {
  id: number
  text: string
  /** True when more of the text follows in the next message with the same id. */
  more: boolean
  /** Sent with the first request only; the worker keeps it. */
  content: AnalysisContent | null
}

/** The worker's answer to request `id`. */
export type AnalyseResponse = { id: number; ok: true; analysis: Analysis } | { id: number; ok: false; message: string }
